// Validation and canonical form. The solver's output must not depend on the order in which the
// caller listed edges or locked pairs, so everything downstream works on edges sorted by
// (mentee, mentor); the algorithm is then a deterministic function of the canonical input.
import type { SolveInput } from '../types.js';

/** Edges in canonical order (mentee, then mentor), as parallel typed arrays. */
export interface EdgeList {
  count: number;
  mentee: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
}

export interface Canonical {
  mentorCount: number;
  menteeCount: number;
  /** Capacity left after the locked pairs. */
  capacity: Int32Array;
  /** Locked pairs as [mentor, mentee, score]. */
  locked: Array<readonly [number, number, number]>;
  /** Free edges: not touching a locked mentee nor a mentor with no capacity left. */
  free: EdgeList;
}

const isCount = (x: number) => Number.isSafeInteger(x) && x >= 0;

export function canonicalize(input: SolveInput): Canonical {
  const { mentorCount, menteeCount } = input;
  if (!isCount(mentorCount) || !isCount(menteeCount))
    throw new Error('mentorCount and menteeCount must be non-negative integers.');
  if (input.capacities.length !== mentorCount)
    throw new Error(`capacities has ${input.capacities.length} entries for ${mentorCount} mentors.`);
  const capacity = new Int32Array(mentorCount);
  input.capacities.forEach((c, i) => {
    if (!isCount(c) || c > 0x3fffffff)
      throw new Error(`capacity of mentor ${i} must be a non-negative integer (got ${c}).`);
    capacity[i] = c;
  });
  const all = sortEdges(input);
  return finishCanonical(mentorCount, menteeCount, capacity, all, input.locked ?? []);
}

/**
 * The canonical form of edges that are already sorted by (mentee, mentor), without duplicates and
 * valid (the matching engine's candidate lists): no copy into objects, no sort. `keep` filters
 * them; locked pairs (with their scores) are merged in, and their mentees must have no other edge.
 */
export function canonicalFromSorted(
  capacities: readonly number[],
  menteeCount: number,
  sorted: { mentor: Int32Array; mentee: Int32Array; score: Int32Array },
  keep: (e: number) => boolean,
  locked: ReadonlyArray<readonly [mentor: number, mentee: number, score: number]>,
): Canonical {
  const capacity = Int32Array.from(capacities);
  const lockedOf = new Map(locked.map(([m, j, s]) => [j, [m, s] as const]));
  const room = sorted.mentee.length + locked.length;
  const mentee = new Int32Array(room);
  const mentor = new Int32Array(room);
  const score = new Float64Array(room);
  let count = 0;
  const push = (m: number, j: number, s: number) => {
    mentee[count] = j;
    mentor[count] = m;
    score[count++] = s;
  };
  let e = 0;
  for (let j = 0; j < menteeCount; j++) {
    const lock = lockedOf.get(j);
    if (lock) push(lock[0], j, lock[1]);
    for (; e < sorted.mentee.length && sorted.mentee[e] === j; e++)
      if (!lock && keep(e)) push(sorted.mentor[e] as number, j, sorted.score[e] as number);
  }
  const all: EdgeList = {
    count,
    mentee: mentee.slice(0, count),
    mentor: mentor.slice(0, count),
    score: score.slice(0, count),
  };
  return finishCanonical(
    capacities.length,
    menteeCount,
    capacity,
    all,
    locked.map(([m, j]) => [m, j] as const),
  );
}

function finishCanonical(
  mentorCount: number,
  menteeCount: number,
  capacity: Int32Array,
  all: EdgeList,
  lockedPairs: ReadonlyArray<readonly [number, number]>,
): Canonical {
  const locked = applyLocked(lockedPairs, all, capacity);
  const lockedMentee = new Uint8Array(menteeCount);
  for (const [, j] of locked) lockedMentee[j] = 1;
  const free = filterEdges(
    all,
    (e) => lockedMentee[all.mentee[e] as number] === 0 && (capacity[all.mentor[e] as number] as number) > 0,
  );
  return { mentorCount, menteeCount, capacity, locked, free };
}

