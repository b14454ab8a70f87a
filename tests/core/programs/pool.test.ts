import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOT_ELIGIBLE_TEXT,
  notEligibleReason,
  poolEntry,
  type NotEligibleReason,
  type PoolCandidate,
} from '../../../src/core/programs/pool.js';

/** An approved, trained, employed mentee with skills and no pair: in the pool. */
const candidate = (extra: Partial<PoolCandidate> = {}): PoolCandidate => ({
  status: 'approved',
  side: 'mentee',
  employment: 'active',
  trained: true,
  livePairs: 0,
  capacity: 1,
  skillCount: 2,
  ...extra,
});

describe('notEligibleReason', () => {
  it('admits an approved, trained, employed person with skills and room', () => {
    expect(notEligibleReason(candidate(), true)).toBeNull();
    expect(notEligibleReason(candidate({ side: 'mentor', capacity: 2 }), true)).toBeNull();
  });

  describe('enrollment status', () => {
    const cases: Array<[PoolCandidate['status'], NotEligibleReason]> = [
      ['invited', 'not_applied'],
      ['applied', 'awaiting_approval'],
      ['declined', 'declined_by_manager'],
      ['withdrawn', 'withdrawn'],
    ];
    for (const [status, reason] of cases) {
      it(`keeps out someone ${status} (${reason})`, () => {
        expect(notEligibleReason(candidate({ status }), false)).toBe(reason);
        expect(notEligibleReason(candidate({ status }), true)).toBe(reason);
      });
    }
  });

  describe('training', () => {
    it('keeps out someone untrained when the program requires training', () => {
      expect(notEligibleReason(candidate({ trained: false }), true)).toBe('not_trained');
    });

    it('admits someone untrained when the program does not require training', () => {
      expect(notEligibleReason(candidate({ trained: false }), false)).toBeNull();
    });
  });

  it('keeps out someone on leave or who left', () => {
    expect(notEligibleReason(candidate({ employment: 'on_leave' }), false)).toBe('left_or_on_leave');
    expect(notEligibleReason(candidate({ employment: 'departed' }), false)).toBe('left_or_on_leave');
  });

  it('keeps out someone who chose no side', () => {
    expect(notEligibleReason(candidate({ side: null }), false)).toBe('no_side');
  });

  it('keeps out someone whose profile lists no skills', () => {
    expect(notEligibleReason(candidate({ skillCount: 0 }), false)).toBe('no_skills');
  });

  describe('room for another pair', () => {
    it('keeps out a mentee already in one live pair', () => {
      expect(notEligibleReason(candidate({ livePairs: 1 }), false)).toBe('already_paired');
    });

    it('ignores capacity for a mentee: one pair at a time', () => {
      expect(notEligibleReason(candidate({ livePairs: 1, capacity: 3 }), false)).toBe('already_paired');
    });

    it('admits a mentor below capacity and keeps out one at or above it', () => {
      const mentor = (livePairs: number, capacity: number) =>
        notEligibleReason(candidate({ side: 'mentor', livePairs, capacity }), false);
      expect(mentor(0, 1)).toBeNull();
      expect(mentor(1, 2)).toBeNull();
      expect(mentor(2, 3)).toBeNull();
      expect(mentor(1, 1)).toBe('already_paired');
      expect(mentor(2, 2)).toBe('already_paired');
      expect(mentor(3, 2)).toBe('already_paired');
    });

    it('property: a mentor joins the pool exactly when live pairs are below capacity', () => {
      fc.assert(
        fc.property(fc.nat(5), fc.nat(5), (livePairs, capacity) => {
          const reason = notEligibleReason(candidate({ side: 'mentor', livePairs, capacity }), true);
          expect(reason === null).toBe(livePairs < capacity);
        }),
      );
    });
  });

  it('property: someone who is not approved is always kept out, for their enrollment status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('invited' as const, 'applied' as const, 'declined' as const, 'withdrawn' as const),
        fc.record({
          side: fc.constantFrom('mentor' as const, 'mentee' as const, null),
          employment: fc.constantFrom('active' as const, 'on_leave' as const, 'departed' as const),
          trained: fc.boolean(),
          livePairs: fc.nat(3),
          capacity: fc.nat(3),
          skillCount: fc.nat(3),
        }),
        fc.boolean(),
        (status, rest, requireTraining) => {
          const reason = notEligibleReason({ status, ...rest }, requireTraining);
          expect(['not_applied', 'awaiting_approval', 'declined_by_manager', 'withdrawn']).toContain(reason);
        },
      ),
    );
  });

  it('has words for every reason', () => {
    for (const text of Object.values(NOT_ELIGIBLE_TEXT)) expect(text.trim()).not.toBe('');
  });
});

describe('poolEntry', () => {
  const base = { status: 'approved' as const, side: 'mentor' as const, employment: 'active' as const, trained: true, livePairs: 0, capacity: 2, skillCount: 3 };
  it('puts the eligible in the pool', () => {
    expect(poolEntry(base, true)).toEqual({ include: true, lockedOnly: false, notEligible: null });
    expect(poolEntry({ ...base, livePairs: 1 }, true)).toEqual({ include: true, lockedOnly: false, notEligible: null });
  });
  it('keeps people with live pairs only to lock those pairs, whatever else changed', () => {
    expect(poolEntry({ ...base, livePairs: 2 }, true)).toEqual({ include: true, lockedOnly: true, notEligible: 'already_paired' });
    expect(poolEntry({ ...base, livePairs: 1, employment: 'on_leave' }, true)).toEqual({ include: true, lockedOnly: true, notEligible: null });
  });
  it('leaves out and counts the rest', () => {
    expect(poolEntry({ ...base, trained: false }, true)).toEqual({ include: false, lockedOnly: false, notEligible: 'not_trained' });
  });
});
