// Writes the demo's finished program (core/demo/generate-demo-program.ts) into the freshly seeded
// demo organization: the program through the create-program use case (skills, managers and
// training as a real one gets), then a year of rows inserted directly — it is seed data, written
// once with the organization, and a few bulk inserts keep the first start fast.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { DemoOrg } from '../../core/demo/generate-demo-org.js';
import { generateDemoProgram, type DemoProgram } from '../../core/demo/generate-demo-program.js';
import { programTemplate } from '../../core/programs/templates.js';
import type { Tx } from '../../db/client.js';
import {
  enrollments,
  goals,
  matchingRounds,
  meetings,
  pairs,
  participantProfiles,
  people,
  programs,
  programSponsors,
  reviewComments,
  reviewCycles,
  reviewSummaries,
  skillCheckins,
  surveyResponses,
  surveys,
  trainingCompletions,
  trainingModules,
  users,
} from '../../db/schema.js';
import type { Deps } from '../deps.js';
import { createProgram } from '../programs/create-program.js';

type Ids = Map<string, string>;
const ts = (iso: string) => new Date(iso);
const tsOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

/** Inserts in slices, so no statement outgrows the drivers' parameter limits. */
async function insertAll<T>(rows: T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await write(rows.slice(i, i + 400));
}

export async function seedDemoProgram(deps: Deps, orgId: string, org: DemoOrg): Promise<{ programId: string }> {
  const plan = generateDemoProgram(org);
  const login = (role: string) => org.logins.find((l) => l.roles.some((r) => r === role));
  const emails = [login('program_manager')?.email, login('sponsor')?.email].filter((e): e is string => Boolean(e));
  const accounts = await deps.db.system((tx) => tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)));
  const userOf = (role: string) => accounts.find((a) => a.email === login(role)?.email);
  const pm = userOf('program_manager');
  if (!pm) throw new Error('The demo program manager has no login.');
  const template = programTemplate('reverse');
  const view = await createProgram(deps, {
    actor: { orgId, userId: pm.id, email: pm.email, roles: ['program_manager'] },
    template: 'reverse',
    meta: null,
    settings: {
      name: plan.program.name, objectives: plan.program.objectives, mode: 'reverse', scope: { kind: 'organization' }, requireCrossDepartment: false,
      startDate: plan.program.startDate, endDate: plan.program.endDate, hoursPerMonth: template?.hoursPerMonth ?? 2, cadenceDays: plan.program.cadenceDays,
      meetingMinutes: plan.program.meetingMinutes, mentorCapacity: 1, minLevelGap: 2, responseDays: 7, requireTraining: true, autoRematch: false,
      selfEnrollment: false, skillKeys: plan.skillKeys, managerUserIds: [pm.id],
    },
  });
  const programId = view.program.id;
  await deps.db.tenant(orgId, async (tx) => {
    const created = ts(plan.program.createdAt);
    await tx.update(programs).set({ status: 'closed', createdAt: created, updatedAt: ts(`${plan.program.endDate}T17:00:00Z`) }).where(eq(programs.id, programId));
    const sponsor = userOf('sponsor');
    if (sponsor) await tx.insert(programSponsors).values({ orgId, programId, userId: sponsor.id });
    const personIds: Ids = new Map((await tx.select({ id: people.id, e: people.employeeId }).from(people).where(eq(people.orgId, orgId))).map((p) => [p.e, p.id]));
    const person = (employeeId: string) => personIds.get(employeeId) as string;
    const enrollmentIds = await writeEnrollments(tx, orgId, programId, plan, person);
    const pairIds = await writePairs(tx, orgId, programId, plan, person, enrollmentIds, pm.id);
    await writeYear(tx, orgId, programId, plan, person, pairIds, pm);
  });
  return { programId };
}

