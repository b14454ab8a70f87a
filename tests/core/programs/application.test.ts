import { describe, expect, it } from 'vitest';
import { applicationRefusal, approverFor, type ApplicationFacts } from '../../../src/core/programs/application.js';
import { fixedSettingChanges, type ProgramSettings } from '../../../src/core/programs/settings.js';

const facts = (over: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  programStatus: 'enrolling',
  existingStatus: 'invited',
  openToThem: false,
  employment: 'active',
  profileSkillCount: 2,
  side: 'mentor',
  capacityGiven: false,
  ...over,
});

describe('applying to a program', () => {
  it('lets an invitee, or anyone in scope of an open program, apply while it takes people', () => {
    expect(applicationRefusal(facts())).toBeNull();
    expect(applicationRefusal(facts({ existingStatus: null, openToThem: true, programStatus: 'active' }))).toBeNull();
    expect(applicationRefusal(facts({ existingStatus: 'withdrawn' }))).toBeNull();
  });

  it('hides a program they were not invited to and cannot join, and drafts', () => {
    expect(applicationRefusal(facts({ existingStatus: null }))?.code).toBe('not_found');
    expect(applicationRefusal(facts({ programStatus: 'draft' }))?.code).toBe('not_found');
  });

  it('refuses a closed program, a second application and people who are away', () => {
    expect(applicationRefusal(facts({ programStatus: 'closed' }))?.code).toBe('conflict');
    expect(applicationRefusal(facts({ existingStatus: 'approved' }))?.message).toMatch(/already applied/);
    expect(applicationRefusal(facts({ employment: 'on_leave' }))?.code).toBe('conflict');
  });

  it('needs skills in the profile, and a capacity only from mentors, naming the field', () => {
    expect(applicationRefusal(facts({ profileSkillCount: 0 }))).toMatchObject({ code: 'validation_failed', field: { path: 'profile' } });
    expect(applicationRefusal(facts({ side: 'mentee', capacityGiven: true }))).toMatchObject({ code: 'validation_failed', field: { path: 'capacity' } });
    expect(applicationRefusal(facts({ side: 'mentor', capacityGiven: true }))).toBeNull();
  });

  it('is approved by the direct manager, or by the program manager when the manager has left or there is none', () => {
    expect(approverFor({ id: 'm', status: 'active' })).toBe('m');
    expect(approverFor({ id: 'm', status: 'on_leave' })).toBe('m');
    expect(approverFor({ id: 'm', status: 'departed' })).toBeNull();
    expect(approverFor(null)).toBeNull();
  });
});

describe('settings fixed once matching has begun', () => {
  const before = { mode: 'reverse', scope: { kind: 'organization' }, minLevelGap: 2, name: 'A' } as unknown as ProgramSettings;
  it('names the matching settings a change would alter; other settings and early programs are free', () => {
    const after = { ...before, mode: 'mutual', minLevelGap: 1, name: 'B' } as ProgramSettings;
    expect(fixedSettingChanges('most', before, after)).toEqual(['mode', 'minLevelGap']);
    expect(fixedSettingChanges('all', before, after)).toEqual([]);
    expect(fixedSettingChanges('most', before, { ...before, name: 'B' })).toEqual([]);
    expect(fixedSettingChanges('most', before, { ...before, scope: { kind: 'department', department: 'X' } })).toEqual(['scope']);
  });
});
