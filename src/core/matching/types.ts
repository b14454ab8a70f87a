// The matching engine's shared types (issue 3). Pure: no I/O.
//
// Scores are non-negative INTEGERS ("points"): exact optimality and exact explanations need
// exact arithmetic, and integer ties are broken deterministically by the solver.

export type Side = 'mentor' | 'mentee';
export type MatchMode = 'reverse' | 'mutual';
export type MatchScope = 'any' | 'same-department' | 'cross-department';
export type Objective = 'coverage' | 'score';

export interface Participant {
  id: string;
  name?: string;
  side: Side;
  department: string;
  /** Ordered grade; higher is more senior. */
  level: number;
  /** The direct manager's id (a person of the organization, who may not be a participant). */
  managerId: string | null;
  /** Skills this person can teach: skill id → level 1..5. */
  knows: ReadonlyMap<string, number>;
  /** Skills this person wants to learn: skill id → priority 1..3. */
  wants: ReadonlyMap<string, number>;
  /** Mentors only: how many mentees at once (default: the program's). */
  capacity?: number;
  /** IANA time zone. */
  timeZone?: string | null;
  prefer: readonly string[];
  avoid: readonly string[];
}

export interface MatchRules {
  mode: MatchMode;
  /** reverse: mentee.level − mentor.level ≥ minLevelGap. */
  minLevelGap: number;
  scope: MatchScope;
  defaultCapacity: number;
  /** Every manager relation in the organization (id → manager id), for whole reporting chains. */
  managerOf: ReadonlyMap<string, string | null>;
  previousPairs: ReadonlyArray<readonly [mentorId: string, menteeId: string]>;
  forbiddenPairs: ReadonlyArray<readonly [mentorId: string, menteeId: string]>;
  lockedPairs: ReadonlyArray<readonly [mentorId: string, menteeId: string]>;
}

/** An eligible pair, by index into the mentors and mentees arrays, with its integer score. */
export interface Edge {
  mentor: number;
  mentee: number;
  score: number;
}

export interface SolveInput {
  mentorCount: number;
  menteeCount: number;
  /** capacities[mentor] ≥ 0 */
  capacities: readonly number[];
  /** Only these pairs are allowed; score ≥ 0 integer. At most one edge per (mentor, mentee). */
  edges: readonly Edge[];
  objective: Objective;
  /** First maximize the minimum pair score, then the objective among those. */
  fair?: boolean;
  /** Pairs that must be in the result (each must also be an edge). */
  locked?: ReadonlyArray<readonly [mentor: number, mentee: number]>;
}

export interface SolveResult {
  /** Sorted by mentor, then mentee. */
  pairs: Array<readonly [mentor: number, mentee: number]>;
  total: number;
  /** The smallest pair score, or null when no pair. */
  minPair: number | null;
  /** True when the result is proven optimal for the objective. */
  optimal: boolean;
  /** Proven relative gap to the optimum (0 when optimal). */
  gap: number;
}
