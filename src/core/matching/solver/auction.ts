// The exact assignment engine: Bertsekas' forward auction with ε-scaling, on a symmetric
// reduction of the pairing problem. Pure: no I/O.
//
// WHY AUCTION. Successive shortest paths pays for competition at the end: once most mentees are
// placed, each late mentee's search runs through most of the graph (measured: at 10,000 per side
// the last fifth of the mentees did three quarters of the work, and 100,000 took 95 s). Auction
// prices popular mentors from the start, so late bidders look only at their own few edges.
//
// SYMMETRIC REDUCTION. Forward auction is exact on symmetric problems (as many persons as
// objects, a perfect matching exists). Ours is not: mentees may stay unmatched and mentor places
// may stay empty. So, with S = Σ capacities "slots" (mentor i owns capacity[i] of them):
//   persons  = mentees 0..n−1, then one filler per slot n..n+S−1
//   objects  = slots 0..S−1, then one dummy per mentee S..S+n−1 ("mentee j is unmatched")
//   edges    = mentee j – each slot of each candidate mentor (weight W(e)),
//              mentee j – its own dummy (weight 0)         → j unmatched,
//              filler k – slot k (0)                       → the place stays empty,
//              filler k – dummy of each mentee adjacent to k's mentor (0).
// Every pairing corresponds to perfect matchings of equal weight (the filler of a slot taken by
// mentee j takes j's dummy — that edge exists because j and the slot's mentor are adjacent), and
// every perfect matching to a pairing. A perfect matching always exists (mentees on dummies,
// fillers on their slots).
//
// EXACTNESS. Weights are integers multiplied by α = N + 1 (N = persons); the last phase has ε = 1.
// ε-complementary slackness then bounds the loss by N·ε < α, one unit of the original weights, so
// the result is optimal. This is not trusted: `certificate.ts` re-checks it from the final prices
// (dual feasibility and a dual bound less than one unit above the pairing's value).
//
// DETERMINISM. Persons bid in a fixed order (a FIFO queue seeded in index order) over edges in
// canonical order; the result is a function of the canonical input.
import type { EdgeList } from './canonical.js';

export interface AuctionProblem {
  menteeCount: number;
  /** Places per mentor. */
  capacity: Int32Array;
  /** Candidate edges (canonical order) and their integer weights (unscaled; the dummy is worth 0). */
  edges: EdgeList;
  weight: Float64Array;
}

export interface AuctionState {
  /** Price per object (slots, then dummies), in scaled units; carried across warm starts. */
  price: Float64Array;
  /** Per person (mentees, then fillers): the object it holds. Object ids do not depend on the
   * edges, so a later solve with more edges can start from this assignment. */
  held: Int32Array;
}

/** A warm start: an earlier solve's prices, and how far they may be from the new ones (scaled). */
export interface WarmStart {
  state: AuctionState;
  distance: number;
  /** Bids to try at ε = 1 before scaling down from `distance` (default: see runAuction). */
  budget?: number;
}

export interface AuctionResult {
  /** Per mentee: the edge index it is paired by, or −1 when unmatched. */
  mateEdge: Int32Array;
  /** Scaled units: weight × alpha. */
  alpha: number;
  /** Mentor duals u_i ≥ 0 and mentee duals v_j ≥ 0, scaled: v_j + u_i ≥ α·weight(e) on every edge. */
  mentorDual: Float64Array;
  menteeDual: Float64Array;
  state: AuctionState;
  bids: number;
}

const THETA = 6;
const PRICE_LIMIT = 2 ** 52;
/** Bids a warm start may spend at ε = 1 before it falls back to scaling (at least; see runAuction). */
const WARM_BIDS = 20_000;

/** The symmetric network as CSR over persons: object ids and scaled weights. */
interface Network {
  n: number;
  slots: number;
  persons: number;
  slotStart: Int32Array;
  slotMentor: Int32Array;
  start: Int32Array;
  object: Int32Array;
  value: Float64Array;
  /** Per mentee adjacency entry: the canonical edge it stands for (−1 for the dummy). */
  edgeOf: Int32Array;
  alpha: number;
}

