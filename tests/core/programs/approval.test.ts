import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionRoute, type ApprovalFacts, type Decider } from '../../../src/core/programs/approval.js';

const PARTICIPANT = 'p-ana';
const MANAGER = 'p-boss';
const OTHER_MANAGER = 'p-other-boss';

const pending = (extra: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
  participantPersonId: PARTICIPANT,
  approverPersonId: MANAGER,
  approvalStatus: 'pending',
  ...extra,
});
const decider = (personId: string | null, runsProgram = false): Decider => ({ personId, runsProgram });
const plain = { override: false, reason: null };
const override = (reason: string | null) => ({ override: true, reason });

describe('decisionRoute', () => {
  describe('the participant’s manager', () => {
    it('decides for their own direct report', () => {
      expect(decisionRoute(pending(), decider(MANAGER), plain)).toEqual({ route: 'manager' });
    });

    it('decides as the manager even when they also run the program', () => {
      expect(decisionRoute(pending(), decider(MANAGER, true), plain)).toEqual({ route: 'manager' });
    });

    it('refuses another manager, and a user who is not in the directory', () => {
      expect(decisionRoute(pending(), decider(OTHER_MANAGER), plain)).toEqual({
        refused: 'Only the person’s own manager can approve this request.',
      });
      expect(decisionRoute(pending(), decider(null), plain)).toHaveProperty('refused');
    });

    it('refuses the program manager without an override when the person has a manager', () => {
      expect(decisionRoute(pending(), decider(OTHER_MANAGER, true), plain)).toHaveProperty('refused');
    });
  });

  describe('self-approval', () => {
    it('is refused for a participant deciding their own enrollment', () => {
      expect(decisionRoute(pending(), decider(PARTICIPANT), plain)).toEqual({
        refused: 'You cannot approve your own enrollment.',
      });
    });

    it('is refused even for a participant who runs the program, and even as an override with a reason', () => {
      expect(decisionRoute(pending(), decider(PARTICIPANT, true), plain)).toHaveProperty('refused');
      expect(decisionRoute(pending(), decider(PARTICIPANT, true), override('I know what I am doing'))).toEqual({
        refused: 'You cannot approve your own enrollment.',
      });
    });

    it('is refused when the directory lists the participant as their own manager', () => {
      const own = pending({ approverPersonId: PARTICIPANT });
      expect(decisionRoute(own, decider(PARTICIPANT), plain)).toHaveProperty('refused');
      expect(decisionRoute(own, decider(PARTICIPANT, true), override('loop in the directory'))).toHaveProperty(
        'refused',
      );
    });

    it('is refused for a participant without a manager who runs the program', () => {
      expect(decisionRoute(pending({ approverPersonId: null }), decider(PARTICIPANT, true), plain)).toHaveProperty(
        'refused',
      );
    });
  });

  describe('a participant without a manager', () => {
    const noManager = pending({ approverPersonId: null });

    it('is decided by the program manager', () => {
      expect(decisionRoute(noManager, decider(OTHER_MANAGER, true), plain)).toEqual({
        route: 'program_manager_no_manager',
      });
      expect(decisionRoute(noManager, decider(null, true), plain)).toEqual({ route: 'program_manager_no_manager' });
    });

    it('is not decided by anyone else', () => {
      expect(decisionRoute(noManager, decider(OTHER_MANAGER), plain)).toEqual({
        refused: 'This person has no manager in the directory; the program manager decides.',
      });
      expect(decisionRoute(noManager, decider(null), plain)).toHaveProperty('refused');
    });
  });

  describe('override', () => {
    it('lets the program manager decide in place of the manager, with a reason', () => {
      expect(decisionRoute(pending(), decider(OTHER_MANAGER, true), override('manager on long leave'))).toEqual({
        route: 'override',
      });
    });

    it('is refused to anyone who does not run the program, the manager included', () => {
      for (const who of [decider(OTHER_MANAGER), decider(MANAGER), decider(null)]) {
        expect(decisionRoute(pending(), who, override('because'))).toEqual({
          refused: 'Only the program manager can override an approval.',
        });
      }
    });

    it('needs a reason that is not blank', () => {
      for (const reason of [null, '', '   ', '\n\t']) {
        expect(decisionRoute(pending(), decider(OTHER_MANAGER, true), override(reason))).toEqual({
          refused: 'An override needs a reason.',
        });
      }
    });
  });

  describe('a request already decided', () => {
    for (const status of ['approved', 'declined'] as const) {
      it(`cannot be decided again once ${status}, not even by the manager`, () => {
        const decided = pending({ approvalStatus: status });
        expect(decisionRoute(decided, decider(MANAGER), plain)).toEqual({
          refused: `This request was already ${status}.`,
        });
        expect(decisionRoute(decided, decider(OTHER_MANAGER, true), plain)).toHaveProperty('refused');
        expect(decisionRoute({ ...decided, approverPersonId: null }, decider(null, true), plain)).toHaveProperty(
          'refused',
        );
      });

      it(`can be overridden by the program manager once ${status}`, () => {
        const decided = pending({ approvalStatus: status });
        expect(decisionRoute(decided, decider(OTHER_MANAGER, true), override('reconsidered'))).toEqual({
          route: 'override',
        });
      });
    }
  });

  it('refuses anything for someone who has not applied, override included', () => {
    const notApplied = pending({ approvalStatus: null });
    for (const who of [decider(MANAGER), decider(OTHER_MANAGER, true), decider(null, true)]) {
      expect(decisionRoute(notApplied, who, plain)).toEqual({ refused: 'This person has not applied yet.' });
      expect(decisionRoute(notApplied, who, override('reason'))).toEqual({
        refused: 'This person has not applied yet.',
      });
    }
  });

  it('property: a route is only given to the approver or to someone who runs the program, never to the participant', () => {
    const id = fc.constantFrom('p1', 'p2', 'p3');
    fc.assert(
      fc.property(
        fc.record({
          participantPersonId: id,
          approverPersonId: fc.option(id, { nil: null }),
          approvalStatus: fc.constantFrom('pending' as const, 'approved' as const, 'declined' as const, null),
        }),
        fc.record({ personId: fc.option(id, { nil: null }), runsProgram: fc.boolean() }),
        fc.record({ override: fc.boolean(), reason: fc.option(fc.constantFrom('', ' ', 'a reason'), { nil: null }) }),
        (f, d, request) => {
          const route = decisionRoute(f, d, request);
          if ('refused' in route) return;
          const isApprover = d.personId !== null && d.personId === f.approverPersonId;
          expect(isApprover || d.runsProgram).toBe(true);
          expect(d.personId !== null && d.personId === f.participantPersonId).toBe(false);
          expect(f.approvalStatus).not.toBeNull();
          // Only an override decides a request twice, and only a program manager with a reason overrides.
          if (f.approvalStatus !== 'pending') expect(route.route).toBe('override');
          if (route.route === 'override') {
            expect(request.override && d.runsProgram).toBe(true);
            expect(request.reason?.trim()).toBeTruthy();
          }
          if (route.route === 'manager') expect(isApprover).toBe(true);
          if (route.route === 'program_manager_no_manager') expect(f.approverPersonId).toBeNull();
        },
      ),
    );
  });
});
