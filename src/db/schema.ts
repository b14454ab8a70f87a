import { sql } from 'drizzle-orm';
import {
  bigserial,
  customType,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Every tenant table carries org_id and is under row-level security (see migrations/0001_rls.sql).
const id = () => uuid('id').primaryKey().defaultRandom();
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organizations = pgTable('organizations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const people = pgTable(
  'people',
  {
    id: id(),
    orgId: orgId(),
    employeeId: text('employee_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    department: text('department').notNull(),
    jobTitle: text('job_title'),
    level: integer('level').notNull(),
    managerEmployeeId: text('manager_employee_id'),
    location: text('location'),
    timeZone: text('time_zone'),
    hireDate: date('hire_date', { mode: 'string' }),
    status: text('status', { enum: ['active', 'on_leave', 'departed'] }).notNull(),
    terminationDate: date('termination_date', { mode: 'string' }),
    generationBand: text('generation_band'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_org_employee_id').on(t.orgId, t.employeeId),
    uniqueIndex('people_org_email').on(t.orgId, t.email),
    index('people_org_department').on(t.orgId, t.department),
    index('people_org_level').on(t.orgId, t.level),
    index('people_org_name').on(t.orgId, t.name),
    index('people_org_manager').on(t.orgId, t.managerEmployeeId),
    // The reporting-line foreign key is in 0001_rls.sql: it must be DEFERRABLE, which
    // drizzle-kit cannot express.
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    orgId: orgId(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: ['active', 'deactivated'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  // Sign-in is by email alone, so an email is one login across all organizations.
  (t) => [uniqueIndex('users_email').on(t.email), index('users_org').on(t.orgId)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    orgId: orgId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', {
      enum: ['org_admin', 'program_manager', 'manager', 'participant', 'sponsor'],
    }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const sessions = pgTable(
  'sessions',
  {
    // Only a SHA-256 of the session id is stored: a database leak does not yield live sessions.
    idHash: text('id_hash').primaryKey(),
    orgId: orgId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    orgId: orgId(),
    email: text('email').notNull(),
    roles: text('roles').array().notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('invitations_org_created').on(t.orgId, t.createdAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // Null for events before an organization is known (a failed sign-in for an unknown email).
    orgId: uuid('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    target: text('target'),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_org_at').on(t.orgId, t.at)],
);

export const emails = pgTable(
  'emails',
  {
    id: id(),
    orgId: orgId(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    transport: text('transport', { enum: ['smtp', 'outbox'] }),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** A calendar invitation sent with the email (text/calendar, METHOD:REQUEST or CANCEL). */
    calendar: jsonb('calendar').$type<{ method: 'REQUEST' | 'CANCEL'; filename: string; content: string }>(),
  },
  (t) => [index('emails_org_created').on(t.orgId, t.createdAt)],
);

export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: orgId(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** Scheduling the same key twice is a no-op (reminders, deadlines): jobs stay idempotent. */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: createdAt(),
  },
  (t) => [index('jobs_due').on(t.status, t.runAt).where(sql`status = 'queued'`)],
);

// Not a tenant table: counters are keyed by IP or account before anyone is authenticated.
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
  blocked: boolean('blocked').notNull().default(false),
});

// ---- Programs (issue 4) ------------------------------------------------------------------------

export const skills = pgTable(
  'skills',
  {
    id: id(),
    orgId: orgId(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    category: text('category').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('skills_org_key').on(t.orgId, t.key)],
);

export const programs = pgTable(
  'programs',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    objectives: text('objectives').notNull(),
    mode: text('mode', { enum: ['reverse', 'mutual'] }).notNull(),
    scopeKind: text('scope_kind', { enum: ['department', 'organization'] }).notNull(),
    scopeDepartment: text('scope_department'),
    requireCrossDepartment: boolean('require_cross_department').notNull().default(false),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    hoursPerMonth: integer('hours_per_month').notNull(),
    cadenceDays: integer('cadence_days').notNull(),
    meetingMinutes: integer('meeting_minutes').notNull(),
    mentorCapacity: integer('mentor_capacity').notNull(),
    minLevelGap: integer('min_level_gap').notNull(),
    responseDays: integer('response_days').notNull(),
    requireTraining: boolean('require_training').notNull().default(true),
    autoRematch: boolean('auto_rematch').notNull().default(false),
    selfEnrollment: boolean('self_enrollment').notNull().default(false),
    status: text('status', { enum: ['draft', 'enrolling', 'matching', 'active', 'closed'] })
      .notNull()
      .default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_org_created').on(t.orgId, t.createdAt)],
);

export const programManagers = pgTable(
  'program_managers',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.userId] }), index('program_managers_user').on(t.userId)],
);

export const programSkills = pgTable(
  'program_skills',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.skillId] })],
);

