// A declined match leads to a re-match with someone else. The set-up the lifecycle journey
// already drives through the pages (program, invitations, profiles, approvals, training) goes
// through the API here, each call with the session of the person who would make it; the rounds,
// the decline and the answers go through the pages.
import { expect, test, type Page } from '@playwright/test';
import {
  candidates,
  createAccountFromLink,
  isJuniorEngineer,
  isSeniorInSales,
  JOURNEY_SKILL_KEYS,
  linkInOutbox,
  managerOf,
  outsideEachOthersChain,
  programManagerLogin,
  signedIn,
  SKILLS,
  trainingWithAnswers,
  uniqueSuffix,
  type Session,
} from './program-support.js';
import { orgAdmin } from './support.js';

// Three people with no account: a senior in Sales and two junior engineers outside their line.
// The lifecycle journey takes the first senior; this one takes the last, so the two journeys
// never share a person (and so never a previous pair).
const seniors = candidates(isSeniorInSales);
const senior = seniors[seniors.length - 1];
if (senior === undefined || seniors.length < 2) throw new Error('The demo organization has too few seniors in Sales.');
const [juniorA, juniorB] = candidates((person) => isJuniorEngineer(person) && outsideEachOthersChain(person, senior));
if (juniorA === undefined || juniorB === undefined)
  throw new Error('The demo organization has too few junior engineers.');

// Junior A knows the skills better, so round 1 pairs the senior with A; round 2 must not.
const PROFILES = {
  juniorA: {
    knows: [
      { skillKey: SKILLS.ai.key, level: 5 },
      { skillKey: SKILLS.linkedin.key, level: 5 },
    ],
    wants: [{ skillKey: SKILLS.career.key, priority: 3 }],
  },
  juniorB: {
    knows: [
      { skillKey: SKILLS.ai.key, level: 3 },
      { skillKey: SKILLS.linkedin.key, level: 2 },
    ],
    wants: [{ skillKey: SKILLS.career.key, priority: 2 }],
  },
  senior: {
    knows: [{ skillKey: SKILLS.career.key, level: 5 }],
    wants: [
      { skillKey: SKILLS.ai.key, priority: 3 },
      { skillKey: SKILLS.linkedin.key, priority: 2 },
    ],
  },
};

interface Program {
  id: string;
  name: string;
  status: string;
}

/** Runs a matching round from the Matching rounds tab and returns on its review screen. */
async function runRound(page: Page, programId: string, number: number): Promise<void> {
  await page.goto(`/programs/${programId}?tab=rounds`);
  await expect(page.getByRole('heading', { level: 2, name: 'Run a round' })).toBeVisible();
  await page.getByRole('button', { name: 'Run a matching round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Matching round ${number}` })).toBeVisible();
}

async function publish(page: Page, number: number): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Publish round ${number}?` })
    .getByRole('button', { name: 'Publish 1 pair' })
    .click();
  await expect(page.getByText(/^Published\. Everyone in a pair has been told/)).toBeVisible();
}

/** The offered match on /my/matches, found by the partner's name. */
async function offerFrom(page: Page, partnerName: string) {
  await page.goto('/my/matches');
  const offer = page
    .getByRole('region', { name: 'Waiting for your answer' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${partnerName} ·`) }) });
  await expect(offer).toHaveCount(1);
  return offer;
}

async function accept(session: Session, partnerName: string): Promise<void> {
  const offer = await offerFrom(session.page, partnerName);
  await offer.getByRole('button', { name: 'Accept' }).click();
  await expect(session.page.getByText(`You accepted the match with ${partnerName}.`)).toBeVisible();
}

