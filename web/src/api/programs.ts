// Shapes of the program-lifecycle API (issue 4): programs, enrollment, approvals, training,
// matching rounds, matches and notifications. The server's presenters produce exactly these.

export const PROGRAM_STATUSES = ['draft', 'enrolling', 'matching', 'active', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export type ProgramMode = 'reverse' | 'mutual';
/** mentor = the junior mentor; mentee = the senior mentee (in mutual mode both teach). */
export type Side = 'mentor' | 'mentee';

export const SKILL_CATEGORIES = [
  'technology',
  'social_media',
  'consumer_culture',
  'ways_of_working',
  'business_industry',
  'leadership_career',
  'other',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  id: string;
  key: string;
  label: string;
  category: SkillCategory;
}

export type ProgramScope = { kind: 'department'; department: string } | { kind: 'organization' };

export interface PersonBrief {
  id: string;
  name: string;
  email: string;
  department: string;
  jobTitle: string | null;
  level: number;
}

export interface UserBrief {
  id: string;
  name: string;
  email: string;
}

/** The editable settings of a program (POST creates with all; PATCH takes any subset). */
export interface ProgramSettings {
  name: string;
  objectives: string;
  mode: ProgramMode;
  scope: ProgramScope;
  /** Pairs must cross departments (organization scope only). */
  requireCrossDepartment: boolean;
  startDate: string; // YYYY-MM-DD
  endDate: string; // YYYY-MM-DD
  hoursPerMonth: number;
  cadenceDays: number;
  meetingMinutes: number;
  mentorCapacity: number;
  minLevelGap: number;
  /** Days a participant has to accept or decline a published match. */
  responseDays: number;
  /** Only participants who passed their role's training are matched. */
  requireTraining: boolean;
  /** A decline or a missed deadline triggers an immediate incremental match. */
  autoRematch: boolean;
  /** People in the program's scope may apply without an invitation. */
  selfEnrollment: boolean;
  skillKeys: string[];
  /** Users (program managers or org admins) who run the program. */
  managerUserIds: string[];
}

/** POST /api/programs body: settings, plus the template whose training modules are copied. */
export interface CreateProgramBody extends ProgramSettings {
  template?: 'reverse' | 'mutual';
}

export interface ProgramCounts {
  invited: number;
  applied: number;
  approved: number;
  trained: number;
  /** People in an offered or active pair. */
  paired: number;
  activePairs: number;
}

export interface ProgramSummary {
  id: string;
  name: string;
  mode: ProgramMode;
  status: ProgramStatus;
  startDate: string;
  endDate: string;
  managers: UserBrief[];
  counts: ProgramCounts;
}

export interface Program extends Omit<ProgramSettings, 'managerUserIds'> {
  id: string;
  status: ProgramStatus;
  managers: UserBrief[];
  skills: Skill[];
  counts: ProgramCounts;
  /** Statuses this program may move to now, with the reason any other is refused. */
  allowedTransitions: ProgramStatus[];
  createdAt: string;
  updatedAt: string;
}

export interface ProgramTemplate extends Omit<ProgramSettings, 'scope' | 'requireCrossDepartment' | 'startDate' | 'endDate' | 'managerUserIds' | 'requireTraining' | 'autoRematch' | 'selfEnrollment'> {
  key: 'reverse' | 'mutual';
  label: string;
  description: string;
  training: Array<{ role: Side; title: string; summary: string }>;
}

// ---- enrollment and approval ---------------------------------------------------------------

export type EnrollmentStatus = 'invited' | 'applied' | 'approved' | 'declined' | 'withdrawn';
export type ApprovalStatus = 'pending' | 'approved' | 'declined';
export type PairStatus = 'proposed' | 'offered' | 'active' | 'declined' | 'expired' | 'ended';

export interface Approval {
  status: ApprovalStatus;
  /** The manager who decides; null: the person has no manager, the program manager decides. */
  approver: { id: string; name: string } | null;
  decidedBy: UserBrief | null;
  decidedAt: string | null;
  reason: string | null;
  /** Decided by a program manager in place of the manager. */
  override: boolean;
}

export interface Enrollment {
  id: string;
  programId: string;
  person: PersonBrief;
  side: Side | null;
  capacity: number | null;
  status: EnrollmentStatus;
  approval: Approval | null;
  trained: boolean;
  /** The person's current pair in this program, if any. */
  pairStatus: PairStatus | null;
  invitedAt: string | null;
  appliedAt: string | null;
}

/** GET /api/me/people-search?q= answer: colleagues by name (not the signed-in person), at most 10. */
export interface PeopleSearch {
  items: PersonBrief[];
}

/** POST /api/programs/:programId/invitations: any of personIds, a CSV with employee_id, or a filter. */
export interface InviteBody {
  personIds?: string[];
  csv?: string;
  filter?: { department?: string; minLevel?: number; maxLevel?: number };
  side?: Side;
}

export interface InviteResult {
  invited: number;
  alreadyEnrolled: number;
  /** Employee ids of the CSV that are not in the directory (or not active). */
  notFound: string[];
  /** People outside the program's scope, not invited. */
  outOfScope: number;
}

export interface ApprovalRequest {
  enrollmentId: string;
  person: PersonBrief;
  program: { id: string; name: string; mode: ProgramMode };
  side: Side | null;
  motivation: string | null;
  requestedAt: string;
  status: ApprovalStatus;
  decidedAt: string | null;
  reason: string | null;
  /** True when the actor decides as program manager (the person has no manager). */
  asProgramManager: boolean;
}

/** POST /api/approvals/lookup answer (public, from the email link). */
export interface ApprovalByToken {
  personName: string;
  programName: string;
  side: Side | null;
  status: ApprovalStatus;
  motivation: string | null;
  hoursPerMonth: number;
  cadenceDays: number;
  meetingMinutes: number;
  startDate: string;
  endDate: string;
}

// ---- profile ---------------------------------------------------------------------------------

export interface Profile {
  knows: Array<{ skillKey: string; level: number }>; // level 1..5
  wants: Array<{ skillKey: string; priority: number }>; // priority 1..3 (3 = most wanted)
  timeZone: string | null;
  availability: string | null;
  motivation: string | null;
  prefer: PersonBrief[];
  avoid: PersonBrief[];
  /** Locked while the person is in an offered or active pair. */
  locked: boolean;
  updatedAt: string | null;
}

export interface ProfileBody {
  knows: Array<{ skillKey: string; level: number }>;
  wants: Array<{ skillKey: string; priority: number }>;
  timeZone: string | null;
  availability: string | null;
  motivation: string | null;
  preferPersonIds: string[];
  avoidPersonIds: string[];
}

// ---- training --------------------------------------------------------------------------------

export interface TrainingQuestion {
  prompt: string;
  options: string[];
  correct: number;
  explanation: string;
}

export interface TrainingModule {
  id: string;
  role: Side;
  position: number;
  title: string;
  summary: string;
  body: string;
  questions: TrainingQuestion[];
}

export type TrainingModuleBody = Omit<TrainingModule, 'id' | 'position'>;

/** A module as a participant sees it: no answers until they attempt it. */
export interface TrainingModuleForMe {
  id: string;
  title: string;
  summary: string;
  body: string;
  questions: Array<{ prompt: string; options: string[] }>;
  completed: boolean;
}

export interface TrainingAttemptResult {
  passed: boolean;
  correctCount: number;
  total: number;
  /** correctOption is null until the check is passed. */
  feedback: Array<{ correct: boolean; correctOption: number | null; explanation: string }>;
}

// ---- my programs and matches -----------------------------------------------------------------

export interface ProgramBrief {
  id: string;
  name: string;
  mode: ProgramMode;
  status: ProgramStatus;
  objectives: string;
  startDate: string;
  endDate: string;
  hoursPerMonth: number;
  cadenceDays: number;
  meetingMinutes: number;
}

export interface MyEnrollment {
  id: string;
  program: ProgramBrief;
  side: Side | null;
  status: EnrollmentStatus;
  approval: Approval | null;
  training: { required: boolean; completed: number; total: number };
  pairStatus: PairStatus | null;
}

export interface MyPrograms {
  enrollments: MyEnrollment[];
  /** Programs open for self-enrollment in the person's scope that they have not joined. */
  open: ProgramBrief[];
  /** False when the signed-in user is not linked to a person of the directory. */
  hasPerson: boolean;
}

export interface ApplyBody {
  side: Side;
  /** Mentors only: how many mentees at once (default: the program's). */
  capacity?: number;
  motivation?: string;
}

export interface PartnerView {
  name: string;
  /** Null until the pair is active. */
  email: string | null;
  jobTitle: string | null;
  department: string;
  knows: Array<{ skillKey: string; label: string; level: number }>;
  wants: Array<{ skillKey: string; label: string; priority: number }>;
  timeZone: string | null;
  availability: string | null;
}

export interface MyMatch {
  pairId: string;
  program: { id: string; name: string; mode: ProgramMode };
  status: PairStatus;
  mySide: Side;
  respondBy: string | null;
  myResponse: 'accepted' | 'declined' | null;
  partnerResponse: 'accepted' | 'declined' | null;
  partner: PartnerView;
  /** Why the two were paired, in sentences ("Ana teaches you Generative AI tools (level 4)…"). */
  reasons: string[];
}

// ---- matching rounds -------------------------------------------------------------------------

export type RoundStatus = 'proposed' | 'published' | 'discarded';

export interface ExplanationPart {
  kind: string;
  label: string;
  points: number;
}

export interface RoundPair {
  id: string;
  mentor: PersonBrief & { enrollmentId: string };
  mentee: PersonBrief & { enrollmentId: string };
  score: number;
  /** Kept by the program manager's edits (hand pairs, swaps) when re-solving. */
  locked: boolean;
  /** Paired by hand rather than by the engine. */
  handPaired: boolean;
  /** The rules a hand pairing breaks; non-empty means flagged. */
  ruleBreaks: string[];
  handReason: string | null;
  explanation: { parts: ExplanationPart[]; reasons: string[] };
}

export interface RoundUnmatched {
  enrollmentId: string;
  person: PersonBrief;
  side: Side;
  reason: string;
  /** The reason in words. */
  detail: string;
}

export interface Round {
  id: string;
  programId: string;
  number: number;
  status: RoundStatus;
  createdAt: string;
  publishedAt: string | null;
  pairCount: number;
  summary: {
    total: number;
    optimal: boolean;
    mentors: number;
    mentees: number;
    distribution: { count: number; min: number | null; max: number | null; mean: number | null; median: number | null; histogram: Array<{ from: number; to: number; count: number }> };
    warnings: string[];
    unmatched: RoundUnmatched[];
    /** Enrolled people left out of the pool, by reason (not approved, not trained…). */
    notEligible: Array<{ reason: string; count: number }>;
    seconds: number;
  };
}

export interface RoundListItem {
  id: string;
  number: number;
  status: RoundStatus;
  createdAt: string;
  publishedAt: string | null;
  pairCount: number;
}

/** GET /api/rounds/:roundId/available: who can still be paired by hand (at most 200 per side). */
export interface RoundAvailable {
  mentors: Array<{ enrollmentId: string; person: PersonBrief; side: Side; room: number }>;
  mentees: Array<{ enrollmentId: string; person: PersonBrief; side: Side; room: number }>;
}

/** GET /api/rounds/:roundId/pairs query. */
export interface RoundPairsQuery {
  sort?: 'score' | 'mentor' | 'mentee';
  dir?: 'asc' | 'desc';
  q?: string;
  flagged?: boolean;
  page?: number;
  pageSize?: number;
}

export interface HandPairBody {
  mentorEnrollmentId: string;
  menteeEnrollmentId: string;
  /** Required (true) when the pairing breaks a rule; then reason is required too. */
  confirmRuleBreak?: boolean;
  reason?: string;
}

export interface SwapBody {
  pairA: string;
  pairB: string;
  confirmRuleBreak?: boolean;
  reason?: string;
}

/** A published pair, as the program manager sees it. */
export interface ProgramPair {
  id: string;
  mentor: PersonBrief;
  mentee: PersonBrief;
  status: PairStatus;
  score: number;
  mentorResponse: 'accepted' | 'declined' | null;
  menteeResponse: 'accepted' | 'declined' | null;
  respondBy: string | null;
  handPaired: boolean;
  ruleBreaks: string[];
  endedAt: string | null;
  roundNumber: number;
  /** Whether and when the pair signed its agreement; never its text. */
  agreement: { state: 'none' | 'draft' | 'partly_signed' | 'signed'; signedAt: string | null };
  /** Meetings held against the promised cadence: metadata only (null until the pair is active). */
  health: { status: 'new' | 'on_track' | 'behind' | 'at_risk'; held: number; promised: number; lastHeldAt: string | null; cadenceDays: number } | null;
}

// ---- notifications ---------------------------------------------------------------------------

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** An in-app path to open, e.g. /my/matches. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsPage {
  items: AppNotification[];
  page: number;
  pageSize: number;
  total: number;
  unread: number;
}

// ---- pair workspace (issue 5) ----------------------------------------------------------------

export interface AgreementSections {
  cadenceDays: number;
  meetingMinutes: number;
  channel: string;
  topics: string[];
  offLimits: string[];
  confidentiality: string;
  concernsAndEnding: string;
  endDate: string;
  reviewDate: string;
}

export interface AgreementVersion {
  version: number;
  sections: AgreementSections;
  createdAt: string;
  updatedAt: string;
  mentorSignedAt: string | null;
  menteeSignedAt: string | null;
}

/** GET /api/me/pairs/:pairId/agreement: the current text (or a suggested draft when state is 'none'). */
export interface Agreement {
  state: 'none' | 'draft' | 'partly_signed' | 'signed';
  sections: AgreementSections;
  version: number | null;
  mySide: Side;
  /** Newest first. */
  history: AgreementVersion[];
}
