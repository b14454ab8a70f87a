import { desc, eq } from 'drizzle-orm';
import type { AgreementSections, AgreementVersion } from '../../core/pairs/agreement.js';
import type { Tx } from '../../db/client.js';
import { agreementVersions } from '../../db/schema.js';

export type AgreementRow = typeof agreementVersions.$inferSelect;

export function asVersion(row: AgreementRow): AgreementVersion {
  return { version: row.version, sections: row.sections as unknown as AgreementSections, mentorSignedAt: row.mentorSignedAt, menteeSignedAt: row.menteeSignedAt };
}

/** Every version, newest first. */
export async function agreementHistory(tx: Tx, pairId: string): Promise<AgreementRow[]> {
  return tx.select().from(agreementVersions).where(eq(agreementVersions.pairId, pairId)).orderBy(desc(agreementVersions.version));
}
