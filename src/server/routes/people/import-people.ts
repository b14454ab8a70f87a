import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { importPeople } from '../../../app/people/import-people.js';
import { actorOf, metaOf } from '../../request-context.js';
import { ErrorBody, errorResponses } from '../../schemas/common.js';

const MAX_CSV_BYTES = 40 * 1024 * 1024;

const Body = z.strictObject({
  csv: z.string().max(MAX_CSV_BYTES, 'is larger than 40 MB'),
  markMissingAsDeparted: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

const RowProblem = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() });

const ImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  markedDeparted: z.number().int(),
  missing: z.array(z.object({ employeeId: z.string(), name: z.string() })),
  missingTotal: z.number().int(),
  warnings: z.array(RowProblem),
});

export function importPeopleRoute(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/people/import',
    {
      config: { policy: 'people.import' },
      bodyLimit: MAX_CSV_BYTES + 64 * 1024,
      schema: {
        tags: ['people'],
        summary: 'Import employees from CSV: all rows or none',
        description:
          'Validates every row first. Any problem answers 422 with error.rows (row, column, message) and imports nothing. ' +
          'With dryRun the file is only checked. People missing from the file are reported, and marked departed only with markMissingAsDeparted.',
        body: Body,
        response: { 200: ImportResult, ...errorResponses, 409: ErrorBody, 413: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => importPeople(deps, { actor: actorOf(req), ...req.body, meta: metaOf(req) }),
  );
}
