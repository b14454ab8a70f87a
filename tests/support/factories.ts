import type { Deps } from '../../src/app/deps.js';
import { createOrg, type Organization } from '../../src/app/org/create-org.js';
import { createUser } from '../../src/app/users/create-user.js';
import type { Role } from '../../src/core/auth/roles.js';

export const TEST_PASSWORD = 'tandem-test-password-1';

export interface UserSpec {
  email: string;
  roles: readonly Role[];
  password?: string;
  name?: string;
}

export interface OrgWithUsers {
  org: Organization;
  users: Array<{ id: string; email: string; password: string }>;
}

/** An organization and its logins, created the way the CLI and the seed do (no HTTP). */
export async function createOrgWithUsers(
  deps: Deps,
  input: { slug: string; name?: string; users: readonly UserSpec[] },
): Promise<OrgWithUsers> {
  const org = await createOrg(deps, { slug: input.slug, name: input.name ?? `Org ${input.slug}` });
  const users = await deps.db.system(async (tx) => {
    const created: OrgWithUsers['users'] = [];
    for (const spec of input.users) {
      const password = spec.password ?? TEST_PASSWORD;
      const name = spec.name ?? spec.email.split('@')[0] ?? spec.email;
      const user = await createUser(tx, { orgId: org.id, email: spec.email, name, password, roles: spec.roles });
      created.push({ ...user, password });
    }
    return created;
  });
  return { org, users };
}
