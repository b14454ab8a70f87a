import { describe, expect, it } from 'vitest';
import { profileProblems, type ProfileContext, type ProfileInput } from '../../../src/core/programs/profile.js';
import { settingsProblems, type ProgramSettings, type SettingsContext } from '../../../src/core/programs/settings.js';

const CONTEXT: SettingsContext = {
  departments: new Set(['Sales', 'Finance']),
  skillKeys: new Set(['ai', 'excel', 'tiktok']),
  managerCandidates: new Set(['u-pm', 'u-admin']),
};

/** Valid settings: an organization-wide reverse program, two hours a month, a meeting every two weeks. */
const settings = (extra: Partial<ProgramSettings> = {}): ProgramSettings => ({
  name: 'Reverse mentoring 2025',
  objectives: 'Digital skills up, leadership insight down.',
  mode: 'reverse',
  scope: { kind: 'organization' },
  requireCrossDepartment: true,
  startDate: '2025-01-06',
  endDate: '2025-06-30',
  hoursPerMonth: 2,
  cadenceDays: 14,
  meetingMinutes: 60,
  mentorCapacity: 1,
  minLevelGap: 2,
  responseDays: 7,
  requireTraining: true,
  autoRematch: false,
  selfEnrollment: true,
  skillKeys: ['ai', 'excel'],
  managerUserIds: ['u-pm'],
  ...extra,
});
const paths = (s: ProgramSettings) => settingsProblems(s, CONTEXT).map((p) => p.path);

describe('settingsProblems', () => {
  it('finds nothing wrong with valid settings, organization-wide or a department pilot', () => {
    expect(settingsProblems(settings(), CONTEXT)).toEqual([]);
    const pilot = settings({ scope: { kind: 'department', department: 'Sales' }, requireCrossDepartment: false });
    expect(settingsProblems(pilot, CONTEXT)).toEqual([]);
  });

  it('refuses a blank name', () => {
    expect(paths(settings({ name: '   ' }))).toEqual(['name']);
  });

  it('needs the end date after the start date', () => {
    expect(settingsProblems(settings({ endDate: '2024-12-31' }), CONTEXT)).toEqual([
      { path: 'endDate', message: 'must be after the start date' },
    ]);
    expect(paths(settings({ endDate: '2025-01-06' }))).toEqual(['endDate']);
    expect(paths(settings({ endDate: '2025-01-07' }))).toEqual([]);
  });

  it('refuses a pilot in a department the directory does not have', () => {
    const pilot = settings({ scope: { kind: 'department', department: 'Marketing' }, requireCrossDepartment: false });
    expect(settingsProblems(pilot, CONTEXT)).toEqual([
      { path: 'scope.department', message: 'no department "Marketing" in the directory' },
    ]);
  });

  it('refuses a one-department pilot that requires pairs across departments', () => {
    const pilot = settings({ scope: { kind: 'department', department: 'Sales' }, requireCrossDepartment: true });
    expect(paths(pilot)).toEqual(['requireCrossDepartment']);
  });

  it('names the skills that are not in the catalogue, five at most', () => {
    expect(settingsProblems(settings({ skillKeys: ['ai', 'cobol'] }), CONTEXT)).toEqual([
      { path: 'skillKeys', message: 'not in the catalogue: cobol' },
    ]);
    const many = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'];
    expect(settingsProblems(settings({ skillKeys: many }), CONTEXT)).toEqual([
      { path: 'skillKeys', message: 'not in the catalogue: s1, s2, s3, s4, s5' },
    ]);
  });

  it('needs at least one person to run the program', () => {
    expect(settingsProblems(settings({ managerUserIds: [] }), CONTEXT)).toEqual([
      { path: 'managerUserIds', message: 'choose at least one person to run the program' },
    ]);
  });

  it('refuses managers who are not program managers or org admins', () => {
    expect(settingsProblems(settings({ managerUserIds: ['u-pm', 'u-employee'] }), CONTEXT)).toEqual([
      { path: 'managerUserIds', message: 'each must be a program manager or org admin of this organization' },
    ]);
  });

  it('refuses a cadence that asks far more hours than the program promises', () => {
    // Daily 60-minute meetings are 30 hours a month against 2 promised.
    expect(settingsProblems(settings({ cadenceDays: 1 }), CONTEXT)).toEqual([
      { path: 'hoursPerMonth', message: 'meetings every 1 days of 60 minutes take about 30.0 hours a month' },
    ]);
  });

  it('tolerates a cadence up to twice the promised hours plus one', () => {
    // 2 hours promised: up to 5 hours a month. Weekly hour-long meetings are about 4.3.
    expect(paths(settings({ cadenceDays: 7 }))).toEqual([]);
    // Every 6 days: exactly 5 hours a month.
    expect(paths(settings({ cadenceDays: 6 }))).toEqual([]);
    // Every 5 days: 6 hours a month.
    expect(paths(settings({ cadenceDays: 5 }))).toEqual(['hoursPerMonth']);
  });

  it('reports every problem at once', () => {
    const bad = settings({
      name: '',
      endDate: '2020-01-01',
      scope: { kind: 'department', department: 'Nowhere' },
      requireCrossDepartment: true,
      skillKeys: ['cobol'],
      managerUserIds: ['u-stranger'],
      cadenceDays: 1,
    });
    expect(paths(bad)).toEqual([
      'name',
      'endDate',
      'scope.department',
      'requireCrossDepartment',
      'skillKeys',
      'managerUserIds',
      'hoursPerMonth',
    ]);
  });
});

