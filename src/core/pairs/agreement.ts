// The written agreement of a pair (issue 5, PRODUCT.md principle 4): sections both members
// agree to, signed by both; changing a signed text makes a new version that both sign again.
// Pure.

export interface AgreementSections {
  /** How often and how long: defaults from the program. */
  cadenceDays: number;
  meetingMinutes: number;
  /** Where and how they meet ("video call, Tuesdays 9:00"; "the 3rd-floor café"). */
  channel: string;
  /** What they work on: suggested from the skills that matched them. */
  topics: string[];
  /** What they will not discuss (performance reviews of third parties, pay…). */
  offLimits: string[];
  confidentiality: string;
  /** How either can raise a concern or end the pair without fault. */
  concernsAndEnding: string;
  /** Duration and the date they review how it goes. */
  endDate: string;
  reviewDate: string;
}

export const DEFAULT_CONFIDENTIALITY =
  'What we discuss stays between the two of us. Neither of us repeats it to colleagues, managers or the program team without the other’s agreement. The exceptions are a risk of harm or a breach of law or policy, which we would raise through the proper channel and tell each other first.';

export const DEFAULT_CONCERNS =
  'Either of us can raise a concern with the other directly, or confidentially with the program manager. Either of us can end the pair at any time, with no fault and no explanation owed; both of us can then be matched again.';

export interface AgreementDefaults {
  cadenceDays: number;
  meetingMinutes: number;
  programEndDate: string;
  /** Labels of the skills the pair was matched on. */
  matchedSkills: string[];
  /** Today (YYYY-MM-DD), for the review date. */
  today: string;
}

/** A first draft from the program's settings and what matched the pair; everything is editable. */
export function draftAgreement(d: AgreementDefaults): AgreementSections {
  return {
    cadenceDays: d.cadenceDays,
    meetingMinutes: d.meetingMinutes,
    channel: '',
    topics: [...new Set(d.matchedSkills)],
    offLimits: ['Confidential information about other colleagues', 'Pay, ratings and promotion decisions'],
    confidentiality: DEFAULT_CONFIDENTIALITY,
    concernsAndEnding: DEFAULT_CONCERNS,
    endDate: d.programEndDate,
    reviewDate: addDays(d.today, 90) < d.programEndDate ? addDays(d.today, 90) : d.programEndDate,
  };
}

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export interface AgreementVersion {
  version: number;
  sections: AgreementSections;
  mentorSignedAt: Date | null;
  menteeSignedAt: Date | null;
}

export type AgreementState = 'none' | 'draft' | 'partly_signed' | 'signed';

export function agreementState(latest: Pick<AgreementVersion, 'mentorSignedAt' | 'menteeSignedAt'> | null): AgreementState {
  if (!latest) return 'none';
  const signatures = Number(latest.mentorSignedAt !== null) + Number(latest.menteeSignedAt !== null);
  return signatures === 2 ? 'signed' : signatures === 1 ? 'partly_signed' : 'draft';
}

/**
 * Saving a text: an unsigned draft is edited in place; once anyone has signed, the change is a
 * new version that both must sign (the signed text stays in the history as it was).
 */
export function saveTarget(latest: AgreementVersion | null): { kind: 'new'; version: number } | { kind: 'edit'; version: number } {
  if (!latest) return { kind: 'new', version: 1 };
  return agreementState(latest) === 'draft' ? { kind: 'edit', version: latest.version } : { kind: 'new', version: latest.version + 1 };
}

/** Why `side` may not sign `version` now, or null. Signing names the version, so nobody signs a text they have not seen. */
export function signRefusal(latest: AgreementVersion | null, side: 'mentor' | 'mentee', version: number): string | null {
  if (!latest) return 'There is no agreement to sign yet; write a draft first.';
  if (version !== latest.version) return `Version ${version} is not the current text (version ${latest.version}); read it again before signing.`;
  const signed = side === 'mentor' ? latest.mentorSignedAt : latest.menteeSignedAt;
  if (signed) return 'You have already signed this version.';
  return null;
}

/** Cross-field rules of the sections. */
export function sectionProblems(s: AgreementSections): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  if (s.reviewDate > s.endDate) out.push({ path: 'sections.reviewDate', message: 'must be on or before the end date' });
  if (s.confidentiality.trim() === '') out.push({ path: 'sections.confidentiality', message: 'the agreement needs confidentiality terms' });
  if (s.concernsAndEnding.trim() === '') out.push({ path: 'sections.concernsAndEnding', message: 'say how either can raise a concern or end the pair' });
  return out;
}
