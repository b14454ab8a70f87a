import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { auditLog, emails, organizations, people } from '../../src/db/schema.js';
import { buildPerson } from '../support/people-factory.js';
import { openTestDatabase } from '../support/test-database.js';

// Row-level security is the second line of tenant isolation: these tests query the engine
// directly, as the application role, without the application's own org filters.
const TENANT_TABLES = [
  'organizations', 'people', 'users', 'user_roles', 'sessions', 'invitations', 'audit_log', 'emails', 'jobs',
  'skills', 'programs', 'program_managers', 'program_skills', 'participant_profiles', 'enrollments',
  'training_modules', 'training_completions', 'matching_rounds', 'pairs', 'notifications', 'agreement_versions',
  'goals', 'meetings', 'notes', 'skill_checkins', 'pulse_checks', 'concerns', 'concern_messages',
  'program_sponsors', 'surveys', 'survey_responses', 'review_cycles', 'review_summaries', 'review_comments',
  'outcome_changes', 'outcome_snapshots',
];

let db: Database;
let orgA: string;
let orgB: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const rows = await db.system((tx) => tx.insert(organizations).values([{ slug: 'rls-a', name: 'A' }, { slug: 'rls-b', name: 'B' }]).returning());
  orgA = rows[0]!.id;
  orgB = rows[1]!.id;
  for (const orgId of [orgA, orgB]) {
    await db.tenant(orgId, async (tx) => {
      await tx.insert(people).values({ orgId, ...buildPerson({ employeeId: 'E1' }) });
      await tx.insert(emails).values({ orgId, to: 'x@example.com', subject: 's', text: 't' });
      await tx.insert(auditLog).values({ orgId, action: 'test' });
    });
  }
});
afterAll(() => db.close());

async function countAsApp(table: string, orgId: string | null): Promise<number> {
  return db.system(async (tx) => {
    await tx.execute(sql`SET LOCAL ROLE tandem_app`);
    if (orgId) await tx.execute(sql`SELECT set_config('app.org_id', ${orgId}, true)`);
    const result = await tx.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
    return Number(result.rows[0]?.n);
  });
}

describe('row-level security on the engine', () => {
  it.each(TENANT_TABLES)('%s: with no org set, zero rows are visible', async (table) => {
    expect(await countAsApp(table, null)).toBe(0);
  });

  it('with an org set, only that org’s rows are visible', async () => {
    expect(await countAsApp('people', orgA)).toBe(1);
    expect(await countAsApp('organizations', orgA)).toBe(1);
    const names = await db.tenant(orgA, (tx) => tx.select({ orgId: people.orgId }).from(people));
    expect(names.every((p) => p.orgId === orgA)).toBe(true);
  });

  it('refuses to write a row into another org', async () => {
    await expect(db.tenant(orgA, (tx) => tx.insert(people).values({ orgId: orgB, ...buildPerson() }))).rejects.toThrow();
  });

  it('refuses to move a row into another org', async () => {
    await expect(
      db.tenant(orgA, (tx) => tx.execute(sql`UPDATE people SET org_id = ${orgB} WHERE employee_id = 'E1'`)),
    ).rejects.toThrow();
  });

  it('cannot update or delete another org’s rows (they are invisible)', async () => {
    const result = await db.tenant(orgA, (tx) => tx.execute(sql`DELETE FROM people WHERE org_id = ${orgB}`));
    expect(result).toBeDefined();
    expect(await countAsApp('people', orgB)).toBe(1);
  });

  it('keeps the audit log append-only for the application role', async () => {
    await expect(db.tenant(orgA, (tx) => tx.execute(sql`UPDATE audit_log SET action = 'x'`))).rejects.toThrow();
    await expect(db.tenant(orgA, (tx) => tx.execute(sql`DELETE FROM audit_log`))).rejects.toThrow();
  });

  it('gives the application role no access to the rate-limit counters', async () => {
    await expect(db.tenant(orgA, (tx) => tx.execute(sql`SELECT * FROM rate_limits`))).rejects.toThrow();
  });

  it('every table with an org_id column is under forced RLS (a new table cannot be forgotten)', async () => {
    const result = await db.system((tx) =>
      tx.execute<{ relname: string; forced: boolean }>(sql`
        SELECT c.relname, c.relforcerowsecurity AS forced FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`),
    );
    expect(result.rows.filter((r: { forced: boolean }) => !r.forced)).toEqual([]);
    expect(result.rows.map((r: { relname: string }) => r.relname).sort()).toEqual(TENANT_TABLES.filter((t) => t !== 'organizations').sort());
  });

  it('forces RLS even for the table owner', async () => {
    const result = await db.system((tx) =>
      tx.execute<{ relname: string; relforcerowsecurity: boolean }>(
        sql`SELECT relname, relforcerowsecurity FROM pg_class WHERE relname IN (${sql.join(TENANT_TABLES.map((t) => sql`${t}`), sql`, `)})`,
      ),
    );
    expect(result.rows).toHaveLength(TENANT_TABLES.length);
    expect(result.rows.every((r: { relforcerowsecurity: boolean }) => r.relforcerowsecurity)).toBe(true);
  });
});