function checkEdge(input: SolveInput, i: number): void {
  const e = input.edges[i];
  if (!e) throw new Error(`edge ${i} is missing.`);
  if (!Number.isInteger(e.mentor) || e.mentor < 0 || e.mentor >= input.mentorCount)
    throw new Error(`edge ${i}: mentor ${e.mentor} is out of range.`);
  if (!Number.isInteger(e.mentee) || e.mentee < 0 || e.mentee >= input.menteeCount)
    throw new Error(`edge ${i}: mentee ${e.mentee} is out of range.`);
  if (!isCount(e.score))
    throw new Error(`edge ${i} (${e.mentor},${e.mentee}): score must be a non-negative integer (got ${e.score}).`);
}

/** Counting sort by mentee, then each mentee's (short) list by mentor; rejects duplicates. */
function sortEdges(input: SolveInput): EdgeList {
  const m = input.edges.length;
  const start = new Int32Array(input.menteeCount + 1);
  for (let i = 0; i < m; i++) {
    checkEdge(input, i);
    (start[(input.edges[i]?.mentee as number) + 1] as number)++;
  }
  for (let j = 0; j < input.menteeCount; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const fill = start.slice(0, input.menteeCount);
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const j = input.edges[i]?.mentee as number;
    order[fill[j] as number] = i;
    fill[j] = (fill[j] as number) + 1;
  }
  const mentorOf = (i: number) => input.edges[i]?.mentor as number;
  for (let j = 0; j < input.menteeCount; j++) {
    const a = start[j] as number;
    const b = start[j + 1] as number;
    if (b - a > 1) order.subarray(a, b).sort((x, y) => mentorOf(x) - mentorOf(y));
  }
  return buildList(input, order);
}

function buildList(input: SolveInput, order: Int32Array): EdgeList {
  const m = order.length;
  const list: EdgeList = { count: m, mentee: new Int32Array(m), mentor: new Int32Array(m), score: new Float64Array(m) };
  for (let k = 0; k < m; k++) {
    const e = input.edges[order[k] as number];
    if (!e) continue;
    list.mentee[k] = e.mentee;
    list.mentor[k] = e.mentor;
    list.score[k] = e.score;
    if (k > 0 && list.mentee[k - 1] === e.mentee && list.mentor[k - 1] === e.mentor) {
      throw new Error(`duplicate edge (${e.mentor},${e.mentee}): at most one edge per pair.`);
    }
  }
  return list;
}

/** Finds the canonical index of edge (mentor, mentee), or −1; edges of a mentee are contiguous. */
export function findEdge(list: EdgeList, mentor: number, mentee: number): number {
  let lo = 0;
  let hi = list.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = (list.mentee[mid] as number) - mentee || (list.mentor[mid] as number) - mentor;
    if (d === 0) return mid;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Validates locked pairs and takes their capacity; throws a message naming the pair. */
function applyLocked(
  lockedPairs: ReadonlyArray<readonly [number, number]>,
  all: EdgeList,
  capacity: Int32Array,
): Array<readonly [number, number, number]> {
  const seen = new Set<number>();
  const out: Array<readonly [number, number, number]> = [];
  const original = Int32Array.from(capacity);
  for (const [mentor, mentee] of lockedPairs) {
    const e = findEdge(all, mentor, mentee);
    if (e < 0) throw new Error(`locked pair (${mentor},${mentee}) is not an eligible edge.`);
    if (seen.has(mentee)) throw new Error(`mentee ${mentee} is locked to more than one mentor.`);
    seen.add(mentee);
    if ((capacity[mentor] as number) <= 0)
      throw new Error(`locked pairs put mentor ${mentor} over capacity ${original[mentor]}.`);
    capacity[mentor] = (capacity[mentor] as number) - 1;
    out.push([mentor, mentee, all.score[e] as number]);
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out;
}

/** The sub-list of edges passing `keep`, still in canonical order. */
export function filterEdges(list: EdgeList, keep: (e: number) => boolean): EdgeList {
  const kept = new Uint8Array(list.count);
  let m = 0;
  for (let e = 0; e < list.count; e++) {
    if (!keep(e)) continue;
    kept[e] = 1;
    m++;
  }
  if (m === list.count) return list; // lists are never modified in place
  const out: EdgeList = { count: m, mentee: new Int32Array(m), mentor: new Int32Array(m), score: new Float64Array(m) };
  for (let e = 0, k = 0; e < list.count; e++) {
    if (!kept[e]) continue;
    out.mentee[k] = list.mentee[e] as number;
    out.mentor[k] = list.mentor[e] as number;
    out.score[k++] = list.score[e] as number;
  }
  return out;
}
