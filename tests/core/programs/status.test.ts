import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptsEnrollment,
  acceptsMatching,
  allowedTransitions,
  editableSettings,
  PROGRAM_STATUSES,
  transitionRefusal,
  type ProgramFacts,
  type ProgramStatus,
} from '../../../src/core/programs/status.js';

/** The intended table (docs/programs.md), written out independently of the code. */
const INTENDED: Record<ProgramStatus, ProgramStatus[]> = {
  draft: ['enrolling', 'closed'],
  enrolling: ['draft', 'matching', 'closed'],
  matching: ['enrolling', 'active', 'closed'],
  active: ['matching', 'closed'],
  closed: [],
};

/**
 * Facts under which no guard can refuse the move `from → to`: skills chosen, nobody approved
 * and no pairs when going back to draft, someone approved otherwise, a round published only
 * when the move needs one, no round open.
 */
function permissive(from: ProgramStatus, to: ProgramStatus): ProgramFacts {
  const backToDraft = to === 'draft';
  const backToEnrolling = from === 'matching' && to === 'enrolling';
  return {
    status: from,
    skillCount: 3,
    approvedCount: backToDraft ? 0 : 5,
    publishedRounds: backToEnrolling ? 0 : 1,
    openRound: false,
    livePairs: backToDraft ? 0 : 2,
  };
}

const facts = (extra: Partial<ProgramFacts> & { status: ProgramStatus }): ProgramFacts => ({
  skillCount: 3,
  approvedCount: 5,
  publishedRounds: 1,
  openRound: false,
  livePairs: 0,
  ...extra,
});

const arbFacts: fc.Arbitrary<ProgramFacts> = fc.record({
  status: fc.constantFrom(...PROGRAM_STATUSES),
  skillCount: fc.nat(3),
  approvedCount: fc.nat(3),
  publishedRounds: fc.nat(2),
  openRound: fc.boolean(),
  livePairs: fc.nat(3),
});

describe('transitionRefusal', () => {
  describe('the table of moves', () => {
    for (const from of PROGRAM_STATUSES) {
      for (const to of PROGRAM_STATUSES) {
        const intended = INTENDED[from].includes(to);
        it(`${intended ? 'allows' : 'refuses'} ${from} → ${to} when no guard applies`, () => {
          const refusal = transitionRefusal(permissive(from, to), to);
          if (intended) expect(refusal).toBeNull();
          else expect(refusal).toEqual(expect.any(String));
        });
      }
    }
  });

  it('says a program is already in the status it is asked to move to', () => {
    for (const status of PROGRAM_STATUSES) {
      expect(transitionRefusal(facts({ status }), status)).toBe(`The program is already ${status}.`);
    }
  });

  it('refuses every move out of closed, whatever the facts, saying it cannot be reopened', () => {
    fc.assert(
      fc.property(arbFacts, fc.constantFrom(...PROGRAM_STATUSES.filter((s) => s !== 'closed')), (f, to) => {
        expect(transitionRefusal({ ...f, status: 'closed' }, to)).toBe('A closed program cannot be reopened.');
      }),
    );
  });

  it('names the possible moves when refusing one that is not in the table', () => {
    expect(transitionRefusal(facts({ status: 'draft' }), 'active')).toBe(
      'A program cannot go from draft to active; from draft it can go to enrolling or closed.',
    );
  });

  describe('guards', () => {
    it('refuses to open enrollment without a skill', () => {
      expect(transitionRefusal(facts({ status: 'draft', skillCount: 0 }), 'enrolling')).toMatch(/at least one skill/);
      expect(transitionRefusal(facts({ status: 'draft', skillCount: 1 }), 'enrolling')).toBeNull();
    });

    it('refuses to start matching before anyone is approved', () => {
      expect(transitionRefusal(facts({ status: 'enrolling', approvedCount: 0 }), 'matching')).toMatch(/approved/);
      expect(transitionRefusal(facts({ status: 'enrolling', approvedCount: 1 }), 'matching')).toBeNull();
    });

    it('refuses to go active before a round is published', () => {
      expect(transitionRefusal(facts({ status: 'matching', publishedRounds: 0 }), 'active')).toMatch(
        /Publish a matching round/,
      );
      expect(transitionRefusal(facts({ status: 'matching', publishedRounds: 1 }), 'active')).toBeNull();
    });

    it('refuses to go active while a round is open, even after an earlier round was published', () => {
      expect(transitionRefusal(facts({ status: 'matching', publishedRounds: 2, openRound: true }), 'active')).toMatch(
        /open matching round/,
      );
    });

    it('refuses to go back to draft once someone is approved or paired', () => {
      const back = (approvedCount: number, livePairs: number) =>
        transitionRefusal(facts({ status: 'enrolling', approvedCount, livePairs }), 'draft');
      expect(back(1, 0)).toMatch(/cannot go back to draft/);
      expect(back(0, 1)).toMatch(/cannot go back to draft/);
      expect(back(0, 0)).toBeNull();
    });

    it('refuses matching → enrolling after a round is published, and allows it before', () => {
      expect(transitionRefusal(facts({ status: 'matching', publishedRounds: 1 }), 'enrolling')).toMatch(
        /round has been published/,
      );
      expect(transitionRefusal(facts({ status: 'matching', publishedRounds: 0 }), 'enrolling')).toBeNull();
    });

    it('lets an active program go back to matching for another round, with pairs live', () => {
      expect(transitionRefusal(facts({ status: 'active', livePairs: 4, publishedRounds: 3 }), 'matching')).toBeNull();
    });

    it('lets every open program close, whatever the facts', () => {
      fc.assert(
        fc.property(
          arbFacts,
          fc.constantFrom<ProgramStatus>('draft', 'enrolling', 'matching', 'active'),
          (f, status) => {
            expect(transitionRefusal({ ...f, status }, 'closed')).toBeNull();
          },
        ),
      );
    });
  });

  it('property: a move outside the intended table is refused whatever the facts', () => {
    fc.assert(
      fc.property(arbFacts, fc.constantFrom(...PROGRAM_STATUSES), (f, to) => {
        if (!INTENDED[f.status].includes(to)) expect(transitionRefusal(f, to)).not.toBeNull();
      }),
    );
  });
});