function buildNetwork(p: AuctionProblem): Network {
  const n = p.menteeCount;
  const mentors = p.capacity.length;
  const slotStart = new Int32Array(mentors + 1);
  for (let i = 0; i < mentors; i++) slotStart[i + 1] = (slotStart[i] as number) + (p.capacity[i] as number);
  const slots = slotStart[mentors] as number;
  const slotMentor = new Int32Array(slots);
  for (let i = 0; i < mentors; i++) slotMentor.fill(i, slotStart[i] as number, slotStart[i + 1] as number);
  const persons = n + slots;
  const alpha = persons + 1;
  const { edges } = p;
  // Mentors' adjacent mentees (CSR by mentor), for the fillers' dummy edges.
  const byMentorStart = new Int32Array(mentors + 1);
  for (let e = 0; e < edges.count; e++) byMentorStart[(edges.mentor[e] as number) + 1]! += 1;
  for (let i = 0; i < mentors; i++) byMentorStart[i + 1]! += byMentorStart[i] as number;
  const byMentor = new Int32Array(edges.count);
  const at = byMentorStart.slice(0, mentors);
  for (let e = 0; e < edges.count; e++) byMentor[at[edges.mentor[e] as number]!++] = edges.mentee[e] as number;

  const start = new Int32Array(persons + 1);
  for (let e = 0; e < edges.count; e++)
    start[(edges.mentee[e] as number) + 1]! += p.capacity[edges.mentor[e] as number] as number;
  for (let j = 0; j < n; j++) start[j + 1]! += 1; // the dummy
  for (let k = 0; k < slots; k++) {
    const i = slotMentor[k] as number;
    start[n + k + 1] = 1 + (byMentorStart[i + 1] as number) - (byMentorStart[i] as number);
  }
  for (let q = 0; q < persons; q++) start[q + 1]! += start[q] as number;
  const total = start[persons] as number;
  const object = new Int32Array(total);
  const value = new Float64Array(total);
  const edgeOf = new Int32Array(start[n] as number).fill(-1);
  const fill = start.slice(0, persons);
  for (let e = 0; e < edges.count; e++) {
    const j = edges.mentee[e] as number;
    const i = edges.mentor[e] as number;
    const w = (p.weight[e] as number) * alpha;
    for (let k = slotStart[i] as number; k < (slotStart[i + 1] as number); k++) {
      const x = fill[j]!++;
      object[x] = k;
      value[x] = w;
      edgeOf[x] = e;
    }
  }
  for (let j = 0; j < n; j++) object[fill[j]!++] = slots + j;
  for (let k = 0; k < slots; k++) {
    const q = n + k;
    const i = slotMentor[k] as number;
    object[fill[q]!++] = k;
    for (let b = byMentorStart[i] as number; b < (byMentorStart[i + 1] as number); b++)
      object[fill[q]!++] = slots + (byMentor[b] as number);
  }
  return { n, slots, persons, slotStart, slotMentor, start, object, value, edgeOf, alpha };
}

/**
 * Solves the problem exactly (see the header). `warm` carries the prices and the assignment of
 * an earlier solve of the same mentees and places (more edges may have been added since): forward
 * auction is exact from any prices, and each phase first releases every person whose object is
 * no longer within ε of its best, so this only changes the speed — only the people the new edges
 * tempt bid again.
 */
export function runAuction(p: AuctionProblem, warm?: WarmStart): AuctionResult {
  const net = buildNetwork(p);
  if (net.persons === 0) return finish(p, net, new Float64Array(0), new Int32Array(0), 0);
  const objects = net.slots + net.n;
  let maxValue = 1;
  for (let x = 0; x < net.value.length; x++) maxValue = Math.max(maxValue, Math.abs(net.value[x] as number));
  // Prices and profits must stay exact integers: values and prices below PRICE_LIMIT = 2^52 keep
  // every difference and every bid (< 2^53) exact. Prices stay near the largest value in practice;
  // a bid past the limit stops the solve with an error rather than round (the certificate
  // re-checks every value at the end anyway).
  if (maxValue * 2 >= PRICE_LIMIT) {
    throw new Error('scores are too large for exact arithmetic: reduce the score scale or the number of people.');
  }
  const useWarm = warm !== undefined && warm.state.price.length === objects && warm.state.held.length === net.persons;
  const price = useWarm ? Float64Array.from(warm.state.price) : new Float64Array(objects);
  const owner = new Int32Array(objects).fill(-1);
  const assigned = new Int32Array(net.persons).fill(-1); // adjacency index
  if (useWarm) restore(net, warm.state.held, owner, assigned);
  let eps = Math.max(1, Math.floor(useWarm ? Math.min(warm.distance, maxValue / THETA) : maxValue / THETA));
  let bids = 0;
  const queue = new Int32Array(net.persons);
  if (useWarm) {
    // Few people tempted: ε = 1 at once settles them in a few bids, where scaling down from the
    // largest excess would make every phase re-bid thousands (its large steps unsettle the
    // others). Many tempted: ε = 1 turns into a price war — stop after a budget of bids, go back
    // to the warm prices and assignment, and scale down from the excess instead.
    const saved = {
      price: Float64Array.from(price),
      owner: Int32Array.from(owner),
      assigned: Int32Array.from(assigned),
    };
    const tried = phase(net, price, owner, assigned, 1, queue, warm.budget ?? Math.max(WARM_BIDS, net.persons >> 3));
    bids += tried >= 0 ? tried : -1 - tried;
    if (tried >= 0) return finish(p, net, price, assigned, bids);
    price.set(saved.price);
    owner.set(saved.owner);
    assigned.set(saved.assigned);
  }
  for (;;) {
    bids += phase(net, price, owner, assigned, eps, queue, Infinity);
    if (eps === 1) break;
    eps = Math.max(1, Math.floor(eps / THETA));
  }
  return finish(p, net, price, assigned, bids);
}

