import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { changeProgramStatus } from '../../../app/programs/change-program-status.js';
import { createProgram } from '../../../app/programs/create-program.js';
import { createSkill } from '../../../app/programs/create-skill.js';
import { getProgram } from '../../../app/programs/get-program.js';
import { listManagerCandidates } from '../../../app/programs/list-manager-candidates.js';
import { listPrograms } from '../../../app/programs/list-programs.js';
import { listSkills } from '../../../app/programs/list-skills.js';
import { updateProgram } from '../../../app/programs/update-program.js';
import { PROGRAM_STATUSES } from '../../../core/programs/status.js';
import { PROGRAM_TEMPLATES } from '../../../core/programs/templates.js';
import { presentProgram, presentProgramSummary, presentSkill, presentTemplate, presentUserBrief, ZProgram, ZProgramSummary, ZProgramTemplate, ZSkill, ZUserBrief } from '../../presenters/program.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';
import { CreateProgramBody, SkillBody, UpdateProgramBody } from '../../schemas/program.js';

const errors = { ...errorResponses, 409: ErrorBody };
const ProgramParams = z.object({ programId: Uuid });

export function programRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'programs.manage' } as const;
  const tags = ['programs'];
  r.get('/api/program-templates', { config, schema: { tags, summary: 'The ready-made reverse and mutual mentoring programs', response: { 200: z.array(ZProgramTemplate), ...errors } } }, async () => PROGRAM_TEMPLATES.map(presentTemplate));
  r.get(
    '/api/skills',
    { config: { policy: 'authenticated' }, schema: { tags, summary: 'The organization’s skill catalogue, by category', response: { 200: z.array(ZSkill), ...errors } } },
    async (req) => (await listSkills(deps, { actor: actorOf(req) })).map(presentSkill),
  );
  r.post('/api/skills', { config, schema: { tags, summary: 'Add a skill to the catalogue', body: SkillBody, response: { 200: ZSkill, ...errors } } }, async (req) =>
    presentSkill(await createSkill(deps, { actor: actorOf(req), ...req.body })),
  );
  r.get('/api/program-managers', { config, schema: { tags, summary: 'Users who may run a program (program managers and org admins)', response: { 200: z.array(ZUserBrief), ...errors } } }, async (req) =>
    (await listManagerCandidates(deps, { actor: actorOf(req) })).map(presentUserBrief),
  );
  r.get(
    '/api/programs',
    { config, schema: { tags, summary: 'Programs: all for org admins, their own for program managers', querystring: PageQuery.extend({ status: z.enum(PROGRAM_STATUSES).optional() }).strict(), response: { 200: pageOf(ZProgramSummary), ...errors } } },
    async (req) => mapPage(await listPrograms(deps, { actor: actorOf(req), query: req.query }), presentProgramSummary),
  );
  r.post('/api/programs', { config, schema: { tags, summary: 'Create a program (a draft), optionally from a template', body: CreateProgramBody, response: { 200: ZProgram, ...errors } } }, async (req) => {
    const { template, ...settings } = req.body;
    return presentProgram(await createProgram(deps, { actor: actorOf(req), settings, ...(template ? { template } : {}), meta: metaOf(req) }));
  });
  r.get('/api/programs/:programId', { config, schema: { tags, summary: 'One program with counts and allowed status changes', params: ProgramParams, response: { 200: ZProgram, ...errors } } }, async (req) =>
    presentProgram(await getProgram(deps, { actor: actorOf(req), programId: req.params.programId })),
  );
  r.patch(
    '/api/programs/:programId',
    { config, schema: { tags, summary: 'Change settings (mode, scope and level gap are fixed once matching began)', params: ProgramParams, body: UpdateProgramBody, response: { 200: ZProgram, ...errors } } },
    async (req) => presentProgram(await updateProgram(deps, { actor: actorOf(req), programId: req.params.programId, changes: req.body, meta: metaOf(req) })),
  );
  r.post(
    '/api/programs/:programId/status',
    { config, schema: { tags, summary: 'Move the program through draft → enrolling → matching → active → closed', params: ProgramParams, body: z.strictObject({ to: z.enum(PROGRAM_STATUSES) }), response: { 200: ZProgram, ...errors } } },
    async (req) => presentProgram(await changeProgramStatus(deps, { actor: actorOf(req), programId: req.params.programId, to: req.body.to, meta: metaOf(req) })),
  );
}
