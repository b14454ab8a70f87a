import { z } from 'zod';
import type { ApprovalByTokenView } from '../../app/approvals/approval-by-token.js';
import type { ApprovalRequestView } from '../../app/approvals/list-approvals.js';
import type { InviteResult } from '../../app/enrollment/invite-participants.js';
import type { ProfileView } from '../../app/enrollment/get-profile.js';
import type { MyPrograms } from '../../app/enrollment/get-my-programs.js';
import type { EnrollmentView } from '../../app/enrollment/list-enrollments.js';
import type { ApprovalView, MyEnrollmentView, ProgramRow } from '../../app/enrollment/my-enrollment.js';
import type { PersonBrief } from '../../app/enrollment/profile-store.js';
import { ZMode, ZProgramStatus, ZSide, ZUserBrief } from './program.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const ZPersonBrief = z.object({ id: z.string(), name: z.string(), email: z.string(), department: z.string(), jobTitle: z.string().nullable(), level: z.number().int() });
export const ZEnrollmentStatus = z.enum(['invited', 'applied', 'approved', 'declined', 'withdrawn']);
export const ZApprovalStatus = z.enum(['pending', 'approved', 'declined']);
export const ZPairStatus = z.enum(['proposed', 'offered', 'active', 'declined', 'expired', 'ended']);

export const ZApproval = z.object({
  status: ZApprovalStatus,
  approver: z.object({ id: z.string(), name: z.string() }).nullable(),
  decidedBy: ZUserBrief.nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  override: z.boolean(),
});

export function presentBrief(p: PersonBrief): z.infer<typeof ZPersonBrief> {
  return { id: p.id, name: p.name, email: p.email, department: p.department, jobTitle: p.jobTitle, level: p.level };
}

function presentApproval(a: ApprovalView | null): z.infer<typeof ZApproval> | null {
  return a ? { status: a.status, approver: a.approver, decidedBy: a.decidedBy, decidedAt: iso(a.decidedAt), reason: a.reason, override: a.override } : null;
}

export const ZEnrollment = z.object({
  id: z.string(),
  programId: z.string(),
  person: ZPersonBrief,
  side: ZSide.nullable(),
  capacity: z.number().int().nullable(),
  status: ZEnrollmentStatus,
  approval: ZApproval.nullable(),
  trained: z.boolean(),
  pairStatus: ZPairStatus.nullable(),
  invitedAt: z.string().nullable(),
  appliedAt: z.string().nullable(),
});

export function presentEnrollment(v: EnrollmentView): z.infer<typeof ZEnrollment> {
  const e = v.enrollment;
  return {
    id: e.id,
    programId: e.programId,
    person: presentBrief(v.person),
    side: e.side,
    capacity: e.capacity,
    status: e.status,
    approval: presentApproval(v.approval),
    trained: v.trained,
    pairStatus: v.pairStatus as z.infer<typeof ZPairStatus> | null,
    invitedAt: iso(e.invitedAt),
    appliedAt: iso(e.appliedAt),
  };
}

export const ZProgramBrief = z.object({
  id: z.string(),
  name: z.string(),
  mode: ZMode,
  status: ZProgramStatus,
  objectives: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  hoursPerMonth: z.number().int(),
  cadenceDays: z.number().int(),
  meetingMinutes: z.number().int(),
});

function presentProgramBrief(p: ProgramRow): z.infer<typeof ZProgramBrief> {
  return { id: p.id, name: p.name, mode: p.mode, status: p.status, objectives: p.objectives, startDate: p.startDate, endDate: p.endDate, hoursPerMonth: p.hoursPerMonth, cadenceDays: p.cadenceDays, meetingMinutes: p.meetingMinutes };
}

export const ZMyEnrollment = z.object({
  id: z.string(),
  program: ZProgramBrief,
  side: ZSide.nullable(),
  status: ZEnrollmentStatus,
  approval: ZApproval.nullable(),
  training: z.object({ required: z.boolean(), completed: z.number().int(), total: z.number().int() }),
  pairStatus: ZPairStatus.nullable(),
});

