// Who can still be paired by hand in a round: pool members with room once the round's proposed
// pairs are counted (mentees without a pair, mentors below capacity). Live from the database, so
// a removed pair's two people are available at once.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import { enrollments, pairs } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { loadPool, type PoolMember } from './load-pool.js';
import { roundForManager } from './round-store.js';

export interface AvailableMember extends PoolMember {
  /** Places left: 1 for a mentee, capacity minus pairs for a mentor. */
  room: number;
}

const LIMIT = 200;

export async function listAvailable(deps: Deps, input: { actor: Actor; roundId: string; q?: string | undefined }): Promise<{ mentors: AvailableMember[]; mentees: AvailableMember[] }> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { round, program } = await roundForManager(tx, actor, input.roundId);
    const pool = await loadPool(tx, program);
    const taken = await tx
      .select({ mentor: pairs.mentorEnrollmentId, mentee: pairs.menteeEnrollmentId })
      .from(pairs)
      .where(or(and(eq(pairs.roundId, round.id), eq(pairs.status, 'proposed')), and(eq(pairs.programId, program.id), inArray(pairs.status, ['offered', 'active']))));
    const load = new Map<string, number>();
    for (const t of taken) for (const id of [t.mentor, t.mentee]) load.set(id, (load.get(id) ?? 0) + 1);
    const capacities = new Map(
      (await tx.select({ id: enrollments.id, capacity: enrollments.capacity }).from(enrollments).where(eq(enrollments.programId, program.id))).map((e) => [e.id, e.capacity ?? program.mentorCapacity]),
    );
    const q = input.q?.trim().toLowerCase() ?? '';
    const out: { mentors: AvailableMember[]; mentees: AvailableMember[] } = { mentors: [], mentees: [] };
    const members = [...pool.members.values()].sort((a, b) => a.brief.name.localeCompare(b.brief.name));
    for (const m of members) {
      if (m.lockedOnly || (q && !m.brief.name.toLowerCase().includes(q))) continue;
      const room = (m.side === 'mentor' ? (capacities.get(m.enrollmentId) ?? program.mentorCapacity) : 1) - (load.get(m.enrollmentId) ?? 0);
      const list = m.side === 'mentor' ? out.mentors : out.mentees;
      if (room > 0 && list.length < LIMIT) list.push({ ...m, room });
    }
    return out;
  });
}
