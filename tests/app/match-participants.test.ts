import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchParticipants } from '../../src/app/matching/match-participants.js';
import { buildRulesIndex, allExclusionReasons } from '../../src/core/matching/eligibility.js';
import type { Participant } from '../../src/core/matching/types.js';
import { generateProgram, rulesFor } from '../../bench/synthetic-program.js';
import { arbInstance, person, rulesWith } from '../core/matching/arbitrary-program.js';

describe('matchParticipants', () => {
  it('property: no pair breaks a rule (reporting chain, scope, level gap, avoid, previous, forbidden), capacities hold, locked pairs stay', async () => {
    await fc.assert(
      fc.asyncProperty(arbInstance(7), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 7, maxLength: 7 }), async (inst, caps) => {
        const mentors = inst.mentors.map((m, i) => ({ ...m, capacity: caps[i] ?? 1 }));
        // Keep the locks that fit the capacities.
        const load = new Map<string, number>();
        const lockedPairs = inst.rules.lockedPairs.filter(([m]) => {
          const cap = mentors.find((x) => x.id === m)?.capacity ?? 1;
          load.set(m, (load.get(m) ?? 0) + 1);
          return (load.get(m) as number) <= cap;
        });
        const rules = { ...inst.rules, lockedPairs };
        const out = await matchParticipants({ participants: [...mentors, ...inst.mentees], rules, weights: inst.weights, objective: 'coverage' });
        expect(out.optimal).toBe(true);
        const index = buildRulesIndex([...mentors, ...inst.mentees], rules);
        const byId = new Map<string, Participant>([...mentors, ...inst.mentees].map((p) => [p.id, p]));
        const menteeSeen = new Set<string>();
        const mentorLoad = new Map<string, number>();
        for (const p of out.pairs) {
          const isLocked = lockedPairs.some(([m, e]) => m === p.mentorId && e === p.menteeId);
          expect(p.locked).toBe(isLocked);
          if (!isLocked) expect(allExclusionReasons(byId.get(p.mentorId)!, byId.get(p.menteeId)!, rules, index)).toEqual([]);
          expect(menteeSeen.has(p.menteeId)).toBe(false);
          menteeSeen.add(p.menteeId);
          mentorLoad.set(p.mentorId, (mentorLoad.get(p.mentorId) ?? 0) + 1);
          expect(mentorLoad.get(p.mentorId)).toBeLessThanOrEqual(byId.get(p.mentorId)!.capacity ?? 1);
          expect(out.explain(p).score).toBe(p.score);
        }
        for (const [m, e] of lockedPairs) expect(out.pairs.some((p) => p.mentorId === m && p.menteeId === e)).toBe(true);
        expect(out.pairs.length + out.unmatchedMentees.length).toBe(inst.mentees.length);
      }),
      { numRuns: 120 },
    );
  });

  it('gives the same pairs whatever the order of the people, and with or without worker threads', async () => {
    const program = generateProgram(300, 5);
    const rules = rulesFor(program, 'mutual');
    const people = [...program.mentors, ...program.mentees];
    const local = await matchParticipants({ participants: people, rules, objective: 'coverage', workers: 1 });
    const shuffled = [...people].sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));
    const pooled = await matchParticipants({ participants: shuffled, rules, objective: 'coverage', workers: 2, poolFromPairs: 0 });
    expect(local.optimal).toBe(true);
    expect(pooled.pairs).toEqual(local.pairs);
    expect({ total: pooled.total, blocking: pooled.blockingPairs }).toEqual({ total: local.total, blocking: local.blockingPairs });
  });

  it('says why each unmatched person has no partner', async () => {
    const knows = new Map([['ai', 5]]);
    const wants = new Map([['ai', 2]]);
    const people = [
      person('m-busy', 'mentor', { knows }),
      person('m-senior', 'mentor', { level: 9, knows }),
      person('e-first', 'mentee', { wants }),
      person('e-second', 'mentee', { wants }),
      person('e-junior', 'mentee', { level: 1, wants }),
    ];
    const out = await matchParticipants({ participants: people, rules: rulesWith(), objective: 'coverage' });
    expect(out.pairs.map((p) => p.mentorId)).toEqual(['m-busy']);
    const reasons = Object.fromEntries(out.unmatchedMentees.map((u) => [u.id, u]));
    const pairedMentee = out.pairs[0]!.menteeId === 'e-first' ? 'e-second' : 'e-first';
    expect(reasons[pairedMentee]).toMatchObject({ reason: 'partners_taken', excluded: null });
    expect(reasons['e-junior']).toMatchObject({ reason: 'no_eligible_partner', excluded: { level_gap: 2, reporting_chain: 0 } });
    expect(out.unmatchedMentors).toEqual([{ id: 'm-senior', reason: 'no_eligible_partner', excluded: expect.objectContaining({ level_gap: 3 }) }]);
  });

  it('leaves a pair that adds nothing unmade with the score objective, and says so', async () => {
    const people = [person('m', 'mentor'), person('e', 'mentee')];
    const rules = rulesWith();
    const weights = { giveBackPercent: 0, balancePercent: 0, crossDepartment: 0, timeZone: 0, timeZoneWindowMinutes: 0, prefer: 0 };
    const score = await matchParticipants({ participants: people, rules, weights, objective: 'score' });
    expect(score.pairs).toEqual([]);
    expect(score.unmatchedMentees).toEqual([{ id: 'e', reason: 'no_gain', excluded: null }]);
    const coverage = await matchParticipants({ participants: people, rules, weights, objective: 'coverage' });
    expect(coverage.pairs).toHaveLength(1);
  });

  it('refuses bad locked pairs and duplicate ids with the row and column', async () => {
    const people = [person('m', 'mentor'), person('e', 'mentee'), person('f', 'mentee')];
    await expect(matchParticipants({ participants: people, rules: rulesWith({ lockedPairs: [['m', 'e'], ['m', 'f']] }), objective: 'coverage' })).rejects.toMatchObject({
      code: 'validation_failed',
      extra: { rows: [{ row: 2, column: 'mentor', message: '"m" has more locked pairs than its capacity (1)' }] },
    });
    await expect(matchParticipants({ participants: [...people, person('m', 'mentee')], rules: rulesWith(), objective: 'coverage' })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