async function writeEnrollments(tx: Tx, orgId: string, programId: string, plan: DemoProgram, person: (e: string) => string): Promise<Ids> {
  await tx
    .insert(participantProfiles)
    .values(plan.profiles.map((p) => ({ orgId, personId: person(p.employeeId), knows: p.knows, wants: p.wants, timeZone: null, availability: 'Weekday mornings' })))
    .onConflictDoNothing();
  const rows = await tx
    .insert(enrollments)
    .values(
      plan.enrollments.map((e) => ({
        orgId, programId, personId: person(e.employeeId), side: e.appliedAt ? e.side : null, motivation: e.motivation, status: e.status,
        invitedAt: ts(e.invitedAt), appliedAt: tsOrNull(e.appliedAt), approvalStatus: e.approvalStatus,
        approverPersonId: e.approverEmployeeId ? person(e.approverEmployeeId) : null, approvalRequestedAt: tsOrNull(e.appliedAt),
        decidedAt: tsOrNull(e.decidedAt), decisionReason: e.decisionReason, leaderSignalsAt: tsOrNull(e.leaderSignalsAt),
        createdAt: ts(e.invitedAt), updatedAt: ts(e.decidedAt ?? e.appliedAt ?? e.invitedAt),
      })),
    )
    .returning({ id: enrollments.id, personId: enrollments.personId });
  const modules = await tx.select({ id: trainingModules.id, role: trainingModules.role }).from(trainingModules).where(eq(trainingModules.programId, programId));
  const completions = plan.enrollments.flatMap((e) =>
    e.trainedAt ? modules.filter((m) => m.role === e.side).map((m) => ({ orgId, moduleId: m.id, personId: person(e.employeeId), passedAt: ts(e.trainedAt as string) })) : [],
  );
  await insertAll(completions, (slice) => tx.insert(trainingCompletions).values(slice));
  const byPerson = new Map(rows.map((r) => [r.personId, r.id]));
  return new Map(plan.enrollments.map((e) => [e.employeeId, byPerson.get(person(e.employeeId)) as string]));
}

async function writePairs(tx: Tx, orgId: string, programId: string, plan: DemoProgram, person: (e: string) => string, enrollmentIds: Ids, pmUserId: string): Promise<string[]> {
  const scores = plan.pairs.map((p) => p.score).sort((a, b) => a - b);
  const summary = {
    total: scores.reduce((s, x) => s + x, 0), optimal: true, mentors: plan.enrollments.filter((e) => e.trainedAt && e.side === 'mentor').length,
    mentees: plan.enrollments.filter((e) => e.trainedAt && e.side === 'mentee').length,
    distribution: { count: scores.length, min: scores[0] ?? null, max: scores.at(-1) ?? null, mean: scores.length ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length) : null, median: scores[Math.floor(scores.length / 2)] ?? null, histogram: [] },
    warnings: plan.round.unmatched ? [`${plan.round.unmatched} trained participants could not be paired under the rules.`] : [], unmatched: [], notEligible: [], seconds: 0.4,
  };
  const [round] = await tx
    .insert(matchingRounds)
    .values({ orgId, programId, number: 1, status: 'published', summary, createdBy: pmUserId, createdAt: ts(plan.round.createdAt), publishedAt: ts(plan.round.publishedAt) })
    .returning({ id: matchingRounds.id });
  if (!round) throw new Error('The demo round was not created.');
  const rows = await tx
    .insert(pairs)
    .values(
      plan.pairs.map((p) => ({
        orgId, programId, roundId: round.id, mentorEnrollmentId: enrollmentIds.get(p.mentorEmployeeId) as string, menteeEnrollmentId: enrollmentIds.get(p.menteeEmployeeId) as string,
        mentorPersonId: person(p.mentorEmployeeId), menteePersonId: person(p.menteeEmployeeId), score: p.score, explanation: p.explanation, status: p.status,
        respondBy: ts(p.respondBy), mentorResponse: p.mentorResponse, menteeResponse: p.menteeResponse, activatedAt: tsOrNull(p.activatedAt), endedAt: tsOrNull(p.endedAt),
        endReason: p.endReason, createdAt: ts(p.offeredAt),
      })),
    )
    .returning({ id: pairs.id });
  return rows.map((r) => r.id);
}

