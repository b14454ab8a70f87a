import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import type { JuniorEnrollment } from '../../../app/outcomes/junior-enrollments.js';
import { listMyLeaderSignals } from '../../../app/outcomes/list-my-leader-signals.js';
import { setLeaderSignals } from '../../../app/outcomes/set-leader-signals.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
export const ZMyLeaderSignals = z.object({
  items: z.array(z.object({ programId: z.string(), programName: z.string(), optedIn: z.boolean(), optedInAt: z.string().nullable() })),
});
const Body = z.strictObject({ optIn: z.boolean() });

function present(list: JuniorEnrollment[]): z.infer<typeof ZMyLeaderSignals> {
  return { items: list.map((j) => ({ programId: j.programId, programName: j.programName, optedIn: j.leaderSignalsAt !== null, optedInAt: j.leaderSignalsAt?.toISOString() ?? null })) };
}

/** The junior mentor's opt-in to future-leader signals: off unless they turn it on. */
export function leaderSignalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['me'];
  r.get('/api/me/leader-signals', { config, schema: { tags, summary: 'The programs where I am the junior member of a started pair, and whether I share leader signals', response: { 200: ZMyLeaderSignals, ...errors } } }, async (req) =>
    present(await listMyLeaderSignals(deps, { actor: actorOf(req) })),
  );
  r.put(
    '/api/me/programs/:programId/leader-signals',
    { config, schema: { tags, summary: 'Share (or stop sharing) my leader signals with the program’s managers; only the junior member may opt in', params: z.object({ programId: Uuid }), body: Body, response: { 200: ZMyLeaderSignals, ...errors } } },
    async (req) => present(await setLeaderSignals(deps, { actor: actorOf(req), programId: req.params.programId, optIn: req.body.optIn })),
  );
}
