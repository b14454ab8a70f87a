import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEdges, scanBestPartners, unionEdges } from '../../../src/core/matching/candidate-scan.js';
import { RowEngine } from '../../../src/core/matching/row-engine.js';
import {
  buildScoringTable,
  rowScratch,
  scoreRow,
  type ScoringTable,
} from '../../../src/core/matching/scoring-table.js';
import type { Participant } from '../../../src/core/matching/types.js';
import { arbInstance, person, rulesWith, type Instance } from './arbitrary-program.js';

/** Every pair scored the slow way: matrix[j][m] = score, or −1 when a rule or a closed mask excludes it. */
function matrix(table: ScoringTable, mentorOpen: Uint8Array, menteeOpen: Uint8Array): number[][] {
  const out = new Int32Array(table.mentorCount);
  const scratch = rowScratch(table);
  return Array.from({ length: table.menteeCount }, (_, j) => {
    scoreRow(table, j, out, scratch);
    return Array.from(out, (s, m) => (s >= 0 && mentorOpen[m] && menteeOpen[j] ? s : -1));
  });
}

/** Best k indices by score, ties to the lower index. */
const bestOf = (scores: number[], k: number): number[] =>
  scores
    .map((s, i) => [i, s] as const)
    .filter(([, s]) => s >= 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([i]) => i);

function expected(all: number[][], nM: number, k: number, kMentor: number): string[] {
  const keys = new Set<string>();
  all.forEach((row, j) => bestOf(row, k).forEach((m) => keys.add(`${m}:${j}:${row[m]}`)));
  for (let m = 0; m < nM; m++) {
    const column = all.map((row) => row[m] as number);
    bestOf(column, kMentor).forEach((j) => keys.add(`${m}:${j}:${column[j]}`));
  }
  return [...keys].sort();
}

/** Both sides' best lists, each side's rows split into ranges at `splits`. */
function scan(
  table: ScoringTable,
  mentorOpen: Uint8Array,
  menteeOpen: Uint8Array,
  k: number,
  kMentor: number,
  splits: number[],
): string[] {
  const ranges = (n: number) => {
    const bounds = [0, ...splits.filter((s) => s > 0 && s < n).sort((a, b) => a - b), n];
    return bounds.slice(1).map((to, i) => [bounds[i]!, to] as const);
  };
  const mentees = new RowEngine(table, 'mentee');
  const mentors = new RowEngine(table, 'mentor');
  const parts = [
    ...ranges(table.menteeCount).map(([from, to]) =>
      scanBestPartners(mentees, { from, to, k, rowOpen: menteeOpen, otherOpen: mentorOpen }),
    ),
    ...ranges(table.mentorCount).map(([from, to]) =>
      scanBestPartners(mentors, { from, to, k: kMentor, rowOpen: mentorOpen, otherOpen: menteeOpen }),
    ),
  ];
  const merged = unionEdges(parts);
  return Array.from(merged.mentor, (m, e) => `${m}:${merged.mentee[e]}:${merged.score[e]}`).sort();
}

const unlocked = (inst: Instance): Instance => ({ ...inst, rules: { ...inst.rules, lockedPairs: [] } });

describe('scanBestPartners', () => {
  it('property: each side’s best k equal scoring every pair, whatever the split into ranges', () => {
    fc.assert(
      fc.property(
        arbInstance(8).map(unlocked),
        fc.nat(5),
        fc.nat(5),
        fc.nat(),
        fc.array(fc.nat(8), { maxLength: 2 }),
        (inst, k, kMentor, seed, splits) => {
          const table = buildScoringTable(inst.mentors, inst.mentees, inst.rules, inst.weights);
          const mentorOpen = Uint8Array.from(inst.mentors, (_, i) => ((seed >> (i % 16)) & 1 ? 0 : 1));
          const menteeOpen = Uint8Array.from(inst.mentees, (_, j) => (((seed >> ((j + 3) % 16)) & 5) === 5 ? 0 : 1));
          const all = matrix(table, mentorOpen, menteeOpen);
          expect(scan(table, mentorOpen, menteeOpen, k, kMentor, splits)).toEqual(
            expected(all, inst.mentors.length, k, kMentor),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: larger programs with many ties, where the cuts take several passes', () => {
    const skills = ['ai', 'sql', 'video', 'design'];
    const arbPerson = fc.record({
      dept: fc.constantFrom('A', 'B', 'C'),
      level: fc.integer({ min: 1, max: 9 }),
      knows: fc.array(fc.tuple(fc.constantFrom(...skills), fc.integer({ min: 1, max: 5 })), { maxLength: 4 }),
      wants: fc.array(fc.tuple(fc.constantFrom(...skills), fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
      tz: fc.constantFrom('Europe/Paris', 'Asia/Tokyo', null),
    });
    fc.assert(
      fc.property(
        fc.array(arbPerson, { minLength: 150, maxLength: 400 }),
        fc.array(arbPerson, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('any' as const, 'same-department' as const),
        fc.constantFrom('reverse' as const, 'mutual' as const),
        fc.record({
          giveBackPercent: fc.nat(7),
          balancePercent: fc.nat(5),
          crossDepartment: fc.nat(9),
          timeZone: fc.nat(9),
          timeZoneWindowMinutes: fc.constant(180),
          prefer: fc.constant(0),
        }),
        (mentorRows, menteeRows, k, scope, mode, weights) => {
          const make =
            (side: 'mentor' | 'mentee') =>
            (r: (typeof mentorRows)[number], i: number): Participant =>
              person(`${side[2]}${i}`, side, {
                department: r.dept,
                level: r.level,
                knows: new Map(r.knows),
                wants: new Map(r.wants),
                timeZone: r.tz,
              });
          const mentors = mentorRows.map(make('mentor'));
          const mentees = menteeRows.map(make('mentee'));
          const table = buildScoringTable(mentors, mentees, rulesWith({ scope, mode, minLevelGap: 1 }), weights);
          const mentorOpen = new Uint8Array(mentors.length).fill(1);
          const menteeOpen = new Uint8Array(mentees.length).fill(1);
          const all = matrix(table, mentorOpen, menteeOpen);
          expect(scan(table, mentorOpen, menteeOpen, k, 2, [])).toEqual(expected(all, mentors.length, k, 2));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('mergeEdges', () => {
  const arbEdges = fc
    .array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 40 })
    // A pair's score is a function of the pair, as it is in the engine.
    .map((list) => ({
      mentor: Int32Array.from(list, (e) => e[0]),
      mentee: Int32Array.from(list, (e) => e[1]),
      score: Int32Array.from(list, (e) => (e[0] * 7 + e[1] * 3) % 10),
    }));
  it('property: merging into a sorted union equals the union of both', () => {
    fc.assert(
      fc.property(arbEdges, arbEdges, (first, extra) => {
        const base = unionEdges([first]);
        expect(mergeEdges(base, extra)).toEqual(unionEdges([base, extra]));
      }),
      { numRuns: 500 },
    );
  });
});
