import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { mapPage } from '../../../app/page.js';
import { getPeopleFacets } from '../../../app/people/get-people-facets.js';
import { getPerson } from '../../../app/people/get-person.js';
import { listPeople } from '../../../app/people/list-people.js';
import { EMPLOYMENT_STATUSES } from '../../../core/people/person.js';
import { presentPerson, presentPersonSummary, ZPerson, ZPersonSummary } from '../../presenters/person.js';
import { actorOf } from '../../request-context.js';
import { errorResponses, PageQuery, pageOf, Uuid } from '../../schemas/common.js';

const ListQuery = PageQuery.extend({
  q: z.string().max(200).optional(),
  department: z.string().max(200).optional(),
  level: z.coerce.number().int().min(-1000).max(1000).optional(),
  status: z.enum(EMPLOYMENT_STATUSES).optional(),
}).strict();

export function readPeopleRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'people.read' } as const;
  r.get(
    '/api/people',
    { config, schema: { tags: ['people'], summary: 'Search the people directory', querystring: ListQuery, response: { 200: pageOf(ZPersonSummary), ...errorResponses } } },
    async (req) => mapPage(await listPeople(deps, { actor: actorOf(req), query: req.query }), presentPersonSummary),
  );
  r.get(
    '/api/people/facets',
    {
      config,
      schema: {
        tags: ['people'],
        summary: 'Departments and levels present in the directory',
        response: { 200: z.object({ departments: z.array(z.string()), levels: z.array(z.number().int()) }), ...errorResponses },
      },
    },
    async (req) => getPeopleFacets(deps, { actor: actorOf(req) }),
  );
  r.get(
    '/api/people/:personId',
    {
      config,
      schema: { tags: ['people'], summary: 'One person, with manager and direct reports', params: z.object({ personId: Uuid }), response: { 200: ZPerson, ...errorResponses } },
    },
    async (req) => presentPerson(await getPerson(deps, { actor: actorOf(req), personId: req.params.personId })),
  );
}
