// Request bodies of the program routes. Strict: an unknown field is refused by name.
import { z } from 'zod';
import { SKILL_CATEGORIES } from '../../core/programs/catalogue.js';

const IsoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
const text = (max: number) => z.string().max(max);

export const ProgramSettingsBody = z.strictObject({
  name: text(200).min(1),
  objectives: text(5000),
  mode: z.enum(['reverse', 'mutual']),
  scope: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('department'), department: text(200).min(1) }), z.strictObject({ kind: z.literal('organization') })]),
  requireCrossDepartment: z.boolean(),
  startDate: IsoDate,
  endDate: IsoDate,
  hoursPerMonth: z.number().int().min(1).max(80),
  cadenceDays: z.number().int().min(1).max(90),
  meetingMinutes: z.number().int().min(10).max(480),
  mentorCapacity: z.number().int().min(1).max(10),
  minLevelGap: z.number().int().min(0).max(20),
  responseDays: z.number().int().min(1).max(60),
  requireTraining: z.boolean(),
  autoRematch: z.boolean(),
  selfEnrollment: z.boolean(),
  skillKeys: z.array(text(40)).max(200),
  managerUserIds: z.array(z.uuid({ message: 'must be a valid id' })).max(20),
});

export const CreateProgramBody = ProgramSettingsBody.extend({ template: z.enum(['reverse', 'mutual']).optional() });
export const UpdateProgramBody = ProgramSettingsBody.partial();

export const SkillBody = z.strictObject({
  key: text(40).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  label: text(100).min(1),
  category: z.enum(SKILL_CATEGORIES),
});

export const InviteBody = z.strictObject({
  personIds: z.array(z.uuid({ message: 'must be a valid id' })).max(20_000).optional(),
  csv: z.string().max(2_000_000).optional(),
  filter: z.strictObject({ department: text(200).optional(), minLevel: z.number().int().optional(), maxLevel: z.number().int().optional() }).optional(),
  side: z.enum(['mentor', 'mentee']).optional(),
});

export const DecisionBody = z.strictObject({ decision: z.enum(['approved', 'declined']), reason: text(1000).optional() });
export const OverrideBody = z.strictObject({ decision: z.enum(['approved', 'declined']), reason: text(1000).min(1, 'an override needs a reason') });

export const ModuleBody = z.strictObject({
  role: z.enum(['mentor', 'mentee']),
  title: text(200).min(1),
  summary: text(500),
  body: text(20_000),
  questions: z.array(z.strictObject({ prompt: text(1000), options: z.array(text(500)).min(2).max(6), correct: z.number().int().min(0), explanation: text(2000) })).max(10),
});

export const ProfileBody = z.strictObject({
  knows: z.array(z.strictObject({ skillKey: text(40), level: z.number().int().min(1).max(5) })).max(50),
  wants: z.array(z.strictObject({ skillKey: text(40), priority: z.number().int().min(1).max(3) })).max(50),
  timeZone: text(100).nullable(),
  availability: text(1000).nullable(),
  motivation: text(2000).nullable(),
  preferPersonIds: z.array(z.uuid({ message: 'must be a valid id' })).max(20),
  avoidPersonIds: z.array(z.uuid({ message: 'must be a valid id' })).max(50),
});

export const ApplyBody = z.strictObject({ side: z.enum(['mentor', 'mentee']), capacity: z.number().int().min(1).max(10).optional(), motivation: text(2000).optional() });

export const HandPairBody = z.strictObject({
  mentorEnrollmentId: z.uuid({ message: 'must be a valid id' }),
  menteeEnrollmentId: z.uuid({ message: 'must be a valid id' }),
  confirmRuleBreak: z.boolean().optional(),
  reason: text(1000).optional(),
});

export const SwapBody = z.strictObject({ pairA: z.uuid({ message: 'must be a valid id' }), pairB: z.uuid({ message: 'must be a valid id' }), confirmRuleBreak: z.boolean().optional(), reason: text(1000).optional() });
export const EndBody = z.strictObject({ reason: text(1000).optional() });
export const Empty = z.strictObject({});
