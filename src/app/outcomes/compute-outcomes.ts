// Loads each requested figure's plain input from the database and hands it to core, which
// computes the figure and applies the k ≥ 5 rule (core/analytics/privacy.ts). No figure is
// computed here.
import { engagement, funnel, learningCurve, reach, retention, satisfaction, type Outcomes } from '../../core/analytics/outcomes.js';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { loadEngagement } from './load-engagement.js';
import { loadFunnel } from './load-funnel.js';
import { loadLearning } from './load-learning.js';
import { loadReach } from './load-reach.js';
import { loadRetention } from './load-retention.js';
import { loadSatisfaction } from './load-satisfaction.js';
import type { OutcomeScope } from './outcome-scope.js';

export type FigureName = keyof Outcomes;
export const FIGURES: readonly FigureName[] = ['funnel', 'engagement', 'learning', 'satisfaction', 'retention', 'reach'];

const COMPUTE: { [K in FigureName]: (tx: Tx, scope: OutcomeScope) => Promise<Outcomes[K]> } = {
  funnel: async (tx, scope) => funnel(await loadFunnel(tx, scope)),
  engagement: async (tx, scope) => engagement(await loadEngagement(tx, scope)),
  learning: async (tx, scope) => {
    const { cells, allSkills } = await loadLearning(tx, scope);
    return learningCurve(cells, allSkills);
  },
  satisfaction: async (tx, scope) => satisfaction(await loadSatisfaction(tx, scope)),
  retention: async (tx, scope) => retention(await loadRetention(tx, scope)),
  reach: async (tx, scope) => reach(await loadReach(tx, scope)),
};

/** The requested figures of the scope (one transaction: every figure sees the same data). */
export async function computeOutcomes(tx: Tx, scope: OutcomeScope, figures: readonly FigureName[]): Promise<Partial<Outcomes>> {
  // The per-person groupings (pulse, check-ins) and the directory count hash tens of thousands
  // of groups: with the default 4 MB they spill to disk and take twice as long. This transaction only.
  await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
  const out: Partial<Outcomes> = {};
  for (const name of figures) (out as Record<FigureName, unknown>)[name] = await COMPUTE[name](tx, scope);
  return out;
}
