// Who may apply to a program, and who then approves (issue 4). Pure.
import type { FieldError } from '../errors.js';
import type { EmploymentStatus } from '../people/person.js';
import { acceptsEnrollment, type ProgramStatus } from './status.js';

export interface ApplicationFacts {
  programStatus: ProgramStatus;
  /** The person's enrollment in this program, if any (an invitation, an earlier application). */
  existingStatus: 'invited' | 'applied' | 'approved' | 'declined' | 'withdrawn' | null;
  /** Self-enrollment is open and the person is in the program's scope. */
  openToThem: boolean;
  employment: EmploymentStatus;
  profileSkillCount: number;
  side: 'mentor' | 'mentee';
  capacityGiven: boolean;
}

export type ApplicationRefusal =
  | { code: 'not_found'; message: string }
  | { code: 'conflict'; message: string }
  | { code: 'validation_failed'; message: string; field: FieldError };

/**
 * Null when the person may apply. A program they were not invited to and cannot join on their
 * own is "not found", so its existence does not leak.
 */
export function applicationRefusal(f: ApplicationFacts): ApplicationRefusal | null {
  if (f.programStatus === 'draft' || (f.existingStatus === null && !f.openToThem)) return { code: 'not_found', message: 'Program not found.' };
  if (!acceptsEnrollment(f.programStatus)) return { code: 'conflict', message: `The program is ${f.programStatus} and takes no applications.` };
  if (f.existingStatus !== null && f.existingStatus !== 'invited' && f.existingStatus !== 'withdrawn') {
    return { code: 'conflict', message: `You have already applied (${f.existingStatus}).` };
  }
  if (f.employment !== 'active') return { code: 'conflict', message: 'Only people currently at work can apply.' };
  if (f.profileSkillCount === 0) {
    return { code: 'validation_failed', message: 'Add the skills you can teach and want to learn to your profile first.', field: { path: 'profile', message: 'no skills yet' } };
  }
  if (f.side === 'mentee' && f.capacityGiven) return { code: 'validation_failed', message: 'Only mentors have a capacity.', field: { path: 'capacity', message: 'mentors only' } };
  return null;
}

/** The direct manager approves; one who has left cannot, so the program manager decides (null). */
export function approverFor(manager: { id: string; status: EmploymentStatus } | null): string | null {
  return manager && manager.status !== 'departed' ? manager.id : null;
}
