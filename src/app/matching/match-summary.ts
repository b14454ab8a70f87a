/** The JSON line `tandem match` and `tandem solve` print last on stdout (field names are the contract). */
export interface MatchSummary {
  pairs: number;
  unmatched_mentees: number;
  unmatched_mentors: number;
  total: number;
  min_pair: number | null;
  optimal: boolean;
  /** Proven relative gap to the optimum: 0 when optimal, null when no bound was proven. */
  gap: number | null;
  seconds: number;
}
