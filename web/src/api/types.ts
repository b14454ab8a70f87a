// Shapes of the JSON the Tandem API returns. Kept in one place so pages agree on them.

export const ROLES = ['org_admin', 'program_manager', 'manager', 'participant', 'sponsor'] as const;
export type Role = (typeof ROLES)[number];

export interface Org {
  id: string;
  name: string;
  slug: string;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  org: Org;
}

/** Answer of login, session and invitation acceptance. */
export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const PERSON_STATUSES = ['active', 'on_leave', 'departed'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface PersonSummary {
  id: string;
  employeeId: string;
  name: string;
  email: string;
  department: string;
  jobTitle: string | null;
  level: number;
  status: PersonStatus;
}

export interface PersonRef {
  id: string;
  name: string;
  employeeId: string;
}

export interface Person extends PersonSummary {
  location: string | null;
  timeZone: string | null;
  hireDate: string | null;
  terminationDate: string | null;
  generationBand: string | null;
  manager: PersonRef | null;
  directReports: Array<PersonRef & { jobTitle: string | null }>;
  user: { id: string; roles: Role[] } | null;
}

export interface Facets {
  departments: string[];
  levels: number[];
}

/** One problem in an imported file. Row 1 is the header row; row 0 means the whole file. */
export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  markedDeparted: number;
  /** People in the directory but not in the file; the server lists at most 1,000 of them. */
  missing: Array<{ employeeId: string; name: string }>;
  /** How many are missing in all (can exceed missing.length). */
  missingTotal: number;
  warnings: RowProblem[];
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: 'active' | 'deactivated';
  personId: string | null;
  lastLoginAt: string | null;
}

export interface Invitation {
  id: string;
  email: string;
  roles: Role[];
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
  createdAt: string;
}

export interface InvitationPreview {
  email: string;
  orgName: string;
  roles: Role[];
  expiresAt: string;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  target: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}
