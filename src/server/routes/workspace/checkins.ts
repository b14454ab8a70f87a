import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import type { CheckinMember, CheckinView } from '../../../app/workspace/checkin-view.js';
import { listCheckins } from '../../../app/workspace/list-checkins.js';
import { observeCheckin } from '../../../app/workspace/observe-checkin.js';
import { saveCheckin } from '../../../app/workspace/save-checkin.js';
import { CHECKIN_PHASES, EVIDENCE_MAX, OBSERVATION_MAX } from '../../../core/pairs/checkins.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const ZPhase = z.enum(CHECKIN_PHASES);
const ZWindow = z.object({ phase: ZPhase, from: z.string(), until: z.string() });
const ZRating = z.object({
  id: z.string(),
  skillKey: z.string(),
  phase: ZPhase,
  level: z.number().int(),
  evidence: z.string().nullable(),
  observation: z.string().nullable(),
  observedAt: z.string().nullable(),
  updatedAt: z.string(),
});
const ZMember = z.object({ name: z.string(), side: z.enum(['mentor', 'mentee']), learning: z.array(z.string()), ratings: z.array(ZRating) });
const ZCheckins = z.object({
  mySide: z.enum(['mentor', 'mentee']),
  today: z.string(),
  openPhase: ZPhase.nullable(),
  pairActive: z.boolean(),
  canRate: z.boolean(),
  windows: z.object({ start: ZWindow.nullable(), midway: ZWindow.nullable(), end: ZWindow.nullable() }),
  skills: z.array(z.object({ key: z.string(), label: z.string() })),
  me: ZMember,
  partner: ZMember,
});

const SaveBody = z.strictObject({
  phase: ZPhase,
  ratings: z
    .array(z.strictObject({ skillKey: z.string().max(100), level: z.number().int().min(1).max(5), evidence: z.string().max(EVIDENCE_MAX * 2).nullable().optional() }))
    .min(1)
    .max(50),
});
const ObserveBody = z.strictObject({ observation: z.string().max(OBSERVATION_MAX * 2) });

function presentMember(m: CheckinMember): z.infer<typeof ZMember> {
  return {
    name: m.name,
    side: m.side,
    learning: m.learning,
    ratings: m.ratings.map((r) => ({
      id: r.id,
      skillKey: r.skillKey,
      phase: r.phase,
      level: r.level,
      evidence: r.evidence,
      observation: r.partnerObservation,
      observedAt: r.observedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

function present(v: CheckinView): z.infer<typeof ZCheckins> {
  const w = (x: CheckinView['windows']['start']) => (x ? { phase: x.phase, from: x.from, until: x.until } : null);
  return {
    mySide: v.mySide,
    today: v.today,
    openPhase: v.openPhase,
    pairActive: v.pairActive,
    canRate: v.canRate,
    windows: { start: w(v.windows.start), midway: w(v.windows.midway), end: w(v.windows.end) },
    skills: v.skills.map((s) => ({ key: s.key, label: s.label })),
    me: presentMember(v.me),
    partner: presentMember(v.partner),
  };
}

/** Skill check-ins: each member rates their own level, the partner may observe; the pair's two members only. */
export function checkinRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['workspace'];
  const params = z.object({ pairId: Uuid });
  r.get(
    '/api/me/pairs/:pairId/checkins',
    { config, schema: { tags, summary: 'Our skill check-ins: my skills, both members’ ratings per phase, the windows and which is open', params, response: { 200: ZCheckins, ...errors } } },
    async (req) => present(await listCheckins(deps, { actor: actorOf(req), pairId: req.params.pairId })),
  );
  r.put(
    '/api/me/pairs/:pairId/checkins',
    { config, schema: { tags, summary: 'Rate my level on the skills I am learning, for the open phase', params, body: SaveBody, response: { 200: ZCheckins, ...errors } } },
    async (req) => present(await saveCheckin(deps, { actor: actorOf(req), pairId: req.params.pairId, phase: req.body.phase, ratings: req.body.ratings })),
  );
  r.post(
    '/api/me/pairs/:pairId/checkins/:checkinId/observation',
    { config, schema: { tags, summary: 'Add an observation to my partner’s rating (both of us see it)', params: z.object({ pairId: Uuid, checkinId: Uuid }), body: ObserveBody, response: { 200: ZCheckins, ...errors } } },
    async (req) => present(await observeCheckin(deps, { actor: actorOf(req), pairId: req.params.pairId, checkinId: req.params.checkinId, observation: req.body.observation })),
  );
}
