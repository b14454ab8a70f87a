import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { findOrgBySlug } from '../org/create-org.js';
import { createUser } from './create-user.js';

/** The first org admin of an organization, created from the command line. */
export async function createAdmin(
  deps: Deps,
  input: { orgSlug: string; email: string; name: string; password: string },
): Promise<{ id: string; email: string }> {
  const org = await findOrgBySlug(deps, input.orgSlug);
  return deps.db.system(async (tx) => {
    const user = await createUser(tx, { orgId: org.id, email: input.email, name: input.name, password: input.password, roles: ['org_admin'] });
    await recordAudit(tx, { orgId: org.id, actor: null, action: 'user_created', target: user.email, details: { roles: ['org_admin'], via: 'cli' } }, null);
    return user;
  });
}
