// Reach: pairs that ever became active, how many cross departments, how wide the level gap is,
// and how many are cross-generational (where both generation bands are known).
//
// Privacy: people = the distinct members of the pairs counted (a mentor with three mentees is
// four people, not six). A share is shown only when every part it splits the pairs into
// is either empty or a showable group, since the total is shown too and a part could otherwise
// be found by subtraction. Level-gap buckets that are too small are withheld, and when what the
// withheld buckets hold together (total − shown buckets) would be a small group — or when it
// would show that every withheld bucket is as full as a withheld bucket can be — the smallest
// shown bucket is withheld as well.
import type { Reach, Share } from './figures.js';
import { distinct, guard, isShowable } from './privacy.js';
import { roundTo, withheld } from './common.js';
import type { Guarded } from './privacy.js';

export const MAX_GAP_BUCKET = 6;

export interface ReachPair {
  /** The two members' person ids. */
  members: readonly [string, string];
  crossDepartment: boolean;
  /** Senior's level − junior's level. */
  levelGap: number;
  generationA: string | null;
  generationB: string | null;
}

const peopleOf = (pairs: readonly ReachPair[]) => distinct(pairs.flatMap((p) => p.members));

/** Pairs whose members form a showable group, or no pairs at all. */
const emptyOrShowable = (pairs: readonly ReachPair[]) => pairs.length === 0 || isShowable(peopleOf(pairs));

/** The most pairs of four distinct people each that a withheld bucket can hold (a conservative pin). */
function smallBucketCapacity(): number {
  let c = 0;
  while (!isShowable(2 * (c + 1))) c += 1;
  return c;
}

function share(count: number, all: readonly ReachPair[], parts: ReadonlyArray<readonly ReachPair[]>): Guarded<Share> {
  const of = all.length;
  return parts.every(emptyOrShowable) ? guard(peopleOf(all), () => ({ count, share: roundTo(count / of, 4) })) : withheld();
}

export function gapBucket(levelGap: number): number {
  return Math.min(MAX_GAP_BUCKET, Math.max(0, Math.round(levelGap)));
}

function levelGaps(buckets: ReadonlyArray<readonly ReachPair[]>): Reach['levelGaps'] {
  const shown = buckets.map((b) => isShowable(peopleOf(b)));
  const cap = smallBucketCapacity();
  for (;;) {
    const hiddenBuckets = buckets.filter((_, i) => !shown[i]);
    const residual = hiddenBuckets.flat();
    const revealing = residual.length > 0 && (!isShowable(peopleOf(residual)) || residual.length >= cap * hiddenBuckets.length);
    if (!revealing || shown.every((s) => !s)) break;
    // Withhold the smallest shown bucket: the least information lost.
    let smallest = -1;
    buckets.forEach((b, i) => {
      if (shown[i] && (smallest < 0 || b.length < (buckets[smallest]?.length ?? 0))) smallest = i;
    });
    shown[smallest] = false;
  }
  return buckets.map((b, gap) => ({ gap, pairs: shown[gap] ? guard(peopleOf(b), () => b.length) : withheld<number>() }));
}

export function reach(pairs: readonly ReachPair[]): Reach {
  const cross = pairs.filter((p) => p.crossDepartment);
  const sameDepartment = pairs.filter((p) => !p.crossDepartment);
  const buckets: ReachPair[][] = Array.from({ length: MAX_GAP_BUCKET + 1 }, () => []);
  for (const p of pairs) buckets[gapBucket(p.levelGap)]?.push(p);
  const known = pairs.filter((p) => p.generationA !== null && p.generationB !== null);
  const unknown = pairs.filter((p) => p.generationA === null || p.generationB === null);
  const crossGen = known.filter((p) => p.generationA !== p.generationB);
  const sameGen = known.filter((p) => p.generationA === p.generationB);
  const genShare = share(crossGen.length, known, [crossGen, sameGen, unknown]);
  return {
    pairs: guard(peopleOf(pairs), () => pairs.length),
    crossDepartment: share(cross.length, pairs, [cross, sameDepartment]),
    levelGaps: levelGaps(buckets),
    crossGeneration: genShare.suppressed
      ? withheld()
      : { ...genShare, value: { ...genShare.value, known: known.length } },
  };
}
