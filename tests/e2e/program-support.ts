// Shared steps for the program journeys: people picked from the demo generator, a signed-in API
// client per browser context (the session cookie of the context, plus the CSRF header), links
// read from the outbox, and the training player driven with the answers from the program
// manager's view.
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { PersonRecord } from '../../src/core/people/person.js';
import { demo, demoLoginWith, signIn } from './support.js';

/** A unique suffix, so each run's programs and accounts never meet an earlier run's. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

// ---- people from the demo directory --------------------------------------------------------

const byEmployeeId = new Map(demo.people.map((person) => [person.employeeId, person]));
const loginEmployeeIds = new Set(demo.logins.map((login) => login.employeeId));

export function demoPerson(employeeId: string): PersonRecord {
  const person = byEmployeeId.get(employeeId);
  if (person === undefined) throw new Error(`No demo person ${employeeId}.`);
  return person;
}

/** The person's managers, nearest first. */
export function reportingChain(person: PersonRecord): PersonRecord[] {
  const chain: PersonRecord[] = [];
  let managerId = person.managerEmployeeId;
  while (managerId !== null) {
    const manager = demoPerson(managerId);
    chain.push(manager);
    managerId = manager.managerEmployeeId;
  }
  return chain;
}

export function managerOf(person: PersonRecord): PersonRecord {
  if (person.managerEmployeeId === null) throw new Error(`${person.name} has no manager.`);
  return demoPerson(person.managerEmployeeId);
}

/** Neither is the other's manager, directly or further up. */
export function outsideEachOthersChain(a: PersonRecord, b: PersonRecord): boolean {
  return (
    !reportingChain(a).some((m) => m.employeeId === b.employeeId) &&
    !reportingChain(b).some((m) => m.employeeId === a.employeeId)
  );
}

const nameCount = new Map<string, number>();
for (const person of demo.people) nameCount.set(person.name, (nameCount.get(person.name) ?? 0) + 1);

/**
 * Active people with no demo login, a unique name (so the pages can be read by name) and an
 * active manager in the directory: the people a journey may invite and give an account.
 */
export function candidates(test: (person: PersonRecord) => boolean): PersonRecord[] {
  return demo.people.filter(
    (person) =>
      test(person) &&
      person.status === 'active' &&
      !loginEmployeeIds.has(person.employeeId) &&
      nameCount.get(person.name) === 1 &&
      person.managerEmployeeId !== null &&
      managerOf(person).status === 'active' &&
      !loginEmployeeIds.has(managerOf(person).employeeId),
  );
}

/** Senior people (level 5 or more) in Sales. */
export const isSeniorInSales = (person: PersonRecord) => person.department === 'Sales' && person.level >= 5;
/** Junior engineers (level 1 or 2). */
export const isJuniorEngineer = (person: PersonRecord) => person.department === 'Engineering' && person.level <= 2;

export const participantLogin = demoLoginWith('participant');
export const managerLogin = demoLoginWith('manager');
export const programManagerLogin = demoLoginWith('program_manager');

// ---- skills used by the journeys -----------------------------------------------------------

export const SKILLS = {
  ai: { key: 'generative-ai-tools', label: 'Generative AI tools for everyday work', category: 'Technology' },
  linkedin: { key: 'linkedin-presence', label: 'Building a LinkedIn presence', category: 'Social media' },
  career: { key: 'career-planning', label: 'Career planning', category: 'Leadership and career' },
} as const;

export const JOURNEY_SKILL_KEYS = [SKILLS.ai.key, SKILLS.linkedin.key, SKILLS.career.key];

// ---- the API, as a signed-in user ----------------------------------------------------------

/**
 * Calls the API with a browser context's session: the context's cookies travel with
 * `context.request`, and state-changing calls carry the session's CSRF token.
 */
export class Api {
  private csrf: string | null = null;

  constructor(private readonly request: APIRequestContext) {}

  async get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  async post<T = unknown>(path: string, body: unknown = {}): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  async put<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  /** Forget the token (after the session changed, e.g. an invitation was accepted). */
  resetCsrf(): void {
    this.csrf = null;
  }

  private async token(): Promise<string> {
    if (this.csrf === null) {
      const session = await this.request.get('/api/auth/session');
      expect(session.status(), await session.text()).toBe(200);
      this.csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    }
    return this.csrf;
  }

  private async send<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET') headers['x-csrf-token'] = await this.token();
    const response = await this.request.fetch(path, { method, headers, ...(body !== undefined ? { data: body } : {}) });
    const text = await response.text();
    expect(response.ok(), `${method} ${path} → ${response.status()}: ${text}`).toBe(true);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
}

export interface Session {
  context: BrowserContext;
  page: Page;
  api: Api;
}

/** A new browser context signed in through the sign-in page. */
export async function signedIn(browser: Browser, login: { email: string; password: string }): Promise<Session> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login);
  return { context, page, api: new Api(context.request) };
}

