// Random small programs exercising every rule and bonus, shared by the matching engine's property tests.
import fc from 'fast-check';
import type { MatchRules, Participant } from '../../../src/core/matching/types.js';
import type { ScoringWeights } from '../../../src/core/matching/score.js';

export function person(id: string, side: 'mentor' | 'mentee', extra: Partial<Participant> = {}): Participant {
  return {
    id,
    side,
    department: 'Sales',
    level: side === 'mentor' ? 2 : 7,
    managerId: null,
    knows: new Map(),
    wants: new Map(),
    prefer: [],
    avoid: [],
    ...extra,
  };
}

export function rulesWith(extra: Partial<MatchRules> = {}): MatchRules {
  return {
    mode: 'reverse',
    minLevelGap: 2,
    scope: 'any',
    defaultCapacity: 1,
    managerOf: new Map(),
    previousPairs: [],
    forbiddenPairs: [],
    lockedPairs: [],
    ...extra,
  };
}

export interface Instance {
  mentors: Participant[];
  mentees: Participant[];
  rules: MatchRules;
  weights: ScoringWeights;
}

/** Random small programs exercising every rule and bonus. */
export function arbInstance(maxPerSide = 7): fc.Arbitrary<Instance> {
  const skill = fc.constantFrom('ai', 'tiktok', 'excel', 'deals', 'finance');
  const pair = (n: number) => fc.tuple(fc.nat(n - 1), fc.nat(n - 1));
  return fc
    .record({
      nM: fc.integer({ min: 1, max: maxPerSide }),
      nJ: fc.integer({ min: 1, max: maxPerSide }),
    })
    .chain(({ nM, nJ }) => {
      const n = Math.max(nM, nJ);
      const side = (count: number, lo: number, hi: number) =>
        fc.array(
          fc.record({
            level: fc.integer({ min: lo, max: hi }),
            department: fc.constantFrom('A', 'B', 'C'),
            knows: fc.array(fc.tuple(skill, fc.integer({ min: 1, max: 5 })), { maxLength: 5 }),
            wants: fc.array(fc.tuple(skill, fc.integer({ min: 1, max: 3 })), { maxLength: 4 }),
            timeZone: fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', null),
            prefer: fc.array(fc.nat(n - 1), { maxLength: 2 }),
            avoid: fc.array(fc.nat(n - 1), { maxLength: 1 }),
            manager: fc.option(fc.nat(2 * n + 1), { nil: null }),
          }),
          { minLength: count, maxLength: count },
        );
      return fc.record({
        nM: fc.constant(nM),
        nJ: fc.constant(nJ),
        mentors: side(nM, 1, 6),
        mentees: side(nJ, 3, 9),
        mode: fc.constantFrom('reverse' as const, 'mutual' as const),
        gap: fc.integer({ min: 0, max: 3 }),
        scope: fc.constantFrom('any' as const, 'same-department' as const, 'cross-department' as const),
        previous: fc.array(pair(n), { maxLength: 2 }),
        forbidden: fc.array(pair(n), { maxLength: 2 }),
        locked: fc.array(pair(n), { maxLength: 2 }),
        weights: fc.record({
          giveBackPercent: fc.nat(100),
          balancePercent: fc.nat(100),
          crossDepartment: fc.nat(100),
          timeZone: fc.nat(100),
          timeZoneWindowMinutes: fc.constantFrom(0, 180),
          prefer: fc.nat(100),
        }),
      });
    })
    .map((x) => {
      const mid = (i: number) => `m${i % x.nM}`;
      const eid = (i: number) => `e${i % x.nJ}`;
      // Managers: other participants of either side or outsiders o0.. (cycles allowed).
      const managerName = (k: number | null) =>
        k === null ? null : k < x.nM ? `m${k}` : k < x.nM + x.nJ ? `e${k - x.nM}` : `o${k % 3}`;
      const managerOf = new Map<string, string | null>([
        ['o0', 'o1'],
        ['o1', null],
        ['o2', 'e0'],
      ]);
      const people = (records: typeof x.mentors, side: 'mentor' | 'mentee', prefix: string, other: (i: number) => string) =>
        records.map((r, i) =>
          person(`${prefix}${i}`, side, {
            level: r.level,
            department: r.department,
            knows: new Map(r.knows),
            wants: new Map(r.wants),
            timeZone: r.timeZone,
            prefer: r.prefer.map(other),
            avoid: r.avoid.map(other),
            managerId: managerName(r.manager),
          }),
        );
      const mentors = people(x.mentors, 'mentor', 'm', eid);
      const mentees = people(x.mentees, 'mentee', 'e', mid);
      for (const p of [...mentors, ...mentees]) managerOf.set(p.id, p.managerId);
      // Each mentee locked at most once (as the solver requires).
      const locked = new Map<string, string>();
      for (const [a, b] of x.locked) locked.set(eid(b), mid(a));
      const rules = rulesWith({
        mode: x.mode,
        minLevelGap: x.gap,
        scope: x.scope,
        managerOf,
        previousPairs: x.previous.map(([a, b]) => [mid(a), eid(b)] as const),
        forbiddenPairs: x.forbidden.map(([a, b]) => [eid(b), mid(a)] as const),
        lockedPairs: [...locked].map(([e, m]) => [m, e] as const),
      });
      return { mentors, mentees, rules, weights: x.weights };
    });
}

