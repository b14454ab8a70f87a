import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { renderMessage, type NotificationMessage } from '../../../src/core/notifications/templates.js';

type Kind = NotificationMessage['kind'];
type MessageOf<K extends Kind> = Extract<NotificationMessage, { kind: K }>;

const APP = 'https://tandem.example.com';

/** Every kind, every variant; typed so that a new kind fails to compile until it is listed here. */
const EXAMPLES: { [K in Kind]: Array<MessageOf<K>> } = {
  program_invitation: [
    {
      kind: 'program_invitation',
      programName: 'Reverse 2025',
      objectivesFirstLine: 'Learn AI from juniors.',
      accountUrl: null,
    },
    {
      kind: 'program_invitation',
      programName: 'Reverse 2025',
      objectivesFirstLine: 'Learn AI from juniors.',
      accountUrl: 'https://tandem.example.com/invite/abc',
    },
  ],
  rematch_needed: [
    { kind: 'rematch_needed', programName: 'Reverse 2025', programId: 'p-1', how: 'declined' },
    { kind: 'rematch_needed', programName: 'Reverse 2025', programId: 'p-1', how: 'expired' },
    { kind: 'rematch_needed', programName: 'Reverse 2025', programId: 'p-1', how: 'ended' },
  ],
  approval_request: [
    { kind: 'approval_request', participantName: 'Ana Lima', programName: 'Reverse 2025', approveUrl: null },
    {
      kind: 'approval_request',
      participantName: 'Ana Lima',
      programName: 'Reverse 2025',
      approveUrl: 'https://tandem.example.com/approve/t0k',
    },
  ],
  approval_reminder: [
    {
      kind: 'approval_reminder',
      participantName: 'Ana Lima',
      programName: 'Reverse 2025',
      approveUrl: null,
      daysWaiting: 5,
    },
    {
      kind: 'approval_reminder',
      participantName: 'Ana Lima',
      programName: 'Reverse 2025',
      approveUrl: 'https://tandem.example.com/approve/t0k',
      daysWaiting: 9,
    },
  ],
  approval_decided: [
    { kind: 'approval_decided', programName: 'Reverse 2025', decision: 'approved' },
    { kind: 'approval_decided', programName: 'Reverse 2025', decision: 'declined' },
  ],
  match_offered: [
    { kind: 'match_offered', programName: 'Reverse 2025', partnerName: 'Ben Ode', respondBy: '2025-03-14' },
  ],
  match_active: [{ kind: 'match_active', programName: 'Reverse 2025', partnerName: 'Ben Ode' }],
  match_not_going_ahead: [
    { kind: 'match_not_going_ahead', programName: 'Reverse 2025', why: 'declined' },
    { kind: 'match_not_going_ahead', programName: 'Reverse 2025', why: 'expired' },
  ],
  pair_ended: [{ kind: 'pair_ended', programName: 'Reverse 2025', partnerName: 'Ben Ode' }],
  agreement_unsigned: [{ kind: 'agreement_unsigned', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1' }],
  meeting_scheduled: [
    { kind: 'meeting_scheduled', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1', when: 'Tue 8 Dec 2026, 10:00 (Europe/London)', count: 1 },
    { kind: 'meeting_scheduled', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1', when: 'Tue 8 Dec 2026, 10:00 (Europe/London)', count: 6 },
  ],
  meeting_changed: [
    { kind: 'meeting_changed', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1', when: 'Tue 8 Dec 2026, 10:00', change: 'rescheduled' },
    { kind: 'meeting_changed', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1', when: 'Tue 8 Dec 2026, 10:00', change: 'cancelled' },
  ],
  meeting_reminder: [{ kind: 'meeting_reminder', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1', when: 'tomorrow' }],
  pair_quiet: [{ kind: 'pair_quiet', programName: 'Reverse 2025', partnerName: 'Ben Ode', pairId: 'pr-1', weeks: 4 }],
  checkin_due: [
    { kind: 'checkin_due', programName: 'Reverse 2025', pairId: 'pr-1', phase: 'start' },
    { kind: 'checkin_due', programName: 'Reverse 2025', pairId: 'pr-1', phase: 'midway' },
    { kind: 'checkin_due', programName: 'Reverse 2025', pairId: 'pr-1', phase: 'end' },
  ],
  pulse_check_due: [{ kind: 'pulse_check_due', programName: 'Reverse 2025', pulseId: 'pu-1' }],
  concern_raised: [{ kind: 'concern_raised', programName: 'Reverse 2025', concernId: 'c-1' }],
  concern_reply: [{ kind: 'concern_reply', programName: 'Reverse 2025', concernId: 'c-1' }],
  review_requested: [{ kind: 'review_requested', programName: 'Reverse 2025', reviewTitle: 'Q1 review', dueDate: '31 Mar 2027', pairId: 'pr-1' }],
  review_reminder: [{ kind: 'review_reminder', programName: 'Reverse 2025', reviewTitle: 'Q1 review', dueDate: '31 Mar 2027', pairId: 'pr-1' }],
  review_confirm_needed: [{ kind: 'review_confirm_needed', programName: 'Reverse 2025', partnerName: 'Ana Lima', pairId: 'pr-1' }],
  review_comment: [{ kind: 'review_comment', programName: 'Reverse 2025', reviewTitle: 'Q1 review', pairId: 'pr-1' }],
  survey_due: [
    { kind: 'survey_due', programName: 'Reverse 2025', responseId: 'sr-1', survey: 'fit_check', closesOn: '2027-03-01' },
    { kind: 'survey_due', programName: 'Reverse 2025', responseId: 'sr-1', survey: 'pulse', closesOn: '2027-03-01' },
    { kind: 'survey_due', programName: 'Reverse 2025', responseId: 'sr-1', survey: 'end_of_cycle', closesOn: '2027-03-01' },
  ],
  survey_reminder: [{ kind: 'survey_reminder', programName: 'Reverse 2025', responseId: 'sr-1', survey: 'pulse', closesOn: '2027-03-01' }],
};
const ALL: NotificationMessage[] = Object.values(EXAMPLES).flat();

/** The URL the email should send its reader to. */
function emailTarget(m: NotificationMessage): string | null {
  if (m.kind === 'program_invitation') return m.accountUrl;
  if (m.kind === 'approval_request' || m.kind === 'approval_reminder') return m.approveUrl;
  return null;
}

describe('renderMessage', () => {
  for (const message of ALL) {
    const variant = JSON.stringify(
      Object.fromEntries(Object.entries(message).filter(([k]) => k !== 'kind' && k !== 'programName')),
    );
    it(`renders ${message.kind} ${variant}: title, body, an in-app link and a plain email`, () => {
      const r = renderMessage(message, 'Chloé Durand', APP);
      expect(r.title.trim()).not.toBe('');
      expect(r.title).not.toContain('\n');
      expect(r.body.trim()).not.toBe('');
      expect(r.body).toContain(message.programName);
      expect(r.link).toMatch(/^\/[a-z]/);
      expect(r.email.startsWith('Hello Chloé Durand,\n\n')).toBe(true);
      expect(r.email).toContain(r.body);
      expect(r.email.endsWith('\n\n— Tandem')).toBe(true);
      expect(r.email).not.toContain('undefined');
      expect(r.email).not.toContain('null');
      const target = emailTarget(message);
      expect(r.email).toContain(target ?? `${APP}${r.link}`);
    });
  }

  it('sends people to the page that matches the message', () => {
    const link = (m: NotificationMessage) => renderMessage(m, 'X', APP).link;
    for (const m of EXAMPLES.program_invitation) expect(link(m)).toBe('/my/programs');
    for (const m of [...EXAMPLES.approval_request, ...EXAMPLES.approval_reminder]) expect(link(m)).toBe('/approvals');
    for (const m of EXAMPLES.approval_decided) expect(link(m)).toBe('/my/programs');
    for (const m of [
      ...EXAMPLES.match_offered,
      ...EXAMPLES.match_active,
      ...EXAMPLES.match_not_going_ahead,
      ...EXAMPLES.pair_ended,
    ]) {
      expect(link(m)).toBe('/my/matches');
    }
  });

  it('joins the app URL and the link with exactly one slash', () => {
    const m = EXAMPLES.match_active[0] as NotificationMessage;
    for (const app of ['https://tandem.example.com', 'https://tandem.example.com/']) {
      expect(renderMessage(m, 'X', app).email).toContain('https://tandem.example.com/my/matches\n');
    }
  });

  it('sends a new user to the account page, and a manager to the one-click approval page, instead of the app', () => {
    const invitation = renderMessage(EXAMPLES.program_invitation[1] as NotificationMessage, 'X', APP).email;
    expect(invitation).toContain(
      'Create your Tandem account, then read about it and apply: https://tandem.example.com/invite/abc',
    );
    expect(invitation).not.toContain(`${APP}/my/programs`);
    const request = renderMessage(EXAMPLES.approval_request[1] as NotificationMessage, 'X', APP).email;
    expect(request).toContain('Approve or decline: https://tandem.example.com/approve/t0k');
    expect(request).not.toContain(`${APP}/approvals`);
  });

  it('says how long a reminder has been waiting and when an offer must be answered', () => {
    expect(renderMessage(EXAMPLES.approval_reminder[0] as NotificationMessage, 'X', APP).body).toContain('5 days ago');
    expect(renderMessage(EXAMPLES.match_offered[0] as NotificationMessage, 'X', APP).body).toContain('by 2025-03-14');
  });

  describe('approval_decided', () => {
    it('carries only the program and the decision: no reason can be passed in', () => {
      expectTypeOf<MessageOf<'approval_decided'>>().toEqualTypeOf<{
        kind: 'approval_decided';
        programName: string;
        decision: 'approved' | 'declined';
      }>();
    });

    it('never repeats a reason, even one smuggled in as an extra field', () => {
      const smuggled = {
        kind: 'approval_decided',
        programName: 'P',
        decision: 'declined',
        reason: 'SECRET-REASON',
      } as NotificationMessage;
      const r = renderMessage(smuggled, 'X', APP);
      expect(JSON.stringify(r)).not.toContain('SECRET-REASON');
    });

    it('tells approved and declined people different things', () => {
      const [approved, declined] = EXAMPLES.approval_decided.map((m) => renderMessage(m, 'X', APP));
      expect(approved?.title).toBe('You are approved for Reverse 2025');
      expect(declined?.title).toBe('Your application to Reverse 2025 was declined');
      expect(approved?.body).toContain('Complete your training');
    });
  });

  it('says an expired offer and a declined one differently, blaming nobody', () => {
    const [declined, expired] = EXAMPLES.match_not_going_ahead.map((m) => renderMessage(m, 'X', APP).body);
    expect(declined).toContain('No fault on anyone');
    expect(expired).toContain('time to respond');
    expect(declined).not.toContain('declined');
  });

  describe('property: the inputs are only ever substituted in', () => {
    // Any text, including what String.replace would treat as patterns; no NUL (the markers use it).
    const text = fc
      .oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('$&', "$'", '$1', '${programName}', 'a\nb', '"quoted"', '<b>x</b>', ''),
      )
      .filter((s) => !s.includes('\u0000'));
    const line = text.filter((s) => s !== '' && s.trim() === s);
    const url = fc.webUrl();
    const marker = (field: string) => `\u0000${field}\u0000`;

    /** A message of `kind` with every free-text field replaced by `value(field)`. */
    function build(
      kind: Kind,
      value: (field: string) => string,
      urls: { account: boolean; approve: boolean },
      days: number,
    ): NotificationMessage {
      const programName = value('programName');
      switch (kind) {
        case 'program_invitation':
          return {
            kind,
            programName,
            objectivesFirstLine: value('objectivesFirstLine'),
            accountUrl: urls.account ? value('url') : null,
          };
        case 'approval_request':
          return {
            kind,
            programName,
            participantName: value('participantName'),
            approveUrl: urls.approve ? value('url') : null,
          };
        case 'approval_reminder':
          return {
            kind,
            programName,
            participantName: value('participantName'),
            approveUrl: urls.approve ? value('url') : null,
            daysWaiting: days,
          };
        case 'approval_decided':
          return { kind, programName, decision: urls.account ? 'approved' : 'declined' };
        case 'match_offered':
          return { kind, programName, partnerName: value('partnerName'), respondBy: value('respondBy') };
        case 'match_active':
          return { kind, programName, partnerName: value('partnerName') };
        case 'match_not_going_ahead':
          return { kind, programName, why: urls.approve ? 'declined' : 'expired' };
        case 'pair_ended':
          return { kind, programName, partnerName: value('partnerName') };
        case 'rematch_needed':
          return { kind, programName, programId: 'p-1', how: urls.approve ? 'declined' : 'ended' };
        case 'agreement_unsigned':
          return { kind, programName, partnerName: value('partnerName'), pairId: 'pr-1' };
        case 'meeting_scheduled':
          return { kind, programName, partnerName: value('partnerName'), pairId: 'pr-1', when: value('respondBy'), count: urls.account ? days + 1 : 1 };
        case 'meeting_changed':
          return { kind, programName, partnerName: value('partnerName'), pairId: 'pr-1', when: value('respondBy'), change: urls.approve ? 'cancelled' : 'rescheduled' };
        case 'meeting_reminder':
          return { kind, programName, partnerName: value('partnerName'), pairId: 'pr-1', when: value('respondBy') };
        case 'pair_quiet':
          return { kind, programName, partnerName: value('partnerName'), pairId: 'pr-1', weeks: days };
        case 'checkin_due':
          return { kind, programName, pairId: 'pr-1', phase: urls.approve ? 'midway' : 'end' };
        case 'pulse_check_due':
          return { kind, programName, pulseId: 'pu-1' };
        case 'concern_raised':
          return { kind, programName, concernId: 'c-1' };
        case 'concern_reply':
          return { kind, programName, concernId: 'c-1' };
        case 'review_requested':
        case 'review_reminder':
          return { kind, programName, reviewTitle: 'Q1 review', dueDate: value('respondBy'), pairId: 'pr-1' };
        case 'review_confirm_needed':
          return { kind, programName, partnerName: value('partnerName'), pairId: 'pr-1' };
        case 'review_comment':
          return { kind, programName, reviewTitle: 'Q1 review', pairId: 'pr-1' };
        case 'survey_due':
        case 'survey_reminder':
          return { kind, programName, responseId: 'sr-1', survey: urls.approve ? 'pulse' : 'fit_check', closesOn: value('respondBy') };
      }
    }

    it('renders exactly the template with the given values in place, whatever the values', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...(Object.keys(EXAMPLES) as Kind[])),
          fc.record({
            recipientName: text,
            programName: text,
            objectivesFirstLine: line,
            participantName: text,
            partnerName: text,
            respondBy: text,
            url,
          }),
          fc.record({ account: fc.boolean(), approve: fc.boolean() }),
          fc.nat(400),
          fc.constantFrom('https://tandem.example.com', 'https://tandem.example.com/', 'http://localhost:3000'),
          (kind, values, urls, days, app) => {
            const fields = Object.keys(values) as Array<keyof typeof values>;
            const withMarkers = renderMessage(build(kind, marker, urls, days), marker('recipientName'), app);
            const real = renderMessage(
              build(kind, (f) => values[f as keyof typeof values], urls, days),
              values.recipientName,
              app,
            );
            const fill = (s: string) => fields.reduce((acc, f) => acc.split(marker(f)).join(values[f]), s);
            expect(real).toEqual({
              title: fill(withMarkers.title),
              body: fill(withMarkers.body),
              link: withMarkers.link,
              email: fill(withMarkers.email),
            });
            // The template itself adds no link but the one it names.
            const base = app.replace(/\/$/, '');
            const target = emailTarget(build(kind, (f) => values[f as keyof typeof values], urls, days));
            expect(real.email).toContain(`: ${target ?? `${base}${real.link}`}\n\n— Tandem`);
            expect(real.link.startsWith('/') && !real.link.startsWith('//')).toBe(true);
          },
        ),
      );
    });
  });
});
