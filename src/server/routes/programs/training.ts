import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { listTrainingModules } from '../../../app/training/list-training-modules.js';
import { deleteTrainingModule, saveTrainingModule } from '../../../app/training/save-training-module.js';
import { presentModule, ZTrainingModule } from '../../presenters/program.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';
import { ModuleBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody };

export function trainingRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'programs.manage' } as const;
  const tags = ['training'];
  r.get('/api/programs/:programId/training', { config, schema: { tags, summary: 'The program’s training modules, per role', params: z.object({ programId: Uuid }), response: { 200: z.array(ZTrainingModule), ...errors } } }, async (req) =>
    (await listTrainingModules(deps, { actor: actorOf(req), programId: req.params.programId })).map(presentModule),
  );
  r.post('/api/programs/:programId/training', { config, schema: { tags, summary: 'Add a module', params: z.object({ programId: Uuid }), body: ModuleBody, response: { 200: ZTrainingModule, ...errors } } }, async (req) =>
    presentModule(await saveTrainingModule(deps, { actor: actorOf(req), programId: req.params.programId, moduleId: null, module: req.body })),
  );
  r.put(
    '/api/programs/:programId/training/:moduleId',
    { config, schema: { tags, summary: 'Replace a module (a changed check must be passed again)', params: z.object({ programId: Uuid, moduleId: Uuid }), body: ModuleBody, response: { 200: ZTrainingModule, ...errors } } },
    async (req) => presentModule(await saveTrainingModule(deps, { actor: actorOf(req), programId: req.params.programId, moduleId: req.params.moduleId, module: req.body })),
  );
  r.delete('/api/programs/:programId/training/:moduleId', { config, schema: { tags, summary: 'Delete a module', params: z.object({ programId: Uuid, moduleId: Uuid }), response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    await deleteTrainingModule(deps, { actor: actorOf(req), programId: req.params.programId, moduleId: req.params.moduleId });
    return reply.status(204).send(null);
  });
}
