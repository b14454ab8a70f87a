import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { createGoal } from '../../../app/workspace/create-goal.js';
import { deleteGoal } from '../../../app/workspace/delete-goal.js';
import type { GoalItem, GoalsView } from '../../../app/workspace/goal-store.js';
import { listGoals } from '../../../app/workspace/list-goals.js';
import { updateGoal } from '../../../app/workspace/update-goal.js';
import { GOAL_LIMITS, GOAL_STATUSES } from '../../../core/pairs/goals.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const IsoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
const ZSide = z.enum(['mentor', 'mentee']);
const ZStatus = z.enum(GOAL_STATUSES);
const ZMilestone = z.strictObject({ title: z.string().max(GOAL_LIMITS.milestoneTitle), done: z.boolean() });
const ZMilestones = z.array(ZMilestone).max(GOAL_LIMITS.milestones);
const ZPerson = z.object({ personId: z.string(), name: z.string() });

const CreateBody = z.strictObject({
  title: z.string().max(GOAL_LIMITS.title),
  why: z.string().max(GOAL_LIMITS.text).optional(),
  success: z.string().max(GOAL_LIMITS.text).optional(),
  targetDate: IsoDate.nullable().optional(),
  milestones: ZMilestones.optional(),
  progress: z.number().int().min(0).max(100).optional(),
  sharedWithProgram: z.boolean().optional(),
});
const PatchBody = CreateBody.partial().extend({ status: ZStatus.optional() });

const ZGoal = z.object({
  id: z.string(),
  learnerSide: ZSide,
  learner: ZPerson,
  helper: ZPerson,
  title: z.string(),
  why: z.string(),
  success: z.string(),
  targetDate: z.string().nullable(),
  milestones: z.array(z.object({ title: z.string(), done: z.boolean() })),
  progress: z.number().int(),
  status: ZStatus,
  sharedWithProgram: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** I am the one who learns. */
  mine: z.boolean(),
});
const ZDirection = z.object({
  total: z.number().int(),
  byStatus: z.object({ active: z.number().int(), achieved: z.number().int(), paused: z.number().int(), dropped: z.number().int() }),
  shared: z.number().int(),
  meanProgress: z.number().int().nullable(),
});
const ZGoals = z.object({
  mode: z.enum(['reverse', 'mutual']),
  mySide: ZSide,
  me: ZPerson,
  partner: ZPerson,
  canWrite: z.boolean(),
  targetDates: z.object({ earliest: z.string(), latest: z.string() }),
  goals: z.array(ZGoal),
  missing: z.array(ZSide),
  summary: z.object({ mentor: ZDirection, mentee: ZDirection }),
});

function presentGoal(g: GoalItem): z.infer<typeof ZGoal> {
  const r = g.row;
  return {
    id: r.id,
    learnerSide: r.learnerSide,
    learner: { personId: g.learner.personId, name: g.learner.name },
    helper: { personId: g.helper.personId, name: g.helper.name },
    title: r.title,
    why: r.why,
    success: r.success,
    targetDate: r.targetDate,
    milestones: r.milestones.map((m) => ({ title: m.title, done: m.done })),
    progress: r.progress,
    status: r.status,
    sharedWithProgram: r.sharedWithProgram,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    mine: g.mine,
  };
}

function presentGoals(v: GoalsView): z.infer<typeof ZGoals> {
  return {
    mode: v.mode,
    mySide: v.mySide,
    me: { personId: v.me.personId, name: v.me.name },
    partner: { personId: v.partner.personId, name: v.partner.name },
    canWrite: v.canWrite,
    targetDates: { earliest: v.targetDates.earliest, latest: v.targetDates.latest },
    goals: v.goals.map(presentGoal),
    missing: v.missing,
    summary: v.summary,
  };
}

/** The pair's learning goals in both directions: its two members only (the use cases check membership). */
export function goalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['workspace'];
  const params = z.object({ pairId: Uuid });
  const goalParams = z.object({ pairId: Uuid, goalId: Uuid });
  r.get(
    '/api/me/pairs/:pairId/goals',
    { config, schema: { tags, summary: 'Our goals in both directions, and which side still needs one', params, response: { 200: ZGoals, ...errors } } },
    async (req) => presentGoals(await listGoals(deps, { actor: actorOf(req), pairId: req.params.pairId })),
  );
  r.post(
    '/api/me/pairs/:pairId/goals',
    { config, schema: { tags, summary: 'Write a goal of mine: what I want to learn from my partner', params, body: CreateBody, response: { 201: ZGoal, ...errors } } },
    async (req, reply) => reply.status(201).send(presentGoal(await createGoal(deps, { actor: actorOf(req), pairId: req.params.pairId, goal: req.body }))),
  );
  r.patch(
    '/api/me/pairs/:pairId/goals/:goalId',
    { config, schema: { tags, summary: 'Update a goal: both track it; only its learner changes what it is and whether the program sees it', params: goalParams, body: PatchBody, response: { 200: ZGoal, ...errors } } },
    async (req) => presentGoal(await updateGoal(deps, { actor: actorOf(req), pairId: req.params.pairId, goalId: req.params.goalId, patch: req.body })),
  );
  r.delete(
    '/api/me/pairs/:pairId/goals/:goalId',
    { config, schema: { tags, summary: 'Delete a goal written by mistake (its learner, while nothing is tracked on it)', params: goalParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await deleteGoal(deps, { actor: actorOf(req), pairId: req.params.pairId, goalId: req.params.goalId });
      return reply.status(204).send(null);
    },
  );
}
