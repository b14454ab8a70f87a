// Response shapes of the review routes and the presenters that fill them field by field.
import { z } from 'zod';
import type { CycleListItem } from '../../../app/reviews/list-review-cycles.js';
import type { CycleReview, SubmittedSummary } from '../../../app/reviews/get-review-cycle.js';
import type { PairReviewItem, PairReviews } from '../../../app/reviews/pair-review-view.js';
import type { CommentRow, CycleRow } from '../../../app/reviews/review-store.js';
import type { ReviewContent, ReviewGoal } from '../../../core/reviews/content.js';

const ZSide = z.enum(['mentor', 'mentee']);
const ZViewer = z.enum(['admin', 'manager', 'sponsor']);
export const ZCycle = z.object({
  id: z.string(),
  programId: z.string(),
  title: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
const ZCounts = z.object({ asked: z.number().int(), submitted: z.number().int() });
const ZGoal = z.object({
  goalId: z.string(),
  title: z.string(),
  learnerSide: ZSide,
  progress: z.number().int(),
  status: z.string(),
});
const ZContent = z.object({
  goals: z.array(ZGoal),
  meetings: z.object({ held: z.number().int(), due: z.number().int() }).nullable(),
  statement: z.string(),
});
const ZComment = z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() });
const ZProgramRef = z.object({ id: z.string(), name: z.string() });

export const ZCycleList = z.object({
  program: ZProgramRef,
  as: ZViewer,
  canManage: z.boolean(),
  cycles: z.array(ZCycle.extend({ counts: ZCounts })),
});
export const ZCycleReview = z.object({
  cycle: ZCycle,
  program: ZProgramRef,
  as: ZViewer,
  canComment: z.boolean(),
  counts: ZCounts,
  summaries: z.array(
    z.object({
      id: z.string(),
      pairId: z.string(),
      mentorName: z.string(),
      menteeName: z.string(),
      submittedAt: z.string(),
      content: ZContent,
      comments: z.array(ZComment),
    }),
  ),
});
const ZPerson = z.object({ personId: z.string(), name: z.string() });
export const ZPairReviews = z.object({
  mySide: ZSide,
  me: ZPerson,
  partner: ZPerson,
  reviews: z.array(
    z.object({
      cycle: ZCycle,
      summaryId: z.string(),
      draftToken: z.string(),
      status: z.enum(['draft', 'submitted']),
      goalIds: z.array(z.string()),
      includeMeetings: z.boolean(),
      statement: z.string(),
      updatedAt: z.string(),
      submittedAt: z.string().nullable(),
      shareable: z.array(ZGoal),
      meetings: z.object({ held: z.number().int(), due: z.number().int() }),
      preview: ZContent,
      myConfirmedAt: z.string().nullable(),
      partnerConfirmedAt: z.string().nullable(),
      canEdit: z.boolean(),
      canWithdraw: z.boolean(),
      comments: z.array(ZComment),
    }),
  ),
});
export { ZComment };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const goal = (g: ReviewGoal) => ({
  goalId: g.goalId,
  title: g.title,
  learnerSide: g.learnerSide,
  progress: g.progress,
  status: g.status,
});
const content = (c: ReviewContent) => ({
  goals: c.goals.map(goal),
  meetings: c.meetings ? { held: c.meetings.held, due: c.meetings.due } : null,
  statement: c.statement,
});
export const presentComment = (c: CommentRow) => ({
  id: c.id,
  authorName: c.authorName,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

export function presentCycle(c: CycleRow): z.infer<typeof ZCycle> {
  return {
    id: c.id,
    programId: c.programId,
    title: c.title,
    dueDate: c.dueDate,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    closedAt: iso(c.closedAt),
  };
}

export const presentListItem = (i: CycleListItem) => ({
  ...presentCycle(i.cycle),
  counts: { asked: i.counts.asked, submitted: i.counts.submitted },
});

const presentSubmitted = (s: SubmittedSummary) => ({
  id: s.id,
  pairId: s.pairId,
  mentorName: s.mentorName,
  menteeName: s.menteeName,
  submittedAt: s.submittedAt.toISOString(),
  content: content(s.content),
  comments: s.comments.map(presentComment),
});

export function presentReview(r: CycleReview): z.infer<typeof ZCycleReview> {
  return {
    cycle: presentCycle(r.cycle),
    program: { id: r.program.id, name: r.program.name },
    as: r.as,
    canComment: r.canComment,
    counts: { asked: r.counts.asked, submitted: r.counts.submitted },
    summaries: r.summaries.map(presentSubmitted),
  };
}

const presentItem = (i: PairReviewItem) => ({
  cycle: presentCycle(i.cycle),
  summaryId: i.summary.id,
  draftToken: i.draftToken,
  status: i.summary.status,
  goalIds: [...i.summary.goalIds],
  includeMeetings: i.summary.includeMeetings,
  statement: i.summary.statement,
  updatedAt: i.summary.updatedAt.toISOString(),
  submittedAt: iso(i.summary.submittedAt),
  shareable: i.shareable.map(goal),
  meetings: { held: i.meetings.held, due: i.meetings.due },
  preview: content(i.preview),
  myConfirmedAt: iso(i.myConfirmedAt),
  partnerConfirmedAt: iso(i.partnerConfirmedAt),
  canEdit: i.canEdit,
  canWithdraw: i.canWithdraw,
  comments: i.comments.map(presentComment),
});

export function presentPairReviews(v: PairReviews): z.infer<typeof ZPairReviews> {
  return {
    mySide: v.mySide,
    me: { personId: v.me.personId, name: v.me.name },
    partner: { personId: v.partner.personId, name: v.partner.name },
    reviews: v.reviews.map(presentItem),
  };
}
