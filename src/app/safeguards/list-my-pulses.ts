import { and, desc, eq, lte } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { notFound } from '../../core/errors.js';
import { pulseAnswerRefusal, pulseOpenUntil, type PulseAnswers, type ShareMode } from '../../core/pairs/safeguards.js';
import type { Tx } from '../../db/client.js';
import { pairs, people, programs, pulseChecks } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { personIdOf } from '../programs/program-access.js';

export interface MyPulseView {
  id: string;
  program: { id: string; name: string };
  partnerName: string;
  number: number;
  dueAt: Date;
  openUntil: Date;
  state: 'open' | 'answered' | 'closed';
  answers: PulseAnswers | null;
  comment: string | null;
  shareMode: ShareMode | null;
  answeredAt: Date | null;
}

/** My check-ins (or one of them), newest first; the answers are shown back only to me. */
export async function myPulses(deps: Deps, tx: Tx, actor: Actor, personId: string, pulseId?: string): Promise<MyPulseView[]> {
  const now = deps.now();
  const rows = await tx
    .select({ pulse: pulseChecks, pair: pairs, programName: programs.name })
    .from(pulseChecks)
    .innerJoin(pairs, eq(pairs.id, pulseChecks.pairId))
    .innerJoin(programs, eq(programs.id, pulseChecks.programId))
    .where(and(eq(pulseChecks.orgId, actor.orgId), eq(pulseChecks.personId, personId), lte(pulseChecks.dueAt, now), pulseId ? eq(pulseChecks.id, pulseId) : undefined))
    .orderBy(desc(pulseChecks.dueAt), desc(pulseChecks.number))
    .limit(100);
  const partners = new Map<string, string>();
  for (const r of rows) {
    const partnerId = r.pair.mentorPersonId === personId ? r.pair.menteePersonId : r.pair.mentorPersonId;
    if (!partners.has(partnerId)) {
      const [p] = await tx.select({ name: people.name }).from(people).where(eq(people.id, partnerId));
      partners.set(partnerId, p?.name ?? '');
    }
  }
  return rows.map(({ pulse, pair, programName }) => ({
    id: pulse.id,
    program: { id: pulse.programId, name: programName },
    partnerName: partners.get(pair.mentorPersonId === personId ? pair.menteePersonId : pair.mentorPersonId) ?? '',
    number: pulse.number,
    dueAt: pulse.dueAt,
    openUntil: pulseOpenUntil(pulse.dueAt),
    state: pulse.answeredAt ? 'answered' : pulseAnswerRefusal(pulse, now) ? 'closed' : 'open',
    answers: pulse.answers,
    comment: pulse.comment,
    shareMode: pulse.shareMode,
    answeredAt: pulse.answeredAt,
  }));
}

/** The pulse check-ins sent to me, the junior member of my pairs. */
export async function listMyPulses(deps: Deps, input: { actor: Actor }): Promise<MyPulseView[]> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    return personId ? myPulses(deps, tx, input.actor, personId) : [];
  });
}

/** One of my check-ins; anyone else's is "not found". */
export async function getMyPulse(deps: Deps, input: { actor: Actor; pulseId: string }): Promise<MyPulseView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const personId = await personIdOf(tx, input.actor);
    const [pulse] = personId ? await myPulses(deps, tx, input.actor, personId, input.pulseId) : [];
    if (!pulse) throw notFound('Check-in');
    return pulse;
  });
}
