// The org-wide skill catalogue. An organization starts with Tandem's default catalogue, loaded
// the first time anyone reads it, and adds its own skills.
import { and, asc, eq, sql } from 'drizzle-orm';
import { DEFAULT_SKILLS } from '../../core/programs/catalogue.js';
import type { Tx } from '../../db/client.js';
import { skills } from '../../db/schema.js';

export type SkillRow = Pick<typeof skills.$inferSelect, 'id' | 'key' | 'label' | 'category'>;

export async function catalogue(tx: Tx, orgId: string): Promise<SkillRow[]> {
  const [any] = await tx.select({ n: sql<number>`count(*)::int` }).from(skills).where(eq(skills.orgId, orgId));
  if (Number(any?.n ?? 0) === 0) {
    await tx
      .insert(skills)
      .values(DEFAULT_SKILLS.map((s) => ({ orgId, key: s.key, label: s.label, category: s.category })))
      .onConflictDoNothing();
  }
  return tx
    .select({ id: skills.id, key: skills.key, label: skills.label, category: skills.category })
    .from(skills)
    .where(eq(skills.orgId, orgId))
    .orderBy(asc(skills.category), asc(skills.label));
}

export async function skillByKey(tx: Tx, orgId: string, key: string): Promise<SkillRow | undefined> {
  const [row] = await tx.select().from(skills).where(and(eq(skills.orgId, orgId), eq(skills.key, key)));
  return row;
}
