// Why someone has no partner: how many people of the other side each rule excluded (the first
// failing rule only, in EXCLUSION_REASONS order), and how many were eligible. Pure: no I/O.
// One row per person asked about: meant for the unmatched, not for everyone.
import { EXCLUSION_REASONS, type ExclusionReason } from './eligibility.js';
import { pairCode, rowScratch, scoreRow, type ScoringTable } from './scoring-table.js';

export interface PartnerExclusions {
  eligible: number;
  /** Each excluded person is counted once, under the first rule that fails. */
  excluded: Record<ExclusionReason, number>;
}

function tally(codes: Iterable<number>): PartnerExclusions {
  const excluded = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>;
  let eligible = 0;
  for (const code of codes) {
    if (code === 0) eligible++;
    else excluded[EXCLUSION_REASONS[code - 1] as ExclusionReason] += 1;
  }
  return { eligible, excluded };
}

/** Mentee j against every mentor. */
export function menteeExclusions(table: ScoringTable, j: number): PartnerExclusions {
  const out = new Int32Array(table.mentorCount);
  scoreRow(table, j, out, rowScratch(table));
  return tally(Array.from(out, (s) => (s < 0 ? -s : 0)));
}

/** Mentor m against every mentee. */
export function mentorExclusions(table: ScoringTable, m: number): PartnerExclusions {
  const codes: number[] = [];
  for (let j = 0; j < table.menteeCount; j++) codes.push(pairCode(table, m, j));
  return tally(codes);
}
