// The pair workspace belongs to the two members: every workspace use case starts here.
import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { pairs, programs } from '../../db/schema.js';
import { requirePersonId } from '../programs/program-access.js';

export interface Membership {
  pair: typeof pairs.$inferSelect;
  program: typeof programs.$inferSelect;
  personId: string;
  side: 'mentor' | 'mentee';
}

/** The actor's pair, if they are one of its two members; anyone else gets "not found". */
export async function memberOf(tx: Tx, actor: Actor, pairId: string, options: { active?: boolean; lock?: boolean } = {}): Promise<Membership> {
  const personId = await requirePersonId(tx, actor);
  const query = tx
    .select()
    .from(pairs)
    .where(and(eq(pairs.orgId, actor.orgId), eq(pairs.id, pairId), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))));
  const [pair] = options.lock ? await query.for('update') : await query;
  if (!pair || pair.status === 'proposed') throw notFound('Pair');
  if (options.active && pair.status !== 'active') throw new AppError('conflict', `This pair is ${pair.status}; the workspace opens when both have accepted.`);
  const [program] = await tx.select().from(programs).where(eq(programs.id, pair.programId));
  if (!program) throw notFound('Pair');
  return { pair, program, personId, side: pair.mentorPersonId === personId ? 'mentor' : 'mentee' };
}
