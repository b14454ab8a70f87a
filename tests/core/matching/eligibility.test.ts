import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allExclusionReasons,
  buildRulesIndex,
  exclusionReason,
  isLockedPair,
  type ExclusionReason,
} from '../../../src/core/matching/eligibility.js';
import type { MatchRules, Participant } from '../../../src/core/matching/types.js';
import { person, rulesWith } from './arbitrary-program.js';

function reason(
  mentor: Participant,
  mentee: Participant,
  rules: MatchRules,
  others: Participant[] = [],
): ExclusionReason | null {
  return exclusionReason(mentor, mentee, rules, buildRulesIndex([mentor, mentee, ...others], rules));
}

describe('exclusionReason', () => {
  const mentor = person('jun', 'mentor');
  const mentee = person('sen', 'mentee');

  it('accepts a plain pair', () => {
    expect(reason(mentor, mentee, rulesWith())).toBeNull();
  });

  it('excludes the same person', () => {
    expect(reason(mentor, person('jun', 'mentee'), rulesWith())).toBe('same_person');
  });

  describe('reporting chain', () => {
    it('excludes a mentee who is the mentor’s direct manager, and the other way round', () => {
      const managerOf = new Map([['jun', 'sen']]);
      expect(reason(mentor, mentee, rulesWith({ managerOf }))).toBe('reporting_chain');
      const upward = new Map([['sen', 'jun']]);
      expect(reason(mentor, mentee, rulesWith({ managerOf: upward }))).toBe('reporting_chain');
    });

    it('excludes the chain at depth 3 and more, through people who are not participants', () => {
      // jun → lead → head → vp → sen (depth 4); the middle three are not participants.
      const managerOf = new Map<string, string | null>([
        ['jun', 'lead'],
        ['lead', 'head'],
        ['head', 'vp'],
        ['vp', 'sen'],
        ['sen', null],
      ]);
      expect(reason(mentor, mentee, rulesWith({ managerOf }))).toBe('reporting_chain');
      // Depth 3, the other direction: sen → a → b → jun.
      const down = new Map<string, string | null>([
        ['sen', 'a'],
        ['a', 'b'],
        ['b', 'jun'],
      ]);
      expect(reason(mentor, mentee, rulesWith({ managerOf: down }))).toBe('reporting_chain');
    });

    it('does not exclude people who merely share a manager or a distant root', () => {
      const managerOf = new Map<string, string | null>([
        ['jun', 'boss'],
        ['sen', 'boss'],
        ['boss', 'ceo'],
      ]);
      expect(reason(mentor, mentee, rulesWith({ managerOf }))).toBeNull();
      const cousins = new Map<string, string | null>([
        ['jun', 'l1'],
        ['l1', 'ceo'],
        ['sen', 'l2'],
        ['l2', 'ceo'],
      ]);
      expect(reason(mentor, mentee, rulesWith({ managerOf: cousins }))).toBeNull();
    });

    it('uses a participant’s own managerId where managerOf has no entry', () => {
      const m = person('jun', 'mentor', { managerId: 'lead' });
      const rules = rulesWith({ managerOf: new Map([['lead', 'sen']]) });
      expect(reason(m, mentee, rules)).toBe('reporting_chain');
    });

    it('survives a manager cycle: people on it are in each other’s chain and in the chain of those under it', () => {
      const managerOf = new Map<string, string | null>([
        ['sen', 'a'],
        ['a', 'b'],
        ['b', 'sen'],
        ['jun', 'b'],
        ['peer', 'a'],
        ['x', 'x'],
      ]);
      const rules = rulesWith({ managerOf });
      expect(reason(mentor, mentee, rules)).toBe('reporting_chain'); // sen is above jun through the cycle
      expect(reason(person('a', 'mentor'), mentee, rules)).toBe('reporting_chain'); // both on the cycle
      expect(reason(mentor, person('peer', 'mentee'), rules)).toBeNull(); // both under the cycle: not a chain
      const outsider = person('out', 'mentee');
      expect(reason(mentor, outsider, rules)).toBeNull();
      expect(reason(person('x', 'mentor'), outsider, rules)).toBeNull();
    });

    it('handles a 100,000-deep chain without recursion', () => {
      const managerOf = new Map<string, string | null>();
      managerOf.set('jun', 'p0');
      for (let i = 0; i < 100_000; i++) managerOf.set(`p${i}`, `p${i + 1}`);
      managerOf.set('p100000', 'sen');
      expect(reason(mentor, mentee, rulesWith({ managerOf }))).toBe('reporting_chain');
    });
  });

  describe('level gap', () => {
    it('reverse mode: mentee.level − mentor.level must be at least the gap', () => {
      expect(
        reason(person('j', 'mentor', { level: 3 }), person('s', 'mentee', { level: 5 }), rulesWith({ minLevelGap: 2 })),
      ).toBeNull();
      expect(
        reason(person('j', 'mentor', { level: 4 }), person('s', 'mentee', { level: 5 }), rulesWith({ minLevelGap: 2 })),
      ).toBe('level_gap');
    });

    it('mutual mode keeps the same direction: a more senior mentor is excluded even with a large difference', () => {
      const rules = rulesWith({ mode: 'mutual', minLevelGap: 2 });
      expect(reason(person('j', 'mentor', { level: 2 }), person('s', 'mentee', { level: 6 }), rules)).toBeNull();
      expect(reason(person('j', 'mentor', { level: 8 }), person('s', 'mentee', { level: 3 }), rules)).toBe('level_gap');
    });
  });

  describe('scope', () => {
    const sales = person('j', 'mentor', { department: 'Sales' });
    const salesSenior = person('s', 'mentee', { department: 'Sales' });
    const finance = person('f', 'mentee', { department: 'Finance' });
    it('any: both', () => {
      const rules = rulesWith({ scope: 'any' });
      expect(reason(sales, salesSenior, rules)).toBeNull();
      expect(reason(sales, finance, rules)).toBeNull();
    });
    it('same-department (a pilot): only the same department', () => {
      const rules = rulesWith({ scope: 'same-department' });
      expect(reason(sales, salesSenior, rules)).toBeNull();
      expect(reason(sales, finance, rules)).toBe('scope');
    });
    it('cross-department: only different departments', () => {
      const rules = rulesWith({ scope: 'cross-department' });
      expect(reason(sales, salesSenior, rules)).toBe('scope');
      expect(reason(sales, finance, rules)).toBeNull();
    });
  });

  it('excludes previous partners, listed in either order', () => {
    expect(reason(mentor, mentee, rulesWith({ previousPairs: [['jun', 'sen']] }))).toBe('previous_partner');
    expect(reason(mentor, mentee, rulesWith({ previousPairs: [['sen', 'jun']] }))).toBe('previous_partner');
    expect(reason(mentor, mentee, rulesWith({ previousPairs: [['jun', 'other']] }))).toBeNull();
  });

  it('excludes forbidden pairs', () => {
    expect(reason(mentor, mentee, rulesWith({ forbiddenPairs: [['jun', 'sen']] }))).toBe('forbidden');
  });

  it('excludes a pair when either side avoids the other', () => {
    expect(reason(person('jun', 'mentor', { avoid: ['sen'] }), mentee, rulesWith())).toBe('avoid');
    expect(reason(mentor, person('sen', 'mentee', { avoid: ['jun'] }), rulesWith())).toBe('avoid');
    expect(reason(mentor, person('sen', 'mentee', { avoid: ['someone-else'] }), rulesWith())).toBeNull();
  });

  describe('locked pairs', () => {
    const other = person('other', 'mentor');
    const otherMentee = person('om', 'mentee');
    const rules = rulesWith({ lockedPairs: [['jun', 'sen']] });
    const index = buildRulesIndex([mentor, mentee, other, otherMentee], rules);

    it('a locked mentee may not be paired with anyone else', () => {
      expect(exclusionReason(other, mentee, rules, index)).toBe('locked_elsewhere');
    });
    it('a locked mentor stays available to others (capacity is the solver’s business)', () => {
      expect(exclusionReason(mentor, otherMentee, rules, index)).toBeNull();
    });
    it('the locked pair itself is eligible, even against other rules, and allExclusionReasons still names them', () => {
      const strict = rulesWith({
        lockedPairs: [['jun', 'sen']],
        managerOf: new Map([['jun', 'sen']]),
        previousPairs: [['jun', 'sen']],
        minLevelGap: 9,
      });
      const ix = buildRulesIndex([mentor, mentee], strict);
      expect(exclusionReason(mentor, mentee, strict, ix)).toBeNull();
      expect(isLockedPair(mentor, mentee, ix)).toBe(true);
      expect(allExclusionReasons(mentor, mentee, strict, ix)).toEqual([
        'reporting_chain',
        'level_gap',
        'previous_partner',
      ]);
    });
  });

  it('reports the first failing rule in the documented order, and allExclusionReasons lists them all', () => {
    const m = person('jun', 'mentor', { level: 6, department: 'Sales', avoid: ['sen'] });
    const j = person('sen', 'mentee', { level: 7, department: 'Sales' });
    const rules = rulesWith({
      scope: 'cross-department',
      forbiddenPairs: [['jun', 'sen']],
      previousPairs: [['jun', 'sen']],
      lockedPairs: [['x', 'sen']],
    });
    const ix = buildRulesIndex([m, j, person('x', 'mentor')], rules);
    expect(exclusionReason(m, j, rules, ix)).toBe('level_gap');
    expect(allExclusionReasons(m, j, rules, ix)).toEqual([
      'level_gap',
      'scope',
      'previous_partner',
      'forbidden',
      'avoid',
      'locked_elsewhere',
    ]);
  });

  it('refuses a participant the index does not know', () => {
    const rules = rulesWith();
    const ix = buildRulesIndex([mentor], rules);
    expect(() => exclusionReason(mentor, mentee, rules, ix)).toThrow(/not in the rules index/);
  });

  it('agrees with a naive reference on random organizations (including manager cycles)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const arb = fc.record({
      managers: fc.array(fc.option(fc.constantFrom(...ids), { nil: null }), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      levels: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: ids.length, maxLength: ids.length }),
      depts: fc.array(fc.constantFrom('X', 'Y'), { minLength: ids.length, maxLength: ids.length }),
      avoid: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
      previous: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
      forbidden: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
      locked: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 2 }),
      gap: fc.integer({ min: -2, max: 4 }),
      scope: fc.constantFrom('any' as const, 'same-department' as const, 'cross-department' as const),
      mode: fc.constantFrom('reverse' as const, 'mutual' as const),
    });
    fc.assert(
      fc.property(arb, (x) => {
        const managerOf = new Map(ids.map((id, i) => [id, x.managers[i] ?? null]));
        const people = ids.map((id, i) =>
          person(id, 'mentor', {
            level: x.levels[i] as number,
            department: x.depts[i] as string,
            avoid: x.avoid.filter(([a]) => a === id).map(([, b]) => b),
          }),
        );
        const rules = rulesWith({
          mode: x.mode,
          minLevelGap: x.gap,
          scope: x.scope,
          managerOf,
          previousPairs: x.previous,
          forbiddenPairs: x.forbidden,
          lockedPairs: x.locked,
        });
        const ix = buildRulesIndex(people, rules);
        const above = (id: string): Set<string> => {
          const seen = new Set<string>();
          for (let cur = managerOf.get(id) ?? null; cur !== null && !seen.has(cur); cur = managerOf.get(cur) ?? null)
            seen.add(cur);
          return seen;
        };
        const has = (list: ReadonlyArray<readonly [string, string]>, a: string, b: string) =>
          list.some(([p, q]) => (p === a && q === b) || (p === b && q === a));
        for (const m of people) {
          for (const j of people) {
            let expected: ExclusionReason | null = null;
            const locked = x.locked.some(([p, q]) => p === m.id && q === j.id);
            if (m.id === j.id) expected = 'same_person';
            else if (locked) expected = null;
            else if (above(m.id).has(j.id) || above(j.id).has(m.id)) expected = 'reporting_chain';
            else if (j.level - m.level < x.gap) expected = 'level_gap';
            else if (
              (x.scope === 'same-department' && m.department !== j.department) ||
              (x.scope === 'cross-department' && m.department === j.department)
            )
              expected = 'scope';
            else if (has(x.previous, m.id, j.id)) expected = 'previous_partner';
            else if (has(x.forbidden, m.id, j.id)) expected = 'forbidden';
            else if (has(x.avoid, m.id, j.id)) expected = 'avoid';
            else if (x.locked.some(([, q]) => q === j.id)) expected = 'locked_elsewhere';
            expect(exclusionReason(m, j, rules, ix)).toBe(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 100,000-deep reporting line without recursion', () => {
    const n = 100_000;
    const managerOf = new Map<string, string | null>([['p0', null]]);
    for (let i = 1; i < n; i++) managerOf.set(`p${i}`, `p${i - 1}`);
    const bottom = person(`p${n - 1}`, 'mentor', { level: 1 });
    const top = person('p0', 'mentee', { level: 9 });
    const outsider = person('x', 'mentee', { level: 9 });
    const rules = rulesWith({ managerOf });
    const ix = buildRulesIndex([bottom, top, outsider], rules);
    expect(exclusionReason(bottom, top, rules, ix)).toBe('reporting_chain');
    expect(exclusionReason(bottom, outsider, rules, ix)).toBeNull();
  });
});
