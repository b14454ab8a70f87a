import { sql } from 'drizzle-orm';
import {
  bigserial,
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
      enum: ['org_admin', 'program_manager', 'manager', 'participant'],
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