// ---- the outbox ----------------------------------------------------------------------------

interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/**
 * The newest link of the given kind (`/invite` or `/approve`) in the emails to `to`, read from
 * the outbox as the org admin. Emails are written in the same transaction as the event, so
 * the link is there as soon as the request that caused it has answered.
 */
export async function linkInOutbox(
  admin: Api,
  to: string,
  kind: '/invite' | '/approve',
  subject?: RegExp,
): Promise<string> {
  const page = await admin.get<{ items: OutboxEmail[] }>('/api/outbox?pageSize=100');
  const pattern = new RegExp(`https?://\\S+${kind}#[A-Za-z0-9_-]+`);
  const email = page.items.find(
    (item) => item.to === to && (subject === undefined || subject.test(item.subject)) && pattern.test(item.text),
  );
  expect(
    email,
    `an email to ${to} with a ${kind} link; the outbox holds:\n${page.items.map((item) => `${item.to}: ${item.subject}`).join('\n')}`,
  ).toBeDefined();
  const url = new URL(pattern.exec(email?.text ?? '')?.[0] ?? '');
  // The token travels only in the fragment, which the browser never sends.
  expect(url.search).toBe('');
  return `${url.pathname}${url.hash}`;
}

/** Opens an account link in a new context, creates the account and returns the signed-in session. */
export async function createAccountFromLink(
  browser: Browser,
  link: string,
  name: string,
  password: string,
): Promise<Session> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'My programs' })).toBeVisible();
  return { context, page, api: new Api(context.request) };
}

// ---- training --------------------------------------------------------------------------------

export interface ModuleWithAnswers {
  id: string;
  role: 'mentor' | 'mentee';
  title: string;
  questions: Array<{ prompt: string; options: string[]; correct: number }>;
}

/** The program's modules with their answers, as its program manager sees them. */
export async function trainingWithAnswers(pm: Api, programId: string): Promise<ModuleWithAnswers[]> {
  return pm.get<ModuleWithAnswers[]>(`/api/programs/${programId}/training`);
}

/**
 * Passes every module of the side in the training player: the participant's page shows no
 * answers before an attempt, so the right options come from the program manager's view.
 */
export async function passTrainingInPlayer(
  page: Page,
  programId: string,
  modules: readonly ModuleWithAnswers[],
  side: 'mentor' | 'mentee',
): Promise<void> {
  const mine = modules.filter((module) => module.role === side);
  expect(mine.length).toBeGreaterThan(0);
  await page.goto(`/my/programs/${programId}/training`);
  await expect(page.getByText(`0 of ${mine.length} complete`)).toBeVisible();
  for (const [index, module] of mine.entries()) {
    await page.getByRole('button', { name: `Start ${module.title}`, exact: true }).click();
    const view = page.getByRole('article', { name: module.title });
    await expect(view.getByRole('heading', { level: 2, name: module.title })).toBeVisible();
    // No answer is in the page before the attempt: nothing is marked correct yet.
    await expect(view.locator('.feedback')).toHaveCount(0);
    const quiz = view.getByRole('form');
    for (const [number, question] of module.questions.entries()) {
      const group = quiz.getByRole('group', { name: `${number + 1}. ${question.prompt}`, exact: true });
      const answer = question.options[question.correct] ?? '';
      await group.getByRole('radio', { name: answer, exact: true }).check();
    }
    await quiz
      .getByRole('button', { name: module.questions.length === 0 ? 'Mark as complete' : 'Check my answers' })
      .click();
    await expect(quiz.getByRole('status')).toContainText(module.questions.length === 0 ? 'Done' : 'You passed');
    await view.getByRole('button', { name: 'All modules' }).click();
    await expect(page.getByText(`${index + 1} of ${mine.length} complete`)).toBeVisible();
  }
  await expect(page.getByText('All the training for this program is complete.')).toBeVisible();
}

// ---- profiles --------------------------------------------------------------------------------

type SkillChoice = { skill: (typeof SKILLS)[keyof typeof SKILLS]; value: string };

/** Fills /my/profile: skills one can teach (with a level label) and wants (with a priority label). */
export async function fillProfile(
  page: Page,
  profile: { teach: SkillChoice[]; learn: SkillChoice[]; timeZone: string; availability: string; motivation: string },
): Promise<void> {
  await page.goto('/my/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  for (const [sectionName, choices, scale] of [
    ['Skills I can teach', profile.teach, 'Level'],
    ['Skills I want to learn', profile.learn, 'Priority'],
  ] as const) {
    const section = page.getByRole('region', { name: sectionName });
    for (const { skill, value } of choices) {
      const group = section.locator('details', { has: page.locator('summary', { hasText: skill.category }) });
      if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
      await group.getByRole('checkbox', { name: skill.label, exact: true }).check();
      await group.getByLabel(`${scale} for ${skill.label}`, { exact: true }).selectOption({ label: value });
    }
  }
  await page.getByLabel('Time zone').fill(profile.timeZone);
  await page.getByLabel('Availability').fill(profile.availability);
  await page.getByLabel('Motivation').fill(profile.motivation);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('.sticky-actions').getByRole('status')).toHaveText('Saved');
}

