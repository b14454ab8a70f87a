// Small worlds for the outcomes tests, written straight to the database: people, programs,
// enrollments, pairs, meetings, check-ins, goals and survey answers exactly as described, so
// the tests can compute what each figure must be (or who is behind it) from the same spec.
import { randomUUID } from 'node:crypto';
import { createOrg } from '../../src/app/org/create-org.js';
import { createUser } from '../../src/app/users/create-user.js';
import type { Role } from '../../src/core/auth/roles.js';
import { standardQuestions } from '../../src/core/surveys/templates.js';
import { enrollments, goals, matchingRounds, meetings, pairs, people, programManagers, programs, programSponsors, skillCheckins, skills, surveyResponses, surveys, type SurveyQuestionRow } from '../../src/db/schema.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { signInClient, type Client, type TestContext } from '../support/test-app.js';

export interface PersonSpec {
  key: string;
  department: string;
  level: number;
  hireDate?: string | null;
  terminationDate?: string | null;
  generationBand?: string | null;
}

export interface AnswerSpec {
  who: 'mentor' | 'mentee';
  kind: 'pulse' | 'end_of_cycle';
  answeredAt: string;
  answers: Record<string, number | string | boolean | null>;
}

export interface PairSpec {
  mentor: string;
  mentee: string;
  status: 'offered' | 'active' | 'ended' | 'declined';
  activatedAt: string | null;
  endedAt?: string | null;
  held?: string[];
  checkins?: Array<{ who: 'mentor' | 'mentee'; skillKey: string; phase: 'start' | 'midway' | 'end'; level: number }>;
  answers?: AnswerSpec[];
  goals?: Array<{ status: 'active' | 'achieved'; shared: boolean }>;
}

export interface EnrollmentSpec {
  person: string;
  side: 'mentor' | 'mentee';
  status: 'invited' | 'applied' | 'approved' | 'declined' | 'withdrawn';
  leaderOptIn?: boolean;
}

export interface ProgramSpec {
  key: string;
  name?: string;
  mode?: 'reverse' | 'mutual';
  status?: 'enrolling' | 'matching' | 'active' | 'closed';
  startDate: string;
  endDate: string;
  cadenceDays?: number;
  requireTraining?: boolean;
  enrollments: EnrollmentSpec[];
  pairs: PairSpec[];
  /** Program manager logins (keys of `logins`) and sponsor logins. */
  managers?: string[];
  sponsors?: string[];
}

export interface WorldSpec {
  people: PersonSpec[];
  programs: ProgramSpec[];
  logins: Array<{ key: string; roles: Role[]; person?: string }>;
}

export const SKILLS = [
  { key: 'ai-tools', label: 'AI tools', category: 'Digital' },
  { key: 'social', label: 'Social media', category: 'Digital' },
  { key: 'strategy', label: 'Strategy', category: 'Leadership' },
];

export interface BuiltWorld {
  orgId: string;
  personIds: Record<string, string>;
  programIds: Record<string, string>;
  userIds: Record<string, string>;
  clients: Record<string, Client>;
}

const at = (d: string) => new Date(d.length === 10 ? `${d}T12:00:00Z` : d);

