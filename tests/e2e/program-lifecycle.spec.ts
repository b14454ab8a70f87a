// A reverse-mentoring program from the template to an active pair, through the browser: the
// program manager creates and opens it and invites two people; a junior engineer (with an
// account) and a senior in Sales (invited without one) fill their profiles and apply; their
// managers approve (one in Approvals, one from the emailed link, signed out); both pass their
// training; the program manager runs a round, reviews the explained pair and publishes; both
// accept, and the pair is active everywhere.
import { expect, test } from '@playwright/test';
import {
  applyInMyPrograms,
  candidates,
  createAccountFromLink,
  demoPerson,
  fillProfile,
  isSeniorInSales,
  linkInOutbox,
  managerLogin,
  managerOf,
  outsideEachOthersChain,
  participantLogin,
  passTrainingInPlayer,
  programManagerLogin,
  signedIn,
  SKILLS,
  trainingWithAnswers,
  uniqueSuffix,
} from './program-support.js';
import { orgAdmin } from './support.js';

const junior = demoPerson(participantLogin.employeeId);
// A senior in Sales with no account, outside the junior's reporting line, with a manager.
const senior = candidates(isSeniorInSales).find((person) => outsideEachOthersChain(person, junior));
if (senior === undefined) throw new Error('The demo organization has no senior in Sales to invite.');
const seniorsManager = managerOf(senior);

