import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContent, shareableGoals, type PairGoal } from '../../../src/core/reviews/content.js';
import {
  applyEdit,
  changeRefusal,
  checkDraft,
  confirmSummary,
  withdrawRefusal,
  withdrawSummary,
  type SummaryState,
} from '../../../src/core/reviews/summaries.js';

const NOW = new Date('2027-03-01T10:00:00Z');
const goal = (goalId: string, sharedWithProgram: boolean, over: Partial<PairGoal> = {}): PairGoal => ({
  goalId,
  title: `Goal ${goalId}`,
  learnerSide: 'mentee',
  progress: 50,
  status: 'active',
  sharedWithProgram,
  ...over,
});
const draft = (over: Partial<SummaryState> = {}): SummaryState => ({
  goalIds: [],
  includeMeetings: true,
  statement: '',
  status: 'draft',
  mentorConfirmedAt: null,
  menteeConfirmedAt: null,
  submittedAt: null,
  content: null,
  ...over,
});
const EMPTY = { goals: [], meetings: null, statement: '' };

describe('checkDraft', () => {
  it('accepts shared goals once each, trims the statement', () => {
    const r = checkDraft(
      { goalIds: ['a', 'a', 'b'], includeMeetings: false, statement: '  We met.  ' },
      new Set(['a', 'b']),
    );
    expect(r).toEqual({ ok: true, value: { goalIds: ['a', 'b'], includeMeetings: false, statement: 'We met.' } });
  });

  it('refuses a goal not shared with the program, naming goalIds', () => {
    const r = checkDraft({ goalIds: ['a', 'secret'], includeMeetings: true, statement: '' }, new Set(['a']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['goalIds']);
  });

  it('refuses a statement with a NUL character (it cannot be stored)', () => {
    const r = checkDraft({ goalIds: [], includeMeetings: true, statement: 'a\u0000b' }, new Set());
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['statement']);
  });

  it('bounds the statement at 2000 characters after trimming', () => {
    expect(checkDraft({ goalIds: [], includeMeetings: true, statement: ` ${'x'.repeat(2000)} ` }, new Set()).ok).toBe(
      true,
    );
    const r = checkDraft({ goalIds: [], includeMeetings: true, statement: 'x'.repeat(2001) }, new Set());
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['statement']);
  });
});

describe('confirming, editing, withdrawing', () => {
  it('is submitted when the second member confirms, with the content built then', () => {
    const first = confirmSummary(draft(), 'mentor', NOW, () => EMPTY);
    expect(first).toMatchObject({
      submitted: false,
      changed: true,
      state: { status: 'draft', mentorConfirmedAt: NOW, content: null },
    });
    expect(confirmSummary(first.state, 'mentor', NOW, () => EMPTY)).toMatchObject({ changed: false, submitted: false });
    const content = { goals: [], meetings: { held: 2, due: 3 }, statement: 'ok' };
    const second = confirmSummary(first.state, 'mentee', NOW, () => content);
    expect(second).toMatchObject({ submitted: true, state: { status: 'submitted', submittedAt: NOW, content } });
  });

  it('an edit clears both confirmations; a submitted summary is frozen until withdrawn', () => {
    const half = draft({ mentorConfirmedAt: NOW });
    expect(applyEdit(half, { goalIds: [], includeMeetings: false, statement: 'x' })).toMatchObject({
      mentorConfirmedAt: null,
      menteeConfirmedAt: null,
      statement: 'x',
    });
    const submitted = draft({
      status: 'submitted',
      mentorConfirmedAt: NOW,
      menteeConfirmedAt: NOW,
      submittedAt: NOW,
      content: EMPTY,
    });
    expect(changeRefusal(submitted, 'open')).toMatch(/withdraw/);
    expect(changeRefusal(draft(), 'closed')).toMatch(/closed/);
    expect(changeRefusal(draft(), 'open')).toBeNull();
    expect(withdrawSummary(submitted)).toMatchObject({
      status: 'draft',
      content: null,
      submittedAt: null,
      mentorConfirmedAt: null,
      menteeConfirmedAt: null,
    });
  });

  it('withdraws a submitted or half-confirmed summary of an open cycle only', () => {
    expect(withdrawRefusal(draft(), 'open')).toMatch(/Nothing to withdraw/);
    expect(withdrawRefusal(draft({ menteeConfirmedAt: NOW }), 'open')).toBeNull();
    expect(withdrawRefusal(draft({ status: 'submitted', content: EMPTY }), 'closed')).toMatch(/closed/);
  });
});