export async function buildOutcomeWorld(ctx: TestContext, slug: string, spec: WorldSpec, options: { signIn?: boolean } = {}): Promise<BuiltWorld> {
  const org = await createOrg(ctx.deps, { slug, name: `Org ${slug}` });
  const orgId = org.id;
  const personIds: Record<string, string> = {};
  const programIds: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  await ctx.db.system(async (tx) => {
    await tx.insert(skills).values(SKILLS.map((s) => ({ orgId, ...s })));
    for (const p of spec.people) {
      const [row] = await tx
        .insert(people)
        .values({
          orgId,
          employeeId: `${slug}-${p.key}`,
          name: `${p.key} Person`,
          email: `${p.key}@${slug}.test`,
          department: p.department,
          level: p.level,
          hireDate: p.hireDate === undefined ? '2020-01-01' : p.hireDate,
          terminationDate: p.terminationDate ?? null,
          status: p.terminationDate ? 'departed' : 'active',
          generationBand: p.generationBand ?? null,
        })
        .returning({ id: people.id });
      personIds[p.key] = (row as { id: string }).id;
    }
    for (const l of spec.logins) {
      const u = await createUser(tx, { orgId, email: `${l.key}@login.${slug}.test`, name: `${l.key} Login`, password: TEST_PASSWORD, roles: l.roles, personId: l.person ? personIds[l.person] : null });
      userIds[l.key] = u.id;
    }
    for (const ps of spec.programs) {
      const [prog] = await tx
        .insert(programs)
        .values({
          orgId,
          name: ps.name ?? `Program ${ps.key}`,
          objectives: 'Learn.',
          mode: ps.mode ?? 'reverse',
          scopeKind: 'organization',
          startDate: ps.startDate,
          endDate: ps.endDate,
          hoursPerMonth: 2,
          cadenceDays: ps.cadenceDays ?? 14,
          meetingMinutes: 45,
          mentorCapacity: 2,
          minLevelGap: 0,
          responseDays: 7,
          requireTraining: ps.requireTraining ?? false,
          status: ps.status ?? 'active',
        })
        .returning({ id: programs.id });
      const programId = (prog as { id: string }).id;
      programIds[ps.key] = programId;
      for (const m of ps.managers ?? []) await tx.insert(programManagers).values({ orgId, programId, userId: userIds[m] as string });
      for (const s of ps.sponsors ?? []) await tx.insert(programSponsors).values({ orgId, programId, userId: userIds[s] as string });
      const enrollmentIds: Record<string, string> = {};
      for (const e of ps.enrollments) {
        const applied = e.status !== 'invited';
        const [row] = await tx
          .insert(enrollments)
          .values({
            orgId,
            programId,
            personId: personIds[e.person] as string,
            side: e.side,
            status: e.status,
            invitedAt: at(ps.startDate),
            appliedAt: applied ? at(ps.startDate) : null,
            approvalStatus: e.status === 'approved' ? 'approved' : applied ? 'pending' : null,
            leaderSignalsAt: e.leaderOptIn ? at(ps.startDate) : null,
          })
          .returning({ id: enrollments.id });
        enrollmentIds[e.person] = (row as { id: string }).id;
      }
      if (!ps.pairs.length) continue;
      const [round] = await tx.insert(matchingRounds).values({ orgId, programId, number: 1, status: 'published', summary: {} }).returning({ id: matchingRounds.id });
      // The program's standard surveys (the surveys helper's templates): pulse for both, end of cycle per side.
      const surveyIds: Record<string, { id: string; questions: SurveyQuestionRow[] }> = {};
      for (const [kind, audience] of [['pulse', 'both'], ['end_of_cycle', 'mentor'], ['end_of_cycle', 'mentee']] as const) {
        const questions = standardQuestions(kind, audience) as unknown as SurveyQuestionRow[];
        const [s] = await tx.insert(surveys).values({ orgId, programId, kind, audience, title: kind, questions }).returning({ id: surveys.id });
        surveyIds[`${kind}:${audience}`] = { id: (s as { id: string }).id, questions };
      }
      for (const p of ps.pairs) {
        const [pair] = await tx
          .insert(pairs)
          .values({
            orgId,
            programId,
            roundId: (round as { id: string }).id,
            mentorEnrollmentId: enrollmentIds[p.mentor] as string,
            menteeEnrollmentId: enrollmentIds[p.mentee] as string,
            mentorPersonId: personIds[p.mentor] as string,
            menteePersonId: personIds[p.mentee] as string,
            score: 1,
            explanation: { parts: [], reasons: [] },
            status: p.status,
            activatedAt: p.activatedAt ? at(p.activatedAt) : null,
            endedAt: p.endedAt ? at(p.endedAt) : null,
          })
          .returning({ id: pairs.id });
        const pairId = (pair as { id: string }).id;
        const personOf = (who: 'mentor' | 'mentee') => personIds[who === 'mentor' ? p.mentor : p.mentee] as string;
        for (const h of p.held ?? []) {
          await tx.insert(meetings).values({ orgId, pairId, uid: `${randomUUID()}@t`, startsAt: at(h), minutes: 45, timeZone: 'UTC', outcome: 'held' });
        }
        for (const c of p.checkins ?? []) await tx.insert(skillCheckins).values({ orgId, pairId, personId: personOf(c.who), skillKey: c.skillKey, phase: c.phase, level: c.level });
        let occurrence = 0;
        for (const a of p.answers ?? []) {
          occurrence += 1;
          const survey = surveyIds[a.kind === 'pulse' ? 'pulse:both' : `end_of_cycle:${a.who}`] as { id: string; questions: SurveyQuestionRow[] };
          await tx.insert(surveyResponses).values({
            orgId,
            programId,
            surveyId: survey.id,
            pairId,
            personId: personOf(a.who),
            side: a.who,
            kind: a.kind,
            occurrence,
            surveyVersion: 1,
            questions: survey.questions,
            dueAt: at(a.answeredAt),
            closesAt: at(a.answeredAt),
            answers: { ...a.answers },
            answeredAt: at(a.answeredAt),
          });
        }
        for (const g of p.goals ?? []) await tx.insert(goals).values({ orgId, pairId, learnerSide: 'mentee', title: 'Goal', status: g.status, sharedWithProgram: g.shared });
      }
    }
  });
  const clients: Record<string, Client> = {};
  if (options.signIn !== false) for (const l of spec.logins) clients[l.key] = await signInClient(ctx.app, `${l.key}@login.${slug}.test`, TEST_PASSWORD);
  return { orgId, personIds, programIds, userIds, clients };
}
