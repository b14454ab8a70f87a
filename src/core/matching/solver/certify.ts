// The optimality certificate, checked independently of how the solution was found: a flow that
// is feasible (every mentee matched once or unmatched, no mentor over capacity) and potentials π
// under which every residual arc has a non-negative reduced cost c(u,v) + π(u) − π(v) prove,
// by LP duality (complementary slackness), that no cheaper flow exists: any other flow differs
// by residual cycles, and each cycle's cost equals the sum of its reduced costs ≥ 0. Exactness:
// all values must be safe integers ≤ 2^51 in magnitude, so each three-term sum is exact.
import { DUMMY, type Assigner } from './assign.js';

const LIMIT = 2 ** 51;

/** Lexicographic (p, s) ≥ (0, 0). */
const nonNegative = (p: number, s: number) => p > 0 || (p === 0 && s >= 0);

export function certify(a: Assigner): boolean {
  return potentialsAreSafe(a) && flowIsFeasible(a) && edgeArcsHold(a) && sinkArcsHold(a);
}

function potentialsAreSafe(a: Assigner): boolean {
  const ok = (x: number) => Number.isSafeInteger(x) && Math.abs(x) <= LIMIT;
  for (let v = 0; v < a.piP.length; v++) if (!ok(a.piP[v] as number) || !ok(a.piS[v] as number)) return false;
  for (let e = 0; e < a.edges.count; e++) if (!ok(a.costs.costP[e] as number) || !ok(a.costs.costS[e] as number)) return false;
  return ok(a.costs.dummyP) && ok(a.costs.dummyS);
}

function flowIsFeasible(a: Assigner): boolean {
  const load = new Int32Array(a.capacity.length);
  for (let j = 0; j < a.n; j++) {
    const e = a.mate[j] as number;
    if (e === DUMMY) continue;
    if (e < 0 || e >= a.edges.count || a.edges.mentee[e] !== j) return false;
    const i = a.edges.mentor[e] as number;
    load[i] = (load[i] as number) + 1;
  }
  for (let i = 0; i < load.length; i++) {
    if (load[i] !== a.load[i] || (load[i] as number) > (a.capacity[i] as number)) return false;
  }
  return true;
}

/** Mentee→mentor arcs: forward when unused, backward (negated cost) when matched. */
function edgeArcsHold(a: Assigner): boolean {
  const { costP, costS } = a.costs;
  for (let e = 0; e < a.edges.count; e++) {
    const j = a.edges.mentee[e] as number;
    const v = a.n + (a.edges.mentor[e] as number);
    const p = (costP[e] as number) + (a.piP[j] as number) - (a.piP[v] as number);
    const s = (costS[e] as number) + (a.piS[j] as number) - (a.piS[v] as number);
    const holds = a.mate[j] === e ? nonNegative(-p, -s) : nonNegative(p, s);
    if (!holds) return false;
  }
  return true;
}

/** Dummy arcs mentee→t and capacity arcs mentor→t, in whichever directions are residual. */
function sinkArcsHold(a: Assigner): boolean {
  const { dummyP, dummyS } = a.costs;
  const tP = a.piP[a.t] as number;
  const tS = a.piS[a.t] as number;
  for (let j = 0; j < a.n; j++) {
    const p = dummyP + (a.piP[j] as number) - tP;
    const s = dummyS + (a.piS[j] as number) - tS;
    if (!(a.mate[j] === DUMMY ? nonNegative(-p, -s) : nonNegative(p, s))) return false;
  }
  for (let i = 0; i < a.capacity.length; i++) {
    const p = (a.piP[a.n + i] as number) - tP;
    const s = (a.piS[a.n + i] as number) - tS;
    if ((a.load[i] as number) < (a.capacity[i] as number) && !nonNegative(p, s)) return false;
    if ((a.load[i] as number) > 0 && !nonNegative(-p, -s)) return false;
  }
  return true;
}
