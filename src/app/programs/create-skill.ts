import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import type { SkillCategory } from '../../core/programs/catalogue.js';
import { skills } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { catalogue, skillByKey, type SkillRow } from './skill-catalogue.js';

export async function createSkill(deps: Deps, input: { actor: Actor; key: string; label: string; category: SkillCategory }): Promise<SkillRow> {
  const { orgId } = input.actor;
  return deps.db.tenant(orgId, async (tx) => {
    await catalogue(tx, orgId);
    if (await skillByKey(tx, orgId, input.key)) {
      throw new AppError('conflict', `A skill with the key "${input.key}" already exists.`, { fields: [{ path: 'key', message: 'already in the catalogue' }] });
    }
    const [row] = await tx.insert(skills).values({ orgId, key: input.key, label: input.label.trim(), category: input.category }).returning();
    if (!row) throw new AppError('internal', 'The skill was not created.');
    return { id: row.id, key: row.key, label: row.label, category: row.category };
  });
}
