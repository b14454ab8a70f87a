import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { getAgreement, type AgreementView } from '../../../app/workspace/get-agreement.js';
import { saveAgreement } from '../../../app/workspace/save-agreement.js';
import { signAgreement } from '../../../app/workspace/sign-agreement.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const text = (max: number) => z.string().max(max);
const IsoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

const Sections = z.strictObject({
  cadenceDays: z.number().int().min(1).max(90),
  meetingMinutes: z.number().int().min(10).max(480),
  channel: text(500),
  topics: z.array(text(200)).max(30),
  offLimits: z.array(text(200)).max(30),
  confidentiality: text(5000),
  concernsAndEnding: text(5000),
  endDate: IsoDate,
  reviewDate: IsoDate,
});

const ZVersion = z.object({ version: z.number().int(), sections: Sections, createdAt: z.string(), updatedAt: z.string(), mentorSignedAt: z.string().nullable(), menteeSignedAt: z.string().nullable() });
const ZAgreement = z.object({
  state: z.enum(['none', 'draft', 'partly_signed', 'signed']),
  sections: Sections,
  version: z.number().int().nullable(),
  mySide: z.enum(['mentor', 'mentee']),
  history: z.array(ZVersion),
});

function present(v: AgreementView): z.infer<typeof ZAgreement> {
  return {
    state: v.state,
    sections: v.sections,
    version: v.version,
    mySide: v.mySide,
    history: v.history.map((h) => ({
      version: h.version,
      sections: h.sections as unknown as z.infer<typeof Sections>,
      createdAt: h.createdAt.toISOString(),
      updatedAt: h.updatedAt.toISOString(),
      mentorSignedAt: h.mentorSignedAt?.toISOString() ?? null,
      menteeSignedAt: h.menteeSignedAt?.toISOString() ?? null,
    })),
  };
}

/** The pair's written agreement: read and written by its two members only (use cases check membership). */
export function agreementRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['workspace'];
  const params = z.object({ pairId: Uuid });
  r.get('/api/me/pairs/:pairId/agreement', { config, schema: { tags, summary: 'Our agreement: the current text (or a suggested draft) and every version', params, response: { 200: ZAgreement, ...errors } } }, async (req) =>
    present(await getAgreement(deps, { actor: actorOf(req), pairId: req.params.pairId })),
  );
  r.put(
    '/api/me/pairs/:pairId/agreement',
    { config, schema: { tags, summary: 'Write the agreement (a signed text becomes a new version to sign again)', params, body: z.strictObject({ sections: Sections }), response: { 200: ZAgreement, ...errors } } },
    async (req) => present(await saveAgreement(deps, { actor: actorOf(req), pairId: req.params.pairId, sections: req.body.sections })),
  );
  r.post(
    '/api/me/pairs/:pairId/agreement/sign',
    { config, schema: { tags, summary: 'Sign a version of the agreement', params, body: z.strictObject({ version: z.number().int().min(1) }), response: { 200: ZAgreement, ...errors } } },
    async (req) => present(await signAgreement(deps, { actor: actorOf(req), pairId: req.params.pairId, version: req.body.version })),
  );
}