/** Gives each person back the object it held, when it is still adjacent (edges were only added). */
function restore(net: Network, held: Int32Array, owner: Int32Array, assigned: Int32Array): void {
  for (let q = 0; q < net.persons; q++) {
    const o = held[q] as number;
    if (o < 0 || (owner[o] as number) >= 0) continue;
    for (let x = net.start[q] as number, end = net.start[q + 1] as number; x < end; x++) {
      if (net.object[x] === o) {
        owner[o] = q;
        assigned[q] = x;
        break;
      }
    }
  }
}

/**
 * One ε-phase: persons whose current object is still within ε of their best keep it; the others
 * bid (Gauss–Seidel) until everyone holds an object. Returns the number of bids b, or −1 − b when
 * `budget` bids did not finish it (the queued persons are then left without an object).
 */
function phase(
  net: Network,
  price: Float64Array,
  owner: Int32Array,
  assigned: Int32Array,
  eps: number,
  queue: Int32Array,
  budget: number,
): number {
  const { start, object, value, persons } = net;
  let head = 0;
  let size = 0;
  const capacity = queue.length;
  for (let q = 0; q < persons; q++) {
    const x = assigned[q] as number;
    if (x >= 0 && keepsObject(net, price, q, x, eps)) continue;
    if (x >= 0) owner[object[x] as number] = -1;
    assigned[q] = -1;
    queue[(head + size++) % capacity] = q;
  }
  let bids = 0;
  while (size > 0) {
    if (bids >= budget) return -1 - bids;
    const q = queue[head] as number;
    head = (head + 1) % capacity;
    size--;
    let best = -Infinity;
    let second = -Infinity;
    let bestAt = -1;
    for (let x = start[q] as number, end = start[q + 1] as number; x < end; x++) {
      const profit = (value[x] as number) - (price[object[x] as number] as number);
      if (profit > best) {
        second = best;
        best = profit;
        bestAt = x;
      } else if (profit > second) second = profit;
    }
    bids++;
    const o = object[bestAt] as number;
    // A person with a single edge holds a private object (an isolated mentee's dummy, the slot of
    // a mentor without candidates): nobody else bids for it, so ε is enough.
    if (second === -Infinity) second = best;
    price[o] = (price[o] as number) + (best - second) + eps;
    if ((price[o] as number) >= PRICE_LIMIT)
      throw new Error('prices outgrew exact arithmetic: reduce the score scale or the number of people.');
    const previous = owner[o] as number;
    owner[o] = q;
    assigned[q] = bestAt;
    if (previous >= 0) {
      assigned[previous] = -1;
      queue[(head + size++) % capacity] = previous;
    }
  }
  return bids;
}

function keepsObject(net: Network, price: Float64Array, q: number, x: number, eps: number): boolean {
  const mine = (net.value[x] as number) - (price[net.object[x] as number] as number);
  for (let y = net.start[q] as number, end = net.start[q + 1] as number; y < end; y++) {
    if ((net.value[y] as number) - (price[net.object[y] as number] as number) > mine + eps) return false;
  }
  return true;
}

/**
 * Reads the pairing off the perfect matching and turns the final prices into duals of the
 * pairing LP: v_j = π_j + price(dummy_j), u_i = min over i's slots k of (price_k + π(filler_k)),
 * where π is a person's best profit. Then v_j + u_i ≥ α·w(e) on every edge and v, u ≥ 0, and the
 * dual value Σv + Σ cap·u is at most the symmetric problem's, so the ε-CS bound carries over.
 */
function finish(
  p: AuctionProblem,
  net: Network,
  price: Float64Array,
  assigned: Int32Array,
  bids: number,
): AuctionResult {
  const { n, slots, start, object, value, edgeOf } = net;
  const best = new Float64Array(net.persons);
  for (let q = 0; q < net.persons; q++) {
    let b = -Infinity;
    for (let x = start[q] as number, end = start[q + 1] as number; x < end; x++)
      b = Math.max(b, (value[x] as number) - (price[object[x] as number] as number));
    best[q] = b;
  }
  const mateEdge = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) mateEdge[j] = edgeOf[assigned[j] as number] as number;
  const menteeDual = new Float64Array(n);
  for (let j = 0; j < n; j++) menteeDual[j] = (best[j] as number) + (price[slots + j] as number);
  const mentorDual = new Float64Array(p.capacity.length);
  for (let i = 0; i < p.capacity.length; i++) {
    let u = Infinity;
    for (let k = net.slotStart[i] as number; k < (net.slotStart[i + 1] as number); k++)
      u = Math.min(u, (price[k] as number) + (best[n + k] as number));
    mentorDual[i] = u === Infinity ? 0 : u; // a mentor with no places constrains nothing
  }
  const held = Int32Array.from(assigned, (x) => (x >= 0 ? (object[x] as number) : -1));
  return { mateEdge, alpha: net.alpha, mentorDual, menteeDual, state: { price, held }, bids };
}
