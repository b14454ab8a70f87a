import { and, eq, inArray, isNotNull, lte, not, sql } from 'drizzle-orm';
import { MIN_GROUP } from '../../core/analytics/privacy.js';
import type { Actor } from '../../core/auth/roles.js';
import { pulseResults, type PulseAnswerRow, type PulseResults } from '../../core/pairs/safeguards.js';
import { pairs, people, pulseChecks } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { ownPairCondition, programForSafeguards } from './safeguard-access.js';

export interface PulseResultsView extends PulseResults {
  /** Check-ins sent so far and how many were answered (counts only). */
  sent: number;
  answered: number;
  minPeople: number;
}

/** The one k ≥ 5 rule (privacy.ts), reported to the page so it can say why a group is hidden. */
export const PULSE_MIN_PEOPLE = MIN_GROUP;

/**
 * The junior mentors' answers, for the program's managers: named ones per person, the others
 * only as averages over at least five people. A manager who is in a pair of the program sees
 * nothing of that pair — not even inside an average.
 */
export async function getPulseResults(deps: Deps, input: { actor: Actor; programId: string }): Promise<PulseResultsView> {
  return deps.db.tenant(input.actor.orgId, async (tx) => {
    const program = await programForSafeguards(tx, input.actor, input.programId);
    const own = await ownPairCondition(tx, input.actor);
    const where = and(eq(pulseChecks.orgId, input.actor.orgId), eq(pulseChecks.programId, program.id), lte(pulseChecks.dueAt, deps.now()), own ? not(own) : undefined);
    const [counts] = await tx
      .select({ sent: sql<number>`count(*)::int`, answered: sql<number>`count(${pulseChecks.answeredAt})::int` })
      .from(pulseChecks)
      .innerJoin(pairs, eq(pairs.id, pulseChecks.pairId))
      .where(where);
    const rows = await tx.select({ pulse: pulseChecks, pair: pairs }).from(pulseChecks).innerJoin(pairs, eq(pairs.id, pulseChecks.pairId)).where(and(where, isNotNull(pulseChecks.answeredAt)));
    const ids = [...new Set(rows.flatMap((r) => [r.pair.mentorPersonId, r.pair.menteePersonId]))];
    const names = ids.length ? await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)) : [];
    const nameOf = (id: string) => names.find((p) => p.id === id)?.name ?? '';
    const answers: PulseAnswerRow[] = rows.flatMap(({ pulse, pair }) =>
      pulse.answers && pulse.shareMode && pulse.answeredAt
        ? [
            {
              personId: pulse.personId,
              personName: nameOf(pulse.personId),
              partnerName: nameOf(pulse.personId === pair.mentorPersonId ? pair.menteePersonId : pair.mentorPersonId),
              number: pulse.number,
              answers: pulse.answers,
              comment: pulse.comment,
              shareMode: pulse.shareMode,
              answeredAt: pulse.answeredAt,
            },
          ]
        : [],
    );
    return { ...pulseResults(answers), sent: Number(counts?.sent ?? 0), answered: Number(counts?.answered ?? 0), minPeople: PULSE_MIN_PEOPLE };
  });
}
