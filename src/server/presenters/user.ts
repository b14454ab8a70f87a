import { z } from 'zod';
import type { UserSummary } from '../../app/users/user-summaries.js';
import { IsoDateTime } from '../schemas/common.js';
import { ZRole } from './me.js';

export const ZUserSummary = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(ZRole),
  status: z.enum(['active', 'deactivated']),
  personId: z.string().nullable(),
  lastLoginAt: IsoDateTime.nullable(),
});

export function presentUser(u: UserSummary): z.infer<typeof ZUserSummary> {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: [...u.roles],
    status: u.status,
    personId: u.personId,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}
