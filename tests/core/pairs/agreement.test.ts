import { describe, expect, it } from 'vitest';
import { agreementState, draftAgreement, saveTarget, sectionProblems, signRefusal, type AgreementVersion } from '../../../src/core/pairs/agreement.js';

const sections = draftAgreement({ cadenceDays: 14, meetingMinutes: 45, programEndDate: '2027-12-31', matchedSkills: ['AI tools', 'AI tools', 'LinkedIn'], today: '2027-01-10' });
const at = new Date('2027-01-11T10:00:00Z');
const version = (v: number, mentor: Date | null, mentee: Date | null): AgreementVersion => ({ version: v, sections, mentorSignedAt: mentor, menteeSignedAt: mentee });

describe('the pair agreement', () => {
  it('drafts from the program: cadence, matched skills once each, review in 90 days but not after the end', () => {
    expect(sections).toMatchObject({ cadenceDays: 14, meetingMinutes: 45, topics: ['AI tools', 'LinkedIn'], endDate: '2027-12-31', reviewDate: '2027-04-10' });
    expect(draftAgreement({ cadenceDays: 7, meetingMinutes: 30, programEndDate: '2027-02-01', matchedSkills: [], today: '2027-01-10' }).reviewDate).toBe('2027-02-01');
  });

  it('is signed only when both have signed', () => {
    expect(agreementState(null)).toBe('none');
    expect(agreementState(version(1, null, null))).toBe('draft');
    expect(agreementState(version(1, at, null))).toBe('partly_signed');
    expect(agreementState(version(1, null, at))).toBe('partly_signed');
    expect(agreementState(version(1, at, at))).toBe('signed');
  });

  it('edits an unsigned draft in place; once anyone signed, a change is a new version', () => {
    expect(saveTarget(null)).toEqual({ kind: 'new', version: 1 });
    expect(saveTarget(version(3, null, null))).toEqual({ kind: 'edit', version: 3 });
    expect(saveTarget(version(3, at, null))).toEqual({ kind: 'new', version: 4 });
    expect(saveTarget(version(3, at, at))).toEqual({ kind: 'new', version: 4 });
  });

  it('signs only the current version, once per side', () => {
    expect(signRefusal(null, 'mentor', 1)).toMatch(/no agreement/);
    expect(signRefusal(version(2, null, null), 'mentor', 1)).toMatch(/not the current text/);
    expect(signRefusal(version(2, at, null), 'mentor', 2)).toMatch(/already signed/);
    expect(signRefusal(version(2, at, null), 'mentee', 2)).toBeNull();
  });

  it('needs confidentiality terms, a way out, and a review date within the duration', () => {
    expect(sectionProblems(sections)).toEqual([]);
    expect(sectionProblems({ ...sections, confidentiality: ' ', concernsAndEnding: '', reviewDate: '2028-01-01' }).map((p) => p.path)).toEqual([
      'sections.reviewDate',
      'sections.confidentiality',
      'sections.concernsAndEnding',
    ]);
  });
});
