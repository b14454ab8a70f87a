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
  const { kernel } = engine;
  const best = new BestK(1, req.k);
  // How far below the previous row's k-th best a row starts, and how far a pass lowers its cut.
  const step = Math.max(40, engine.bonusBound >> 1);
  kernel.fillThresholds(0, KERNEL_LIMIT);
  const out = { mentor: [] as number[], mentee: [] as number[], score: [] as number[] };
  const mentee = engine.side === 'mentee';
  let cut = 0;
  const evaluate = (x: number): void => {
    if (req.otherOpen[x] === 0 || !engine.markSeen(x)) return;
    const s = engine.exact(x);
    if (s >= 0 && best.accepts(0, s, x)) best.push(0, s, x);
  };
  // Survivors past the prefer pass: their exact score is at most plainScore (rules only take away).
  const consider = (x: number): void => {
    if (best.full(0) && !best.accepts(0, engine.plainScore(x), x)) return;
    evaluate(x);
  };
  for (let row = req.from; row < req.to; row++) {
    if (!req.rowOpen[row] || req.k === 0) continue;
    engine.begin(row);
    best.clear(0);
    for (const x of engine.preferred()) evaluate(x);
    for (let pass = 0; ; pass++) {
      // X = 0 and cx = cut − 1: the survivors have a plain score ≥ cut.
      const count = kernel.survivors(row, cut - 1, KERNEL_LIMIT);
      const survivors = kernel.out;
      // Far too many above the cut (first pass only: later passes lower it and must stay lower).
      if (pass === 0 && count > 8 * req.k + 256) cut = Math.max(cut, refinedCut(engine, survivors, count, 2 * req.k));
      for (let a = 0; a < count; a++) {
        const x = survivors[a] as number;
        if (engine.plainScore(x) >= cut) consider(x);
      }
      // Everyone not evaluated has a plain score < cut, and so an exact score < cut.
      if (cut <= 0 || (best.full(0) && best.floor(0) >= cut)) break;
      cut = best.full(0) ? Math.min(cut - 1, best.floor(0)) : Math.max(0, cut - Math.max(step, cut >> 3));
    }
    for (const e of best.entries(0)) {
      out.mentor.push(mentee ? e.id : row);
      out.mentee.push(mentee ? row : e.id);
      out.score.push(e.key);
    }
    // The next row is probably alike: start a little below this row's k-th best.
    cut = best.full(0) ? Math.max(0, best.floor(0) - step) : 0;
  }
  return toArrays(out);
}

/** A cut ≥ the current one keeping about `want` of the survivors (a histogram of their plain scores). */
function refinedCut(engine: RowEngine, survivors: Int32Array, count: number, want: number): number {
  let max = 0;
  for (let a = 0; a < count; a++) max = Math.max(max, engine.plainScore(survivors[a] as number));
  let shift = 0;
  while (max >> shift > 1023) shift++;
  const histogram = new Int32Array(1025);
  for (let a = 0; a < count; a++) histogram[engine.plainScore(survivors[a] as number) >> shift]! += 1;
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
  // Counting sort by mentee; a pair's key is mentor·2^31 + score (exact in a double), so sorting a
  // mentee's keys sorts its mentors, and a pair listed twice (same score) becomes adjacent.
  const start = new Int32Array(mentees + 1);
  for (const p of parts) for (let e = 0; e < p.mentee.length; e++) start[(p.mentee[e] as number) + 1]! += 1;
  for (let j = 0; j < mentees; j++) start[j + 1]! += start[j] as number;
  const fill = start.slice(0, mentees);
  const keys = new Float64Array(total);
  for (const p of parts)
    for (let e = 0; e < p.mentee.length; e++)
      keys[fill[p.mentee[e] as number]!++] = (p.mentor[e] as number) * SCORE_SPAN + (p.score[e] as number);
  const out = { mentor: new Int32Array(total), mentee: new Int32Array(total), score: new Int32Array(total) };
  let n = 0;
  for (let j = 0; j < mentees; j++) {
    const a = start[j] as number;
    const b = start[j + 1] as number;
    let sorted = true;
    for (let at = a + 1; at < b && sorted; at++) sorted = (keys[at - 1] as number) < (keys[at] as number);
    if (!sorted) keys.subarray(a, b).sort();
    let last = -1;
    for (let at = a; at < b; at++) {
      const key = keys[at] as number;
      const mentor = Math.floor(key / SCORE_SPAN);
      if (mentor === last) continue;
      last = mentor;
      out.mentor[n] = mentor;
      out.mentee[n] = j;
      out.score[n] = key - mentor * SCORE_SPAN;
      n++;
    }
  }
  return { mentor: out.mentor.slice(0, n), mentee: out.mentee.slice(0, n), score: out.score.slice(0, n) };
}

const SCORE_SPAN = 2 ** 31;

/**
 * `base` (sorted by (mentee, mentor), each pair once — a union's output) with `extra` (any order)
 * merged in, the same as unionEdges([base, extra]), in time linear in base: only extra is sorted.
 */
export function mergeEdges(base: EdgeArrays, extra: EdgeArrays): EdgeArrays {
  const sortedExtra = unionEdges([extra]);
  const total = base.mentee.length + sortedExtra.mentee.length;
  const out: EdgeArrays = {
    mentor: new Int32Array(total),
    mentee: new Int32Array(total),
    score: new Int32Array(total),
  };
  let n = 0;
  let a = 0;
  let b = 0;
  const take = (from: EdgeArrays, at: number) => {
    out.mentor[n] = from.mentor[at] as number;
    out.mentee[n] = from.mentee[at] as number;
    out.score[n++] = from.score[at] as number;
  };
  while (a < base.mentee.length || b < sortedExtra.mentee.length) {
    if (b === sortedExtra.mentee.length) take(base, a++);
    else if (a === base.mentee.length) take(sortedExtra, b++);
    else {
      const d =
        (base.mentee[a] as number) - (sortedExtra.mentee[b] as number) ||
        (base.mentor[a] as number) - (sortedExtra.mentor[b] as number);
      if (d < 0) take(base, a++);
      else if (d > 0) take(sortedExtra, b++);
      else {
        take(base, a++); // listed in both: base's score wins, as in unionEdges
        b++;
      }
    }
  }
  return n === total
    ? out
    : { mentor: out.mentor.slice(0, n), mentee: out.mentee.slice(0, n), score: out.score.slice(0, n) };
}
