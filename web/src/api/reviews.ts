// The contract of the review routes (src/server/routes/reviews/): management reviews of a
// program, and the pair's own summaries.
const id = encodeURIComponent;

export type ReviewViewer = 'admin' | 'manager' | 'sponsor';
export type ReviewSide = 'mentor' | 'mentee';

export interface ReviewCycle {
  id: string;
  programId: string;
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
}

export interface ReviewCounts {
  /** Pairs asked for a summary (active pairs, and pairs that had a draft). */
  asked: number;
  submitted: number;
}

export interface ReviewGoal {
  goalId: string;
  title: string;
  /** The member who learns. */
  learnerSide: ReviewSide;
  progress: number;
  status: string;
}

/** What management sees of a pair: only what both members confirmed. */
export interface ReviewContent {
  goals: ReviewGoal[];
  meetings: { held: number; due: number } | null;
  statement: string;
}

export interface ReviewComment {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface CycleList {
  program: { id: string; name: string };
  as: ReviewViewer;
  /** Admins and managers open and close cycles and comment; sponsors read. */
  canManage: boolean;
  cycles: Array<ReviewCycle & { counts: ReviewCounts }>;
}

export interface SubmittedSummary {
  id: string;
  pairId: string;
  mentorName: string;
  menteeName: string;
  submittedAt: string;
  content: ReviewContent;
  comments: ReviewComment[];
}

export interface CycleReview {
  cycle: ReviewCycle;
  program: { id: string; name: string };
  as: ReviewViewer;
  canComment: boolean;
  counts: ReviewCounts;
  summaries: SubmittedSummary[];
}

export interface PairReview {
  cycle: ReviewCycle;
  summaryId: string;
  /** Sent back with a confirmation: names the draft as read. */
  draftToken: string;
  status: 'draft' | 'submitted';
  goalIds: string[];
  includeMeetings: boolean;
  statement: string;
  updatedAt: string;
  submittedAt: string | null;
  /** Goals their learner shared with the program: the only ones that can be picked. */
  shareable: ReviewGoal[];
  meetings: { held: number; due: number };
  /** What the program would see if submitted now (or what it sees, once submitted). */
  preview: ReviewContent;
  myConfirmedAt: string | null;
  partnerConfirmedAt: string | null;
  canEdit: boolean;
  canWithdraw: boolean;
  comments: ReviewComment[];
}

export interface PairReviews {
  mySide: ReviewSide;
  me: { personId: string; name: string };
  partner: { personId: string; name: string };
  reviews: PairReview[];
}

export interface ReviewDraft {
  goalIds: string[];
  includeMeetings: boolean;
  statement: string;
}

export const STATEMENT_MAX = 2000;
export const COMMENT_MAX = 2000;

export const programReviewCyclesApi = (programId: string) => `/api/programs/${id(programId)}/review-cycles`;
export const reviewCycleApi = (cycleId: string) => `/api/review-cycles/${id(cycleId)}`;
export const reviewReportCsv = (cycleId: string) => `${reviewCycleApi(cycleId)}/report.csv`;
export const summaryCommentsApi = (summaryId: string) => `/api/review-summaries/${id(summaryId)}/comments`;
export const pairReviewsApi = (pairId: string) => `/api/me/pairs/${id(pairId)}/reviews`;
export const pairReviewApi = (pairId: string, cycleId: string) => `${pairReviewsApi(pairId)}/${id(cycleId)}`;
