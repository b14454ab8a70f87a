import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/roles.js';
import type { PairStatus } from '../../core/programs/pair-response.js';
import { agreementState, type AgreementState } from '../../core/pairs/agreement.js';
import { agreementVersions, matchingRounds, pairs } from '../../db/schema.js';
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
}


/** Published pairs of a program (offered, active and closed), newest first. */
export async function listProgramPairs(deps: Deps, input: { actor: Actor; programId: string; query: PageRequest & { status?: PairStatus | undefined } }): Promise<Page<ProgramPairView>> {
  const { actor, query } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const program = await programForManager(tx, actor, input.programId);
    const conditions: SQL[] = [eq(pairs.orgId, actor.orgId), eq(pairs.programId, program.id), ne(pairs.status, 'proposed')];
    if (query.status) conditions.push(inArray(pairs.status, [query.status]));
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
          .select({ pairId: agreementVersions.pairId, version: agreementVersions.version, mentorSignedAt: agreementVersions.mentorSignedAt, menteeSignedAt: agreementVersions.menteeSignedAt })
          .from(agreementVersions)
          .where(inArray(agreementVersions.pairId, rows.map((r) => r.pair.id)))
          .orderBy(desc(agreementVersions.version))
      : [];
    const items = rows.map((r) => {
      const latest = versions.find((v) => v.pairId === r.pair.id);
      const state = agreementState(latest ?? null);
      const signedAt = state === 'signed' && latest ? new Date(Math.max(latest.mentorSignedAt?.getTime() ?? 0, latest.menteeSignedAt?.getTime() ?? 0)) : null;
      return { ...r, agreement: { state, signedAt } };
    });
    return { items, page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  });
}
