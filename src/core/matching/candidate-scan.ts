// Candidate lists for the solver (issue 3): each open mentee's best k mentors and each open
// mentor's best k mentees, by exact score, ties to the lower index. Pure: no I/O.
//
// A row's kernel pass keeps the people whose bound reaches the row's cut; the cut starts from the
// previous row's k-th best (rows are alike) and is lowered until nobody below it can enter the
// best k. Ranges of rows can be scanned apart (a worker thread's share) and concatenated.
import { BestK } from './best-k.js';
import { KERNEL_LIMIT } from './kernel/row-kernel.js';
import type { RowEngine } from './row-engine.js';

export interface CandidateRequest {
  /** Rows from..to−1 of the engine's side. */
  from: number;
  to: number;
  k: number;
  /** 1 when a person of the row's side / the other side may be paired. */
  rowOpen: Uint8Array;
  otherOpen: Uint8Array;
}

/** Edges as parallel arrays (mentor, mentee, score); transferable between threads. */
export interface EdgeArrays {
  mentor: Int32Array;
  mentee: Int32Array;
  score: Int32Array;
}

/** Each open row's best k partners, as edges in row then partner order. */
export function scanBestPartners(engine: RowEngine, req: CandidateRequest): EdgeArrays {
  const { kernel, bonusBound } = engine;
  const best = new BestK(1, req.k);
  kernel.fillThresholds(0, KERNEL_LIMIT);
  const out = { mentor: [] as number[], mentee: [] as number[], score: [] as number[] };
  const mentee = engine.side === 'mentee';
  let cut = 0;
  const evaluate = (x: number): void => {
    if (req.otherOpen[x] === 0 || !engine.markSeen(x)) return;
    const s = engine.exact(x);
    if (s >= 0 && best.accepts(0, s, x)) best.push(0, s, x);
  };
  for (let row = req.from; row < req.to; row++) {
    if (!req.rowOpen[row] || req.k === 0) continue;
    engine.begin(row);
    best.clear(0);
    for (const x of engine.preferred()) evaluate(x);
    for (let pass = 0; ; pass++) {
      // X = 0 and cx = cut − 1: the survivors have base ≥ cut.
      const count = kernel.survivors(cut - 1, KERNEL_LIMIT);
      const survivors = kernel.out;
      // Far too many above the cut (first pass only: later passes lower it and must stay lower).
      if (pass === 0 && count > 8 * req.k + 256) cut = Math.max(cut, refinedCut(engine, survivors, count, 2 * req.k));
      for (let a = 0; a < count; a++) {
        const x = survivors[a] as number;
        if (engine.base(x) >= cut) evaluate(x);
      }
      // Everyone not evaluated has base < cut, so a score ≤ cut − 1 + bonusBound.
      if (cut <= 0 || (best.full(0) && best.floor(0) >= cut + bonusBound)) break;
      cut = best.full(0) ? Math.min(cut - 1, Math.max(0, best.floor(0) - bonusBound)) : cut >> 1;
    }
    for (const e of best.entries(0)) {
      out.mentor.push(mentee ? e.id : row);
      out.mentee.push(mentee ? row : e.id);
      out.score.push(e.key);
    }
    // The next row is probably alike: start from this row's k-th best.
    cut = best.full(0) ? Math.max(0, best.floor(0) - bonusBound) : 0;
  }
  return toArrays(out);
}

/** A cut ≥ the current one keeping about `want` of the survivors (a histogram of their bases). */
function refinedCut(engine: RowEngine, survivors: Int32Array, count: number, want: number): number {
  let max = 0;
  for (let a = 0; a < count; a++) max = Math.max(max, engine.base(survivors[a] as number));
  let shift = 0;
  while (max >> shift > 1023) shift++;
  const histogram = new Int32Array(1025);
  for (let a = 0; a < count; a++) histogram[engine.base(survivors[a] as number) >> shift]! += 1;
  let kept = 0;
  for (let b = 1024; b > 0; b--) {
    kept += histogram[b] as number;
    if (kept >= want) return b << shift;
  }
  return 0;
}

function toArrays(e: { mentor: number[]; mentee: number[]; score: number[] }): EdgeArrays {
  return { mentor: Int32Array.from(e.mentor), mentee: Int32Array.from(e.mentee), score: Int32Array.from(e.score) };
}

/** Edges of several lists, sorted by (mentee, mentor), each pair once (the first list's score wins). */
export function unionEdges(parts: readonly EdgeArrays[]): EdgeArrays {
  let total = 0;
  let mentees = 0;
  for (const p of parts) {
    total += p.mentee.length;
    for (let e = 0; e < p.mentee.length; e++) mentees = Math.max(mentees, (p.mentee[e] as number) + 1);
  }
  // Counting sort by mentee, then each mentee's short list by mentor.
  const start = new Int32Array(mentees + 1);
  for (const p of parts) for (let e = 0; e < p.mentee.length; e++) start[(p.mentee[e] as number) + 1]! += 1;
  for (let j = 0; j < mentees; j++) start[j + 1]! += start[j] as number;
  const fill = start.slice(0, mentees);
  const mentor = new Int32Array(total);
  const score = new Int32Array(total);
  for (const p of parts) {
    for (let e = 0; e < p.mentee.length; e++) {
      const at = fill[p.mentee[e] as number]!++;
      mentor[at] = p.mentor[e] as number;
      score[at] = p.score[e] as number;
    }
  }
  const out = { mentor: new Int32Array(total), mentee: new Int32Array(total), score: new Int32Array(total) };
  let n = 0;
  const order: number[] = [];
  for (let j = 0; j < mentees; j++) {
    order.length = 0;
    for (let at = start[j] as number; at < (start[j + 1] as number); at++) order.push(at);
    order.sort((a, b) => (mentor[a] as number) - (mentor[b] as number) || a - b);
    let last = -1;
    for (const at of order) {
      if (mentor[at] === last) continue;
      last = mentor[at] as number;
      out.mentor[n] = last;
      out.mentee[n] = j;
      out.score[n] = score[at] as number;
      n++;
    }
  }
  return { mentor: out.mentor.slice(0, n), mentee: out.mentee.slice(0, n), score: out.score.slice(0, n) };
}