describe('buildContent', () => {
  it('keeps only goals shared AND selected, in the pair’s order, and meetings only if included', () => {
    const goals = [
      goal('a', true),
      goal('b', false),
      goal('c', true, { learnerSide: 'mentor', progress: 100, status: 'achieved' }),
    ];
    expect(shareableGoals(goals).map((g) => g.goalId)).toEqual(['a', 'c']);
    const c = buildContent({
      goals,
      goalIds: ['c', 'b', 'a', 'x'],
      includeMeetings: false,
      meetings: { held: 3, due: 4 },
      statement: ' hi ',
    });
    expect(c).toEqual({
      goals: [
        { goalId: 'a', title: 'Goal a', learnerSide: 'mentee', progress: 50, status: 'active' },
        { goalId: 'c', title: 'Goal c', learnerSide: 'mentor', progress: 100, status: 'achieved' },
      ],
      meetings: null,
      statement: 'hi',
    });
    expect(
      buildContent({ goals, goalIds: [], includeMeetings: true, meetings: { held: 3, due: 4 }, statement: '' })
        .meetings,
    ).toEqual({ held: 3, due: 4 });
  });
});

// Nothing private leaves the pair without their act: whatever the members do in whatever order,
// management content exists only once both confirmed the current draft, and it holds only
// goals their learner shared and the pair selected — never a goal not shared, never a word of
// a statement that was replaced before both confirmed.
describe('property: nothing private leaves the pair without their act', () => {
  const ids = ['g0', 'g1', 'g2', 'g3', 'g4'];
  // Mostly valid selections and many confirmations, so that submissions happen often.
  const goalIds = fc.oneof(
    { weight: 4, arbitrary: fc.subarray(ids) },
    { weight: 1, arbitrary: fc.subarray([...ids, 'foreign']) },
  );
  const action = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        goalIds,
        includeMeetings: fc.boolean(),
        statement: fc.string({ maxLength: 30 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('confirm' as const),
        side: fc.constantFrom('mentor' as const, 'mentee' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('share' as const),
        goal: fc.constantFrom(...ids),
        shared: fc.boolean(),
      }),
    },
  );

  it('holds for every sequence of edits, confirmations, withdrawals and share changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.array(action, { maxLength: 25 }),
        (initiallyShared, actions) => {
          let goals = ids.map((id, i) => goal(id, initiallyShared[i] ?? false, { title: `title-${id}` }));
          let s = draft();
          // The statement both members last saw before each confirmation.
          const confirmedText: Record<'mentor' | 'mentee', string | null> = { mentor: null, mentee: null };
          let sharedAtSubmit = new Set<string>();
          for (const a of actions) {
            if (a.kind === 'share')
              goals = goals.map((g) => (g.goalId === a.goal ? { ...g, sharedWithProgram: a.shared } : g));
            if (a.kind === 'edit' && changeRefusal(s, 'open') === null) {
              const check = checkDraft(a, new Set(shareableGoals(goals).map((g) => g.goalId)));
              if (check.ok) {
                s = applyEdit(s, check.value);
                confirmedText.mentor = confirmedText.mentee = null;
              } else expect(a.goalIds.some((id) => !goals.find((g) => g.goalId === id)?.sharedWithProgram)).toBe(true);
            }
            if (a.kind === 'confirm' && changeRefusal(s, 'open') === null) {
              const current = goals;
              const before = s;
              s = confirmSummary(s, a.side, NOW, () =>
                buildContent({
                  goals: current,
                  goalIds: before.goalIds,
                  includeMeetings: before.includeMeetings,
                  meetings: { held: 1, due: 2 },
                  statement: before.statement,
                }),
              ).state;
              confirmedText[a.side] = s.statement;
              if (s.status === 'submitted' && before.status === 'draft')
                sharedAtSubmit = new Set(shareableGoals(current).map((g) => g.goalId));
            }
            if (a.kind === 'withdraw' && withdrawRefusal(s, 'open') === null) {
              s = withdrawSummary(s);
              confirmedText.mentor = confirmedText.mentee = null;
            }
            // The invariant, after every step.
            if (s.content !== null) {
              expect(s.status).toBe('submitted');
              expect(s.mentorConfirmedAt && s.menteeConfirmedAt).toBeTruthy();
              expect(confirmedText.mentor).toBe(s.content.statement);
              expect(confirmedText.mentee).toBe(s.content.statement);
              for (const g of s.content.goals) expect(s.goalIds).toContain(g.goalId);
              for (const g of s.content.goals) expect(sharedAtSubmit.has(g.goalId)).toBe(true);
            } else expect(s.status).toBe('draft');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('content built now never holds a goal that is not shared, whatever is selected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), shared: fc.boolean() }), { maxLength: 8 }),
        fc.array(fc.uuid(), { maxLength: 8 }),
        (gs, extra) => {
          const goals = gs.map((g) => goal(g.id, g.shared));
          const c = buildContent({
            goals,
            goalIds: [...gs.map((g) => g.id), ...extra],
            includeMeetings: true,
            meetings: { held: 0, due: 0 },
            statement: '',
          });
          expect(c.goals.map((g) => g.goalId).sort()).toEqual(
            gs
              .filter((g) => g.shared)
              .map((g) => g.id)
              .sort(),
          );
        },
      ),
    );
  });
});
