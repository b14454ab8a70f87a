// Why someone was left without a partner (issue 3). Pure: no I/O.
//
//   no_eligible_partner  every person on the other side is excluded by a rule (with counts per rule)
//   no_places_left       (mentees) the eligible mentors have no place: capacity 0, or taken by locked pairs
//   partners_taken       the eligible partners are all paired, with pairs the optimum needed more
//   no_gain              a partner was free, but the pair would add nothing (objective `score`) or
//                        score below the fair floor
import type { ExclusionReason } from './eligibility.js';
import { menteeExclusions, mentorExclusions } from './exclusion-counts.js';
import type { ScoringTable } from './scoring-table.js';

export type UnmatchedReason = 'no_eligible_partner' | 'no_places_left' | 'partners_taken' | 'no_gain';

export interface UnmatchedPerson {
  index: number;
  reason: UnmatchedReason;
  /** How many on the other side each rule excluded, when the reason is about rules; null when the
   * count was not made (more unmatched people than `countBudget` allows). */
  excluded: Record<ExclusionReason, number> | null;
}

export interface UnmatchedInput {
  table: ScoringTable;
  /** The result: each mentee's partner (−1: none), each mentor's number of mentees. */
  partnerOf: Int32Array;
  loadOf: Int32Array;
  capacities: readonly number[];
  /** Candidate edges (sorted by mentee, mentor): every eligible pair between open people is
   * represented for each open person by at least their best partner, when they have one. */
  candidateMentor: Int32Array;
  candidateMentee: Int32Array;
  /** At most this many pairs are looked at to count exclusions (≈ 30 ns each). */
  countBudget: number;
}

export function unmatchedPeople(input: UnmatchedInput): { mentees: UnmatchedPerson[]; mentors: UnmatchedPerson[] } {
  const { table, partnerOf, loadOf, capacities } = input;
  // Per unmatched person: whether they have a candidate at all, and one whose partner side has room.
  const menteeSeen = new Uint8Array(table.menteeCount);
  const menteeFree = new Uint8Array(table.menteeCount);
  const mentorSeen = new Uint8Array(table.mentorCount);
  const mentorFree = new Uint8Array(table.mentorCount);
  for (let e = 0; e < input.candidateMentor.length; e++) {
    const m = input.candidateMentor[e] as number;
    const j = input.candidateMentee[e] as number;
    if ((partnerOf[j] as number) < 0) {
      menteeSeen[j] = 1;
      if ((loadOf[m] as number) < (capacities[m] as number)) menteeFree[j] = 1;
    }
    if ((loadOf[m] as number) === 0) {
      mentorSeen[m] = 1;
      if ((partnerOf[j] as number) < 0) mentorFree[m] = 1;
    }
  }
  let budget = input.countBudget;
  const counted = <T extends { eligible: number; excluded: Record<ExclusionReason, number> }>(
    size: number,
    count: () => T,
  ): T | null => {
    if (budget < size) return null;
    budget -= size;
    return count();
  };
  const mentees: UnmatchedPerson[] = [];
  for (let j = 0; j < table.menteeCount; j++) {
    if ((partnerOf[j] as number) >= 0) continue;
    if (menteeSeen[j]) {
      mentees.push({ index: j, reason: menteeFree[j] ? 'no_gain' : 'partners_taken', excluded: null });
      continue;
    }
    const counts = counted(table.mentorCount, () => menteeExclusions(table, j));
    const reason = counts && counts.eligible > 0 ? 'no_places_left' : 'no_eligible_partner';
    mentees.push({ index: j, reason, excluded: counts?.excluded ?? null });
  }
  const mentors: UnmatchedPerson[] = [];
  for (let m = 0; m < table.mentorCount; m++) {
    if ((loadOf[m] as number) > 0 || (capacities[m] as number) === 0) continue;
    if (mentorSeen[m]) {
      mentors.push({ index: m, reason: mentorFree[m] ? 'no_gain' : 'partners_taken', excluded: null });
      continue;
    }
    const counts = counted(table.menteeCount, () => mentorExclusions(table, m));
    mentors.push({ index: m, reason: 'no_eligible_partner', excluded: counts?.excluded ?? null });
  }
  return { mentees, mentors };
}
