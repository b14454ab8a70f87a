import { z } from 'zod';
import type { RoundView } from '../../app/rounds/get-round.js';
import type { AvailableMember } from '../../app/rounds/list-available.js';
import type { RoundPairView } from '../../app/rounds/list-round-pairs.js';
import type { RoundSummary } from '../../app/rounds/solve-round.js';
import type { ProgramPairView } from '../../app/pairs/list-program-pairs.js';
import type { MyMatchView } from '../../app/pairs/list-my-matches.js';
import { ZPairStatus, ZPersonBrief, presentBrief } from './enrollment.js';
import { ZMode, ZSide } from './program.js';

const ZResponse = z.enum(['accepted', 'declined']).nullable();
const ZExplanation = z.object({ parts: z.array(z.object({ kind: z.string(), label: z.string(), points: z.number().int() })), reasons: z.array(z.string()) });

export const ZRoundListItem = z.object({ id: z.string(), number: z.number().int(), status: z.enum(['proposed', 'published', 'discarded']), createdAt: z.string(), publishedAt: z.string().nullable(), pairCount: z.number().int() });

export const ZRound = ZRoundListItem.extend({
  programId: z.string(),
  summary: z.object({
    total: z.number(),
    optimal: z.boolean(),
    mentors: z.number().int(),
    mentees: z.number().int(),
    distribution: z.object({
      count: z.number().int(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      mean: z.number().nullable(),
      median: z.number().nullable(),
      histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
    }),
    warnings: z.array(z.string()),
    unmatched: z.array(z.object({ enrollmentId: z.string(), person: ZPersonBrief, side: ZSide, reason: z.string(), detail: z.string() })),
    notEligible: z.array(z.object({ reason: z.string(), count: z.number().int() })),
    seconds: z.number(),
  }),
});

export function presentRoundListItem(v: RoundView): z.infer<typeof ZRoundListItem> {
  const r = v.round;
  return { id: r.id, number: r.number, status: r.status, createdAt: r.createdAt.toISOString(), publishedAt: r.publishedAt?.toISOString() ?? null, pairCount: v.pairCount };
}

export function presentRound(v: RoundView): z.infer<typeof ZRound> {
  const s = v.round.summary as unknown as RoundSummary;
  return {
    ...presentRoundListItem(v),
    programId: v.round.programId,
    summary: {
      total: s.total,
      optimal: s.optimal,
      mentors: s.mentors,
      mentees: s.mentees,
      distribution: s.distribution,
      warnings: s.warnings,
      unmatched: s.unmatched.map((u) => ({ enrollmentId: u.enrollmentId, person: presentBrief(u.person), side: u.side, reason: u.reason, detail: u.detail })),
      notEligible: s.notEligible,
      seconds: s.seconds,
    },
  };
}

export const ZRoundPair = z.object({
  id: z.string(),
  mentor: ZPersonBrief.extend({ enrollmentId: z.string() }),
  mentee: ZPersonBrief.extend({ enrollmentId: z.string() }),
  score: z.number().int(),
  locked: z.boolean(),
  handPaired: z.boolean(),
  ruleBreaks: z.array(z.string()),
  handReason: z.string().nullable(),
  explanation: ZExplanation,
});

export function presentRoundPair(v: RoundPairView): z.infer<typeof ZRoundPair> {
  const p = v.pair;
  return {
    id: p.id,
    mentor: { ...presentBrief(v.mentor), enrollmentId: p.mentorEnrollmentId },
    mentee: { ...presentBrief(v.mentee), enrollmentId: p.menteeEnrollmentId },
    score: p.score,
    locked: p.locked,
    handPaired: p.handPaired,
    ruleBreaks: p.ruleBreaks,
    handReason: p.handReason,
    explanation: { parts: p.explanation.parts, reasons: p.explanation.reasons },
  };
}

export const ZProgramPair = z.object({
  id: z.string(),
  mentor: ZPersonBrief,
  mentee: ZPersonBrief,
  status: ZPairStatus,
  score: z.number().int(),
  mentorResponse: ZResponse,
  menteeResponse: ZResponse,
  respondBy: z.string().nullable(),
  handPaired: z.boolean(),
  ruleBreaks: z.array(z.string()),
  endedAt: z.string().nullable(),
  roundNumber: z.number().int(),
  agreement: z.object({ state: z.enum(['none', 'draft', 'partly_signed', 'signed']), signedAt: z.string().nullable() }),
  /** Meeting metadata only: counts and dates against the promised cadence, never topics or places. */
  health: z
    .object({
      status: z.enum(['new', 'on_track', 'behind', 'at_risk']),
      held: z.number().int(),
      promised: z.number().int(),
      lastHeldAt: z.string().nullable(),
      cadenceDays: z.number().int(),
    })
    .nullable(),
});

export function presentProgramPair(v: ProgramPairView): z.infer<typeof ZProgramPair> {
  const p = v.pair;
  return {
    id: p.id,
    mentor: presentBrief(v.mentor),
    mentee: presentBrief(v.mentee),
    status: p.status,
    score: p.score,
    mentorResponse: p.mentorResponse,
    menteeResponse: p.menteeResponse,
    respondBy: p.respondBy?.toISOString() ?? null,
    handPaired: p.handPaired,
    ruleBreaks: p.ruleBreaks,
    endedAt: p.endedAt?.toISOString() ?? null,
    roundNumber: v.roundNumber,
    agreement: { state: v.agreement.state, signedAt: v.agreement.signedAt?.toISOString() ?? null },
    health: v.health
      ? { status: v.health.status, held: v.health.held, promised: v.health.promised, lastHeldAt: v.health.lastHeldAt?.toISOString() ?? null, cadenceDays: v.health.cadenceDays }
      : null,
  };
}

export const ZMyMatch = z.object({
  pairId: z.string(),
  program: z.object({ id: z.string(), name: z.string(), mode: ZMode }),
  status: ZPairStatus,
  mySide: ZSide,
  respondBy: z.string().nullable(),
  myResponse: ZResponse,
  partnerResponse: ZResponse,
  partner: z.object({
    name: z.string(),
    email: z.string().nullable(),
    jobTitle: z.string().nullable(),
    department: z.string(),
    knows: z.array(z.object({ skillKey: z.string(), label: z.string(), level: z.number().int() })),
    wants: z.array(z.object({ skillKey: z.string(), label: z.string(), priority: z.number().int() })),
    timeZone: z.string().nullable(),
    availability: z.string().nullable(),
  }),
  reasons: z.array(z.string()),
});

export function presentMyMatch(v: MyMatchView): z.infer<typeof ZMyMatch> {
  const p = v.pair;
  const mine = v.mySide === 'mentor' ? p.mentorResponse : p.menteeResponse;
  const theirs = v.mySide === 'mentor' ? p.menteeResponse : p.mentorResponse;
  return {
    pairId: p.id,
    program: v.program,
    status: p.status,
    mySide: v.mySide,
    respondBy: p.respondBy?.toISOString() ?? null,
    myResponse: mine,
    partnerResponse: theirs,
    // Contact details once both have said yes: an offer is not yet a relationship.
    partner: {
      name: v.partner.name,
      email: p.status === 'active' ? v.partner.email : null,
      jobTitle: v.partner.jobTitle,
      department: v.partner.department,
      knows: v.partner.knows.map((k) => ({ skillKey: k.skillKey, label: k.label, level: k.level })),
      wants: v.partner.wants.map((w) => ({ skillKey: w.skillKey, label: w.label, priority: w.priority })),
      timeZone: v.partner.timeZone,
      availability: v.partner.availability,
    },
    reasons: p.explanation.reasons,
  };
}

const ZAvailableMember = z.object({ enrollmentId: z.string(), person: ZPersonBrief, side: ZSide, room: z.number().int() });
export const ZAvailable = z.object({ mentors: z.array(ZAvailableMember), mentees: z.array(ZAvailableMember) });

export function presentAvailable(v: { mentors: AvailableMember[]; mentees: AvailableMember[] }): z.infer<typeof ZAvailable> {
  const one = (m: AvailableMember) => ({ enrollmentId: m.enrollmentId, person: presentBrief(m.brief), side: m.side, room: m.room });
  return { mentors: v.mentors.map(one), mentees: v.mentees.map(one) };
}
