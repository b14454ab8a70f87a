import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  existsInZone,
  formatLocalDateTime,
  formatWhen,
  localToInstant,
  offsetMinutes,
  parseLocalDateTime,
  wallClock,
  zoneTransitions,
} from '../../../src/core/pairs/meeting-time.js';

const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
];
const instant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000));

describe('wall-clock time in a zone', () => {
  it('writes a meeting time for a message in the reader’s zone', () => {
    expect(formatWhen(new Date('2026-12-08T10:00:00Z'), 'Europe/London')).toBe('Tue 8 Dec 2026, 10:00 (Europe/London)');
    expect(formatWhen(new Date('2026-12-08T10:00:00Z'), 'Europe/Paris')).toBe('Tue 8 Dec 2026, 11:00 (Europe/Paris)');
    expect(formatWhen(new Date('2026-12-08T23:30:00Z'), 'Asia/Tokyo')).toBe('Wed 9 Dec 2026, 08:30 (Asia/Tokyo)');
    expect(formatWhen(new Date('2027-07-01T00:05:00Z'), 'America/Los_Angeles')).toBe(
      'Wed 30 Jun 2027, 17:05 (America/Los_Angeles)',
    );
  });

  it('knows offsets, half and quarter hours included', () => {
    expect(offsetMinutes(new Date('2027-01-15T12:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(new Date('2027-07-15T12:00:00Z'), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2027-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(new Date('2027-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(offsetMinutes(new Date('2027-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('moves a time that does not exist (clocks forward) by the gap, and takes the first of a repeated one', () => {
    // London, 28 March 2027: 01:00 GMT → 02:00 BST; 01:30 does not exist.
    const gap = { year: 2027, month: 3, day: 28, hour: 1, minute: 30 };
    expect(existsInZone(gap, 'Europe/London')).toBe(false);
    expect(localToInstant(gap, 'Europe/London').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(formatLocalDateTime(localToInstant(gap, 'Europe/London'), 'Europe/London')).toBe('2027-03-28T02:30');
    // New York, 7 November 2027: 01:30 happens twice (EDT, then EST).
    const twice = { year: 2027, month: 11, day: 7, hour: 1, minute: 30 };
    expect(localToInstant(twice, 'America/New_York').toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });

  it('round-trips: the local time of an instant happens at that instant (first occurrence)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
        const local = wallClock(t, zone);
        const back = localToInstant(local, zone);
        expect(formatLocalDateTime(back, zone)).toBe(formatLocalDateTime(t, zone));
        expect(back.getTime()).toBeLessThanOrEqual(t.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('parses only real local date-times', () => {
    expect(parseLocalDateTime('2027-02-28T09:05')).toEqual({ year: 2027, month: 2, day: 28, hour: 9, minute: 5 });
    for (const bad of [
      '2027-02-29T09:00',
      '2027-13-01T09:00',
      '2027-01-01T24:00',
      '2027-01-01 09:00',
      '2027-01-01T9:00',
      '',
    ])
      expect(parseLocalDateTime(bad), bad).toBeNull();
    expect(addLocalDays({ year: 2027, month: 12, day: 25, hour: 10, minute: 0 }, 14)).toEqual({
      year: 2028,
      month: 1,
      day: 8,
      hour: 10,
      minute: 0,
    });
  });

  it('finds each offset change of a zone to the second', () => {
    const changes = zoneTransitions('Europe/Paris', new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'));
    expect(changes.map((c) => [c.at.toISOString(), c.fromOffset, c.toOffset])).toEqual([
      ['2027-03-28T01:00:00.000Z', 60, 120],
      ['2027-10-31T01:00:00.000Z', 120, 60],
    ]);
    expect(zoneTransitions('Asia/Tokyo', new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'))).toEqual(
      [],
    );
  });
});
