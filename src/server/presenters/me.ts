import { z } from 'zod';
import type { SignedInUser } from '../../app/auth/signed-in-user.js';
import { ROLES } from '../../core/auth/roles.js';

export const ZRole = z.enum(ROLES);

export const ZMe = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(ZRole),
  org: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
});

export const ZSignedIn = z.object({ user: ZMe, csrfToken: z.string() });

export function presentMe(user: SignedInUser): z.infer<typeof ZMe> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles],
    org: { id: user.org.id, name: user.org.name, slug: user.org.slug },
  };
}
