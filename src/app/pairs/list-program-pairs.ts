import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { PairStatus } from '../../core/programs/pair-response.js';
import { agreementState, type AgreementState } from '../../core/pairs/agreement.js';
import { cadenceHealth, type CadenceHealth } from '../../core/pairs/meetings.js';
import { agreementVersions, matchingRounds, meetings, pairs } from '../../db/schema.js';
import { meetingStatsOf } from '../workspace/meeting-store.js';
import type { Deps } from '../deps.js';
import { briefOf, menteeP, mentorP } from './pair-people.js';
import type { PersonBrief } from '../enrollment/profile-store.js';
import type { Page, PageRequest } from '../page.js';
import { programForManager } from '../programs/program-access.js';

export interface ProgramPairView {
  pair: typeof pairs.$inferSelect;
  mentor: PersonBrief;
  mentee: PersonBrief;
  roundNumber: number;
  /** What the program manager may know of the agreement: its state and when it was signed, never its text. */
  agreement: { state: AgreementState; signedAt: Date | null };
  /**
   * Cadence health from meeting metadata only (counts and dates, never topics or places); null
   * for a pair that never became active. An ended pair is judged as of its end.
   */
  health: CadenceHealth | null;
}


/** Published pairs of a program (offered, active and closed), newest first. */
export async function listProgramPairs(
  deps: Deps,
  input: { actor: Actor; programId: string; query: PageRequest & { status?: PairStatus | undefined; health?: 'at_risk' | undefined } },
): Promise<Page<ProgramPairView>> {
  const { actor, query } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId);
    const conditions: SQL[] = [eq(pairs.orgId, actor.orgId), eq(pairs.programId, program.id), ne(pairs.status, 'proposed')];
    if (query.status) conditions.push(inArray(pairs.status, [query.status]));
    const now = deps.now();
    if (query.health === 'at_risk') conditions.push(atRisk(program.cadenceDays, now));
    const where = and(...conditions);
    const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(pairs).where(where);
    const rows = await tx
      .select({ pair: pairs, mentor: briefOf(mentorP), mentee: briefOf(menteeP), roundNumber: matchingRounds.number })
      .from(pairs)
      .innerJoin(mentorP, eq(mentorP.id, pairs.mentorPersonId))
      .innerJoin(menteeP, eq(menteeP.id, pairs.menteePersonId))
      .innerJoin(matchingRounds, eq(matchingRounds.id, pairs.roundId))
      .where(where)
      .orderBy(desc(pairs.createdAt), desc(pairs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const versions = rows.length
      ? await tx
          .select({
            pairId: agreementVersions.pairId,
            version: agreementVersions.version,
            mentorSignedAt: agreementVersions.mentorSignedAt,
            menteeSignedAt: agreementVersions.menteeSignedAt,
            // The cadence alone of the text, never the text.
            cadenceDays: sql<number | null>`(${agreementVersions.sections}->>'cadenceDays')::int`,
          })
          .from(agreementVersions)
          .where(inArray(agreementVersions.pairId, rows.map((r) => r.pair.id)))
          .orderBy(desc(agreementVersions.version))
      : [];
    // Held meetings of the page's pairs: one grouped query, whatever the size of the program.
    const stats = await meetingStatsOf(tx, rows.filter((r) => r.pair.activatedAt).map((r) => r.pair.id), now);
    const items = rows.map((r) => {
      const mine = versions.filter((v) => v.pairId === r.pair.id);
      const latest = mine[0];
      const state = agreementState(latest ?? null);
      const signedAt = state === 'signed' && latest ? new Date(Math.max(latest.mentorSignedAt?.getTime() ?? 0, latest.menteeSignedAt?.getTime() ?? 0)) : null;
      const promised = mine.find((v) => agreementState(v) === 'signed') ?? latest;
      const cadenceDays = promised?.cadenceDays && promised.cadenceDays >= 1 ? promised.cadenceDays : program.cadenceDays;
      const s = stats.get(r.pair.id);
      const health = r.pair.activatedAt
        ? cadenceHealth({
            cadenceDays,
            activeSince: r.pair.activatedAt,
            heldDates: s?.held ?? [],
            scheduledFuture: s?.nextAt ? [s.nextAt] : [],
            now: r.pair.endedAt && r.pair.endedAt.getTime() < now.getTime() ? r.pair.endedAt : now,
          })
        : null;
      return { ...r, agreement: { state, signedAt }, health };
    });
    return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}

/**
 * The at-risk rule of core/pairs/meetings.ts (cadenceHealth) in SQL, for the filter: an active
 * pair with no held meeting for twice its cadence — the signed agreement's (else the latest
 * draft's, else the program's) — since its last held meeting or its activation.
 */
function atRisk(programCadence: number, now: Date): SQL {
  const cadence = sql`COALESCE((SELECT (av.sections->>'cadenceDays')::int FROM ${agreementVersions} av WHERE av.pair_id = ${pairs.id}
      ORDER BY (av.mentor_signed_at IS NOT NULL AND av.mentee_signed_at IS NOT NULL) DESC, av.version DESC LIMIT 1), ${programCadence})`;
  const lastHeld = sql`(SELECT max(m.starts_at) FROM ${meetings} m WHERE m.pair_id = ${pairs.id} AND m.outcome = 'held' AND m.status = 'scheduled')`;
  return sql`(${pairs.status} = 'active' AND GREATEST(${lastHeld}, ${pairs.activatedAt}) <= ${now.toISOString()}::timestamptz - make_interval(days => 2 * GREATEST(${cadence}, 1)))`;
}
