import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { markDeparted, planPeopleImport } from '../../core/people/plan-import.js';
import type { PersonRecord } from '../../core/people/person.js';
import { readPeopleCsv } from '../../core/people/read-people-csv.js';
import { capEntries, validatePeopleRows, type ExistingDirectory } from '../../core/people/validate-people.js';
import type { RowError } from '../../core/people/import-columns.js';
import type { Tx } from '../../db/client.js';
import { people } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps, RequestMeta } from '../deps.js';
import { toPersonRecord } from './person-rows.js';
import { upsertPeople, UPSERT_BATCH } from './upsert-people.js';

export interface ImportPeopleInput {
  actor: Actor;
  csv: string;
  /** People in the directory but absent from the file are marked departed (else only reported). */
  markMissingAsDeparted: boolean;
  /** Validate and plan only; change nothing. */
  dryRun: boolean;
  meta: RequestMeta | null;
}

export interface ImportPeopleResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  markedDeparted: number;
  missing: Array<{ employeeId: string; name: string }>;
  missingTotal: number;
  warnings: RowError[];
}

const MISSING_LISTED = 1000;

/**
 * Imports a whole file or nothing: every row is validated against the file and the directory
 * first, and the writes happen in one transaction. Re-importing the same file changes nothing.
 */
export async function importPeople(deps: Deps, input: ImportPeopleInput): Promise<ImportPeopleResult> {
  const parsed = readPeopleCsv(input.csv);
  if (parsed.headerErrors.length) throw invalidFile(capEntries(parsed.headerErrors), parsed.headerErrors.length);
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    const existing = await loadDirectory(tx, orgId);
    const directory: ExistingDirectory = new Map(
      [...existing].map(([id, p]) => [id, { managerEmployeeId: p.managerEmployeeId, email: p.email }]),
    );
    const validation = validatePeopleRows(parsed.rows, directory);
    if (validation.errorCount) throw invalidFile(validation.errors, validation.errorCount);
    const plan = planPeopleImport(validation.records, existing);
    const today = deps.now().toISOString().slice(0, 10);
    const departed = input.markMissingAsDeparted ? plan.missing.map((p) => markDeparted(p, today)) : [];
    if (!input.dryRun) {
      await freeChangedEmails(tx, orgId, plan.update.filter((r) => existing.get(r.employeeId)?.email !== r.email));
      await upsertPeople(tx, orgId, [...plan.create, ...plan.update, ...departed]);
      const actor = { userId: input.actor.userId, email: input.actor.email };
      const details = { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged, markedDeparted: departed.length };
      await recordAudit(tx, { orgId, actor, action: 'people_imported', target: null, details }, input.meta);
    }
    return {
      dryRun: input.dryRun,
      created: plan.create.length,
      updated: plan.update.length,
      unchanged: plan.unchanged,
      markedDeparted: departed.length,
      missing: plan.missing.slice(0, MISSING_LISTED).map((p) => ({ employeeId: p.employeeId, name: p.name })),
      missingTotal: plan.missing.length,
      warnings: [...parsed.warnings, ...validation.warnings],
    };
  });
}

function invalidFile(rows: RowError[], total: number): AppError {
  return new AppError('import_invalid', `The file has ${total} problem${total === 1 ? '' : 's'}; nothing was imported.`, { rows });
}

async function loadDirectory(tx: Tx, orgId: string): Promise<Map<string, PersonRecord>> {
  const rows = await tx.select().from(people).where(eq(people.orgId, orgId));
  return new Map(rows.map((r) => [r.employeeId, toPersonRecord(r)]));
}

// Emails are unique per organization and that index cannot be deferred: when a file swaps two
// people's emails, each changing email is first moved aside so the upsert never collides.
async function freeChangedEmails(tx: Tx, orgId: string, changed: PersonRecord[]): Promise<void> {
  for (let i = 0; i < changed.length; i += UPSERT_BATCH) {
    const ids = changed.slice(i, i + UPSERT_BATCH).map((r) => r.employeeId);
    await tx
      .update(people)
      .set({ email: sql`'moving:' || ${people.employeeId}` })
      .where(and(eq(people.orgId, orgId), inArray(people.employeeId, ids)));
  }
}
