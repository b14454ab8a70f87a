import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { briefOf, menteeP, mentorP } from '../pairs/pair-people.js';
import type { PersonBrief } from '../enrollment/profile-store.js';
import type { Page, PageRequest } from '../page.js';
import { roundForManager } from './round-store.js';
import { containsPattern } from '../contains-pattern.js';

export interface RoundPairView {
  pair: typeof pairs.$inferSelect;
  mentor: PersonBrief;
  mentee: PersonBrief;
}

export interface RoundPairsQuery extends PageRequest {
  sort: 'score' | 'mentor' | 'mentee';
  dir: 'asc' | 'desc';
  q?: string | undefined;
  flagged?: boolean | undefined;
}


/** One page of a round's pairs, sorted and filtered in the database (rounds have thousands). */
export async function listRoundPairs(deps: Deps, input: { actor: Actor; roundId: string; query: RoundPairsQuery }): Promise<Page<RoundPairView>> {
  const { actor, query } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { round } = await roundForManager(tx, actor, input.roundId);
    const conditions: SQL[] = [eq(pairs.orgId, actor.orgId), eq(pairs.roundId, round.id)];
    if (query.flagged) conditions.push(sql`cardinality(${pairs.ruleBreaks}) > 0`);
    if (query.q?.trim()) {
      const pattern = containsPattern(query.q.trim());
      conditions.push(or(ilike(mentorP.name, pattern), ilike(menteeP.name, pattern)) as SQL);
    }
    const where = and(...conditions);
    const from = () => tx.select({ n: sql<number>`count(*)::int` }).from(pairs).innerJoin(mentorP, eq(mentorP.id, pairs.mentorPersonId)).innerJoin(menteeP, eq(menteeP.id, pairs.menteePersonId));
    const [total] = await from().where(where);
    const column = query.sort === 'score' ? pairs.score : query.sort === 'mentor' ? mentorP.name : menteeP.name;
    const order = query.dir === 'asc' ? asc(column) : desc(column);
    const rows = await tx
      .select({ pair: pairs, mentor: briefOf(mentorP), mentee: briefOf(menteeP) })
      .from(pairs)
      .innerJoin(mentorP, eq(mentorP.id, pairs.mentorPersonId))
      .innerJoin(menteeP, eq(menteeP.id, pairs.menteePersonId))
      .where(where)
      .orderBy(order, asc(pairs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return { items: rows, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}
