import { z } from 'zod';
import { FIGURES } from '../app/outcomes/compute-outcomes.js';
import { REFRESH_JOB } from '../app/outcomes/figure-snapshots.js';
import { refreshFigure } from '../app/outcomes/refresh-figure.js';
import type { JobDefinition } from './job.js';

const RefreshPayload = z.object({ programIds: z.array(z.uuid()).max(100), figure: z.enum(FIGURES) });
/** Recomputes a stale figure snapshot of a large scope, which dashboards meanwhile serve as it was. */
export const outcomesRefresh: JobDefinition<typeof RefreshPayload> = {
  kind: REFRESH_JOB,
  payload: RefreshPayload,
  run: (deps, job) => refreshFigure(deps, { orgId: job.orgId, ...job.payload }),
};
