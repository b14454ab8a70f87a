import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCandidateEdges } from '../../../src/core/matching/build-edges.js';
import { buildRulesIndex, EXCLUSION_REASONS, exclusionReason } from '../../../src/core/matching/eligibility.js';
import { DEFAULT_WEIGHTS, scorePair, type ScoringWeights } from '../../../src/core/matching/score.js';
import type { Edge, MatchRules, Participant } from '../../../src/core/matching/types.js';

function person(id: string, side: 'mentor' | 'mentee', extra: Partial<Participant> = {}): Participant {
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

function rulesWith(extra: Partial<MatchRules> = {}): MatchRules {
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

interface Instance {
  mentors: Participant[];
  mentees: Participant[];
  rules: MatchRules;
  weights: ScoringWeights;
}

/** Random small programs exercising every rule and bonus. */
function arbInstance(maxPerSide = 7): fc.Arbitrary<Instance> {
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
      const mentors = x.mentors.map((r, i) =>
        person(`m${i}`, 'mentor', {
          level: r.level,
          department: r.department,
          knows: new Map(r.knows),
          wants: new Map(r.wants),
          timeZone: r.timeZone,
          prefer: r.prefer.map(eid),
          avoid: r.avoid.map(eid),
          managerId: managerName(r.manager),
        }),
      );
      const mentees = x.mentees.map((r, i) =>
        person(`e${i}`, 'mentee', {
          level: r.level,
          department: r.department,
          knows: new Map(r.knows),
          wants: new Map(r.wants),
          timeZone: r.timeZone,
          prefer: r.prefer.map(mid),
          avoid: r.avoid.map(mid),
          managerId: managerName(r.manager),
        }),
      );
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

/** The reference: every pair through exclusionReason and scorePair. */
function bruteForce({ mentors, mentees, rules, weights }: Instance): {
  edges: Edge[];
  reasons: Array<Record<string, number>>;
} {
  const index = buildRulesIndex([...mentors, ...mentees], rules);
  const edges: Edge[] = [];
  const reasons = mentees.map(() => Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<string, number>);
  mentees.forEach((e, j) =>
    mentors.forEach((m, i) => {
      const why = exclusionReason(m, e, rules, index);
      if (why) (reasons[j] as Record<string, number>)[why]! += 1;
      else edges.push({ mentor: i, mentee: j, score: scorePair(m, e, rules, weights) });
    }),
  );
  return { edges, reasons };
}

const byScoreThenIndex = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];

describe('buildCandidateEdges', () => {
  it('property: all pairs mode equals exclusionReason + scorePair over every pair, with the per-rule counts', () => {
    fc.assert(
      fc.property(arbInstance(), (inst) => {
        const { edges, exclusions } = buildCandidateEdges(inst.mentors, inst.mentees, inst.rules, inst.weights);
        const ref = bruteForce(inst);
        expect(edges).toEqual(ref.edges);
        expect(exclusions.byMentee.map((x) => x.excluded)).toEqual(ref.reasons);
        exclusions.byMentee.forEach((x, j) => expect(x.eligible).toBe(ref.edges.filter((e) => e.mentee === j).length));
        exclusions.byMentor.forEach((x, i) => {
          expect(x.eligible).toBe(ref.edges.filter((e) => e.mentor === i).length);
          expect(x.eligible + Object.values(x.excluded).reduce((a, b) => a + b, 0)).toBe(inst.mentees.length);
        });
        // Every locked pair is an edge (the solver requires it).
        for (const [m, e] of inst.rules.lockedPairs)
          expect(edges.some((x) => x.mentor === Number(m.slice(1)) && x.mentee === Number(e.slice(1)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: limitPerMentee keeps each mentee’s top k and each mentor’s top k (ties to the lower index), plus locked pairs, and nothing else', () => {
    fc.assert(
      fc.property(arbInstance(8), fc.integer({ min: 0, max: 4 }), (inst, k) => {
        const ref = bruteForce(inst).edges;
        const { edges } = buildCandidateEdges(inst.mentors, inst.mentees, inst.rules, inst.weights, {
          limitPerMentee: k,
        });
        const expected = new Map<string, number>();
        inst.mentees.forEach((_, j) => {
          const mine = ref.filter((e) => e.mentee === j).map((e) => [e.mentor, e.score] as [number, number]);
          for (const [m, s] of mine.sort(byScoreThenIndex).slice(0, k)) expected.set(`${m}:${j}`, s);
        });
        inst.mentors.forEach((_, m) => {
          const mine = ref.filter((e) => e.mentor === m).map((e) => [e.mentee, e.score] as [number, number]);
          for (const [j, s] of mine.sort(byScoreThenIndex).slice(0, k)) expected.set(`${m}:${j}`, s);
        });
        for (const [mId, eId] of inst.rules.lockedPairs) {
          const e = ref.find((x) => x.mentor === Number(mId.slice(1)) && x.mentee === Number(eId.slice(1)));
          expect(e).toBeDefined();
          expected.set(`${e!.mentor}:${e!.mentee}`, e!.score);
        }
        const want = [...expected].map(([key, score]) => {
          const [m, j] = key.split(':').map(Number) as [number, number];
          return { mentor: m, mentee: j, score };
        });
        want.sort((a, b) => a.mentee - b.mentee || a.mentor - b.mentor);
        expect(edges).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('limitPerMentee: a hand example with ties broken by the lower index', () => {
    const knows = (level: number) => new Map([['ai', level]]);
    const mentors = [
      person('m0', 'mentor', { knows: knows(2) }),
      person('m1', 'mentor', { knows: knows(4) }),
      person('m2', 'mentor', { knows: knows(4) }),
      person('m3', 'mentor', { knows: knows(5) }),
    ];
    const mentees = [
      person('e0', 'mentee', { wants: new Map([['ai', 1]]) }),
      person('e1', 'mentee', { wants: new Map([['ai', 2]]) }),
    ];
    const { edges } = buildCandidateEdges(mentors, mentees, rulesWith(), DEFAULT_WEIGHTS, {
      limitPerMentee: 2,
      limitPerMentor: 0,
    });
    // Scores: e0 → 200, 400, 400, 500; e1 → 400, 800, 800, 1000. Best 2: m3, then m1 (m1 beats m2 on the tie).
    expect(edges).toEqual([
      { mentor: 1, mentee: 0, score: 400 },
      { mentor: 3, mentee: 0, score: 500 },
      { mentor: 1, mentee: 1, score: 800 },
      { mentor: 3, mentee: 1, score: 1000 },
    ]);
    // With each mentor's best 1 as well, every mentor keeps e1 (its better mentee).
    const both = buildCandidateEdges(mentors, mentees, rulesWith(), DEFAULT_WEIGHTS, {
      limitPerMentee: 2,
      limitPerMentor: 1,
    });
    expect(both.edges.filter((e) => e.mentee === 1).map((e) => e.mentor)).toEqual([0, 1, 2, 3]);
  });

  it('includes a locked pair even when it would not be among the best k', () => {
    const mentors = [person('m0', 'mentor', { knows: new Map([['ai', 5]]) }), person('m1', 'mentor')];
    const mentees = [
      person('e0', 'mentee', { wants: new Map([['ai', 3]]) }),
      person('e1', 'mentee', { wants: new Map([['ai', 3]]) }),
    ];
    const rules = rulesWith({ lockedPairs: [['m1', 'e0']] });
    const { edges, exclusions } = buildCandidateEdges(mentors, mentees, rules, DEFAULT_WEIGHTS, {
      limitPerMentee: 1,
      limitPerMentor: 0,
    });
    expect(edges).toEqual([
      { mentor: 1, mentee: 0, score: 0 },
      { mentor: 0, mentee: 1, score: 1500 },
    ]);
    expect(exclusions.byMentee[0]).toEqual({
      eligible: 1,
      excluded: {
        same_person: 0,
        reporting_chain: 0,
        level_gap: 0,
        scope: 0,
        previous_partner: 0,
        forbidden: 0,
        avoid: 0,
        locked_elsewhere: 1,
      },
    });
  });

  it('counts, per mentee, which rule excluded how many candidates', () => {
    const mentors = [
      person('boss-kid', 'mentor', { managerId: 'sen' }),
      person('too-senior', 'mentor', { level: 6 }),
      person('avoider', 'mentor', { avoid: ['sen'] }),
      person('fine', 'mentor'),
      person('ex', 'mentor'),
    ];
    const mentees = [person('sen', 'mentee')];
    const { edges, exclusions } = buildCandidateEdges(mentors, mentees, rulesWith({ previousPairs: [['ex', 'sen']] }));
    expect(edges.map((e) => e.mentor)).toEqual([3]);
    expect(exclusions.byMentee[0]?.excluded).toEqual({
      same_person: 0,
      reporting_chain: 1,
      level_gap: 1,
      scope: 0,
      previous_partner: 1,
      forbidden: 0,
      avoid: 1,
      locked_elsewhere: 0,
    });
    expect(exclusions.byMentor[1]).toEqual({
      eligible: 0,
      excluded: {
        same_person: 0,
        reporting_chain: 0,
        level_gap: 1,
        scope: 0,
        previous_partner: 0,
        forbidden: 0,
        avoid: 0,
        locked_elsewhere: 0,
      },
    });
  });

  it('is deterministic and does not depend on a prebuilt index', () => {
    fc.assert(
      fc.property(arbInstance(), (inst) => {
        const a = buildCandidateEdges(inst.mentors, inst.mentees, inst.rules, inst.weights, { limitPerMentee: 2 });
        const index = buildRulesIndex([...inst.mentees, ...inst.mentors], inst.rules);
        const b = buildCandidateEdges(inst.mentors, inst.mentees, inst.rules, inst.weights, {
          limitPerMentee: 2,
          index,
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects invalid levels, priorities and limits', () => {
    const ok = person('e', 'mentee');
    expect(() =>
      buildCandidateEdges([person('m', 'mentor', { knows: new Map([['ai', 7]]) })], [ok], rulesWith()),
    ).toThrow(/level 7/);
    expect(() =>
      buildCandidateEdges(
        [person('m', 'mentor')],
        [person('e', 'mentee', { wants: new Map([['ai', 0]]) })],
        rulesWith(),
      ),
    ).toThrow(/priority 0/);
    expect(() =>
      buildCandidateEdges([person('m', 'mentor')], [ok], rulesWith(), DEFAULT_WEIGHTS, { limitPerMentee: -1 }),
    ).toThrow(/limitPerMentee/);
    expect(() =>
      buildCandidateEdges([person('m', 'mentor')], [ok], rulesWith(), { ...DEFAULT_WEIGHTS, timeZone: 1.5 }),
    ).toThrow(/timeZone/);
  });

  it('handles 1,000 × 1,000 with top 20 quickly and consistently with the all-pairs scores', () => {
    const skills = Array.from({ length: 40 }, (_, i) => `s${i}`);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = () => skills[Math.floor(rand() * skills.length)] as string;
    const mk = (id: string, side: 'mentor' | 'mentee', level: number) =>
      person(id, side, {
        level,
        department: `d${Math.floor(rand() * 8)}`,
        knows: new Map(Array.from({ length: 10 }, () => [pick(), 1 + Math.floor(rand() * 5)] as [string, number])),
        wants: new Map(Array.from({ length: 5 }, () => [pick(), 1 + Math.floor(rand() * 3)] as [string, number])),
        timeZone: rand() < 0.5 ? 'Europe/Paris' : 'America/New_York',
      });
    const mentors = Array.from({ length: 1000 }, (_, i) => mk(`m${i}`, 'mentor', 1 + (i % 4)));
    const mentees = Array.from({ length: 1000 }, (_, i) => mk(`e${i}`, 'mentee', 5 + (i % 5)));
    const rules = rulesWith({ mode: 'mutual' });
    const all = buildCandidateEdges(mentors, mentees, rules);
    const top = buildCandidateEdges(mentors, mentees, rules, DEFAULT_WEIGHTS, { limitPerMentee: 20 });
    const scoreOf = new Map(all.edges.map((e) => [`${e.mentor}:${e.mentee}`, e.score]));
    for (const e of top.edges) expect(scoreOf.get(`${e.mentor}:${e.mentee}`)).toBe(e.score);
    for (let j = 0; j < 1000; j += 97) {
      const mine = all.edges.filter((e) => e.mentee === j).sort((a, b) => b.score - a.score || a.mentor - b.mentor);
      const kept = new Set(top.edges.filter((e) => e.mentee === j).map((e) => e.mentor));
      for (const e of mine.slice(0, 20)) expect(kept.has(e.mentor)).toBe(true);
      const m = mine[0] as Edge;
      expect(m.score).toBe(scorePair(mentors[m.mentor] as Participant, mentees[j] as Participant, rules));
    }
  });
});
