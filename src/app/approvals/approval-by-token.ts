// The manager's email link: approve or decline without signing in. The token is single-use,
// works only while the request is pending, and expires after APPROVAL_LINK_DAYS.
import { eq } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import type { Decision } from '../../core/programs/approval.js';
import { enrollments, people, programs } from '../../db/schema.js';
import { hashToken } from '../auth/tokens.js';
import type { Deps, RequestMeta } from '../deps.js';
import { recordDecision } from './record-decision.js';

export const APPROVAL_LINK_DAYS = 30;

/** What the manager needs to decide: who, which program, what it asks of their time, and why they applied. */
export interface ApprovalByTokenView {
  personName: string;
  programName: string;
  side: 'mentor' | 'mentee' | null;
  status: 'pending' | 'approved' | 'declined';
  motivation: string | null;
  hoursPerMonth: number;
  cadenceDays: number;
  meetingMinutes: number;
  startDate: string;
  endDate: string;
}

type Found = Awaited<ReturnType<typeof findByToken>>;

function view(found: Found, status: ApprovalByTokenView['status']): ApprovalByTokenView {
  const p = found.program;
  return {
    personName: found.personName,
    programName: p.name,
    side: found.enrollment.side,
    status,
    motivation: found.enrollment.motivation,
    hoursPerMonth: p.hoursPerMonth,
    cadenceDays: p.cadenceDays,
    meetingMinutes: p.meetingMinutes,
    startDate: p.startDate,
    endDate: p.endDate,
  };
}

async function findByToken(deps: Deps, token: string) {
  // System access: before the token is checked there is no organization to act in.
  const [row] = await deps.db.system((tx) =>
    tx
      .select({ enrollment: enrollments, program: programs, personName: people.name })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .innerJoin(people, eq(people.id, enrollments.personId))
      .where(eq(enrollments.approvalTokenHash, hashToken(token))),
  );
  if (!row) throw new AppError('not_found', 'This approval link is not valid. It may have been used already or replaced by a newer one.');
  const requested = row.enrollment.approvalRequestedAt?.getTime() ?? 0;
  if (deps.now().getTime() - requested > APPROVAL_LINK_DAYS * 86_400_000) {
    throw new AppError('gone', 'This approval link has expired. Sign in to Tandem to decide.');
  }
  return row;
}

export async function lookupApprovalToken(deps: Deps, input: { token: string }): Promise<ApprovalByTokenView> {
  const row = await findByToken(deps, input.token);
  return view(row, row.enrollment.approvalStatus ?? 'pending');
}

export async function decideByToken(deps: Deps, input: { token: string; decision: Decision; reason?: string | null | undefined; meta: RequestMeta | null }): Promise<ApprovalByTokenView> {
  const found = await findByToken(deps, input.token);
  return deps.db.tenant(found.enrollment.orgId, async (tx) => {
    const [enrollment] = await tx.select().from(enrollments).where(eq(enrollments.id, found.enrollment.id)).for('update');
    if (!enrollment || enrollment.approvalTokenHash !== hashToken(input.token) || enrollment.approvalStatus !== 'pending') {
      throw new AppError('conflict', 'This request has already been decided.');
    }
    await recordDecision(deps, tx, {
      enrollment,
      program: found.program,
      decision: input.decision,
      reason: input.reason ?? null,
      decidedByUserId: null,
      override: false,
      audit: { actor: null, meta: input.meta },
    });
    return view(found, input.decision);
  });
}