export function presentMyEnrollment(v: MyEnrollmentView): z.infer<typeof ZMyEnrollment> {
  return {
    id: v.enrollment.id,
    program: presentProgramBrief(v.program),
    side: v.enrollment.side,
    status: v.enrollment.status,
    approval: presentApproval(v.approval),
    training: v.training,
    pairStatus: v.pairStatus as z.infer<typeof ZPairStatus> | null,
  };
}

export const ZMyPrograms = z.object({ enrollments: z.array(ZMyEnrollment), open: z.array(ZProgramBrief), hasPerson: z.boolean() });

export function presentMyPrograms(v: MyPrograms): z.infer<typeof ZMyPrograms> {
  return { enrollments: v.enrollments.map(presentMyEnrollment), open: v.open.map(presentProgramBrief), hasPerson: v.hasPerson };
}

export const ZProfile = z.object({
  knows: z.array(z.object({ skillKey: z.string(), level: z.number().int() })),
  wants: z.array(z.object({ skillKey: z.string(), priority: z.number().int() })),
  timeZone: z.string().nullable(),
  availability: z.string().nullable(),
  motivation: z.string().nullable(),
  prefer: z.array(ZPersonBrief),
  avoid: z.array(ZPersonBrief),
  locked: z.boolean(),
  updatedAt: z.string().nullable(),
});

export function presentProfile(p: ProfileView): z.infer<typeof ZProfile> {
  return {
    knows: p.knows.map((k) => ({ skillKey: k.skillKey, level: k.level })),
    wants: p.wants.map((w) => ({ skillKey: w.skillKey, priority: w.priority })),
    timeZone: p.timeZone,
    availability: p.availability,
    motivation: p.motivation,
    prefer: p.prefer.map(presentBrief),
    avoid: p.avoid.map(presentBrief),
    locked: p.locked,
    updatedAt: iso(p.updatedAt),
  };
}

export const ZApprovalRequest = z.object({
  enrollmentId: z.string(),
  person: ZPersonBrief,
  program: z.object({ id: z.string(), name: z.string(), mode: ZMode }),
  side: ZSide.nullable(),
  motivation: z.string().nullable(),
  requestedAt: z.string(),
  status: ZApprovalStatus,
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  asProgramManager: z.boolean(),
});

export function presentApprovalRequest(v: ApprovalRequestView): z.infer<typeof ZApprovalRequest> {
  const e = v.enrollment;
  return {
    enrollmentId: e.id,
    person: presentBrief(v.person),
    program: v.program,
    side: e.side,
    motivation: e.motivation,
    requestedAt: (e.approvalRequestedAt ?? e.createdAt).toISOString(),
    status: e.approvalStatus ?? 'pending',
    decidedAt: iso(e.decidedAt),
    reason: e.decisionReason,
    asProgramManager: v.asProgramManager,
  };
}

export const ZInviteResult = z.object({ invited: z.number().int(), alreadyEnrolled: z.number().int(), notFound: z.array(z.string()), outOfScope: z.number().int() });

export function presentInviteResult(r: InviteResult): z.infer<typeof ZInviteResult> {
  return { invited: r.invited, alreadyEnrolled: r.alreadyEnrolled, notFound: [...r.notFound], outOfScope: r.outOfScope };
}

/** What the manager's email link shows: who, which program, its time, and why they applied. */
export const ZApprovalByToken = z.object({
  personName: z.string(),
  programName: z.string(),
  side: ZSide.nullable(),
  status: ZApprovalStatus,
  motivation: z.string().nullable(),
  hoursPerMonth: z.number().int(),
  cadenceDays: z.number().int(),
  meetingMinutes: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
});

export function presentApprovalByToken(v: ApprovalByTokenView): z.infer<typeof ZApprovalByToken> {
  return {
    personName: v.personName,
    programName: v.programName,
    side: v.side,
    status: v.status,
    motivation: v.motivation,
    hoursPerMonth: v.hoursPerMonth,
    cadenceDays: v.cadenceDays,
    meetingMinutes: v.meetingMinutes,
    startDate: v.startDate,
    endDate: v.endDate,
  };
}