test('a declined match is re-matched with another partner, never the same one', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const programName = `Re-match pilot ${uniqueSuffix()}`;
  const pm = await signedIn(browser, programManagerLogin);
  const admin = await signedIn(browser, orgAdmin);

  // ---- Set-up through the API: the program, invitations, accounts, profiles, approvals, training.
  const me = await pm.api.get<{ user: { id: string } }>('/api/auth/session');
  const program = await pm.api.post<Program>('/api/programs', {
    template: 'reverse',
    name: programName,
    objectives: 'Leaders learn the tools juniors use.',
    mode: 'reverse',
    scope: { kind: 'organization' },
    requireCrossDepartment: false,
    startDate: '2027-02-01',
    endDate: '2027-11-30',
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
    csv: ['employee_id', senior.employeeId, juniorA.employeeId, juniorB.employeeId].join('\n'),
  });
  expect(invited.invited).toBe(3);

  const people = [
    { key: 'senior', person: senior, side: 'mentee' },
    { key: 'juniorA', person: juniorA, side: 'mentor' },
    { key: 'juniorB', person: juniorB, side: 'mentor' },
  ] as const;
  const sessions = {} as Record<(typeof people)[number]['key'], Session>;
  for (const { key, person, side } of people) {
    const link = await linkInOutbox(admin.api, person.email, '/invite', new RegExp(`invited to ${programName}`));
    const session = await createAccountFromLink(browser, link, person.name, `password ${uniqueSuffix()}`);
    sessions[key] = session;
    await session.api.put('/api/me/profile', {
      ...PROFILES[key],
      timeZone: 'Europe/London',
      availability: 'Mornings',
      motivation: null,
      preferPersonIds: [],
      avoidPersonIds: [],
    });
    await session.api.post(`/api/me/programs/${program.id}/apply`, { side });
  }
  // Each manager approves from the emailed link (a public call, no session).
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

  // ---- Round 1 in the pages: the senior with junior A; published.
  const { page } = pm;
  await runRound(page, program.id, 1);
  const pairs = page.getByRole('region', { name: /^Pairs, sorted by/ });
  await expect(pairs.getByRole('row')).toHaveCount(2);
  const first = pairs.getByRole('row').filter({ hasText: senior.name });
  await expect(first.getByRole('rowheader')).toContainText(juniorA.name);
  const unmatched = page.getByRole('region', { name: 'Unmatched people' });
  await expect(page.getByRole('heading', { name: 'Unmatched (1)' })).toBeVisible();
  await expect(unmatched).toContainText(juniorB.name);
  await publish(page, 1);

  // ---- The senior declines in My matches, confirming first.
  const seniorPage = sessions.senior.page;
  const offer = await offerFrom(seniorPage, juniorA.name);
  await offer.getByRole('button', { name: 'Decline' }).click();
  const confirm = offer.getByRole('group', { name: `Decline the match with ${juniorA.name}?` });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('will not be paired with this person again');
  await confirm.getByRole('button', { name: 'Decline the match' }).click();
  await expect(
    seniorPage.getByText(`You declined the match with ${juniorA.name}. You are back in the pool.`),
  ).toBeVisible();
  await expect(seniorPage.getByRole('region', { name: 'Waiting for your answer' })).toHaveCount(0);
  await expect(seniorPage.getByRole('region', { name: 'Past matches' })).toContainText(juniorA.name);
  // Junior A sees that it is not going ahead.
  await sessions.juniorA.page.goto('/my/matches');
  await expect(sessions.juniorA.page.getByRole('region', { name: 'Past matches' })).toContainText(senior.name);

  // ---- Round 2: the senior with junior B, never again with A.
  await runRound(page, program.id, 2);
  await expect(pairs.getByRole('row')).toHaveCount(2);
  const second = pairs.getByRole('row').filter({ hasText: senior.name });
  await expect(second.getByRole('rowheader')).toContainText(juniorB.name);
  await expect(pairs).not.toContainText(juniorA.name);
  await expect(page.getByRole('heading', { name: 'Unmatched (1)' })).toBeVisible();
  await expect(unmatched).toContainText(juniorA.name);
  await publish(page, 2);

  // ---- Both accept: the new pair is active; the declined one stays declined.
  await accept(sessions.juniorB, senior.name);
  await accept(sessions.senior, juniorB.name);
  await expect(
    seniorPage
      .getByRole('region', { name: 'Your pair' })
      .getByRole('heading', { level: 3, name: new RegExp(`^${juniorB.name} ·`) }),
  ).toBeVisible();

  await page.goto(`/programs/${program.id}/pairs`);
  const published = page.getByRole('region', { name: 'Published pairs' });
  await expect(published.getByRole('row')).toHaveCount(3);
  const active = published.getByRole('row').filter({ hasText: juniorB.name });
  await expect(active.getByRole('cell').nth(1).locator('.badge')).toHaveText('Active');
  await expect(active).toContainText(senior.name);
  const declined = published.getByRole('row').filter({ hasText: juniorA.name });
  await expect(declined.getByRole('cell').nth(1).locator('.badge')).toHaveText('Declined');
  await expect(declined).toContainText('Mentee: Declined');

  for (const session of [pm, admin, ...Object.values(sessions)]) await session.context.close();
});
