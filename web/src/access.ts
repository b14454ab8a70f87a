// Which pages each role may open. The server enforces the same rules; this only decides
// what the navigation shows and where `/` leads.
import type { Role } from './api/types';
import type { Route } from './router';

export interface NavItem {
  href: string;
  label: string;
  route: Route['name'];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/programs', label: 'Programs', route: 'programs' },
  { href: '/my/programs', label: 'My programs', route: 'myPrograms' },
  { href: '/my/matches', label: 'My match', route: 'myMatches' },
  { href: '/my/surveys', label: 'My surveys', route: 'mySurveys' },
  { href: '/approvals', label: 'Approvals', route: 'approvals' },
  { href: '/outcomes', label: 'Outcomes', route: 'outcomes' },
  { href: '/people', label: 'People', route: 'people' },
  { href: '/import', label: 'Import', route: 'import' },
  { href: '/users', label: 'Users & invitations', route: 'users' },
  { href: '/outbox', label: 'Outbox', route: 'outbox' },
  { href: '/audit', label: 'Audit log', route: 'audit' },
];

const PROGRAM_ADMINS: readonly Role[] = ['org_admin', 'program_manager'];
// Dashboards: the server checks which programs (admins all, managers theirs, sponsors those given).
const OUTCOME_READERS: readonly Role[] = ['org_admin', 'program_manager', 'sponsor'];

const ALLOWED: Partial<Record<Route['name'], readonly Role[]>> = {
  people: ['org_admin', 'program_manager'],
  person: ['org_admin', 'program_manager'],
  import: ['org_admin'],
  users: ['org_admin'],
  outbox: ['org_admin'],
  audit: ['org_admin'],
  programs: PROGRAM_ADMINS,
  programNew: PROGRAM_ADMINS,
  program: PROGRAM_ADMINS,
  programEnrollment: PROGRAM_ADMINS,
  programTraining: PROGRAM_ADMINS,
  programRound: PROGRAM_ADMINS,
  programPairs: PROGRAM_ADMINS,
  // Concerns and mentor check-ins: the server shows them to the program's listed managers only.
  programConcerns: PROGRAM_ADMINS,
  programPulse: PROGRAM_ADMINS,
  // Surveys: managers edit; the results are also readable by sponsors through the API.
  programSurveys: PROGRAM_ADMINS,
  concern: PROGRAM_ADMINS,
  // Approvals: managers decide for their reports, program managers for people without a manager.
  approvals: ['manager', 'program_manager', 'org_admin'],
  outcomes: OUTCOME_READERS,
  programOutcomes: OUTCOME_READERS,
  // Reviews: the same readers; the server lets only admins and managers open, close and comment.
  programReviews: OUTCOME_READERS,
  reviewCycle: OUTCOME_READERS,
};

/** True when the roles may open the route (routes without a rule are open to any signed-in user). */
export function canOpen(route: Route['name'], roles: readonly Role[]): boolean {
  const allowed = ALLOWED[route];
  return allowed === undefined || allowed.some((role) => roles.includes(role));
}

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canOpen(item.route, roles));
}

/** Where `/` leads: programs for admins and program managers, the dashboards for sponsors, else the participant's programs. */
export function homePathFor(roles: readonly Role[]): string {
  if (canOpen('programs', roles)) return '/programs';
  return roles.includes('sponsor') ? '/outcomes' : '/my/programs';
}
