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
  { href: '/people', label: 'People', route: 'people' },
  { href: '/import', label: 'Import', route: 'import' },
  { href: '/users', label: 'Users & invitations', route: 'users' },
  { href: '/outbox', label: 'Outbox', route: 'outbox' },
  { href: '/audit', label: 'Audit log', route: 'audit' },
];

const ALLOWED: Partial<Record<Route['name'], readonly Role[]>> = {
  people: ['org_admin', 'program_manager'],
  person: ['org_admin', 'program_manager'],
  import: ['org_admin'],
  users: ['org_admin'],
  outbox: ['org_admin'],
  audit: ['org_admin'],
};

/** True when the roles may open the route (routes without a rule are open to any signed-in user). */
export function canOpen(route: Route['name'], roles: readonly Role[]): boolean {
  const allowed = ALLOWED[route];
  return allowed === undefined || allowed.some((role) => roles.includes(role));
}

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canOpen(item.route, roles));
}

/** Where `/` leads: the directory for admins and program managers, else the welcome page. */
export function homePathFor(roles: readonly Role[]): string | null {
  return canOpen('people', roles) ? '/people' : null;
}
