import type { UserBrief } from '../../api/programs';
import { useApi } from '../../hooks/useApi';
import { useMe } from '../../session';

export interface ManagerOptions {
  options: UserBrief[];
  note: string | undefined;
}

/**
 * Who can be chosen to run a program: the users with the program manager or org admin role
 * (GET /api/program-managers), plus whoever runs it already and the signed-in user, so the form
 * still works if the list cannot be loaded.
 */
export function useManagerOptions(current: readonly UserBrief[]): ManagerOptions {
  const me = useMe();
  const users = useApi<UserBrief[]>('/api/program-managers');
  const known: UserBrief[] = (users.data ?? []).map(({ id, name, email }) => ({ id, name, email }));
  const mayRun = me.roles.includes('program_manager') || me.roles.includes('org_admin');
  for (const extra of [...current, ...(mayRun ? [{ id: me.id, name: me.name, email: me.email }] : [])]) {
    if (!known.some((user) => user.id === extra.id)) known.push(extra);
  }
  const note = users.error !== undefined ? 'The list of program managers could not be loaded; only you and the current managers are listed.' : undefined;
  return { options: known, note };
}
