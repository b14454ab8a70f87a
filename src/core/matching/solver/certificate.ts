// The optimality certificate, checked independently of how the pairing was found. For the
// pairing LP  max Σ w·x  s.t. each mentee ≤ 1, each mentor ≤ capacity, x ≥ 0  (whose optimum is
// integral), any duals v_j ≥ 0 (mentees), u_i ≥ 0 (mentors) with v_j + u_i ≥ w(e) on every edge
// bound every pairing: value ≤ D = Σ v + Σ capacity·u (weak duality). Weights and duals are
// integers in units of 1/α; pairings are worth whole units, so a feasible pairing with
// D − value < 1 unit (α) is optimal. Every value must be a safe integer; the sums are BigInt.
import type { EdgeList } from './canonical.js';

export interface Certificate {
  /** The pairing is feasible and the duals are feasible and exact. */
  valid: boolean;
  /** Σ α·w over the pairing, and the dual bound D, in units of 1/α. */
  value: bigint;
  bound: bigint;
  /** valid and bound − value < α. */
  optimal: boolean;
}

export interface CertificateInput {
  menteeCount: number;
  capacity: Int32Array;
  edges: EdgeList;
  weight: Float64Array;
  alpha: number;
  mateEdge: Int32Array;
  mentorDual: Float64Array;
  menteeDual: Float64Array;
}

const exact = (x: number) => Number.isSafeInteger(x);

export function checkCertificate(c: CertificateInput): Certificate {
  const invalid: Certificate = { valid: false, value: 0n, bound: 0n, optimal: false };
  const value = pairingValue(c);
  if (value === null || !dualsFeasible(c)) return invalid;
  let bound = 0n;
  for (let j = 0; j < c.menteeCount; j++) bound += BigInt(c.menteeDual[j] as number);
  for (let i = 0; i < c.capacity.length; i++) bound += BigInt(c.capacity[i] as number) * BigInt(c.mentorDual[i] as number);
  return { valid: true, value, bound, optimal: bound - value < BigInt(c.alpha) };
}

/** α·Σ w over the pairing, or null when it is not a feasible pairing on these edges. */
function pairingValue(c: CertificateInput): bigint | null {
  const load = new Int32Array(c.capacity.length);
  let value = 0n;
  for (let j = 0; j < c.menteeCount; j++) {
    const e = c.mateEdge[j] as number;
    if (e === -1) continue;
    if (!Number.isInteger(e) || e < 0 || e >= c.edges.count || c.edges.mentee[e] !== j) return null;
    const i = c.edges.mentor[e] as number;
    load[i] = (load[i] as number) + 1;
    if ((load[i] as number) > (c.capacity[i] as number)) return null;
    value += BigInt(c.weight[e] as number) * BigInt(c.alpha);
  }
  return value;
}

function dualsFeasible(c: CertificateInput): boolean {
  for (let j = 0; j < c.menteeCount; j++) if (!exact(c.menteeDual[j] as number) || (c.menteeDual[j] as number) < 0) return false;
  for (let i = 0; i < c.capacity.length; i++) if (!exact(c.mentorDual[i] as number) || (c.mentorDual[i] as number) < 0) return false;
  for (let e = 0; e < c.edges.count; e++) {
    const need = (c.weight[e] as number) * c.alpha;
    if (!exact(need)) return false;
    const have = (c.menteeDual[c.edges.mentee[e] as number] as number) + (c.mentorDual[c.edges.mentor[e] as number] as number);
    if (!exact(have) || have < need) return false;
  }
  return true;
}