/** One per person, reused across programs. Skills are catalogue keys. */
export const participantProfiles = pgTable('participant_profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  knows: jsonb('knows').$type<Array<{ skillKey: string; level: number }>>().notNull().default([]),
  wants: jsonb('wants').$type<Array<{ skillKey: string; priority: number }>>().notNull().default([]),
  timeZone: text('time_zone'),
  availability: text('availability'),
  motivation: text('motivation'),
  prefer: uuid('prefer').array().notNull().default(sql`'{}'`),
  avoid: uuid('avoid').array().notNull().default(sql`'{}'`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const enrollments = pgTable(
  'enrollments',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }),
    capacity: integer('capacity'),
    motivation: text('motivation'),
    status: text('status', { enum: ['invited', 'applied', 'approved', 'declined', 'withdrawn'] }).notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    approvalStatus: text('approval_status', { enum: ['pending', 'approved', 'declined'] }),
    approverPersonId: uuid('approver_person_id').references(() => people.id, { onDelete: 'set null' }),
    // Only a SHA-256 of the email link's token is stored, like sessions and invitations.
    approvalTokenHash: text('approval_token_hash').unique(),
    approvalRequestedAt: timestamp('approval_requested_at', { withTimezone: true }),
    approvalRemindersSent: integer('approval_reminders_sent').notNull().default(0),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    approvalOverride: boolean('approval_override').notNull().default(false),
    /** The junior's opt-in to future-leader signals (issue 6); off unless they turn it on. */
    leaderSignalsAt: timestamp('leader_signals_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enrollments_program_person').on(t.programId, t.personId),
    index('enrollments_org_approver').on(t.orgId, t.approverPersonId, t.approvalStatus),
    index('enrollments_person').on(t.personId),
  ],
);

export const trainingModules = pgTable(
  'training_modules',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['mentor', 'mentee'] }).notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    questions: jsonb('questions')
      .$type<Array<{ prompt: string; options: string[]; correct: number; explanation: string }>>()
      .notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_modules_program').on(t.programId, t.role, t.position)],
);

