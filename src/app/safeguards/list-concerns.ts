import { and, desc, eq, inArray, not, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { Tx } from '../../db/client.js';
import { concernMessages, concerns, pairs, people, programs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';
import { ownPairCondition, programForSafeguards } from './safeguard-access.js';

export interface ConcernSummary {
  id: string;
  status: 'open' | 'closed';
  createdAt: Date;
  closedAt: Date | null;
  program: { id: string; name: string };
  pairId: string;
  raisedBy: { id: string; name: string; side: 'mentor' | 'mentee' };
  partnerName: string;
  messages: number;
  lastMessageAt: Date | null;
  /** The last message is the raiser's: a manager's answer is awaited. */
  awaitingManager: boolean;
}

async function summaries(tx: Tx, where: ReturnType<typeof and>): Promise<ConcernSummary[]> {
  const rows = await tx
    .select({ concern: concerns, pair: pairs, programName: programs.name })
    .from(concerns)
    .innerJoin(pairs, eq(pairs.id, concerns.pairId))
    .innerJoin(programs, eq(programs.id, concerns.programId))
    .where(where)
    .orderBy(sql`${concerns.status} = 'closed'`, desc(concerns.createdAt))
    .limit(500);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.concern.id);
  const personIds = [...new Set(rows.flatMap((r) => [r.pair.mentorPersonId, r.pair.menteePersonId]))];
  const names = await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds));
  const nameOf = (id: string) => names.find((p) => p.id === id)?.name ?? '';
  const stats = await tx
    .select({ concernId: concernMessages.concernId, n: sql<number>`count(*)::int`, last: sql<Date>`max(${concernMessages.createdAt})` })
    .from(concernMessages)
    .where(inArray(concernMessages.concernId, ids))
    .groupBy(concernMessages.concernId);
  const lastFrom = await tx
    .selectDistinctOn([concernMessages.concernId], { concernId: concernMessages.concernId, fromProgramManager: concernMessages.fromProgramManager })
    .from(concernMessages)
    .where(inArray(concernMessages.concernId, ids))
    .orderBy(concernMessages.concernId, desc(concernMessages.createdAt), desc(concernMessages.id));
  return rows.map(({ concern, pair, programName }) => {
    const side = concern.raisedByPersonId === pair.mentorPersonId ? 'mentor' : 'mentee';
    const stat = stats.find((s) => s.concernId === concern.id);
    return {
      id: concern.id,
      status: concern.status,
      createdAt: concern.createdAt,
      closedAt: concern.closedAt,
      program: { id: concern.programId, name: programName },
      pairId: pair.id,
      raisedBy: { id: concern.raisedByPersonId, name: nameOf(concern.raisedByPersonId), side },
      partnerName: nameOf(side === 'mentor' ? pair.menteePersonId : pair.mentorPersonId),
      messages: Number(stat?.n ?? 0),
      lastMessageAt: stat?.last ? new Date(stat.last) : null,
      awaitingManager: concern.status === 'open' && lastFrom.find((l) => l.concernId === concern.id)?.fromProgramManager === false,
    };
  });
}

/** The program's concerns, for its managers — leaving out every pair the manager is a member of. */
export async function listProgramConcerns(deps: Deps, input: { actor: Actor; programId: string }): Promise<ConcernSummary[]> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const program = await programForSafeguards(tx, input.actor, input.programId);
    const own = await ownPairCondition(tx, input.actor);
    return summaries(tx, and(eq(concerns.orgId, input.actor.orgId), eq(concerns.programId, program.id), own ? not(own) : undefined));
  });
}

/** The concerns I raised, in every program. */
export async function listMyConcerns(deps: Deps, input: { actor: Actor }): Promise<ConcernSummary[]> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    if (!personId) return [];
    return summaries(tx, and(eq(concerns.orgId, input.actor.orgId), eq(concerns.raisedByPersonId, personId)));
  });
}