/** Applies on /my/programs to an invitation, on the given side. */
export async function applyInMyPrograms(
  page: Page,
  programName: string,
  side: 'Junior mentor — I teach' | 'Senior mentee — I learn',
  motivation: string,
): Promise<void> {
  await page.goto('/my/programs');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: programName, exact: true }) });
  await expect(card.getByText('Invited — apply')).toBeVisible();
  await card.getByRole('button', { name: `Apply to ${programName}` }).click();
  const form = card.getByRole('form', { name: `Apply to ${programName}` });
  await form.getByRole('radio', { name: side }).check();
  await form.getByLabel('Why do you want to take part? (optional)').fill(motivation);
  await form.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByText(`Your application to ${programName} is sent.`)).toBeVisible();
  await expect(card.getByText('Waiting for your manager’s approval')).toBeVisible();
}

// ---- a whole enrollment through the API ------------------------------------------------------

export interface Enrollee<K extends string> {
  key: K;
  person: PersonRecord;
  side: 'mentor' | 'mentee';
  profile: { knows: Array<{ skillKey: string; level: number }>; wants: Array<{ skillKey: string; priority: number }> };
}

/**
 * The part of the lifecycle the lifecycle journey drives through the pages, through the API
 * instead, each call with the session of the person who would make it: a reverse program, the
 * invitations (CSV), accounts from the emailed links, profiles, applications, approvals from the
 * managers' emailed links (public calls) and training. Leaves the program in matching.
 */
export async function enrollThroughApi<K extends string>(
  browser: Browser,
  request: APIRequestContext,
  pm: Session,
  admin: Session,
  programName: string,
  people: ReadonlyArray<Enrollee<K>>,
  dates: { startDate: string; endDate: string } = { startDate: '2027-02-01', endDate: '2027-11-30' },
): Promise<{ program: { id: string; name: string }; sessions: Record<K, Session> }> {
  const me = await pm.api.get<{ user: { id: string } }>('/api/auth/session');
  const program = await pm.api.post<{ id: string; name: string }>('/api/programs', {
    template: 'reverse',
    name: programName,
    objectives: 'Leaders learn the tools juniors use.',
    mode: 'reverse',
    scope: { kind: 'organization' },
    requireCrossDepartment: false,
    ...dates,
    hoursPerMonth: 2,
    cadenceDays: 14,
    meetingMinutes: 45,
    mentorCapacity: 1,
    minLevelGap: 2,
    responseDays: 7,
    requireTraining: true,
    autoRematch: false,
    selfEnrollment: false,
    skillKeys: JOURNEY_SKILL_KEYS,
    managerUserIds: [me.user.id],
  });
  await pm.api.post(`/api/programs/${program.id}/status`, { to: 'enrolling' });
  const invited = await pm.api.post<{ invited: number }>(`/api/programs/${program.id}/invitations`, {
    csv: ['employee_id', ...people.map((p) => p.person.employeeId)].join('\n'),
  });
  expect(invited.invited).toBe(people.length);

  const sessions = {} as Record<K, Session>;
  for (const { key, person, side, profile } of people) {
    const link = await linkInOutbox(admin.api, person.email, '/invite', new RegExp(`invited to ${programName}`));
    const session = await createAccountFromLink(browser, link, person.name, `password ${uniqueSuffix()}`);
    sessions[key] = session;
    await session.api.put('/api/me/profile', {
      ...profile,
      timeZone: 'Europe/London',
      availability: 'Mornings',
      motivation: null,
      preferPersonIds: [],
      avoidPersonIds: [],
    });
    await session.api.post(`/api/me/programs/${program.id}/apply`, { side });
  }
  for (const { person } of people) {
    const link = await linkInOutbox(
      admin.api,
      managerOf(person).email,
      '/approve',
      new RegExp(`${person.name} asks to join ${programName}`),
    );
    const token = link.slice(link.indexOf('#') + 1);
    const decided = await request.post('/api/approvals/decide-by-token', { data: { token, decision: 'approved' } });
    expect(decided.status(), await decided.text()).toBeLessThan(300);
  }
  const modules = await trainingWithAnswers(pm.api, program.id);
  for (const { key, side } of people) {
    for (const module of modules.filter((item) => item.role === side)) {
      const result = await sessions[key].api.post<{ passed: boolean }>(`/api/me/training/${module.id}/attempt`, {
        answers: module.questions.map((question) => question.correct),
      });
      expect(result.passed, module.title).toBe(true);
    }
  }
  await pm.api.post(`/api/programs/${program.id}/status`, { to: 'matching' });
  return { program, sessions };
}
