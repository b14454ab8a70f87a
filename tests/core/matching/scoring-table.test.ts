import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRulesIndex, EXCLUSION_REASONS, exclusionReason } from '../../../src/core/matching/eligibility.js';
import { menteeExclusions, mentorExclusions } from '../../../src/core/matching/exclusion-counts.js';
import { DEFAULT_WEIGHTS, scorePair } from '../../../src/core/matching/score.js';
import { buildScoringTable, rowScratch, scoreRow } from '../../../src/core/matching/scoring-table.js';
import { arbInstance, person, rulesWith } from './arbitrary-program.js';

describe('scoreRow', () => {
  it('property: equals exclusionReason + scorePair on every pair', () => {
    fc.assert(
      fc.property(arbInstance(), ({ mentors, mentees, rules, weights }) => {
        const table = buildScoringTable(mentors, mentees, rules, weights);
        const index = buildRulesIndex([...mentors, ...mentees], rules);
        const out = new Int32Array(mentors.length);
        const scratch = rowScratch(table);
        mentees.forEach((e, j) => {
          scoreRow(table, j, out, scratch);
          mentors.forEach((m, i) => {
            const why = exclusionReason(m, e, rules, index);
            expect(out[i]).toBe(why ? -(EXCLUSION_REASONS.indexOf(why) + 1) : scorePair(m, e, rules, weights));
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('exclusion counts', () => {
  it('counts, per person, which rule excluded how many of the other side', () => {
    const mentors = [
      person('boss-kid', 'mentor', { managerId: 'sen' }),
      person('too-senior', 'mentor', { level: 6 }),
      person('avoider', 'mentor', { avoid: ['sen'] }),
      person('fine', 'mentor'),
      person('ex', 'mentor'),
    ];
    const mentees = [person('sen', 'mentee'), person('other', 'mentee')];
    const table = buildScoringTable(mentors, mentees, rulesWith({ previousPairs: [['ex', 'sen']], lockedPairs: [['fine', 'other']] }));
    expect(menteeExclusions(table, 0)).toEqual({
      eligible: 1,
      excluded: { same_person: 0, reporting_chain: 1, level_gap: 1, scope: 0, previous_partner: 1, forbidden: 0, avoid: 1, locked_elsewhere: 0 },
    });
    // "other" is locked with "fine": every other mentor is excluded by the lock, after the earlier rules.
    expect(menteeExclusions(table, 1)).toEqual({
      eligible: 1,
      excluded: { same_person: 0, reporting_chain: 0, level_gap: 1, scope: 0, previous_partner: 0, forbidden: 0, avoid: 0, locked_elsewhere: 3 },
    });
    expect(mentorExclusions(table, 1)).toEqual({
      eligible: 0,
      excluded: { same_person: 0, reporting_chain: 0, level_gap: 2, scope: 0, previous_partner: 0, forbidden: 0, avoid: 0, locked_elsewhere: 0 },
    });
  });
});

describe('buildScoringTable', () => {
  it('rejects levels, priorities, weights and gaps it cannot score exactly', () => {
    const ok = person('e', 'mentee');
    expect(() => buildScoringTable([person('m', 'mentor', { knows: new Map([['ai', 7]]) })], [ok], rulesWith())).toThrow(/level 7/);
    expect(() => buildScoringTable([person('m', 'mentor')], [person('e', 'mentee', { wants: new Map([['ai', 0]]) })], rulesWith())).toThrow(/priority 0/);
    expect(() => buildScoringTable([person('m', 'mentor', { level: 1.5 })], [ok], rulesWith())).toThrow(/whole number/);
    expect(() => buildScoringTable([person('m', 'mentor')], [ok], rulesWith(), { ...DEFAULT_WEIGHTS, timeZone: 1.5 })).toThrow(/timeZone/);
    expect(() => buildScoringTable([person('m', 'mentor')], [ok], rulesWith(), { ...DEFAULT_WEIGHTS, crossDepartment: 2 ** 31 })).toThrow(/too large/);
    expect(() => buildScoringTable([person('m', 'mentor')], [ok], rulesWith({ minLevelGap: 0.5 }))).toThrow(/minLevelGap/);
  });
});