async function writeYear(tx: Tx, orgId: string, programId: string, plan: DemoProgram, person: (e: string) => string, pairIds: string[], pm: { id: string; email: string }): Promise<void> {
  const pairOf = (i: number) => plan.pairs[i] as DemoProgram['pairs'][number];
  const member = (i: number, side: 'mentor' | 'mentee') => person(side === 'mentor' ? pairOf(i).mentorEmployeeId : pairOf(i).menteeEmployeeId);
  const meetingRows = plan.meetings.map((m) => {
    const starts = ts(m.startsAt);
    const logged = new Date(starts.getTime() + 3_600_000 * 2);
    const organizer = member(m.pair, m.organizerSide);
    return {
      orgId, pairId: pairIds[m.pair] as string, uid: `${randomUUID()}@demo.tandem`, startsAt: starts, minutes: m.minutes, timeZone: m.timeZone, place: m.place,
      createdByPersonId: organizer, outcome: m.outcome, heldMinutes: m.heldMinutes, topics: m.topics, drivenBy: m.drivenBy, loggedByPersonId: organizer, loggedAt: logged,
      createdAt: new Date(starts.getTime() - 7 * 86_400_000), updatedAt: logged,
    };
  });
  await insertAll(meetingRows, (slice) => tx.insert(meetings).values(slice));
  const goalIds = (
    await tx
      .insert(goals)
      .values(plan.goals.map((g) => ({ orgId, pairId: pairIds[g.pair] as string, learnerSide: g.learnerSide, authorPersonId: member(g.pair, g.learnerSide), title: g.title, why: g.why, success: g.success, targetDate: plan.program.endDate, milestones: g.milestones, progress: g.progress, status: g.status, sharedWithProgram: g.sharedWithProgram, createdAt: ts(g.at), updatedAt: ts(g.at) })))
      .returning({ id: goals.id })
  ).map((r) => r.id);
  const checkinRows = plan.checkins.map((c) => ({
    orgId, pairId: pairIds[c.pair] as string, personId: member(c.pair, c.side), skillKey: c.skillKey, phase: c.phase, level: c.level, evidence: c.evidence,
    partnerObservation: c.partnerObservation, observedAt: c.partnerObservation ? ts(c.at) : null, createdAt: ts(c.at), updatedAt: ts(c.at),
  }));
  await insertAll(checkinRows, (slice) => tx.insert(skillCheckins).values(slice));
  const surveyRows = await tx
    .insert(surveys)
    .values(plan.surveys.map((s) => ({ orgId, programId, kind: s.kind, audience: s.audience, title: s.title, intro: s.intro, questions: s.questions, everyDays: s.everyDays, daysBeforeEnd: s.daysBeforeEnd, openDays: s.openDays, createdAt: ts(plan.program.createdAt), updatedAt: ts(plan.program.createdAt) })))
    .returning({ id: surveys.id });
  const responseRows = plan.responses.map((r) => {
    const survey = plan.surveys[r.survey] as DemoProgram['surveys'][number];
    return {
      orgId, programId, surveyId: surveyRows[r.survey]?.id as string, pairId: pairIds[r.pair] as string, personId: member(r.pair, r.side), side: r.side, kind: survey.kind,
      occurrence: r.occurrence, surveyVersion: 1, questions: survey.questions, dueAt: ts(r.dueAt), closesAt: ts(r.closesAt), answers: r.answers, answeredAt: tsOrNull(r.answeredAt), createdAt: ts(r.dueAt),
    };
  });
  await insertAll(responseRows, (slice) => tx.insert(surveyResponses).values(slice));
  await writeReview(tx, orgId, programId, plan, pairIds, goalIds, pm);
}

async function writeReview(tx: Tx, orgId: string, programId: string, plan: DemoProgram, pairIds: string[], goalIds: string[], pm: { id: string; email: string }): Promise<void> {
  const { review } = plan;
  const [cycle] = await tx
    .insert(reviewCycles)
    .values({ orgId, programId, title: review.title, dueDate: review.dueDate, status: 'closed', openedByUserId: pm.id, createdAt: ts(review.openedAt), closedAt: ts(review.closedAt) })
    .returning({ id: reviewCycles.id });
  if (!cycle || !review.summaries.length) return;
  const summaryIds = (
    await tx
      .insert(reviewSummaries)
      .values(
        review.summaries.map((s) => {
          const content = {
            goals: s.goals.map((g) => {
              const goal = plan.goals[g.goal] as DemoProgram['goals'][number];
              return { goalId: goalIds[g.goal] as string, title: goal.title, learnerSide: goal.learnerSide, progress: g.progress, status: g.status };
            }),
            meetings: s.meetings,
            statement: s.statement,
          };
          const at = ts(s.submittedAt);
          return { orgId, programId, cycleId: cycle.id, pairId: pairIds[s.pair] as string, goalIds: content.goals.map((g) => g.goalId), includeMeetings: true, statement: s.statement, content, status: 'submitted' as const, mentorConfirmedAt: at, menteeConfirmedAt: at, submittedAt: at, createdAt: at, updatedAt: at };
        }),
      )
      .returning({ id: reviewSummaries.id })
  ).map((r) => r.id);
  const [author] = await tx.select({ name: users.name }).from(users).where(and(eq(users.orgId, orgId), eq(users.id, pm.id)));
  if (review.comments.length) {
    await tx.insert(reviewComments).values(review.comments.map((c) => ({ orgId, summaryId: summaryIds[c.summary] as string, authorUserId: pm.id, authorName: author?.name ?? pm.email, body: c.body, createdAt: ts(c.at) })));
  }
}
