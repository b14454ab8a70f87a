import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deleteRefusal,
  editRefusal,
  goalProblems,
  goalSummary,
  goalWindow,
  isRealDate,
  milestoneProgress,
  missingDirections,
  newGoal,
  updateGoal,
  type GoalFields,
  type GoalStatus,
  type Side,
} from '../../../src/core/pairs/goals.js';

const window = goalWindow(new Date('2027-01-10T15:00:00Z'), '2027-12-31');
const base: GoalFields = { title: 'Use AI tools', why: '', success: '', targetDate: null, milestones: [], progress: 0, status: 'active', sharedWithProgram: false };
const ok = (o: ReturnType<typeof newGoal>) => {
  if (o.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(o)}`);
  return o.goal;
};
const paths = (o: ReturnType<typeof newGoal>) => (o.kind === 'invalid' ? o.problems.map((p) => p.path) : []);

describe('goal validation', () => {
  it('needs a title of 1–200 characters after trimming, and trims what it keeps', () => {
    expect(paths(newGoal({ title: '   ' }, window))).toEqual(['title']);
    expect(paths(newGoal({ title: 'x'.repeat(201) }, window))).toEqual(['title']);
    expect(ok(newGoal({ title: '  Learn prompts  ', why: ' curious ', milestones: [{ title: ' first ', done: false }] }, window))).toMatchObject({ title: 'Learn prompts', why: 'curious', milestones: [{ title: 'first', done: false }] });
    expect(ok(newGoal({ title: 'x'.repeat(200) }, window)).title).toHaveLength(200);
  });

  it('limits why and success to 2000 characters and milestones to 20 of 1–200 characters', () => {
    expect(paths(newGoal({ title: 't', why: 'w'.repeat(2001), success: 's'.repeat(2001) }, window))).toEqual(['why', 'success']);
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `m${i}`, done: false }));
    expect(paths(newGoal({ title: 't', milestones: many }, window))).toEqual(['milestones']);
    expect(paths(newGoal({ title: 't', milestones: [{ title: 'ok', done: false }, { title: ' ', done: false }, { title: 'm'.repeat(201), done: true }] }, window))).toEqual(['milestones.1.title', 'milestones.2.title']);
  });

  it('takes a whole progress from 0 to 100', () => {
    for (const progress of [-1, 101, 2.5]) expect(paths(newGoal({ title: 't', progress }, window))).toEqual(['progress']);
    expect(ok(newGoal({ title: 't', progress: 40 }, window)).progress).toBe(40);
  });

  it('takes a real target date from the day the pair started to the program’s end', () => {
    expect(window).toEqual({ earliest: '2027-01-10', latest: '2027-12-31' });
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2027-1-5')).toBe(false);
    expect(paths(newGoal({ title: 't', targetDate: '2027-02-30' }, window))).toEqual(['targetDate']);
    expect(paths(newGoal({ title: 't', targetDate: '2027-01-09' }, window))).toEqual(['targetDate']);
    expect(paths(newGoal({ title: 't', targetDate: '2028-01-01' }, window))).toEqual(['targetDate']);
    expect(ok(newGoal({ title: 't', targetDate: '2027-01-10' }, window)).targetDate).toBe('2027-01-10');
    expect(ok(newGoal({ title: 't', targetDate: '2027-12-31' }, window)).targetDate).toBe('2027-12-31');
  });

  it('checks an unchanged target date no more (the program’s end may have moved)', () => {
    const old = { ...base, targetDate: '2028-06-01' };
    expect(updateGoal(old, { progress: 10, targetDate: '2028-06-01' }, { editor: 'mentee', learner: 'mentee', window }).kind).toBe('ok');
    expect(updateGoal(old, { targetDate: '2028-06-02' }, { editor: 'mentee', learner: 'mentee', window }).kind).toBe('invalid');
  });

  it('names every problem by field (property: a goal is accepted exactly when no field is out of range)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 260 }),
        fc.string({ maxLength: 2100 }),
        fc.array(fc.record({ title: fc.string({ maxLength: 220 }), done: fc.boolean() }), { maxLength: 24 }),
        fc.integer({ min: -5, max: 105 }),
        fc.option(fc.integer({ min: -40, max: 400 }).map((d) => new Date(Date.UTC(2027, 0, 10 + d)).toISOString().slice(0, 10))),
        (title, why, milestones, progress, targetDate) => {
          const goal = { ...base, title, why, milestones, progress, targetDate };
          const problems = goalProblems(goal, window).map((p) => p.path);
          const t = title.trim();
          expect(problems.includes('title')).toBe(t === '' || t.length > 200);
          expect(problems.includes('why')).toBe(why.trim().length > 2000);
          expect(problems.includes('milestones')).toBe(milestones.length > 20);
          milestones.forEach((m, i) => expect(problems.includes(`milestones.${i}.title`)).toBe(m.title.trim() === '' || m.title.trim().length > 200));
          expect(problems.includes('progress')).toBe(progress < 0 || progress > 100);
          expect(problems.includes('targetDate')).toBe(targetDate !== null && (targetDate < '2027-01-10' || targetDate > '2027-12-31'));
        },
      ),
    );
  });
});

describe('progress and status', () => {
  it('follows the milestones when there are any, and refuses a progress that contradicts them', () => {
    const milestones = [
      { title: 'a', done: true },
      { title: 'b', done: false },
      { title: 'c', done: false },
    ];
    expect(ok(newGoal({ title: 't', milestones }, window)).progress).toBe(33);
    expect(ok(newGoal({ title: 't', milestones, progress: 33 }, window)).progress).toBe(33);
    expect(paths(newGoal({ title: 't', milestones, progress: 80 }, window))).toEqual(['progress']);
    expect(milestoneProgress([])).toBeNull();
  });

  it('is 100 when achieved, whatever the milestones say; reopening goes back to the milestones', () => {
    const g = { ...base, milestones: [{ title: 'a', done: false }, { title: 'b', done: true }], progress: 50 };
    const achieved = ok(updateGoal(g, { status: 'achieved' }, { editor: 'mentor', learner: 'mentee', window }));
    expect(achieved).toMatchObject({ status: 'achieved', progress: 100 });
    expect(updateGoal(g, { status: 'achieved', progress: 60 }, { editor: 'mentee', learner: 'mentee', window })).toMatchObject({ kind: 'invalid', problems: [{ path: 'progress' }] });
    expect(ok(updateGoal(achieved, { status: 'active' }, { editor: 'mentee', learner: 'mentee', window })).progress).toBe(50);
    const noMilestones = ok(updateGoal({ ...base, progress: 30 }, { status: 'achieved' }, { editor: 'mentee', learner: 'mentee', window }));
    expect(ok(updateGoal(noMilestones, { status: 'paused' }, { editor: 'mentee', learner: 'mentee', window })).progress).toBe(100);
    expect(ok(updateGoal(noMilestones, { status: 'paused', progress: 70 }, { editor: 'mentee', learner: 'mentee', window })).progress).toBe(70);
  });

  it('property: the stored progress is always 0–100, 100 when achieved, and the milestone share when there are milestones', () => {
    const status = fc.constantFrom<GoalStatus>('active', 'achieved', 'paused', 'dropped');
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.constant('m'), done: fc.boolean() }), { maxLength: 20 }), status, fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), (milestones, s, progress) => {
        const outcome = updateGoal(base, { milestones, status: s, progress }, { editor: 'mentor', learner: 'mentee', window });
        const derived = s === 'achieved' ? 100 : milestones.length ? Math.round((100 * milestones.filter((m) => m.done).length) / milestones.length) : null;
        if (progress !== undefined && derived !== null && progress !== derived) {
          expect(outcome.kind).toBe('invalid');
          return;
        }
        const g = ok(outcome);
        expect(g.progress).toBeGreaterThanOrEqual(0);
        expect(g.progress).toBeLessThanOrEqual(100);
        expect(g.progress).toBe(derived ?? progress ?? 0);
      }),
    );
  });
});

describe('who may write', () => {
  it('lets both track a goal but only the learner change what it is and whether the program sees it', () => {
    for (const patch of [{ title: 'Other' }, { why: 'x' }, { success: 'x' }, { targetDate: '2027-05-01' }, { sharedWithProgram: true }]) {
      expect(updateGoal(base, patch, { editor: 'mentor', learner: 'mentee', window }).kind, JSON.stringify(patch)).toBe('forbidden');
      expect(updateGoal(base, patch, { editor: 'mentee', learner: 'mentee', window }).kind, JSON.stringify(patch)).toBe('ok');
    }
    for (const patch of [{ progress: 20 }, { status: 'paused' as const }, { milestones: [{ title: 'a', done: true }] }]) {
      expect(updateGoal(base, patch, { editor: 'mentor', learner: 'mentee', window }).kind).toBe('ok');
    }
    expect(editRefusal(base, { title: base.title, sharedWithProgram: false, progress: 5 }, 'mentor', 'mentee')).toBeNull();
    expect(editRefusal(base, { title: 'New', sharedWithProgram: true }, 'mentor', 'mentee')).toMatch(/title, sharedWithProgram/);
  });

  it('lets only the learner delete, and only while nothing was tracked', () => {
    expect(deleteRefusal(base, 'mentee', 'mentee')).toBeNull();
    expect(deleteRefusal(base, 'mentor', 'mentee')?.kind).toBe('forbidden');
    expect(deleteRefusal({ ...base, progress: 10 }, 'mentee', 'mentee')?.kind).toBe('conflict');
    expect(deleteRefusal({ ...base, milestones: [{ title: 'a', done: true }, { title: 'b', done: false }] }, 'mentee', 'mentee')?.kind).toBe('conflict');
    expect(deleteRefusal({ ...base, status: 'achieved', progress: 100 }, 'mentee', 'mentee')?.message).toMatch(/dropped/);
  });
});

describe('directions', () => {
  const g = (learnerSide: Side, status: GoalStatus = 'active') => ({ learnerSide, status });

  it('asks the senior for a goal in reverse mode, both in mutual mode; dropped goals do not count', () => {
    expect(missingDirections('reverse', [])).toEqual(['mentee']);
    expect(missingDirections('reverse', [g('mentor')])).toEqual(['mentee']);
    expect(missingDirections('reverse', [g('mentee')])).toEqual([]);
    expect(missingDirections('mutual', [g('mentee')])).toEqual(['mentor']);
    expect(missingDirections('mutual', [g('mentee'), g('mentor', 'dropped')])).toEqual(['mentor']);
    expect(missingDirections('mutual', [g('mentee', 'achieved'), g('mentor', 'paused')])).toEqual([]);
  });

  it('property: a side is missing exactly when it is required and has no live goal', () => {
    fc.assert(
      fc.property(fc.constantFrom<'reverse' | 'mutual'>('reverse', 'mutual'), fc.array(fc.record({ learnerSide: fc.constantFrom<Side>('mentor', 'mentee'), status: fc.constantFrom<GoalStatus>('active', 'achieved', 'paused', 'dropped') })), (mode, goals) => {
        const missing = missingDirections(mode, goals);
        for (const side of ['mentor', 'mentee'] as const) {
          const required = side === 'mentee' || mode === 'mutual';
          const has = goals.some((x) => x.learnerSide === side && x.status !== 'dropped');
          expect(missing.includes(side)).toBe(required && !has);
        }
      }),
    );
  });

  it('summarizes each direction: counts by status, shared, mean progress of live goals', () => {
    const s = goalSummary([
      { learnerSide: 'mentee', status: 'active', progress: 20, sharedWithProgram: true },
      { learnerSide: 'mentee', status: 'achieved', progress: 100, sharedWithProgram: false },
      { learnerSide: 'mentee', status: 'dropped', progress: 90, sharedWithProgram: true },
      { learnerSide: 'mentor', status: 'paused', progress: 25, sharedWithProgram: false },
    ]);
    expect(s.mentee).toEqual({ total: 3, byStatus: { active: 1, achieved: 1, paused: 0, dropped: 1 }, shared: 2, meanProgress: 60 });
    expect(s.mentor).toEqual({ total: 1, byStatus: { active: 0, achieved: 0, paused: 1, dropped: 0 }, shared: 0, meanProgress: 25 });
    expect(goalSummary([]).mentor.meanProgress).toBeNull();
  });
});