const ME = 'p-me';
const PROFILE_CONTEXT: ProfileContext = {
  skillKeys: new Set(['ai', 'excel', 'tiktok']),
  selfPersonId: ME,
  knownPersonIds: new Set([ME, 'p-ana', 'p-ben', 'p-cho']),
};

const profile = (extra: Partial<ProfileInput> = {}): ProfileInput => ({
  knows: [{ skillKey: 'ai', level: 4 }],
  wants: [{ skillKey: 'excel', priority: 2 }],
  timeZone: null,
  availability: null,
  motivation: null,
  preferPersonIds: ['p-ana'],
  avoidPersonIds: ['p-ben'],
  ...extra,
});
const check = (p: ProfileInput) => profileProblems(p, PROFILE_CONTEXT);

describe('profileProblems', () => {
  it('finds nothing wrong with a valid profile', () => {
    expect(check(profile())).toEqual({ problems: [], timeZone: null });
  });

  it('names skills that are not in the catalogue, in the field that lists them', () => {
    expect(check(profile({ knows: [{ skillKey: 'cobol', level: 3 }] })).problems).toEqual([
      { path: 'knows', message: 'not in the skill catalogue: cobol' },
    ]);
    expect(check(profile({ wants: [{ skillKey: 'fortran', priority: 1 }] })).problems).toEqual([
      { path: 'wants', message: 'not in the skill catalogue: fortran' },
    ]);
  });

  it('refuses a skill listed twice in the same field, but allows knowing and wanting different levels of one', () => {
    const twice = profile({
      knows: [
        { skillKey: 'ai', level: 4 },
        { skillKey: 'ai', level: 2 },
      ],
    });
    expect(check(twice).problems).toEqual([{ path: 'knows', message: 'listed twice: ai' }]);
    const wantsTwice = profile({
      wants: [
        { skillKey: 'excel', priority: 1 },
        { skillKey: 'excel', priority: 3 },
      ],
    });
    expect(check(wantsTwice).problems).toEqual([{ path: 'wants', message: 'listed twice: excel' }]);
    expect(check(profile({ wants: [{ skillKey: 'ai', priority: 1 }] })).problems).toEqual([]);
  });

  it('refuses listing yourself, on the list you are in', () => {
    expect(check(profile({ preferPersonIds: [ME] })).problems).toEqual([
      { path: 'preferPersonIds', message: 'you cannot list yourself' },
    ]);
    expect(check(profile({ avoidPersonIds: [ME] })).problems).toEqual([
      { path: 'avoidPersonIds', message: 'you cannot list yourself' },
    ]);
  });

  it('refuses a person who is not in the directory, on the list they are in', () => {
    expect(check(profile({ avoidPersonIds: ['p-ghost'] })).problems).toEqual([
      { path: 'avoidPersonIds', message: 'every person must be in the directory' },
    ]);
    expect(check(profile({ preferPersonIds: ['p-ghost'] })).problems).toEqual([
      { path: 'preferPersonIds', message: 'every person must be in the directory' },
    ]);
  });

  it('refuses the same person preferred and avoided', () => {
    expect(check(profile({ preferPersonIds: ['p-cho'], avoidPersonIds: ['p-cho'] })).problems).toEqual([
      { path: 'avoidPersonIds', message: 'a person cannot be both preferred and avoided' },
    ]);
  });

  it('refuses a time zone that is not IANA', () => {
    const { problems, timeZone } = check(profile({ timeZone: 'Mars/Olympus_Mons' }));
    expect(problems.map((p) => p.path)).toEqual(['timeZone']);
    expect(timeZone).toBeNull();
    expect(check(profile({ timeZone: 'CEST+2' })).problems.map((p) => p.path)).toEqual(['timeZone']);
  });

  it('returns the canonical name of a time zone written in any case or with spaces around it', () => {
    expect(check(profile({ timeZone: 'europe/paris' }))).toEqual({ problems: [], timeZone: 'Europe/Paris' });
    expect(check(profile({ timeZone: '  America/New_York ' }))).toEqual({ problems: [], timeZone: 'America/New_York' });
    expect(check(profile({ timeZone: 'utc' }))).toEqual({ problems: [], timeZone: 'UTC' });
  });

  it('accepts no time zone', () => {
    expect(check(profile({ timeZone: null })).timeZone).toBeNull();
    expect(check(profile({ timeZone: '' }))).toEqual({ problems: [], timeZone: null });
  });
});
