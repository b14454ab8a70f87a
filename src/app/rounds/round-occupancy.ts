import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import type { Tx } from '../../db/client.js';
import { pairs } from '../../db/schema.js';
import type { ProgramRow } from '../programs/program-access.js';
import type { PoolMember } from './load-pool.js';

/** Refuses a new pair when the mentee already has one here or the mentor is at capacity. */
export async function requireRoom(tx: Tx, program: ProgramRow, roundId: string, mentor: PoolMember, mentee: PoolMember, capacity: number | null, ignorePairIds: string[] = []): Promise<void> {
  const taken = (enrollmentId: string) =>
    and(
      or(eq(pairs.mentorEnrollmentId, enrollmentId), eq(pairs.menteeEnrollmentId, enrollmentId)),
      or(and(eq(pairs.roundId, roundId), eq(pairs.status, 'proposed')), and(eq(pairs.programId, program.id), inArray(pairs.status, ['offered', 'active']))),
      ignorePairIds.length ? sql`${pairs.id} NOT IN (${sql.join(ignorePairIds.map((id) => sql`${id}::uuid`), sql`, `)})` : undefined,
    );
  const [menteePairs] = await tx.select({ n: sql<number>`count(*)::int` }).from(pairs).where(taken(mentee.enrollmentId));
  if (Number(menteePairs?.n ?? 0) > 0) throw new AppError('conflict', `${mentee.brief.name} is already in a pair; remove that pair first.`);
  const [mentorPairs] = await tx.select({ n: sql<number>`count(*)::int` }).from(pairs).where(taken(mentor.enrollmentId));
  const limit = capacity ?? program.mentorCapacity;
  if (Number(mentorPairs?.n ?? 0) >= limit) throw new AppError('conflict', `${mentor.brief.name} already has ${limit} mentee${limit === 1 ? '' : 's'}; remove a pair first.`);
}
