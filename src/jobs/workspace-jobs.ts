// The pair workspace's jobs (issue 5). Like every job, each handler re-checks the state it acts
// on, so a job that runs twice does nothing the second time.
import { z } from 'zod';
import { remindUnsignedAgreement } from '../app/workspace/remind-unsigned-agreement.js';
import type { JobDefinition } from './job.js';

const PairPayload = z.object({ pairId: z.uuid() });
export const agreementReminder: JobDefinition<typeof PairPayload> = {
  kind: 'agreement-reminder',
  payload: PairPayload,
  run: async (deps, job) => void (await remindUnsignedAgreement(deps, { orgId: job.orgId, pairId: job.payload.pairId })),
};
