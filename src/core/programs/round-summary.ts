// What a matching round's review screen summarizes (issue 4). Pure.
import type { ExclusionReason } from '../matching/eligibility.js';
import type { UnmatchedReason } from '../matching/unmatched.js';

export interface Histogram {
  from: number;
  to: number;
  count: number;
}

/** Equal-width bins over [min, max]; one bin when every score is the same. */
export function histogram(scores: readonly number[], bins = 10): Histogram[] {
  if (!scores.length) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const s of scores) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  if (min === max) return [{ from: min, to: max, count: scores.length }];
  const width = Math.ceil((max - min + 1) / bins);
  const out = Array.from({ length: Math.ceil((max - min + 1) / width) }, (_, i) => ({ from: min + i * width, to: Math.min(max, min + (i + 1) * width - 1), count: 0 }));
  for (const s of scores) (out[Math.floor((s - min) / width)] as Histogram).count += 1;
  return out;
}

const RULE_WORDS: Record<ExclusionReason, string> = {
  same_person: 'same person',
  reporting_chain: 'same reporting line',
  level_gap: 'level gap too small',
  scope: 'outside the program’s department rule',
  previous_partner: 'paired before',
  forbidden: 'removed by the program manager',
  avoid: 'asked not to be paired',
  locked_elsewhere: 'already in a pair',
};

export function ruleWords(reason: string): string {
  return RULE_WORDS[reason as ExclusionReason] ?? reason.replace(/_/g, ' ');
}

/** Why someone was left unmatched, in words, with the rule counts when there are any. */
export function unmatchedDetail(reason: UnmatchedReason, excluded: Partial<Record<ExclusionReason, number>> | null): string {
  const base: Record<UnmatchedReason, string> = {
    no_eligible_partner: 'Nobody on the other side can be paired with this person under the rules',
    no_places_left: 'Every eligible partner is already at capacity',
    partners_taken: 'Every eligible partner is paired with someone who fits them better',
    no_gain: 'No eligible pairing adds anything',
  };
  const counts = Object.entries(excluded ?? {})
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([rule, n]) => `${ruleWords(rule)}: ${n}`);
  return counts.length ? `${base[reason]} (excluded — ${counts.join(', ')}).` : `${base[reason]}.`;
}
