import { eq } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { slugProblem } from '../../core/org/slug.js';
import { organizations } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';

export interface Organization {
  id: string;
  slug: string;
  name: string;
}

export async function createOrg(deps: Deps, input: { slug: string; name: string }): Promise<Organization> {
  const slug = input.slug.trim();
  const name = input.name.trim();
  const problem = slugProblem(slug);
  if (problem) throw new AppError('validation_failed', `slug ${problem}.`, { fields: [{ path: 'slug', message: problem }] });
  if (!name || name.length > 200) {
    throw new AppError('validation_failed', 'name must be 1–200 characters.', { fields: [{ path: 'name', message: 'must be 1–200 characters' }] });
  }
  return deps.db.system(async (tx) => {
    const [existing] = await tx.select().from(organizations).where(eq(organizations.slug, slug));
    if (existing) throw new AppError('conflict', `An organization with slug "${slug}" already exists.`);
    const [org] = await tx.insert(organizations).values({ slug, name }).returning();
    if (!org) throw new AppError('internal', 'The organization was not created.');
    await recordAudit(tx, { orgId: org.id, actor: null, action: 'org_created', target: slug }, null);
    return { id: org.id, slug: org.slug, name: org.name };
  });
}

export async function findOrgBySlug(deps: Deps, slug: string): Promise<Organization> {
  const [org] = await deps.db.system((tx) => tx.select().from(organizations).where(eq(organizations.slug, slug)));
  if (!org) throw new AppError('not_found', `No organization with slug "${slug}".`);
  return { id: org.id, slug: org.slug, name: org.name };
}
