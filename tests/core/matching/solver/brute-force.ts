// A brute-force reference for the solver: enumerates every feasible b-matching of a small
// instance and picks the optimum straight from the documented definitions in solve.ts.
import type { Edge, Objective, SolveInput } from '../../../../src/core/matching/types.js';

export interface Candidate {
  card: number;
  total: number;
  minPair: number | null;
}

export function enumerate(input: SolveInput): Candidate[] {
  const locked = new Map<number, number>((input.locked ?? []).map(([m, j]) => [j, m]));
  const load = new Array<number>(input.mentorCount).fill(0);
  const out: Candidate[] = [];
  const chosen: Edge[] = [];
  const visit = (j: number): void => {
    if (j === input.menteeCount) {
      out.push(describe(chosen));
      return;
    }
    const forced = locked.get(j);
    if (forced === undefined) visit(j + 1);
    for (const e of input.edges) {
      if (e.mentee !== j || (forced !== undefined && e.mentor !== forced)) continue;
      if ((load[e.mentor] ?? 0) >= (input.capacities[e.mentor] ?? 0)) continue;
      load[e.mentor] = (load[e.mentor] ?? 0) + 1;
      chosen.push(e);
      visit(j + 1);
      chosen.pop();
      load[e.mentor] = (load[e.mentor] ?? 0) - 1;
    }
  };
  visit(0);
  return out;
}

export function describe(pairs: readonly Edge[]): Candidate {
  const scores = pairs.map((p) => p.score);
  return {
    card: pairs.length,
    total: scores.reduce((a, b) => a + b, 0),
    minPair: scores.length ? Math.min(...scores) : null,
  };
}

/** The plain objective's key, to maximize lexicographically (score: total, then fewest pairs). */
export function key(objective: Objective, c: Candidate): number[] {
  return objective === 'score' ? [c.total, -c.card] : [c.card, c.total];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

export function best(objective: Objective, cands: readonly Candidate[]): Candidate {
  let top = cands[0];
  if (!top) throw new Error('no feasible matching (locked pairs infeasible?)');
  for (const c of cands) if (compare(key(objective, c), key(objective, top)) > 0) top = c;
  return top;
}

export interface Reference {
  optimum: Candidate;
  /** The fair floor t* (fair only; null when no pair is possible). */
  floor: number | null;
}

export function reference(input: SolveInput): Reference {
  const all = enumerate(input);
  const plain = best(input.objective, all);
  if (!input.fair || plain.card === 0) return { optimum: plain, floor: null };
  const floor = Math.max(...all.filter((c) => c.card >= plain.card).map((c) => c.minPair ?? -Infinity));
  const allowed = all.filter((c) => c.minPair === null || c.minPair >= floor);
  return { optimum: best(input.objective, allowed), floor };
}
