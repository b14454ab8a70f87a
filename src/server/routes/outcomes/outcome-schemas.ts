// Zod mirrors of src/core/analytics/figures.ts, for the response schemas and the OpenAPI
// document. A Guarded figure is a discriminated union: shown with its head count, or suppressed
// with neither value nor count (privacy.ts is the one place that decides which).
import { z } from 'zod';
import { FUNNEL_STAGES, LEARNING_DIRECTIONS, LEARNING_PHASES } from '../../../core/analytics/figures.js';

export function guarded<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('suppressed', [
    z.object({ suppressed: z.literal(false), people: z.number().int().min(0), value }),
    z.object({ suppressed: z.literal(true), people: z.null(), value: z.null() }),
  ]);
}

const GNumber = guarded(z.number());
const ZShare = z.object({ count: z.number().int(), share: z.number() });

export const ZFunnel = z.object({
  steps: z.array(z.object({ stage: z.enum(FUNNEL_STAGES), reached: GNumber, dropOff: GNumber.nullable(), conversion: GNumber.nullable() })),
});

export const ZEngagement = z.object({
  months: z.array(z.object({ month: z.string(), held: GNumber, promised: GNumber })),
  activePairs: GNumber,
  atRiskPairs: GNumber,
  daysToFirstMeeting: guarded(z.object({ median: z.number(), p25: z.number(), p75: z.number() })),
});

export const ZLearning = z.object({
  series: z.array(
    z.object({
      direction: z.enum(LEARNING_DIRECTIONS),
      category: z.string(),
      points: z.array(z.object({ phase: z.enum(LEARNING_PHASES), meanLevel: GNumber })),
    }),
  ),
});

const ZNps = guarded(z.object({ nps: z.number(), promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int() }));
const ZScaleMean = z.object({ key: z.string(), label: z.string(), mean: GNumber });

export const ZSatisfaction = z.object({
  pulse: z.array(z.object({ period: z.string(), nps: ZNps, means: z.array(ZScaleMean) })),
  endOfCycle: z.array(z.object({ side: z.enum(['mentor', 'mentee', 'all']), nps: ZNps, means: z.array(ZScaleMean), wouldAgain: GNumber })),
  comments: guarded(z.array(z.string())),
});

const ZSurvivalPoint = z.object({ day: z.number().int(), atRisk: z.number().int(), events: z.number().int(), survival: z.number(), lower: z.number(), upper: z.number() });
export const ZRetention = z.object({
  origin: z.string(),
  curves: z.array(
    z.object({
      group: z.enum(['junior_participants', 'junior_comparison', 'senior_participants', 'senior_comparison']),
      curve: guarded(z.array(ZSurvivalPoint)),
      twelveMonth: guarded(z.object({ rate: z.number(), lower: z.number(), upper: z.number() })),
    }),
  ),
  caveat: z.string(),
});

export const ZReach = z.object({
  pairs: GNumber,
  crossDepartment: guarded(ZShare),
  levelGaps: z.array(z.object({ gap: z.number().int(), pairs: GNumber })),
  crossGeneration: guarded(ZShare.extend({ known: z.number().int() })),
});

export const ZLeaders = z.object({
  leaders: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      department: z.string(),
      signals: z.array(z.object({ key: z.enum(['partners_learned', 'goals_met', 'meetings_held']), label: z.string(), met: z.boolean(), evidence: z.string() })),
    }),
  ),
  optedIn: GNumber,
});

export const FIGURE_SCHEMAS = {
  funnel: ZFunnel,
  engagement: ZEngagement,
  learning: ZLearning,
  satisfaction: ZSatisfaction,
  retention: ZRetention,
  reach: ZReach,
} as const;
export type FigureName = keyof typeof FIGURE_SCHEMAS;
export const FIGURE_NAMES = Object.keys(FIGURE_SCHEMAS) as FigureName[];

export const ZOutcomes = z.object(FIGURE_SCHEMAS);

export const ZProgramBrief = z.object({ id: z.string(), name: z.string() });
/** When the figures were computed; figure endpoints send the same as the X-Figures-As-Of header. */
const Freshness = {
  asOf: z.string().describe('When the oldest of these figures was computed (ISO 8601)'),
  refreshing: z.boolean().describe('Some data changed since asOf and the figures are being recomputed (large programs only)'),
};
export const AS_OF_HEADER = 'x-figures-as-of';
export const ZProgramOutcomes = ZOutcomes.extend({
  program: z.object({ id: z.string(), name: z.string(), status: z.enum(['draft', 'enrolling', 'matching', 'active', 'closed']), startDate: z.string(), endDate: z.string(), mode: z.enum(['reverse', 'mutual']) }),
  viewer: z.enum(['admin', 'manager', 'sponsor']),
  ...Freshness,
});
export const ZCrossOutcomes = ZOutcomes.extend({ programs: z.array(ZProgramBrief), ...Freshness });