test('a program from the template to an active, explained pair', async ({ browser }) => {
  test.setTimeout(90_000);
  expect(managerOf(junior).email).toBe(managerLogin.email);
  const programName = `Digital fluency ${uniqueSuffix()}`;

  // ---- The program manager creates the program from the template and opens enrollment.
  const pm = await signedIn(browser, programManagerLogin);
  const admin = await signedIn(browser, orgAdmin);
  const { page } = pm;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs', exact: true }).click();
  await page.getByRole('link', { name: /New program/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New program' })).toBeVisible();
  await page.getByRole('radio', { name: 'Reverse mentoring', exact: true }).check();
  await expect(page.getByRole('heading', { name: /Settings \(from “Reverse mentoring”\)/ })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(programName);
  await page.getByRole('radio', { name: 'The whole organization' }).check();
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByLabel('End date').fill('2027-12-17');
  // The template chooses many skills; keep three.
  const skills = page.getByRole('group', { name: /^Skills/ });
  for (const clear of await skills.getByRole('button', { name: /^Clear the .* skills$/ }).all()) {
    if (await clear.isEnabled()) await clear.click();
  }
  await expect(skills.getByText('0 skills chosen.')).toBeVisible();
  for (const skill of Object.values(SKILLS))
    await skills.getByRole('checkbox', { name: skill.label, exact: true }).check();
  await expect(skills.getByText('3 skills chosen.')).toBeVisible();
  await page.getByRole('button', { name: 'Create program' }).click();

  await expect(page.getByRole('heading', { level: 1, name: programName })).toBeVisible();
  const programId = /\/programs\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
  expect(programId).not.toBe('');
  await expect(page.locator('.program-header')).toContainText('Draft');
  await page.getByRole('button', { name: 'Open enrollment' }).click();
  await expect(page.getByText('The program is now enrolling.')).toBeVisible();

  // ---- Two invitations from the Enrollment page, by employee id.
  const sections = page.getByRole('navigation', { name: 'Program sections' });
  await sections.getByRole('link', { name: 'Enrollment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enrollment' })).toBeVisible();
  await page.getByRole('radio', { name: 'A list of employee IDs (CSV)' }).check();
  await page.getByLabel('Or paste the CSV').fill(`employee_id\n${junior.employeeId}\n${senior.employeeId}\n`);
  await page.getByRole('button', { name: 'Send invitations' }).click();
  await expect(page.getByText('2 people invited.')).toBeVisible();
  const enrolled = page.getByRole('region', { name: 'Enrolled people' });
  for (const person of [junior, senior]) {
    await expect(enrolled.getByRole('row').filter({ hasText: person.name })).toContainText('Invited');
  }

  // ---- The junior (who has an account) fills the profile and applies as junior mentor.
  const juniorSession = await signedIn(browser, participantLogin);
  await expect(juniorSession.page).toHaveURL('/my/programs');
  await fillProfile(juniorSession.page, {
    teach: [
      { skill: SKILLS.ai, value: '5 — Expert' },
      { skill: SKILLS.linkedin, value: '4 — Advanced' },
    ],
    learn: [{ skill: SKILLS.career, value: 'Most wanted' }],
    timeZone: junior.timeZone ?? 'America/New_York',
    availability: 'Tuesday and Thursday mornings',
    motivation: 'I enjoy showing people the tools I use every day.',
  });
  await applyInMyPrograms(
    juniorSession.page,
    programName,
    'Junior mentor — I teach',
    'I would like to help a leader get started with AI tools.',
  );

  // ---- The senior opens the account link from the invitation email and does the same as mentee.
  const accountLink = await linkInOutbox(admin.api, senior.email, '/invite', new RegExp(`invited to ${programName}`));
  const seniorSession = await createAccountFromLink(
    browser,
    accountLink,
    senior.name,
    `senior password ${uniqueSuffix()}`,
  );
  await fillProfile(seniorSession.page, {
    teach: [{ skill: SKILLS.career, value: '5 — Expert' }],
    learn: [
      { skill: SKILLS.ai, value: 'Most wanted' },
      { skill: SKILLS.linkedin, value: 'Important' },
    ],
    timeZone: senior.timeZone ?? 'Europe/London',
    availability: 'Afternoons',
    motivation: 'I want to keep up with how my teams work.',
  });
  await applyInMyPrograms(
    seniorSession.page,
    programName,
    'Senior mentee — I learn',
    'My customers use these tools; I should too.',
  );
  await expect(seniorSession.page.getByText(`Your manager in the directory: ${seniorsManager.name}.`)).toBeVisible();

  // ---- The junior's manager approves in Approvals.
  const manager = await signedIn(browser, managerLogin);
  await manager.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Approvals', exact: true })
    .click();
  await expect(manager.page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const request = manager.page
    .getByRole('listitem')
    .filter({ has: manager.page.getByRole('heading', { name: `${junior.name} · ${programName}` }) });
  await expect(request).toContainText('Junior mentor');
  await expect(request).toContainText('I would like to help a leader get started with AI tools.');
  await request.getByRole('button', { name: `Approve ${junior.name} for ${programName}` }).click();
  await expect(manager.page.getByText(`Approved: ${junior.name} in ${programName}.`)).toBeVisible();
  await manager.context.close();

  // ---- The senior's manager approves from the emailed link, without signing in.
  const approveLink = await linkInOutbox(
    admin.api,
    seniorsManager.email,
    '/approve',
    new RegExp(`${senior.name} asks to join ${programName}`),
  );
  const anonymous = await browser.newContext();
  const approvePage = await anonymous.newPage();
  await approvePage.goto(approveLink);
  await expect(
    approvePage.getByRole('heading', { level: 1, name: 'Approve a place in a mentoring program' }),
  ).toBeVisible();
  await expect(approvePage.getByText(`${senior.name} asked to join ${programName} as senior mentee.`)).toBeVisible();
  await approvePage.getByRole('button', { name: `Approve ${senior.name}` }).click();
  await expect(approvePage.getByText(`You approved ${senior.name}’s place in ${programName}.`)).toBeVisible();
  await expect(approvePage).toHaveURL('/approve');
  await anonymous.close();

  // ---- Both pass their training in the player.
  const modules = await trainingWithAnswers(pm.api, programId);
  await passTrainingInPlayer(juniorSession.page, programId, modules, 'mentor');
  await passTrainingInPlayer(seniorSession.page, programId, modules, 'mentee');
  await juniorSession.page.goto('/my/programs');
  await expect(juniorSession.page.getByText('Approved — waiting to be matched')).toBeVisible();

  // ---- The program manager sees both approved and trained, moves to matching and runs a round.
  await page.reload();
  for (const person of [junior, senior]) {
    const row = enrolled.getByRole('row').filter({ hasText: person.name });
    await expect(row.getByRole('cell').nth(1)).toContainText('Approved');
    await expect(row.getByRole('cell').nth(3)).toHaveText('Yes');
  }
  await sections.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Start matching' }).click();
  await expect(page.getByText('The program is now matching.')).toBeVisible();
  await sections.getByRole('link', { name: 'Matching rounds' }).click();
  await page.getByRole('button', { name: 'Run a matching round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matching round 1' })).toBeVisible();

  // The review screen: one pair, the junior teaching the senior, with its explanation.
  const pairs = page.getByRole('region', { name: /^Pairs, sorted by/ });
  await expect(pairs.getByRole('row')).toHaveCount(2); // the header and the pair (its detail row is hidden)
  const pair = pairs.getByRole('row').filter({ hasText: junior.name });
  await expect(pair.getByRole('rowheader')).toContainText(junior.name);
  await expect(pair.getByRole('cell').filter({ hasText: senior.name })).toBeVisible();
  await pair.getByRole('button', { name: `Why ${junior.name} and ${senior.name}` }).click();
  const explanation = page.locator('.pair-explanation');
  await expect(
    explanation
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`${junior.name} can teach ${senior.name}`) })
      .first(),
  ).toBeVisible();
  await expect(
    explanation.getByRole('table', { name: `Score of ${junior.name} and ${senior.name}, part by part` }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Unmatched (0)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/matching-review.png', fullPage: true });

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish round 1?' });
  await dialog.getByRole('button', { name: 'Publish 1 pair' }).click();
  await expect(page.getByText(/^Published\. Everyone in a pair has been told/)).toBeVisible();

  // ---- Both accept on My matches.
  for (const [session, partner] of [
    [juniorSession, senior],
    [seniorSession, junior],
  ] as const) {
    await session.page.goto('/my/matches');
    const offer = session.page
      .getByRole('region', { name: 'Waiting for your answer' })
      .getByRole('listitem')
      .filter({ hasText: partner.name })
      .first();
    await expect(offer.getByText('Why you were paired')).toBeVisible();
    await offer.getByRole('button', { name: 'Accept' }).click();
    await expect(session.page.getByText(`You accepted the match with ${partner.name}.`)).toBeVisible();
  }

  // Active on both sides: the pair shows each partner's email now.
  for (const [session, partner] of [
    [seniorSession, junior],
    [juniorSession, senior],
  ] as const) {
    await session.page.goto('/my/matches');
    const active = session.page.getByRole('region', { name: 'Your pair' });
    await expect(active.getByRole('heading', { level: 3, name: new RegExp(partner.name) })).toBeVisible();
    await expect(active.getByRole('link', { name: partner.email })).toBeVisible();
    await session.page.goto('/my/programs');
    const card = session.page
      .getByRole('listitem')
      .filter({ has: session.page.getByRole('heading', { level: 3, name: programName, exact: true }) });
    await expect(card.locator('.next-step')).toHaveText(/Active$/);
  }

  // And on the program manager's Pairs page.
  await sections.getByRole('link', { name: 'Pairs' }).click();
  const published = page.getByRole('region', { name: 'Published pairs' });
  const row = published.getByRole('row').filter({ hasText: junior.name });
  await expect(row).toContainText(senior.name);
  await expect(row.getByRole('cell').nth(1).locator('.badge')).toHaveText('Active');
  await expect(row).toContainText('Mentor: Accepted');
  await expect(row).toContainText('Mentee: Accepted');
  await expect(row.locator('td[data-label="Agreement"]')).toHaveText('Not started');

  // The pair writes its agreement: the junior saves the suggested draft and signs, then the senior signs.
  const offLimits = 'Off-limits canary for the e2e';
  await juniorSession.page.goto('/my/matches');
  await juniorSession.page.getByRole('link', { name: 'Our pair workspace' }).click();
  await expect(juniorSession.page.getByText(/Suggested draft/)).toBeVisible();
  await juniorSession.page.getByRole('button', { name: 'Edit the draft' }).click();
  await juniorSession.page.getByLabel('Off-limits topics (one per line)').fill(offLimits);
  await juniorSession.page.getByRole('button', { name: 'Save the agreement' }).click();
  await juniorSession.page.getByRole('button', { name: 'Sign version 1' }).click();
  await expect(juniorSession.page.getByText(/Signed by one of you/)).toBeVisible();
  await seniorSession.page.goto('/my/matches');
  await seniorSession.page.getByRole('link', { name: 'Our pair workspace' }).click();
  await expect(seniorSession.page.getByText(offLimits)).toBeVisible();
  await seniorSession.page.getByRole('button', { name: 'Sign version 1' }).click();
  await expect(seniorSession.page.getByText('Signed by both of you.', { exact: false })).toBeVisible();

  // The program manager sees that it is signed, never what it says.
  await page.reload();
  await expect(published.getByRole('row').filter({ hasText: junior.name }).locator('td[data-label="Agreement"]')).toHaveText(/^Signed(?! by one)/);
  await expect(page.getByText(offLimits)).toHaveCount(0);

  for (const session of [pm, admin, juniorSession, seniorSession]) await session.context.close();
});
