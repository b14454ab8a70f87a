// "A re-match never repeats a partner", end to end: program settings → programRules → the
// matching use case. Previous pairs are the program's ended, declined and expired pairs (in
// any program), listed mentor first, though people may have swapped sides since.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchParticipants } from '../../../src/app/matching/match-participants.js';
import { programRules, type ProgramMatchSettings } from '../../../src/core/programs/program-rules.js';
import type { Participant } from '../../../src/core/matching/types.js';
import { arbInstance, person } from '../matching/arbitrary-program.js';

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const arbSettings: fc.Arbitrary<ProgramMatchSettings> = fc.record({
  mode: fc.constantFrom('reverse' as const, 'mutual' as const),
  scopeKind: fc.constantFrom('department' as const, 'organization' as const),
  requireCrossDepartment: fc.boolean(),
  minLevelGap: fc.integer({ min: 0, max: 3 }),
  mentorCapacity: fc.integer({ min: 1, max: 3 }),
});

/** A program, its settings, and a random set of earlier pairs (either way round) among its people. */
const arbRound = arbInstance(6).chain((inst) => {
  const allPairs = inst.mentors.flatMap((m) => inst.mentees.map((e) => [m.id, e.id] as const));
  return fc.record({
    inst: fc.constant(inst),
    settings: arbSettings,
    previous: fc
      .subarray(allPairs)
      .chain((pairs) => fc.tuple(...pairs.map(([m, e]) => fc.constantFrom([m, e] as const, [e, m] as const)))),
    objective: fc.constantFrom('coverage' as const, 'score' as const),
  });
});

describe('re-matching a program', () => {
  it('property: never pairs two people who were partners before', async () => {
    await fc.assert(
      fc.asyncProperty(arbRound, async ({ inst, settings, previous, objective }) => {
        const before = new Set(previous.map(([a, b]) => key(a, b)));
        // Live pairs stay locked; none of them can be a previous pair, and a mentor keeps to capacity.
        const load = new Map<string, number>();
        const lockedPairs = inst.rules.lockedPairs.filter(([m, e]) => {
          if (before.has(key(m, e)) || (load.get(m) ?? 0) >= settings.mentorCapacity) return false;
          load.set(m, (load.get(m) ?? 0) + 1);
          return true;
        });
        const rules = programRules(settings, {
          managerOf: inst.rules.managerOf,
          previousPairs: previous,
          forbiddenPairs: [],
          lockedPairs,
        });
        const outcome = await matchParticipants({
          participants: [...inst.mentors, ...inst.mentees],
          rules,
          weights: inst.weights,
          objective,
        });
        for (const pair of outcome.pairs)
          expect(before.has(key(pair.mentorId, pair.menteeId)), `${pair.mentorId}–${pair.menteeId}`).toBe(false);
        // Locked pairs may break other rules (a reorganization since), never this one.
        for (const warning of outcome.warnings) expect(warning).not.toContain('previous_partner');
      }),
      { numRuns: 40 },
    );
  });

  it('pairs people with someone new, and leaves out with its reason the one who has had every mentor', async () => {
    const knows = new Map([['ai', 5]]);
    const wants = new Map([['ai', 3]]);
    const people: Participant[] = [
      person('m0', 'mentor', { knows }),
      person('m1', 'mentor', { knows, department: 'Finance' }),
      person('m2', 'mentor', { knows }),
      person('e0', 'mentee', { wants }),
      person('e1', 'mentee', { wants }),
      person('e2', 'mentee', { wants }),
    ];
    const settings: ProgramMatchSettings = {
      mode: 'reverse',
      scopeKind: 'organization',
      requireCrossDepartment: false,
      minLevelGap: 2,
      mentorCapacity: 1,
    };
    // m0–e0 and m1–e1 ended; e2 has been with every mentor already.
    const previousPairs = [
      ['m0', 'e0'],
      ['m1', 'e1'],
      ['m0', 'e2'],
      ['e2', 'm1'],
      ['m2', 'e2'],
    ] as const;
    const rules = programRules(settings, { managerOf: new Map(), previousPairs, forbiddenPairs: [], lockedPairs: [] });
    const outcome = await matchParticipants({ participants: people, rules, objective: 'coverage' });
    const pairs = outcome.pairs.map((p) => `${p.mentorId}–${p.menteeId}`).sort();
    expect(pairs).toHaveLength(2);
    expect(pairs).not.toContain('m0–e0');
    expect(pairs).not.toContain('m1–e1');
    expect(outcome.pairs.some((p) => p.menteeId === 'e2')).toBe(false);
    expect(outcome.unmatchedMentees).toEqual([
      { id: 'e2', reason: 'no_eligible_partner', excluded: expect.objectContaining({ previous_partner: 3 }) },
    ]);
  });
});
