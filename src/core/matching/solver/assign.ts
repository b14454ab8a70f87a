// Successive shortest augmenting paths (Hungarian / Jonker–Volgenant style) on the network
//   mentee j —(edge, cap 1)→ mentor i —(cap capacity[i], cost 0)→ t,   mentee j —(dummy)→ t.
// Each mentee, in canonical order, sends its unit along a shortest residual path to t (Dijkstra
// on reduced costs, which Johnson potentials keep ≥ 0). Dijkstra stops as soon as t is settled;
// potentials are then updated only for settled nodes (π += d − d_t), which keeps every reduced
// cost ≥ 0 while touching just the explored region — this is what makes 100k per side feasible.
// The dummy arc guarantees t is always reachable, so every mentee ends matched or "unmatched".
import type { EdgeList } from './canonical.js';
import type { Costs } from './costs.js';
import { LexHeap } from './lex-heap.js';
import { MentorLists } from './mentor-lists.js';

export const UNASSIGNED = -1;
export const DUMMY = -2;

export class Assigner {
  readonly n: number;
  readonly t: number;
  /** Per mentee: the matched edge, DUMMY (unmatched) or UNASSIGNED (not processed yet). */
  readonly mate: Int32Array;
  readonly load: Int32Array;
  /** Potentials per node: mentees 0..n−1, mentors n..n+M−1, t = n+M. */
  readonly piP: Float64Array;
  readonly piS: Float64Array;
  readonly start: Int32Array;
  private readonly lists: MentorLists;
  private readonly dP: Float64Array;
  private readonly dS: Float64Array;
  private readonly settled: Uint8Array;
  private readonly predEdge: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private tPred = -1;
  private readonly heap = new LexHeap();

  constructor(
    readonly edges: EdgeList,
    readonly capacity: Int32Array,
    readonly costs: Costs,
    menteeCount: number,
  ) {
    const nodes = menteeCount + capacity.length + 1;
    this.n = menteeCount;
    this.t = nodes - 1;
    this.mate = new Int32Array(menteeCount).fill(UNASSIGNED);
    this.load = new Int32Array(capacity.length);
    this.piP = new Float64Array(nodes);
    this.piS = new Float64Array(nodes);
    this.dP = new Float64Array(nodes).fill(Infinity);
    this.dS = new Float64Array(nodes).fill(Infinity);
    this.settled = new Uint8Array(nodes);
    this.predEdge = new Int32Array(nodes);
    this.touched = new Int32Array(nodes);
    this.start = buildCsr(edges, menteeCount);
    this.lists = new MentorLists(capacity.length, menteeCount);
    this.initPotentials();
  }

  /** π(mentee) = its best edge's value, π(mentor) = π(t) = 0: every reduced cost starts ≥ 0. */
  private initPotentials(): void {
    const { costP, costS } = this.costs;
    for (let j = 0; j < this.n; j++) {
      let bp = 0;
      let bs = 0;
      for (let e = this.start[j] as number; e < (this.start[j + 1] as number); e++) {
        const p = costP[e] as number;
        const s = costS[e] as number;
        if (p < bp || (p === bp && s < bs)) [bp, bs] = [p, s];
      }
      this.piP[j] = -bp;
      this.piS[j] = -bs;
    }
  }

  run(): void {
    for (let j = 0; j < this.n; j++) {
      this.shortestPath(j);
      this.updatePotentials();
      this.augment(j);
      this.reset();
    }
  }

  private shortestPath(j0: number): void {
    this.tPred = -1;
    this.visit(j0, 0, 0);
    const heap = this.heap;
    heap.clear();
    heap.push(j0, 0, 0);
    while (heap.size > 0) {
      const v = heap.pop();
      if (this.settled[v]) continue;
      this.settled[v] = 1;
      if (v === this.t) return;
      if (v < this.n) this.scanMentee(v);
      else this.scanMentor(v);
    }
    throw new Error('internal: the sink is unreachable (the dummy arc should always reach it).');
  }

  private visit(v: number, p: number, s: number): void {
    if (this.dP[v] === Infinity) this.touched[this.touchedCount++] = v;
    this.dP[v] = p;
    this.dS[v] = s;
  }

