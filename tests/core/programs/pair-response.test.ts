import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endRefusal,
  offerExpired,
  respond,
  responseDeadline,
  type OfferState,
  type PairStatus,
  type Response,
  type ResponseOutcome,
} from '../../../src/core/programs/pair-response.js';

const DEADLINE = new Date('2025-03-14T09:00:00Z');
const BEFORE = new Date(DEADLINE.getTime() - 3_600_000);
const AFTER = new Date(DEADLINE.getTime() + 1);
const PAIR_STATUSES: PairStatus[] = ['proposed', 'offered', 'active', 'declined', 'expired', 'ended'];

const offered = (extra: Partial<OfferState> = {}): OfferState => ({
  status: 'offered',
  respondBy: DEADLINE,
  mentorResponse: null,
  menteeResponse: null,
  ...extra,
});

/** The state after an outcome that was not refused. */
function next(state: OfferState, outcome: ResponseOutcome): OfferState {
  if ('refused' in outcome) throw new Error(`refused: ${outcome.refused}`);
  return {
    ...state,
    status: outcome.status,
    mentorResponse: outcome.mentorResponse,
    menteeResponse: outcome.menteeResponse,
  };
}

describe('respond', () => {
  it('keeps the offer waiting after the first acceptance, recording it', () => {
    expect(respond(offered(), 'mentor', 'accepted', BEFORE)).toEqual({
      status: 'offered',
      mentorResponse: 'accepted',
      menteeResponse: null,
      changed: 'waiting',
    });
  });

  for (const [first, second] of [
    ['mentor', 'mentee'],
    ['mentee', 'mentor'],
  ] as const) {
    it(`makes the pair active when both accept (${first} first)`, () => {
      const waiting = next(offered(), respond(offered(), first, 'accepted', BEFORE));
      expect(respond(waiting, second, 'accepted', BEFORE)).toEqual({
        status: 'active',
        mentorResponse: 'accepted',
        menteeResponse: 'accepted',
        changed: 'active',
      });
    });

    it(`declines the pair when the ${first} declines, first or after the other accepted`, () => {
      expect(respond(offered(), first, 'declined', BEFORE)).toMatchObject({ status: 'declined', changed: 'declined' });
      const waiting = next(offered(), respond(offered(), second, 'accepted', BEFORE));
      expect(respond(waiting, first, 'declined', BEFORE)).toMatchObject({ status: 'declined', changed: 'declined' });
    });
  }

  it('refuses answering twice, with either answer', () => {
    for (const mine of ['accepted', 'declined'] as const) {
      for (const again of ['accepted', 'declined'] as const) {
        expect(respond(offered({ menteeResponse: mine }), 'mentee', again, BEFORE)).toEqual({
          refused: `You have already ${mine} this match.`,
          code: 'conflict',
        });
      }
    }
  });

  it('refuses an answer after the deadline with code gone', () => {
    expect(respond(offered(), 'mentor', 'accepted', AFTER)).toEqual({
      refused: 'The time to respond has passed.',
      code: 'gone',
    });
    expect(respond(offered(), 'mentee', 'declined', new Date(DEADLINE.getTime() + 86_400_000))).toHaveProperty(
      'code',
      'gone',
    );
  });

  it('accepts answers at any time when the offer has no deadline', () => {
    expect(respond(offered({ respondBy: null }), 'mentor', 'accepted', new Date('2099-01-01'))).toHaveProperty(
      'changed',
      'waiting',
    );
  });

  it('refuses an answer to a pair that is not offered, with code conflict', () => {
    for (const status of PAIR_STATUSES.filter((s) => s !== 'offered')) {
      expect(respond(offered({ status }), 'mentor', 'accepted', BEFORE)).toEqual({
        refused: `This match is ${status}; there is nothing to answer.`,
        code: 'conflict',
      });
    }
  });

  it('agrees with offerExpired at every instant, the deadline itself included', () => {
    // An offer the expiry job treats as expired must not still be answerable, and the other way round.
    for (const offset of [-1, 0, 1]) {
      const now = new Date(DEADLINE.getTime() + offset);
      const outcome = respond(offered(), 'mentor', 'accepted', now);
      expect({ offset, gone: 'code' in outcome && outcome.code === 'gone' }).toEqual({
        offset,
        gone: offerExpired(offered(), now),
      });
    }
  });

  it('property: the pair ends active iff both accepted before anyone declined', () => {
    const step = fc.record({
      side: fc.constantFrom('mentor' as const, 'mentee' as const),
      response: fc.constantFrom<Response>('accepted', 'declined'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        let state = offered();
        const answered = new Map<'mentor' | 'mentee', Response>();
        let declinedFirst = false;
        for (const { side, response } of steps) {
          const outcome = respond(state, side, response, BEFORE);
          if ('refused' in outcome) {
            // Refused only once the pair is settled or this side has already answered.
            expect(state.status !== 'offered' || answered.has(side)).toBe(true);
            expect(outcome.code).toBe('conflict');
            continue;
          }
          answered.set(side, response);
          if (response === 'declined' && state.status === 'offered') declinedFirst = true;
          state = next(state, outcome);
        }
        const bothAccepted = answered.get('mentor') === 'accepted' && answered.get('mentee') === 'accepted';
        expect(state.status === 'active').toBe(bothAccepted && !declinedFirst);
        expect(state.status === 'declined').toBe(declinedFirst);
        if (!bothAccepted && !declinedFirst) expect(state.status).toBe('offered');
      }),
    );
  });
});

describe('offerExpired', () => {
  it('is true for an offered pair once the deadline is reached, and not before', () => {
    expect(offerExpired(offered(), BEFORE)).toBe(false);
    expect(offerExpired(offered(), DEADLINE)).toBe(true);
    expect(offerExpired(offered(), AFTER)).toBe(true);
  });

  it('is false for an offer with no deadline', () => {
    expect(offerExpired(offered({ respondBy: null }), new Date('2099-01-01'))).toBe(false);
  });

  it('is false for a pair that is no longer offered, however late', () => {
    for (const status of PAIR_STATUSES.filter((s) => s !== 'offered')) {
      expect(offerExpired(offered({ status }), AFTER)).toBe(false);
    }
  });
});

describe('endRefusal', () => {
  it('lets an offered or active pair be ended', () => {
    expect(endRefusal('offered')).toBeNull();
    expect(endRefusal('active')).toBeNull();
  });

  it('refuses to end a pair in any other status, naming it', () => {
    for (const status of ['proposed', 'declined', 'expired', 'ended'] as const) {
      expect(endRefusal(status)).toBe(`This pair is ${status}; it cannot be ended.`);
    }
  });
});

describe('responseDeadline', () => {
  it('is the end of the UTC day `days` after publishing, so the whole last day counts', () => {
    const published = new Date('2027-03-07T15:30:00Z');
    expect(responseDeadline(published, 7).toISOString()).toBe('2027-03-15T00:00:00.000Z');
    expect(respond({ status: 'offered', respondBy: responseDeadline(published, 7), mentorResponse: null, menteeResponse: null }, 'mentor', 'accepted', new Date('2027-03-14T23:59:59Z'))).toMatchObject({ status: 'offered' });
  });
});
