import { and, eq, inArray } from 'drizzle-orm';
import { juniorSide, pulseDue } from '../../core/pairs/safeguards.js';
import { pairs, people, pulseChecks } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { notify } from '../notifications/notify.js';
import { programOf } from '../pairs/pair-events.js';
import { schedulePulse } from './schedule-pulse.js';

/**
 * The job for check-in `number` of a pair: while the pair is active and the check-in falls within
 * the program, the junior member gets it (one row per pair, person and number, so a second run
 * sends nothing) and is told; then the next check-in is queued. Returns whether one was sent.
 */
export async function sendPulseCheck(deps: Deps, input: { orgId: string; pairId: string; number: number }): Promise<boolean> {
  return deps.db.tenant(input.orgId, async (tx) => {
    const [pair] = await tx.select().from(pairs).where(and(eq(pairs.orgId, input.orgId), eq(pairs.id, input.pairId)));
    if (!pair || pair.status !== 'active') return false;
    const program = await programOf(tx, pair);
    const activatedAt = pair.activatedAt ?? pair.createdAt;
    const due = pulseDue(activatedAt, program.endDate, input.number);
    if (!due) return false;
    const levels = await tx.select({ id: people.id, level: people.level }).from(people).where(inArray(people.id, [pair.mentorPersonId, pair.menteePersonId]));
    const level = (id: string) => levels.find((p) => p.id === id)?.level ?? 0;
    const side = juniorSide(program.mode, level(pair.mentorPersonId), level(pair.menteePersonId));
    const juniorId = side === 'mentor' ? pair.mentorPersonId : pair.menteePersonId;
    const [existing] = await tx.select({ id: pulseChecks.id }).from(pulseChecks).where(and(eq(pulseChecks.pairId, pair.id), eq(pulseChecks.number, due.number)));
    let sent = false;
    if (!existing) {
      const [row] = await tx
        .insert(pulseChecks)
        .values({ orgId: pair.orgId, programId: program.id, pairId: pair.id, personId: juniorId, number: due.number, dueAt: due.dueAt, createdAt: deps.now() })
        .onConflictDoNothing()
        .returning({ id: pulseChecks.id });
      if (row) {
        await notify(deps, tx, pair.orgId, juniorId, { kind: 'pulse_check_due', programName: program.name, pulseId: row.id });
        sent = true;
      }
    }
    await schedulePulse(tx, { orgId: pair.orgId, pairId: pair.id, activatedAt, programEndDate: program.endDate, number: due.number + 1 });
    return sent;
  });
}