export const trainingCompletions = pgTable(
  'training_completions',
  {
    orgId: orgId(),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => trainingModules.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    passedAt: timestamp('passed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.personId] }), index('training_completions_person').on(t.personId)],
);

export const matchingRounds = pgTable(
  'matching_rounds',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status', { enum: ['proposed', 'published', 'discarded'] }).notNull().default('proposed'),
    /** Pairs the program manager removed: forbidden when the round is re-solved (enrollment ids). */
    excludedPairs: jsonb('excluded_pairs').$type<Array<[string, string]>>().notNull().default([]),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('matching_rounds_program_number').on(t.programId, t.number)],
);

export const pairs = pgTable(
  'pairs',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => matchingRounds.id, { onDelete: 'cascade' }),
    mentorEnrollmentId: uuid('mentor_enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    menteeEnrollmentId: uuid('mentee_enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    mentorPersonId: uuid('mentor_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    menteePersonId: uuid('mentee_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    explanation: jsonb('explanation').$type<{ parts: Array<{ kind: string; label: string; points: number; skill?: string }>; reasons: string[] }>().notNull(),
    locked: boolean('locked').notNull().default(false),
    handPaired: boolean('hand_paired').notNull().default(false),
    ruleBreaks: text('rule_breaks').array().notNull().default(sql`'{}'`),
    handReason: text('hand_reason'),
    status: text('status', { enum: ['proposed', 'offered', 'active', 'declined', 'expired', 'ended'] }).notNull(),
    respondBy: timestamp('respond_by', { withTimezone: true }),
    mentorResponse: text('mentor_response', { enum: ['accepted', 'declined'] }),
    menteeResponse: text('mentee_response', { enum: ['accepted', 'declined'] }),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedByUserId: uuid('ended_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    endReason: text('end_reason'),
    /** When the pair was last nudged for going quiet (twice its cadence without a meeting). */
    nudgedAt: timestamp('nudged_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('pairs_round_score').on(t.roundId, t.score),
    index('pairs_program_status').on(t.programId, t.status),
    index('pairs_mentor_person').on(t.mentorPersonId),
    index('pairs_mentee_person').on(t.menteePersonId),
    // A person's pairs by enrollment: live-pair counts and pair status per enrollment.
    index('pairs_mentor_enrollment').on(t.mentorEnrollmentId),
    index('pairs_mentee_enrollment').on(t.menteeEnrollmentId),
  ],
);

/** In-app notifications, per person; the email copy is in `emails`. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_person_created').on(t.orgId, t.personId, t.createdAt)],
);

// ---- Pair workspace (issue 5) -----------------------------------------------------------------

/** Every version of a pair's agreement; the latest is the current text. Readable by the pair only. */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: id(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    sections: jsonb('sections').$type<Record<string, unknown>>().notNull(),
    editedByPersonId: uuid('edited_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    mentorSignedAt: timestamp('mentor_signed_at', { withTimezone: true }),
    menteeSignedAt: timestamp('mentee_signed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('agreement_versions_pair_version').on(t.pairId, t.version)],
);

/** Goals in both directions: `learnerSide` is the member who learns, the other helps. Pair-only unless shared. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    learnerSide: text('learner_side', { enum: ['mentor', 'mentee'] }).notNull(),
    authorPersonId: uuid('author_person_id').references(() => people.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    why: text('why').notNull().default(''),
    success: text('success').notNull().default(''),
    targetDate: date('target_date', { mode: 'string' }),
    milestones: jsonb('milestones').$type<Array<{ title: string; done: boolean }>>().notNull().default([]),
    progress: integer('progress').notNull().default(0),
    status: text('status', { enum: ['active', 'achieved', 'paused', 'dropped'] })
      .notNull()
      .default('active'),
    /** Only a member's explicit act shares a goal with the program (reviews, issue 6). */
    sharedWithProgram: boolean('shared_with_program').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goals_pair').on(t.pairId, t.createdAt)],
);

/**
 * A meeting of a pair. `uid` and `sequence` are the calendar identity (RFC 5545): updates and
 * cancellations reuse the uid with a higher sequence so they replace the event. The log fields
 * are filled after the meeting by either member.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id'),
    uid: text('uid').notNull(),
    sequence: integer('sequence').notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    minutes: integer('minutes').notNull(),
    /** The time zone the organizer scheduled in (IANA), for the invitation's local times. */
    timeZone: text('time_zone').notNull(),
    place: text('place').notNull().default(''),
    status: text('status', { enum: ['scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    createdByPersonId: uuid('created_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    outcome: text('outcome', { enum: ['held', 'missed'] }),
    heldMinutes: integer('held_minutes'),
    topics: text('topics').array().notNull().default(sql`'{}'`),
    drivenBy: text('driven_by', { enum: ['learner', 'helper', 'shared'] }),
    loggedByPersonId: uuid('logged_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    /** The sequence whose day-before reminder went out: a job run twice reminds once. */
    remindedSequence: integer('reminded_sequence'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meetings_uid').on(t.uid), index('meetings_pair_starts').on(t.pairId, t.startsAt), index('meetings_series').on(t.seriesId)],
);

/**
 * Private notes, encrypted at rest (AES-256-GCM; the key comes from configuration and is never
 * in the database). `body` is the sealed text; the row's identity is bound into the seal, so a
 * body moved to another row, pair or visibility fails to open.
 */
export const notes = pgTable(
  'notes',
  {
    id: id(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    authorPersonId: uuid('author_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: ['only_me', 'both'] }).notNull(),
    body: text('body').notNull(),
    keyVersion: integer('key_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notes_pair_created').on(t.pairId, t.createdAt)],
);

/** A member's self-rating on a skill they are learning, at one phase; the partner may observe. */
export const skillCheckins = pgTable(
  'skill_checkins',
  {
    id: id(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    skillKey: text('skill_key').notNull(),
    phase: text('phase', { enum: ['start', 'midway', 'end'] }).notNull(),
    level: integer('level').notNull(),
    evidence: text('evidence'),
    partnerObservation: text('partner_observation'),
    observedAt: timestamp('observed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('skill_checkins_one').on(t.pairId, t.personId, t.skillKey, t.phase)],
);

/**
 * Mentor-only pulse check-ins for the junior member: answered to the program manager only,
 * shown to them per person or only in aggregate, as the junior chose (`shareMode`).
 */
export const pulseChecks = pgTable(
  'pulse_checks',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    answers: jsonb('answers').$type<{ engaged: number; candid: number; pressure: number }>(),
    comment: text('comment'),
    shareMode: text('share_mode', { enum: ['named', 'aggregate'] }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('pulse_checks_one').on(t.pairId, t.personId, t.number), index('pulse_checks_program').on(t.programId, t.answeredAt)],
);

/** A confidential message from one member to the program managers; never visible to the partner. */
export const concerns = pgTable(
  'concerns',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    raisedByPersonId: uuid('raised_by_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    createdAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('concerns_program').on(t.programId, t.status), index('concerns_raiser').on(t.raisedByPersonId)],
);

/** The thread of a concern: the member who raised it and the program managers. */
export const concernMessages = pgTable(
  'concern_messages',
  {
    id: id(),
    orgId: orgId(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    fromProgramManager: boolean('from_program_manager').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('concern_messages_concern').on(t.concernId, t.createdAt)],
);

// ---- Surveys, reviews and outcomes (issue 6) ----------------------------------------------------

/** The programs a sponsor (read-only role) may see the dashboards and reviews of. */
export const programSponsors = pgTable(
  'program_sponsors',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.userId] }), index('program_sponsors_user').on(t.userId)],
);

/** One question of a survey. `key` is stable across rewording: analytics read the standard keys. */
export interface SurveyQuestionRow {
  key: string;
  kind: 'scale' | 'nps' | 'choice' | 'yes_no' | 'text';
  prompt: string;
  required: boolean;
  options?: Array<{ value: string; label: string }>;
  low?: string;
  high?: string;
}

/**
 * A program's survey: the fit check after the first meeting, the monthly pulse, the end-of-cycle
 * survey per role. Made from core templates; the program manager edits questions and schedule.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['fit_check', 'pulse', 'end_of_cycle'] }).notNull(),
    audience: text('audience', { enum: ['both', 'mentor', 'mentee'] }).notNull(),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    questions: jsonb('questions').$type<SurveyQuestionRow[]>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /** Pulse: days between sends, counted from the pair's activation. */
    everyDays: integer('every_days'),
    /** End of cycle: days before the program's end date when it is sent. */
    daysBeforeEnd: integer('days_before_end'),
    /** How long a sent survey stays open for answers. */
    openDays: integer('open_days').notNull().default(14),
    /** Raised on every edit of the questions; a response keeps the questions it was sent with. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('surveys_program_kind_audience').on(t.programId, t.kind, t.audience)],
);

/**
 * One survey sent to one pair member (one occurrence: the n-th pulse). The answers are the
 * respondent's alone: outside the respondent they leave only in groups of at least five.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }).notNull(),
    kind: text('kind', { enum: ['fit_check', 'pulse', 'end_of_cycle'] }).notNull(),
    occurrence: integer('occurrence').notNull().default(1),
    surveyVersion: integer('survey_version').notNull(),
    questions: jsonb('questions').$type<SurveyQuestionRow[]>().notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    answers: jsonb('answers').$type<Record<string, number | string | boolean | null>>(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('survey_responses_one').on(t.surveyId, t.pairId, t.personId, t.occurrence),
    index('survey_responses_program').on(t.programId, t.kind, t.answeredAt),
    index('survey_responses_person').on(t.personId, t.dueAt),
  ],
);

/** A periodic management review of a program (e.g. quarterly). */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    openedByUserId: uuid('opened_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('review_cycles_program').on(t.programId, t.createdAt)],
);

/** What a pair shares for a review cycle: built by the pair, submitted once both confirm. */
export interface ReviewContentRow {
  goals: Array<{ goalId: string; title: string; learnerSide: 'mentor' | 'mentee'; progress: number; status: string }>;
  meetings: { held: number; due: number } | null;
  statement: string;
}

export const reviewSummaries = pgTable(
  'review_summaries',
  {
    id: id(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    /** The draft: which shared goals to include, whether to include meeting counts, a statement. */
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
    includeMeetings: boolean('include_meetings').notNull().default(true),
    statement: text('statement').notNull().default(''),
    /** Frozen when submitted: what management sees. Null until then. */
    content: jsonb('content').$type<ReviewContentRow>(),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    updatedByPersonId: uuid('updated_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    mentorConfirmedAt: timestamp('mentor_confirmed_at', { withTimezone: true }),
    menteeConfirmedAt: timestamp('mentee_confirmed_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_summaries_cycle_pair').on(t.cycleId, t.pairId), index('review_summaries_pair').on(t.pairId)],
);

/** A reviewer's comment back to a pair on its submitted summary; both members read it. */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: id(),
    orgId: orgId(),
    summaryId: uuid('summary_id')
      .notNull()
      .references(() => reviewSummaries.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('review_comments_summary').on(t.summaryId, t.createdAt)],
);

/** Postgres types drizzle has no builder for; read and written as text. */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });
const pgSnapshot = customType<{ data: string }>({ dataType: () => 'pg_snapshot' });

/**
 * A transaction that changed an outcome figure's inputs in an organization, noted by triggers
 * (migrations/0008_outcome_snapshots.sql): what makes a figure snapshot stale.
 */
export const outcomeChanges = pgTable(
  'outcome_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: orgId(),
    xid: xid8('xid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    changedAt: timestamp('changed_at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [index('outcome_changes_org_xid').on(t.orgId, t.xid), index('outcome_changes_changed_at').on(t.changedAt)],
);

/** One outcome figure of one scope (a program, or a set of programs) as last computed. */
export const outcomeSnapshots = pgTable(
  'outcome_snapshots',
  {
    orgId: orgId(),
    /** sha-256 of the sorted program ids. */
    scopeKey: text('scope_key').notNull(),
    programIds: uuid('program_ids').array().notNull(),
    figure: text('figure').notNull(),
    asOfDay: date('as_of_day').notNull(),
    data: jsonb('data').notNull(),
    /** pg_current_snapshot() when the computation started. */
    snap: pgSnapshot('snap').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    computeMs: integer('compute_ms').notNull(),
  },
  (t) => [primaryKey({ name: 'outcome_snapshots_pk', columns: [t.orgId, t.scopeKey, t.figure] }), index('outcome_snapshots_computed_at').on(t.computedAt)],
);
