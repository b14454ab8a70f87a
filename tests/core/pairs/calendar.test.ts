import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar, emailCalendar, parseMailbox, type CalendarInput } from '../../../src/core/pairs/calendar.js';
import { events, instantOf, parseIcs, prop, text, unfold, value } from '../../support/ics-parse.js';

const input = (over: Partial<CalendarInput> = {}): CalendarInput => ({
  method: 'REQUEST',
  meetings: [
    {
      uid: 'm-1@tandem',
      sequence: 0,
      startsAt: new Date('2027-03-16T10:00:00Z'),
      minutes: 45,
      place: 'Café, 3rd floor; table "A"',
    },
    { uid: 'm-2@tandem', sequence: 2, startsAt: new Date('2027-03-30T09:00:00Z'), minutes: 45, place: '' },
  ],
  timeZone: 'Europe/Paris',
  summary: 'Mentoring: Ana Lee & Bob Ray',
  pairUrl: 'https://tandem.example/my/pairs/p-1',
  organizer: { name: 'Tandem', email: 'no-reply@tandem.example' },
  attendees: [
    { name: 'Ana Lee', email: 'ana@acme.test' },
    { name: 'Bob Ray', email: 'bob@acme.test' },
  ],
  now: new Date('2027-03-01T08:00:00Z'),
  ...over,
});
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar invitations', () => {
  it('is one VCALENDAR, METHOD:REQUEST, one VEVENT per meeting with its stable UID and SEQUENCE', () => {
    const raw = buildCalendar(input());
    expect(raw.endsWith('END:VCALENDAR')).toBe(true);
    expect(raw.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const cal = parseIcs(raw);
    expect(value(cal, 'VERSION')).toBe('2.0');
    expect(value(cal, 'METHOD')).toBe('REQUEST');
    const [a, b] = events(cal);
    expect(events(cal)).toHaveLength(2);
    expect([value(a!, 'UID'), value(a!, 'SEQUENCE'), value(b!, 'UID'), value(b!, 'SEQUENCE')]).toEqual([
      'm-1@tandem',
      '0',
      'm-2@tandem',
      '2',
    ]);
    expect(value(a!, 'STATUS')).toBe('CONFIRMED');
    expect(text(value(a!, 'SUMMARY'))).toBe('Mentoring: Ana Lee & Bob Ray');
    expect(text(value(a!, 'LOCATION'))).toBe('Café, 3rd floor; table "A"');
    expect(prop(b!, 'LOCATION')).toBeUndefined();
    // The description is the link to the pair page, nothing else.
    expect(text(value(a!, 'DESCRIPTION'))).toBe('https://tandem.example/my/pairs/p-1');
    expect(value(a!, 'DTSTAMP')).toBe('20270301T080000Z');
    expect(prop(a!, 'ORGANIZER')).toMatchObject({ params: { CN: 'Tandem' }, value: 'mailto:no-reply@tandem.example' });
    const attendees = a!.props.filter((p) => p.name === 'ATTENDEE');
    expect(attendees.map((p) => [p.params.CN, p.value.toLowerCase(), p.params.RSVP])).toEqual([
      ['Ana Lee', 'mailto:ana@acme.test', 'FALSE'],
      ['Bob Ray', 'mailto:bob@acme.test', 'FALSE'],
    ]);
  });

  it('writes local times with the reader’s TZID, defined by a VTIMEZONE, across a DST change', () => {
    const cal = parseIcs(buildCalendar(input()));
    const [a, b] = events(cal);
    expect(prop(a!, 'DTSTART')).toMatchObject({ params: { TZID: 'Europe/Paris' }, value: '20270316T110000' });
    // 30 March is summer time in Paris: 09:00 UTC is 11:00 there too.
    expect(prop(b!, 'DTSTART')).toMatchObject({ params: { TZID: 'Europe/Paris' }, value: '20270330T110000' });
    expect(prop(b!, 'DTEND')!.value).toBe('20270330T114500');
    expect(instantOf(cal, prop(a!, 'DTSTART')!).toISOString()).toBe('2027-03-16T10:00:00.000Z');
    expect(instantOf(cal, prop(b!, 'DTSTART')!).toISOString()).toBe('2027-03-30T09:00:00.000Z');
    const zones = cal.children.filter((c) => c.type === 'VTIMEZONE');
    expect(zones.map((z) => value(z, 'TZID'))).toEqual(['Europe/Paris']);
  });

  it('writes UTC when the reader’s zone is unknown', () => {
    const cal = parseIcs(buildCalendar(input({ timeZone: null })));
    expect(cal.children.some((c) => c.type === 'VTIMEZONE')).toBe(false);
    expect(value(events(cal)[0]!, 'DTSTART')).toBe('20270316T100000Z');
  });

  it('does not depend on the server’s own time zone', () => {
    const inUtc = buildCalendar(input());
    process.env.TZ = 'America/New_York';
    expect(buildCalendar(input())).toBe(inUtc);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, same UIDs', () => {
    const attachment = emailCalendar(
      input({
        method: 'CANCEL',
        meetings: [
          { uid: 'm-1@tandem', sequence: 1, startsAt: new Date('2027-03-16T10:00:00Z'), minutes: 45, place: '' },
        ],
      }),
    );
    expect(attachment).toMatchObject({ method: 'CANCEL', filename: 'cancel.ics' });
    const cal = parseIcs(attachment.content);
    expect(value(cal, 'METHOD')).toBe('CANCEL');
    expect(events(cal).map((e) => [value(e, 'UID'), value(e, 'SEQUENCE'), value(e, 'STATUS')])).toEqual([
      ['m-1@tandem', '1', 'CANCELLED'],
    ]);
  });

  it('writes a meeting in the hour repeated when clocks go back in UTC when its local time would mean the other pass', () => {
    // Chatham leaves summer time at 03:45 local on 5 April 2026: 02:45–03:45 happens twice.
    const first = new Date('2026-04-04T13:00:00Z'); // 02:45 summer time: the local time means this one
    const second = new Date('2026-04-04T14:00:00Z'); // 02:45 standard time
    const meetings = [first, second].map((startsAt, i) => ({ uid: `c${i}@t`, sequence: 0, startsAt, minutes: 30, place: '' }));
    const cal = parseIcs(buildCalendar(input({ meetings, timeZone: 'Pacific/Chatham' })));
    const [a, b] = events(cal);
    expect(prop(a!, 'DTSTART')).toMatchObject({ params: { TZID: 'Pacific/Chatham' }, value: '20260405T024500' });
    expect(prop(b!, 'DTSTART')!.value).toBe('20260404T140000Z');
    expect(instantOf(cal, prop(a!, 'DTSTART')!)).toEqual(first);
    expect(instantOf(cal, prop(b!, 'DTSTART')!)).toEqual(second);
  });

  it('property: in any zone, every DTSTART read through its VTIMEZONE is the meeting’s instant', () => {
    const zones = [
      'Europe/London',
      'America/New_York',
      'America/Sao_Paulo',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'UTC',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.date({ min: new Date('2026-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), {
          minLength: 1,
          maxLength: 8,
        }),
        (zone, dates) => {
          const meetings = dates.map((d, i) => ({
            uid: `u${i}@t`,
            sequence: 0,
            startsAt: new Date(Math.floor(d.getTime() / 60_000) * 60_000),
            minutes: 30,
            place: '',
          }));
          const cal = parseIcs(buildCalendar(input({ meetings, timeZone: zone })));
          events(cal).forEach((e, i) =>
            expect(instantOf(cal, prop(e, 'DTSTART')!).getTime()).toBe(meetings[i]!.startsAt.getTime()),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the organizer from MAIL_FROM', () => {
    expect(parseMailbox('Tandem <no-reply@tandem.localhost>')).toEqual({
      name: 'Tandem',
      email: 'no-reply@tandem.localhost',
    });
    expect(parseMailbox('"Acme Mentoring" <m@acme.test>')).toEqual({ name: 'Acme Mentoring', email: 'm@acme.test' });
    expect(parseMailbox('m@acme.test')).toEqual({ name: 'Tandem', email: 'm@acme.test' });
    expect(unfold('A:b\r\n c\r\nD:e\r\n')).toEqual(['A:bc', 'D:e']);
  });
});
