// A program as the API shows it: settings, managers, skills, counts and allowed transitions.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { allowedTransitions, type ProgramFacts } from '../../core/programs/status.js';
import type { Tx } from '../../db/client.js';
import { matchingRounds, programManagers, programSkills, skills, users } from '../../db/schema.js';
import type { ProgramRow } from './program-access.js';
import { trainedSql } from './trained.js';

export interface ProgramCounts {
  invited: number;
  applied: number;
  approved: number;
  trained: number;
  paired: number;
  activePairs: number;
}

export interface ProgramView {
  program: ProgramRow;
  managers: Array<{ id: string; name: string; email: string }>;
  skills: Array<{ id: string; key: string; label: string; category: string }>;
  counts: ProgramCounts;
  allowedTransitions: ProgramRow['status'][];
}

export async function programCounts(tx: Tx, programIds: readonly string[]): Promise<Map<string, ProgramCounts>> {
  const out = new Map<string, ProgramCounts>();
  if (!programIds.length) return out;
  const ids = sql.join(programIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await tx.execute<{ program_id: string; invited: number; applied: number; approved: number; trained: number }>(sql`
    SELECT e.program_id,
      count(*)::int AS invited,
      count(*) FILTER (WHERE e.status IN ('applied', 'approved', 'declined'))::int AS applied,
      count(*) FILTER (WHERE e.status = 'approved')::int AS approved,
      count(*) FILTER (WHERE e.status = 'approved' AND ${trainedSql()})::int AS trained
    FROM enrollments e WHERE e.program_id IN (${ids}) GROUP BY e.program_id`);
  const pairRows = await tx.execute<{ program_id: string; paired: number; active: number }>(sql`
    SELECT program_id,
      (count(DISTINCT mentor_enrollment_id) + count(DISTINCT mentee_enrollment_id))::int AS paired,
      count(*) FILTER (WHERE status = 'active')::int AS active
    FROM pairs WHERE program_id IN (${ids}) AND status IN ('offered', 'active') GROUP BY program_id`);
  for (const id of programIds) out.set(id, { invited: 0, applied: 0, approved: 0, trained: 0, paired: 0, activePairs: 0 });
  for (const r of rows.rows) Object.assign(out.get(r.program_id) ?? {}, { invited: Number(r.invited), applied: Number(r.applied), approved: Number(r.approved), trained: Number(r.trained) });
  for (const r of pairRows.rows) Object.assign(out.get(r.program_id) ?? {}, { paired: Number(r.paired), activePairs: Number(r.active) });
  return out;
}

export async function programManagersOf(tx: Tx, programIds: readonly string[]): Promise<Map<string, ProgramView['managers']>> {
  const out = new Map<string, ProgramView['managers']>(programIds.map((id) => [id, []]));
  if (!programIds.length) return out;
  const rows = await tx
    .select({ programId: programManagers.programId, id: users.id, name: users.name, email: users.email })
    .from(programManagers)
    .innerJoin(users, eq(users.id, programManagers.userId))
    .where(inArray(programManagers.programId, [...programIds]))
    .orderBy(asc(users.name));
  for (const { programId, ...user } of rows) out.get(programId)?.push(user);
  return out;
}

export async function programFacts(tx: Tx, program: ProgramRow, counts: ProgramCounts): Promise<ProgramFacts> {
  const [skillCount] = await tx.select({ n: sql<number>`count(*)::int` }).from(programSkills).where(eq(programSkills.programId, program.id));
  const rounds = await tx
    .select({ status: matchingRounds.status, n: sql<number>`count(*)::int` })
    .from(matchingRounds)
    .where(and(eq(matchingRounds.orgId, program.orgId), eq(matchingRounds.programId, program.id)))
    .groupBy(matchingRounds.status);
  const rounded = (s: string) => Number(rounds.find((r) => r.status === s)?.n ?? 0);
  return {
    status: program.status,
    skillCount: Number(skillCount?.n ?? 0),
    approvedCount: counts.approved,
    publishedRounds: rounded('published'),
    openRound: rounded('proposed') > 0,
    livePairs: counts.paired,
  };
}

export async function programView(tx: Tx, program: ProgramRow): Promise<ProgramView> {
  const counts = (await programCounts(tx, [program.id])).get(program.id) as ProgramCounts;
  const managers = (await programManagersOf(tx, [program.id])).get(program.id) ?? [];
  const skillRows = await tx
    .select({ id: skills.id, key: skills.key, label: skills.label, category: skills.category })
    .from(programSkills)
    .innerJoin(skills, eq(skills.id, programSkills.skillId))
    .where(eq(programSkills.programId, program.id))
    .orderBy(asc(skills.category), asc(skills.label));
  const facts = await programFacts(tx, program, counts);
  return { program, managers, skills: skillRows, counts, allowedTransitions: allowedTransitions(facts) };
}
