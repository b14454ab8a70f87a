import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { programOutcomes } from '../../../app/outcomes/get-program-outcomes.js';
import { outcomesCsv } from '../../../app/outcomes/outcomes-csv.js';
import { actorOf } from '../../request-context.js';
import { errorResponses, Uuid } from '../../schemas/common.js';
import { AS_OF_HEADER, FIGURE_NAMES, FIGURE_SCHEMAS, ZProgramOutcomes } from './outcome-schemas.js';

/** A CSV download: a string with a non-JSON content type goes out as is (the zod serializer is for JSON). */
export function sendCsv(reply: FastifyReply, filename: string, text: string) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .send(text);
}

/** One program's dashboard: admins, the program's managers and its sponsors (others: 404). */
export function programOutcomeRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'outcomes.read' } as const;
  const tags = ['outcomes'];
  const params = z.object({ programId: Uuid });
  const base = '/api/programs/:programId/outcomes';
  const load = async (req: { params: { programId: string } } & Parameters<typeof actorOf>[0], reply: FastifyReply, figures: typeof FIGURE_NAMES) => {
    const answer = await programOutcomes(deps, { actor: actorOf(req), programId: req.params.programId, figures });
    reply.header(AS_OF_HEADER, answer.asOf.toISOString());
    return answer;
  };

  r.get(base, { config, schema: { tags, summary: 'Every outcome figure of the program (no figure for fewer than 5 people)', params, response: { 200: ZProgramOutcomes, ...errorResponses } } }, async (req, reply) => {
    const { program, viewer, outcomes, asOf, refreshing } = await load(req, reply, FIGURE_NAMES);
    const brief = { id: program.id, name: program.name, status: program.status, startDate: program.startDate, endDate: program.endDate, mode: program.mode };
    return { program: brief, viewer, asOf: asOf.toISOString(), refreshing, ...outcomes } as z.infer<typeof ZProgramOutcomes>;
  });
  r.get(`${base}.csv`, { config, schema: { tags, summary: 'Every outcome figure of the program as one CSV table (figure, series, label, value, people, suppressed)', params, response: { 200: z.string(), ...errorResponses } } }, async (req, reply) => {
    const { outcomes } = await load(req, reply, FIGURE_NAMES);
    return sendCsv(reply, `outcomes-${req.params.programId}.csv`, outcomesCsv(outcomes, null));
  });
  for (const figure of FIGURE_NAMES) {
    r.get(`${base}/${figure}`, { config, schema: { tags, summary: `The program’s ${figure} figure`, params, response: { 200: FIGURE_SCHEMAS[figure], ...errorResponses } } }, async (req, reply) => {
      const { outcomes } = await load(req, reply, [figure]);
      return outcomes[figure] as never;
    });
    r.get(`${base}/${figure}.csv`, { config, schema: { tags, summary: `The program’s ${figure} figure as CSV`, params, response: { 200: z.string(), ...errorResponses } } }, async (req, reply) => {
      const { outcomes } = await load(req, reply, [figure]);
      return sendCsv(reply, `${figure}-${req.params.programId}.csv`, outcomesCsv(outcomes, figure));
    });
  }
}
