import { describe, expect, it } from 'vitest';
import { canWithdraw, nextStep } from './nextStep';
import { enrollment, match, PROGRAM } from './testFixtures';

describe('next step of an enrollment', () => {
  it('says what to do at each stage', () => {
    expect(nextStep(enrollment({ status: 'invited', approval: null })).text).toBe('Invited — apply');
    expect(
      nextStep(enrollment({ status: 'applied', approval: { ...enrollment().approval!, status: 'pending' } })).text,
    ).toBe('Waiting for your manager’s approval');
    expect(
      nextStep(
        enrollment({ status: 'applied', approval: { ...enrollment().approval!, status: 'pending', approver: null } }),
      ).text,
    ).toBe('Waiting for the program manager’s approval');
    expect(nextStep(enrollment()).text).toBe('Approved — complete your training (2 of 5)');
    expect(nextStep(enrollment({ training: { required: true, completed: 5, total: 5 } })).text).toBe(
      'Approved — waiting to be matched',
    );
    expect(nextStep(enrollment({ training: { required: false, completed: 0, total: 5 } })).tone).toBe('waiting');
    expect(nextStep(enrollment({ pairStatus: 'offered' }), match()).text).toMatch(/^Matched — respond by /);
    expect(nextStep(enrollment({ pairStatus: 'offered' }), match({ myResponse: 'accepted' })).text).toBe(
      'Matched — you accepted; waiting for your partner',
    );
    expect(nextStep(enrollment({ pairStatus: 'active' })).text).toBe('Active');
    expect(nextStep(enrollment({ status: 'declined' })).text).toBe('Not approved');
    expect(nextStep(enrollment({ program: { ...PROGRAM, status: 'closed' } })).tone).toBe('closed');
  });

  it('allows withdrawing until the pair is active', () => {
    expect(canWithdraw(enrollment())).toBe(true);
    expect(canWithdraw(enrollment({ status: 'invited' }))).toBe(true);
    expect(canWithdraw(enrollment({ pairStatus: 'active' }))).toBe(false);
    expect(canWithdraw(enrollment({ status: 'withdrawn' }))).toBe(false);
  });
});
