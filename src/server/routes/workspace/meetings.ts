import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { cancelMeeting } from '../../../app/workspace/cancel-meeting.js';
import { listMeetings, type MeetingsView } from '../../../app/workspace/list-meetings.js';
import { logMeeting } from '../../../app/workspace/log-meeting.js';
import { recordPastMeeting } from '../../../app/workspace/record-past-meeting.js';
import { memberMeetingIcs, type IcsFile } from '../../../app/workspace/meeting-ics.js';
import type { MeetingChange, MeetingRow } from '../../../app/workspace/meeting-store.js';
import { rescheduleMeeting } from '../../../app/workspace/reschedule-meeting.js';
import { scheduleMeetings } from '../../../app/workspace/schedule-meetings.js';
import type { CadenceHealth } from '../../../core/pairs/meetings.js';
import { DRIVEN_BY } from '../../../core/pairs/meetings.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

const errors = { ...errorResponses, 409: ErrorBody };
const ZHealthStatus = z.enum(['new', 'on_track', 'behind', 'at_risk']);

export const ZCadenceHealth = z.object({
  status: ZHealthStatus,
  held: z.number().int(),
  promised: z.number().int(),
  lastHeldAt: z.string().nullable(),
  nextAt: z.string().nullable(),
  daysSinceLast: z.number().int().nullable(),
  cadenceDays: z.number().int(),
});

const ZMeeting = z.object({
  id: z.string(),
  seriesId: z.string().nullable(),
  uid: z.string(),
  sequence: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  minutes: z.number().int(),
  timeZone: z.string(),
  place: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  createdByMe: z.boolean(),
  log: z
    .object({
      outcome: z.enum(['held', 'missed']),
      heldMinutes: z.number().int().nullable(),
      topics: z.array(z.string()),
      drivenBy: z.enum(DRIVEN_BY).nullable(),
      loggedAt: z.string().nullable(),
      loggedByMe: z.boolean(),
    })
    .nullable(),
  /** Whether it has started (by the server's clock). */
  started: z.boolean(),
  /** What a member may do with it now: reschedule or cancel (ahead), log (started, not cancelled). */
  canChange: z.boolean(),
  canLog: z.boolean(),
});

const ZMeetings = z.object({
  meetings: z.array(ZMeeting),
  health: ZCadenceHealth,
  defaults: z.object({ cadenceDays: z.number().int(), minutes: z.number().int(), timeZone: z.string().nullable() }),
  topics: z.array(z.object({ key: z.string(), label: z.string() })),
  mySide: z.enum(['mentor', 'mentee']),
  pairActive: z.boolean(),
});

export function presentHealth(h: CadenceHealth): z.infer<typeof ZCadenceHealth> {
  return {
    status: h.status,
    held: h.held,
    promised: h.promised,
    lastHeldAt: h.lastHeldAt?.toISOString() ?? null,
    nextAt: h.nextAt?.toISOString() ?? null,
    daysSinceLast: h.daysSinceLast,
    cadenceDays: h.cadenceDays,
  };
}

function presentMeeting(m: MeetingRow, me: { personId: string; now: Date; active: boolean }): z.infer<typeof ZMeeting> {
  const started = m.startsAt.getTime() <= me.now.getTime();
  return {
    id: m.id,
    seriesId: m.seriesId,
    uid: m.uid,
    sequence: m.sequence,
    startsAt: m.startsAt.toISOString(),
    endsAt: new Date(m.startsAt.getTime() + m.minutes * 60_000).toISOString(),
    minutes: m.minutes,
    timeZone: m.timeZone,
    place: m.place,
    status: m.status,
    createdByMe: m.createdByPersonId === me.personId,
    log: m.outcome
      ? {
          outcome: m.outcome,
          heldMinutes: m.heldMinutes,
          topics: m.topics,
          drivenBy: m.drivenBy,
          loggedAt: m.loggedAt?.toISOString() ?? null,
          loggedByMe: m.loggedByPersonId === me.personId,
        }
      : null,
    started,
    canChange: me.active && m.status === 'scheduled' && !started,
    canLog: me.active && m.status === 'scheduled' && started,
  };
}

function presentView(v: MeetingsView): z.infer<typeof ZMeetings> {
  const me = { personId: v.myPersonId, now: v.now, active: v.pairActive };
  return {
    meetings: v.meetings.map((m) => presentMeeting(m, me)),
    health: presentHealth(v.health),
    defaults: v.defaults,
    topics: v.topics.map((t) => ({ key: t.key, label: t.label })),
    mySide: v.mySide,
    pairActive: v.pairActive,
  };
}

