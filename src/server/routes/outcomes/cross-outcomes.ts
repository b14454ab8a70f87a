import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { crossProgramOutcomes } from '../../../app/outcomes/get-cross-outcomes.js';
import { outcomesCsv } from '../../../app/outcomes/outcomes-csv.js';
import type { Outcomes } from '../../../core/analytics/figures.js';
import { actorOf } from '../../request-context.js';
import { errorResponses } from '../../schemas/common.js';
import { AS_OF_HEADER, FIGURE_NAMES, FIGURE_SCHEMAS, ZCrossOutcomes, type FigureName } from './outcome-schemas.js';
import { sendCsv } from './program-outcomes.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `?programIds=a,b`: a comma-separated list of program ids; absent means every program I may see. */
const Query = z.strictObject({
  programIds: z
    .string()
    .max(100 * 37)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((ids) => ids.every((id) => UUID_RE.test(id)), { message: 'must be a comma-separated list of program ids' })
    .refine((ids) => ids.length <= 100, { message: 'at most 100 programs' })
    .optional(),
});

/** Several programs together: every program the actor may read, or those of `programIds` among them. */
export function crossOutcomeRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'outcomes.read' } as const;
  const tags = ['outcomes'];
  const load = async (req: Parameters<typeof actorOf>[0] & { query: { programIds?: string[] | undefined } }, reply: FastifyReply, figures: readonly FigureName[]) => {
    const answer = await crossProgramOutcomes(deps, { actor: actorOf(req), programIds: req.query.programIds ?? null, figures });
    reply.header(AS_OF_HEADER, answer.asOf.toISOString());
    return answer;
  };

  r.get('/api/outcomes', { config, schema: { tags, summary: 'Every outcome figure across the programs I may read (or those of programIds); programs I may not read are ignored', querystring: Query, response: { 200: ZCrossOutcomes, ...errorResponses } } }, async (req, reply) => {
    const { programs, outcomes, asOf, refreshing } = await load(req, reply, FIGURE_NAMES);
    return { programs: programs.map((p) => ({ id: p.id, name: p.name })), asOf: asOf.toISOString(), refreshing, ...(outcomes as Outcomes) };
  });
  r.get('/api/outcomes.csv', { config, schema: { tags, summary: 'Every outcome figure across programs as one CSV table', querystring: Query, response: { 200: z.string(), ...errorResponses } } }, async (req, reply) => {
    const { outcomes } = await load(req, reply, FIGURE_NAMES);
    return sendCsv(reply, 'outcomes.csv', outcomesCsv(outcomes, null));
  });
  for (const figure of FIGURE_NAMES) {
    r.get(`/api/outcomes/${figure}`, { config, schema: { tags, summary: `The ${figure} figure across programs`, querystring: Query, response: { 200: FIGURE_SCHEMAS[figure], ...errorResponses } } }, async (req, reply) => {
      const { outcomes } = await load(req, reply, [figure]);
      return outcomes[figure] as never;
    });
    r.get(`/api/outcomes/${figure}.csv`, { config, schema: { tags, summary: `The ${figure} figure across programs as CSV`, querystring: Query, response: { 200: z.string(), ...errorResponses } } }, async (req, reply) => {
      const { outcomes } = await load(req, reply, [figure]);
      return sendCsv(reply, `${figure}.csv`, outcomesCsv(outcomes, figure));
    });
  }
}