  /** Relaxes arc u→v of cost (cp, cs); returns true when v's distance improved. */
  private relax(u: number, v: number, cp: number, cs: number): boolean {
    if (this.settled[v]) return false;
    const np = (this.dP[u] as number) + cp + (this.piP[u] as number) - (this.piP[v] as number);
    const ns = (this.dS[u] as number) + cs + (this.piS[u] as number) - (this.piS[v] as number);
    const op = this.dP[v] as number;
    if (np > op || (np === op && ns >= (this.dS[v] as number))) return false;
    this.visit(v, np, ns);
    this.heap.push(v, np, ns);
    return true;
  }

  private scanMentee(j: number): void {
    const { costP, costS, dummyP, dummyS } = this.costs;
    const mine = this.mate[j] as number;
    const mentor = this.edges.mentor;
    for (let e = this.start[j] as number; e < (this.start[j + 1] as number); e++) {
      if (e === mine) continue;
      const v = this.n + (mentor[e] as number);
      if (this.relax(j, v, costP[e] as number, costS[e] as number)) this.predEdge[v] = e;
    }
    if (mine !== DUMMY && this.relax(j, this.t, dummyP, dummyS)) this.tPred = j;
  }

  private scanMentor(v: number): void {
    const i = v - this.n;
    const { costP, costS } = this.costs;
    if ((this.load[i] as number) < (this.capacity[i] as number) && this.relax(v, this.t, 0, 0)) this.tPred = v;
    const next = this.lists.next;
    // Backward arcs of the matched edges: each of the mentor's mentees can be moved elsewhere.
    for (let j = this.lists.head[i] as number; j >= 0; j = next[j] as number) {
      const e = this.mate[j] as number;
      this.relax(v, j, -(costP[e] as number), -(costS[e] as number));
    }
  }

  /** π(v) += d(v) − d(t) for settled nodes; others keep π (their d ≥ d(t)). */
  private updatePotentials(): void {
    const tp = this.dP[this.t] as number;
    const ts = this.dS[this.t] as number;
    for (let k = 0; k < this.touchedCount; k++) {
      const v = this.touched[k] as number;
      if (!this.settled[v] || v === this.t) continue;
      this.piP[v] = (this.piP[v] as number) + (this.dP[v] as number) - tp;
      this.piS[v] = (this.piS[v] as number) + (this.dS[v] as number) - ts;
    }
  }

  /** Flips the path t ← … ← j0: each mentee on it takes the edge its successor mentor came by. */
  private augment(j0: number): void {
    let i: number;
    if (this.tPred >= this.n) {
      i = this.tPred - this.n;
      this.load[i] = (this.load[i] as number) + 1;
    } else {
      const j = this.tPred;
      const prev = this.mate[j] as number;
      this.setMate(j, DUMMY);
      if (j === j0) return;
      i = this.edges.mentor[prev] as number;
    }
    for (;;) {
      const f = this.predEdge[this.n + i] as number;
      const j = this.edges.mentee[f] as number;
      const prev = this.mate[j] as number;
      this.setMate(j, f);
      if (j === j0) return;
      i = this.edges.mentor[prev] as number;
    }
  }

  /** Moves mentee j to edge e (or DUMMY), keeping the mentor lists in step. */
  private setMate(j: number, e: number): void {
    const old = this.mate[j] as number;
    if (old >= 0) this.lists.remove(this.edges.mentor[old] as number, j);
    if (e >= 0) this.lists.add(this.edges.mentor[e] as number, j);
    this.mate[j] = e;
  }

  private reset(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const v = this.touched[k] as number;
      this.dP[v] = Infinity;
      this.dS[v] = Infinity;
      this.settled[v] = 0;
    }
    this.touchedCount = 0;
  }
}

/** CSR offsets by mentee (edges are already grouped by mentee). */
function buildCsr(edges: EdgeList, n: number): Int32Array {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < edges.count; e++) start[(edges.mentee[e] as number) + 1] = (start[(edges.mentee[e] as number) + 1] as number) + 1;
  for (let j = 0; j < n; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  return start;
}