const LocalDateTime = z.string().max(32);
const ScheduleBody = z.strictObject({
  startsAtLocal: LocalDateTime,
  timeZone: z.string().min(1).max(100),
  minutes: z.number().int(),
  place: z.string().max(5000).default(''),
  count: z.number().int().default(1),
});
const RescheduleBody = z.strictObject({
  startsAtLocal: LocalDateTime.optional(),
  timeZone: z.string().min(1).max(100).optional(),
  minutes: z.number().int().optional(),
  place: z.string().max(5000).optional(),
});
const CancelBody = z.strictObject({ scope: z.enum(['one', 'following']).default('one') });
const LogBody = z.strictObject({
  outcome: z.enum(['held', 'missed']),
  heldMinutes: z.number().int().nullable().optional(),
  topics: z.array(z.string().max(200)).max(100).optional(),
  drivenBy: z.enum(DRIVEN_BY).nullable().optional(),
});
const PastBody = z.strictObject({
  startsAtLocal: LocalDateTime,
  timeZone: z.string().min(1).max(100),
  minutes: z.number().int(),
  place: z.string().max(5000).default(''),
  log: LogBody,
});
const ZMeetingList = z.object({ meetings: z.array(ZMeeting) });

function sendIcs(reply: FastifyReply, file: IcsFile) {
  // A string with a non-JSON content type goes out as is: the zod serializer is for JSON only.
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .send(file.content);
}

/** The pair's meetings: scheduled, changed, logged and exported by its two members only (use cases check membership). */
export function meetingRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['workspace'];
  const params = z.object({ pairId: Uuid });
  const meetingParams = z.object({ pairId: Uuid, meetingId: Uuid });
  const base = '/api/me/pairs/:pairId/meetings';
  // A change is made in an active pair, by the member it is presented to.
  const presentChange = (c: MeetingChange) =>
    c.meetings.map((m) => presentMeeting(m, { personId: c.personId, now: c.now, active: true }));
  const first = (c: MeetingChange) => presentChange(c)[0] as z.infer<typeof ZMeeting>;

  r.get(
    base,
    {
      config,
      schema: {
        tags,
        summary: 'Our meetings and how our cadence is going',
        params,
        response: { 200: ZMeetings, ...errors },
      },
    },
    async (req) => presentView(await listMeetings(deps, { actor: actorOf(req), pairId: req.params.pairId })),
  );
  r.post(
    base,
    {
      config,
      schema: {
        tags,
        summary: 'Schedule one meeting, or a series following our cadence (count)',
        params,
        body: ScheduleBody,
        response: { 201: ZMeetingList, ...errors },
      },
    },
    async (req, reply) => {
      const change = await scheduleMeetings(deps, { actor: actorOf(req), pairId: req.params.pairId, plan: req.body });
      return reply.status(201).send({ meetings: presentChange(change) });
    },
  );
  r.post(
    `${base}/past`,
    {
      config,
      schema: {
        tags,
        summary: 'Record a meeting we held without scheduling it here, with its log (no invitation)',
        params,
        body: PastBody,
        response: { 201: ZMeeting, ...errors },
      },
    },
    async (req, reply) => {
      const change = await recordPastMeeting(deps, {
        actor: actorOf(req),
        pairId: req.params.pairId,
        meeting: req.body,
      });
      return reply.status(201).send(first(change));
    },
  );
  r.get(
    `${base}.ics`,
    {
      config,
      schema: {
        tags,
        summary: 'Every upcoming meeting as a calendar file (.ics), in my time zone',
        params,
        response: { 200: z.string(), ...errors },
      },
    },
    async (req, reply) =>
      sendIcs(reply, await memberMeetingIcs(deps, { actor: actorOf(req), pairId: req.params.pairId })),
  );
  r.patch(
    `${base}/:meetingId`,
    {
      config,
      schema: {
        tags,
        summary: 'Reschedule a meeting (same calendar event, next sequence)',
        params: meetingParams,
        body: RescheduleBody,
        response: { 200: ZMeeting, ...errors },
      },
    },
    async (req) =>
      first(
        await rescheduleMeeting(deps, {
          actor: actorOf(req),
          pairId: req.params.pairId,
          meetingId: req.params.meetingId,
          change: req.body,
        }),
      ),
  );
  r.post(
    `${base}/:meetingId/cancel`,
    {
      config,
      schema: {
        tags,
        summary: 'Cancel a meeting, or it and the following ones of its series',
        params: meetingParams,
        body: CancelBody,
        response: { 200: ZMeetingList, ...errors },
      },
    },
    async (req) => ({
      meetings: presentChange(
        await cancelMeeting(deps, {
          actor: actorOf(req),
          pairId: req.params.pairId,
          meetingId: req.params.meetingId,
          scope: req.body.scope,
        }),
      ),
    }),
  );
  r.post(
    `${base}/:meetingId/log`,
    {
      config,
      schema: {
        tags,
        summary: 'Log a meeting: held or missed, how long, topics, who drove',
        params: meetingParams,
        body: LogBody,
        response: { 200: ZMeeting, ...errors },
      },
    },
    async (req) =>
      first(
        await logMeeting(deps, {
          actor: actorOf(req),
          pairId: req.params.pairId,
          meetingId: req.params.meetingId,
          log: req.body,
        }),
      ),
  );
  r.get(
    `${base}/:meetingId/ics`,
    {
      config,
      schema: {
        tags,
        summary: 'One meeting as a calendar file (.ics), in my time zone',
        params: meetingParams,
        response: { 200: z.string(), ...errors },
      },
    },
    async (req, reply) =>
      sendIcs(
        reply,
        await memberMeetingIcs(deps, {
          actor: actorOf(req),
          pairId: req.params.pairId,
          meetingId: req.params.meetingId,
        }),
      ),
  );
}
