import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTandem } from '../support/tandem-cli.js';
import { parseConfig } from '../../src/config/env.js';
import { openConfiguredDatabase } from '../../src/db/open-configured.js';
import { enrollments, matchingRounds, meetings, organizations, pairs, people, programs } from '../../src/db/schema.js';
import { events, parseIcs, value } from '../support/ics-parse.js';

// `tandem pair ics`, as an operator runs it, on an embedded database in a temporary directory
// holding one active pair with a series of three meetings (one of them cancelled).
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-pair-'));
let pairId = '';

const tandem = (args: string[]) => runTandem(args, { dataDir });

beforeAll(async () => {
  const db = await openConfiguredDatabase(parseConfig({ DATA_DIR: dataDir, DATABASE_URL: '' }));
  try {
    await db.system(async (tx) => {
      const [org] = await tx.insert(organizations).values({ slug: 'pairco', name: 'Pair Co' }).returning();
      const orgId = org!.id;
      const person = (k: string, level: number) => ({
        orgId,
        employeeId: k,
        name: `${k} Person`,
        email: `${k}@pairco.test`,
        department: 'Eng',
        level,
        status: 'active' as const,
      });
      const [mentor, mentee] = await tx
        .insert(people)
        .values([person('jun', 2), person('sen', 7)])
        .returning();
      const [program] = await tx
        .insert(programs)
        .values({
          orgId,
          name: 'Pilot',
          objectives: 'Learn',
          mode: 'reverse',
          scopeKind: 'organization',
          startDate: '2026-01-01',
          endDate: '2040-12-31',
          hoursPerMonth: 2,
          cadenceDays: 14,
          meetingMinutes: 45,
          mentorCapacity: 1,
          minLevelGap: 2,
          responseDays: 7,
          status: 'active',
        })
        .returning();
      const [e1, e2] = await tx
        .insert(enrollments)
        .values([
          { orgId, programId: program!.id, personId: mentor!.id, side: 'mentor', status: 'approved' },
          { orgId, programId: program!.id, personId: mentee!.id, side: 'mentee', status: 'approved' },
        ])
        .returning();
      const [round] = await tx
        .insert(matchingRounds)
        .values({ orgId, programId: program!.id, number: 1, status: 'published', summary: {} })
        .returning();
      const [pair] = await tx
        .insert(pairs)
        .values({
          orgId,
          programId: program!.id,
          roundId: round!.id,
          mentorEnrollmentId: e1!.id,
          menteeEnrollmentId: e2!.id,
          mentorPersonId: mentor!.id,
          menteePersonId: mentee!.id,
          score: 10,
          explanation: { parts: [], reasons: [] },
          status: 'active',
          activatedAt: new Date(),
        })
        .returning();
      pairId = pair!.id;
      const meeting = (n: number, status: 'scheduled' | 'cancelled') => ({
        orgId,
        pairId,
        seriesId: pairId,
        uid: `cli-${n}@tandem`,
        sequence: status === 'cancelled' ? 1 : 0,
        startsAt: new Date(`2039-0${n}-05T10:00:00Z`),
        minutes: 45,
        timeZone: 'Europe/London',
        status,
      });
      await tx.insert(meetings).values([meeting(1, 'scheduled'), meeting(2, 'cancelled'), meeting(3, 'scheduled')]);
    });
  } finally {
    await db.close();
  }
});

describe('tandem pair ics', { timeout: 120_000 }, () => {
  it('prints the pair’s upcoming meetings as one calendar, with their stable UIDs', () => {
    const res = tandem(['pair', 'ics', pairId]);
    expect(res.code, res.err).toBe(0);
    const cal = parseIcs(res.out);
    expect(value(cal, 'METHOD')).toBe('REQUEST');
    expect(events(cal).map((e) => [value(e, 'UID'), value(e, 'DTSTART')])).toEqual([
      ['cli-1@tandem', '20390105T100000Z'],
      ['cli-3@tandem', '20390305T100000Z'],
    ]);
    expect(value(events(cal)[0]!, 'SUMMARY')).toBe('Mentoring: jun Person & sen Person');
  });

  it('writes it to a file with --out, also with --org', () => {
    const file = join(dataDir, 'series.ics');
    const res = tandem(['pair', 'ics', pairId, '--org', 'pairco', '--out', file]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toBe('');
    expect(events(parseIcs(readFileSync(file, 'utf8')))).toHaveLength(2);
  });

  it('explains an unknown pair, or one of another organization, and exits non-zero', () => {
    expect(tandem(['pair', 'ics', '00000000-0000-4000-8000-000000000000'])).toMatchObject({
      code: 1,
      out: '',
      err: expect.stringContaining('No pair "00000000-0000-4000-8000-000000000000"'),
    });
    expect(tandem(['pair', 'ics', 'not-a-pair'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('No pair "not-a-pair"'),
    });
    expect(tandem(['create-org', 'elsewhere', '--name', 'Elsewhere']).code).toBe(0);
    expect(tandem(['pair', 'ics', pairId, '--org', 'elsewhere'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('Pair not found'),
    });
  });
});
