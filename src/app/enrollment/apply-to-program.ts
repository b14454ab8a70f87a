// A participant applies: their side, motivation and (mentors) capacity; the request goes to their
// manager, or to the program managers when the directory names no manager.
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import { inProgramScope } from '../../core/programs/program-rules.js';
import { applicationRefusal, approverFor } from '../../core/programs/application.js';
import type { Tx } from '../../db/client.js';
import { enrollments, people, programManagers, programs, users } from '../../db/schema.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { appUrl, notifyMany } from '../notifications/notify.js';
import { requirePersonId } from '../programs/program-access.js';
import { scheduleJob } from '../schedule-job.js';
import { myEnrollment, type MyEnrollmentView } from './my-enrollment.js';
import { profileOf } from './profile-store.js';

export const REMINDER_DAYS = [3, 7] as const;
const DAY_MS = 86_400_000;

export interface ApplyInput {
  actor: Actor;
  programId: string;
  side: 'mentor' | 'mentee';
  capacity?: number | undefined;
  motivation?: string | undefined;
}

export async function applyToProgram(deps: Deps, input: ApplyInput): Promise<MyEnrollmentView> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const personId = await requirePersonId(tx, actor);
    const [program] = await tx.select().from(programs).where(and(eq(programs.orgId, actor.orgId), eq(programs.id, input.programId))).for('update');
    const [person] = await tx.select().from(people).where(eq(people.id, personId));
    const [existing] = await tx.select().from(enrollments).where(and(eq(enrollments.programId, input.programId), eq(enrollments.personId, personId)));
    if (!program || !person) throw notFound('Program');
    const profile = await profileOf(tx, actor.orgId, personId);
    const refusal = applicationRefusal({
      programStatus: program.status,
      existingStatus: existing?.status ?? null,
      openToThem: program.selfEnrollment && inProgramScope({ kind: program.scopeKind, department: program.scopeDepartment }, person.department),
      employment: person.status,
      profileSkillCount: (profile?.knows.length ?? 0) + (profile?.wants.length ?? 0),
      side: input.side,
      capacityGiven: input.capacity !== undefined,
    });
    if (refusal) throw new AppError(refusal.code, refusal.message, 'field' in refusal ? { fields: [refusal.field] } : {});
    const [manager] = person.managerEmployeeId
      ? await tx.select({ id: people.id, status: people.status }).from(people).where(and(eq(people.orgId, actor.orgId), eq(people.employeeId, person.managerEmployeeId)))
      : [];
    const approverPersonId = approverFor(manager ?? null);
    const token = approverPersonId ? newToken() : null;
    const now = deps.now();
    const values = {
      side: input.side,
      capacity: input.capacity ?? null,
      motivation: input.motivation?.trim() || null,
      status: 'applied' as const,
      appliedAt: now,
      approvalStatus: 'pending' as const,
      approverPersonId,
      approvalTokenHash: token ? hashToken(token) : null,
      approvalRequestedAt: now,
      approvalRemindersSent: 0,
      decidedByUserId: null,
      decidedAt: null,
      decisionReason: null,
      approvalOverride: false,
      updatedAt: now,
    };
    const [row] = existing
      ? await tx.update(enrollments).set(values).where(eq(enrollments.id, existing.id)).returning()
      : await tx.insert(enrollments).values({ orgId: actor.orgId, programId: program.id, personId, createdAt: now, ...values }).returning();
    if (!row) throw new AppError('internal', 'The application was not saved.');
    const approveUrl = token ? `${appUrl(deps)}/approve#${token}` : null;
    const deciders = approverPersonId ? [approverPersonId] : await programManagerPeople(tx, program.id);
    await notifyMany(deps, tx, actor.orgId, deciders.map((id) => ({ personId: id, message: { kind: 'approval_request', participantName: person.name, programName: program.name, approveUrl } })));
    for (const [n, days] of REMINDER_DAYS.entries()) {
      await scheduleJob(tx, {
        orgId: actor.orgId,
        kind: 'approval-reminder',
        payload: { enrollmentId: row.id, reminder: n + 1, requestedAt: now.toISOString() },
        runAt: new Date(now.getTime() + days * DAY_MS),
        dedupeKey: `approval-reminder:${row.id}:${now.toISOString()}:${n + 1}`,
      });
    }
    return myEnrollment(tx, row.id);
  });
}

/** The people (directory entries) of the users who run the program. */
export async function programManagerPeople(tx: Tx, programId: string): Promise<string[]> {
  const rows = await tx
    .select({ personId: users.personId })
    .from(programManagers)
    .innerJoin(users, eq(users.id, programManagers.userId))
    .where(eq(programManagers.programId, programId));
  return rows.flatMap((r) => (r.personId ? [r.personId] : []));
}
