// Invites people to a program: chosen ids, a CSV of employee ids, or a directory filter.
// Each invitee gets an email; people without a Tandem account get an account link with it.
import { parse } from 'csv-parse/sync';
import { and, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { acceptsEnrollment } from '../../core/programs/status.js';
import { inProgramScope } from '../../core/programs/program-rules.js';
import { invitationExpiry } from '../../core/users/invitation-status.js';
import type { Tx } from '../../db/client.js';
import { enrollments, invitations, people, users } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Deps, RequestMeta } from '../deps.js';
import { appUrl, notifyMany } from '../notifications/notify.js';
import { programForManager, requireStatus, userIdOrNull } from '../programs/program-access.js';

export interface InviteInput {
  actor: Actor;
  programId: string;
  personIds?: string[] | undefined;
  csv?: string | undefined;
  filter?: { department?: string | undefined; minLevel?: number | undefined; maxLevel?: number | undefined } | undefined;
  side?: 'mentor' | 'mentee' | undefined;
  meta: RequestMeta | null;
}

export interface InviteResult {
  invited: number;
  alreadyEnrolled: number;
  notFound: string[];
  outOfScope: number;
}

const MAX_INVITES = 20_000;

export async function inviteParticipants(deps: Deps, input: InviteInput): Promise<InviteResult> {
  const { actor } = input;
  const employeeIds = input.csv !== undefined ? employeeIdsFromCsv(input.csv) : null;
  if (!input.personIds?.length && !employeeIds && !input.filter) {
    throw new AppError('validation_failed', 'Choose people, upload a CSV or give a directory filter.', { fields: [{ path: 'personIds', message: 'nothing to invite' }] });
  }
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId, { lock: true });
    requireStatus(program, acceptsEnrollment, 'Inviting people');
    const candidates = await findPeople(tx, actor.orgId, input, employeeIds);
    const notFound = employeeIds ? employeeIds.filter((id) => !candidates.some((p) => p.employeeId === id)) : [];
    const scope = { kind: program.scopeKind, department: program.scopeDepartment };
    const inScope = candidates.filter((p) => inProgramScope(scope, p.department));
    if (inScope.length > MAX_INVITES) throw new AppError('validation_failed', `At most ${MAX_INVITES} people at once; narrow the filter.`);
    const existing = new Set(
      inScope.length
        ? (await tx.select({ personId: enrollments.personId }).from(enrollments).where(eq(enrollments.programId, program.id))).map((e) => e.personId)
        : [],
    );
    const fresh = inScope.filter((p) => !existing.has(p.id));
    const now = deps.now();
    for (let i = 0; i < fresh.length; i += 1000) {
      await tx.insert(enrollments).values(
        fresh.slice(i, i + 1000).map((p) => ({ orgId: actor.orgId, programId: program.id, personId: p.id, side: input.side ?? null, status: 'invited' as const, invitedAt: now, invitedBy: userIdOrNull(actor), createdAt: now, updatedAt: now })),
      );
    }
    const accountLinks = await accountInvitations(deps, tx, actor, fresh, now);
    const firstLine = program.objectives.split('\n')[0]?.trim() ?? '';
    await notifyMany(deps, tx, actor.orgId, fresh.map((p) => ({ personId: p.id, message: { kind: 'program_invitation', programName: program.name, objectivesFirstLine: firstLine, accountUrl: accountLinks.get(p.id) ?? null } })));
    await recordAudit(tx, { orgId: actor.orgId, actor: { userId: actor.userId, email: actor.email }, action: 'participants_invited', target: program.id, details: { invited: fresh.length } }, input.meta);
    return { invited: fresh.length, alreadyEnrolled: inScope.length - fresh.length, notFound, outOfScope: candidates.length - inScope.length };
  });
}

function employeeIdsFromCsv(csv: string): string[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, trim: true });
  } catch (err) {
    throw new AppError('validation_failed', `The CSV could not be read: ${(err as Error).message}`, { fields: [{ path: 'csv', message: 'not a readable CSV' }] });
  }
  if (!rows.length || !('employee_id' in (rows[0] ?? {}))) {
    throw new AppError('validation_failed', 'The CSV needs an employee_id column.', { fields: [{ path: 'csv', message: 'no employee_id column' }] });
  }
  return [...new Set(rows.map((r) => r.employee_id ?? '').filter((id) => id !== ''))];
}

type Candidate = { id: string; employeeId: string; department: string; email: string };

async function findPeople(tx: Tx, orgId: string, input: InviteInput, employeeIds: string[] | null): Promise<Candidate[]> {
  const conditions: SQL[] = [eq(people.orgId, orgId), eq(people.status, 'active')];
  if (input.personIds?.length) conditions.push(inArray(people.id, input.personIds));
  if (employeeIds) conditions.push(employeeIds.length ? inArray(people.employeeId, employeeIds) : sql`false`);
  if (input.filter?.department) conditions.push(eq(people.department, input.filter.department));
  if (input.filter?.minLevel !== undefined) conditions.push(gte(people.level, input.filter.minLevel));
  if (input.filter?.maxLevel !== undefined) conditions.push(lte(people.level, input.filter.maxLevel));
  return tx.select({ id: people.id, employeeId: people.employeeId, department: people.department, email: people.email }).from(people).where(and(...conditions));
}

/** People without an account get a participant account invitation; returns person id → link. */
async function accountInvitations(deps: Deps, tx: Tx, actor: Actor, invitees: readonly Candidate[], now: Date): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  if (!invitees.length) return links;
  const ids = invitees.map((p) => p.id);
  const withAccount = new Set(
    (await tx.select({ personId: users.personId }).from(users).where(and(eq(users.orgId, actor.orgId), inArray(users.personId, ids)))).map((u) => u.personId),
  );
  const invited = new Set(
    (await tx.select({ personId: invitations.personId }).from(invitations).where(and(eq(invitations.orgId, actor.orgId), inArray(invitations.personId, ids), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))).map((i) => i.personId),
  );
  const base = appUrl(deps);
  const rows = invitees
    .filter((p) => !withAccount.has(p.id) && !invited.has(p.id))
    .map((p) => {
      const token = newToken();
      links.set(p.id, `${base}/invite#${token}`);
      return { orgId: actor.orgId, email: p.email.toLowerCase(), roles: ['participant'], personId: p.id, tokenHash: hashToken(token), invitedBy: userIdOrNull(actor), createdAt: now, expiresAt: invitationExpiry(now) };
    });
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(invitations).values(rows.slice(i, i + 1000));
  return links;
}