describe('allowedTransitions', () => {
  it('property: lists exactly the statuses a move to would not be refused, in table order', () => {
    fc.assert(
      fc.property(arbFacts, (f) => {
        const unrefused = PROGRAM_STATUSES.filter((to) => transitionRefusal(f, to) === null);
        expect(new Set(allowedTransitions(f))).toEqual(new Set(unrefused));
        expect(allowedTransitions(f)).toEqual(INTENDED[f.status].filter((to) => unrefused.includes(to)));
      }),
    );
  });

  it('offers nothing from closed and everything in the table when no guard applies', () => {
    expect(allowedTransitions(facts({ status: 'closed' }))).toEqual([]);
    expect(allowedTransitions(facts({ status: 'enrolling', approvedCount: 0, livePairs: 0 }))).toEqual([
      'draft',
      'closed',
    ]);
    expect(allowedTransitions(facts({ status: 'matching', publishedRounds: 0 }))).toEqual(['enrolling', 'closed']);
    expect(allowedTransitions(facts({ status: 'matching', publishedRounds: 1 }))).toEqual(['active', 'closed']);
  });
});

describe('what each status allows', () => {
  const table: Record<ProgramStatus, [enrollment: boolean, matching: boolean, settings: 'all' | 'most' | 'none']> = {
    draft: [false, false, 'all'],
    enrolling: [true, false, 'all'],
    matching: [true, true, 'most'],
    active: [true, true, 'most'],
    closed: [false, false, 'none'],
  };
  for (const status of PROGRAM_STATUSES) {
    const [enrollment, matching, settings] = table[status];
    it(`${status}: ${enrollment ? 'takes' : 'does not take'} enrollments, ${matching ? 'runs' : 'does not run'} rounds, settings editable: ${settings}`, () => {
      expect(acceptsEnrollment(status)).toBe(enrollment);
      expect(acceptsMatching(status)).toBe(matching);
      expect(editableSettings(status)).toBe(settings);
    });
  }

  it('only runs rounds where it also takes late joiners', () => {
    for (const status of PROGRAM_STATUSES) if (acceptsMatching(status)) expect(acceptsEnrollment(status)).toBe(true);
  });
});
