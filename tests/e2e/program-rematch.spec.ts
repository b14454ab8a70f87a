// A declined match leads to a re-match with someone else. The set-up the lifecycle journey
// already drives through the pages (program, invitations, profiles, approvals, training) goes
// through the API here, each call with the session of the person who would make it; the rounds,
// the decline and the answers go through the pages.
import { expect, test, type Page } from '@playwright/test';
import {
  candidates,
  enrollThroughApi,
  isJuniorEngineer,
  isSeniorInSales,
  outsideEachOthersChain,
  programManagerLogin,
  signedIn,
  SKILLS,
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
  const { program, sessions } = await enrollThroughApi(browser, request, pm, admin, programName, [
    { key: 'senior', person: senior, side: 'mentee', profile: PROFILES.senior },
    { key: 'juniorA', person: juniorA, side: 'mentor', profile: PROFILES.juniorA },
    { key: 'juniorB', person: juniorB, side: 'mentor', profile: PROFILES.juniorB },
  ]);

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
