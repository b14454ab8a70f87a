// The pair workspace journey (issue 5): both members sign the agreement, each writes a goal of
// what they learn from the other, a meeting series goes into the calendar (the .ics is
// downloaded and read), a meeting is recorded with a private note — and the program manager
// sees a healthy, signed pair and none of what the pair wrote. The enrollment and the round
// go through the API (the lifecycle journey drives them through the pages).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { events, parseIcs, value } from '../support/ics-parse.js';
import {
  candidates,
  demoPerson,
  enrollThroughApi,
  isJuniorEngineer,
  isSeniorInSales,
  outsideEachOthersChain,
  participantLogin,
  programManagerLogin,
  signedIn,
  SKILLS,
  uniqueSuffix,
} from './program-support.js';
import { orgAdmin } from './support.js';

// People no other journey takes: the lifecycle journey takes the first senior outside the demo
// participant's line, the re-match journey the last senior and the first juniors.
const lifecycleJunior = demoPerson(participantLogin.employeeId);
const seniors = candidates(isSeniorInSales);
const lifecycleSenior = seniors.find((person) => outsideEachOthersChain(person, lifecycleJunior));
const senior = seniors.slice(0, -1).find((person) => person !== lifecycleSenior);
if (senior === undefined) throw new Error('The demo organization has too few seniors in Sales.');
const juniors = candidates((person) => isJuniorEngineer(person) && outsideEachOthersChain(person, senior));
const junior = juniors[juniors.length - 1];
if (junior === undefined || juniors.length < 3) throw new Error('The demo organization has too few junior engineers.');

const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Text only the pair may ever see: searched for in the program manager's pages.
const PRIVATE = {
  note: `Private note canary ${uniqueSuffix()}`,
  seniorGoal: `Use AI assistants for my weekly report ${uniqueSuffix()}`,
  juniorGoal: `Read a P&L like a director ${uniqueSuffix()}`,
  place: `Room canary ${uniqueSuffix()}`,
};

async function openWorkspace(page: Page): Promise<void> {
  await page.goto('/my/matches');
  await page.getByRole('link', { name: 'Our pair workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our pair' })).toBeVisible();
}

async function addGoal(page: Page, partnerName: string, title: string, why: string): Promise<void> {
  const mine = page.getByRole('region', { name: `What I’m learning from ${partnerName}` });
  await mine.getByRole('button', { name: 'Add a goal' }).click();
  await mine.getByLabel('What do you want to learn?').fill(title);
  await mine.getByLabel('Why it matters to you').fill(why);
  await mine.getByLabel('Milestones (one per line)').fill('First try\nDo it alone');
  await mine.getByRole('button', { name: 'Add the goal' }).click();
  await expect(mine.getByRole('article', { name: title })).toBeVisible();
}

test('a pair works in its workspace and the program manager sees only that it is healthy', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const programName = `Workspace pilot ${uniqueSuffix()}`;
  const pm = await signedIn(browser, programManagerLogin);
  const admin = await signedIn(browser, orgAdmin);
  const { program, sessions } = await enrollThroughApi(
    browser,
    request,
    pm,
    admin,
    programName,
    [
      {
        key: 'junior',
        person: junior,
        side: 'mentor',
        profile: {
          knows: [{ skillKey: SKILLS.ai.key, level: 5 }],
          wants: [{ skillKey: SKILLS.career.key, priority: 3 }],
        },
      },
      {
        key: 'senior',
        person: senior,
        side: 'mentee',
        profile: {
          knows: [{ skillKey: SKILLS.career.key, level: 5 }],
          wants: [{ skillKey: SKILLS.ai.key, priority: 3 }],
        },
      },
    ],
    // The program runs from today, so the pair can record the meeting it just had.
    { startDate: today, endDate: inDays(300) },
  );
  const round = await pm.api.post<{ id: string }>(`/api/programs/${program.id}/rounds`, {});
  await pm.api.post(`/api/rounds/${round.id}/publish`, {});
  const [match] = await sessions.junior.api.get<Array<{ pairId: string }>>('/api/me/matches');
  if (match === undefined) throw new Error('The junior has no match.');
  for (const key of ['junior', 'senior'] as const) {
    await sessions[key].api.post(`/api/me/matches/${match.pairId}/respond`, { response: 'accept' });
  }
  const juniorPage = sessions.junior.page;
  const seniorPage = sessions.senior.page;

  // ---- The agreement: the junior saves the suggested draft and signs; the senior signs.
  await openWorkspace(juniorPage);
  await expect(juniorPage.getByText(/Suggested draft/)).toBeVisible();
  await juniorPage.getByRole('button', { name: 'Save this draft' }).click();
  await juniorPage.getByRole('button', { name: 'Sign version 1' }).click();
  await expect(juniorPage.getByText(/Signed by one of you/)).toBeVisible();
  await openWorkspace(seniorPage);
  await seniorPage.getByRole('button', { name: 'Sign version 1' }).click();
  await expect(seniorPage.getByText('Signed by both of you.', { exact: false })).toBeVisible();

  // ---- A goal each way: the senior learns AI from the junior, the junior reads a P&L.
  await addGoal(seniorPage, junior.name, PRIVATE.seniorGoal, 'My team uses it every day.');
  await addGoal(juniorPage, senior.name, PRIVATE.juniorGoal, 'I want to understand the business.');
  await juniorPage.reload();
  const helping = juniorPage.getByRole('region', { name: `What ${senior.name} is learning from me` });
  await expect(helping.getByRole('article', { name: PRIVATE.seniorGoal })).toBeVisible();

  // ---- A series of three meetings, then the calendar file of all of them.
  const meetings = juniorPage.getByRole('region', { name: 'Meetings' });
  await meetings.getByRole('button', { name: 'Schedule meetings' }).click();
  const form = meetings.getByRole('form', { name: 'Schedule meetings' });
  await form.getByLabel('Date', { exact: true }).fill(inDays(7));
  await form.getByLabel('Time', { exact: true }).fill('10:00');
  await form.getByLabel('Time zone').selectOption('Europe/London');
  await form.getByLabel('How many meetings').fill('3');
  await form.getByLabel('Place or link (optional)').fill(PRIVATE.place);
  await form.getByRole('button', { name: 'Schedule 3 meetings' }).click();
  await expect(meetings.getByRole('region', { name: 'Coming up' }).getByRole('listitem')).toHaveCount(3);
  const downloading = juniorPage.waitForEvent('download');
  await meetings.getByRole('link', { name: 'Add to calendar (all upcoming)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const calendar = parseIcs(await readFile(await download.path(), 'utf8'));
  expect(calendar.type).toBe('VCALENDAR');
  expect(value(calendar, 'METHOD')).toBe('REQUEST');
  const series = events(calendar);
  expect(series).toHaveLength(3);
  expect(new Set(series.map((event) => value(event, 'UID'))).size).toBe(3);
  // Every meeting at 10:00 London time, 14 days apart (the cadence), whatever the offset.
  const starts = series.map((event) => event.props.find((p) => p.name === 'DTSTART'));
  for (const start of starts) {
    expect(start?.params.TZID ?? 'UTC').toMatch(/Europe\/London|UTC/);
    expect(start?.value).toMatch(/T(10|09)0000Z?$/);
  }
  const days = starts.map((start) => Date.UTC(+start!.value.slice(0, 4), +start!.value.slice(4, 6) - 1, +start!.value.slice(6, 8)));
  expect(days.slice(1).map((day, i) => (day - days[i]!) / 86_400_000)).toEqual([14, 14]);

  // ---- The senior records the meeting they just had, with a private note.
  const seniorMeetings = seniorPage.getByRole('region', { name: 'Meetings' });
  await seniorPage.reload();
  await seniorMeetings.getByRole('button', { name: 'Record a past meeting' }).click();
  const past = seniorMeetings.getByRole('form', { name: 'Record a past meeting' });
  await past.getByLabel('Date', { exact: true }).fill(today);
  await past.getByLabel('Time', { exact: true }).fill('00:00');
  await past.getByLabel('Time zone').selectOption('UTC');
  await past.getByLabel('How long (minutes)').fill('45');
  await past.getByRole('checkbox', { name: SKILLS.ai.label }).check();
  await past.getByRole('radio', { name: 'The learner did the hands-on work' }).check();
  await past.getByRole('button', { name: 'Record the meeting' }).click();
  await expect(seniorMeetings.getByRole('region', { name: 'Past meetings' }).getByRole('listitem')).toHaveCount(1);

  const notes = seniorPage.getByRole('region', { name: 'Private notes' });
  await notes.getByLabel('Note').fill(PRIVATE.note);
  await notes.getByRole('radio', { name: 'Only me' }).check();
  await notes.getByRole('button', { name: 'Save the note' }).click();
  await expect(notes.getByText(PRIVATE.note)).toBeVisible();
  await seniorPage.screenshot({ path: testInfo.outputPath('pair-workspace.png'), fullPage: true });
  // On a phone the whole workspace fits the screen's width: nothing scrolls sideways.
  await seniorPage.setViewportSize({ width: 375, height: 740 });
  await seniorPage.reload();
  await expect(seniorPage.getByText(PRIVATE.note)).toBeVisible();
  const width = await seniorPage.evaluate<number>('(document.scrollingElement || document.documentElement).scrollWidth');
  expect(width, 'the workspace scrolls sideways on a phone').toBeLessThanOrEqual(375);
  await seniorPage.screenshot({ path: testInfo.outputPath('pair-workspace-phone.png'), fullPage: true });
  // Only me: the partner does not see it.
  await juniorPage.reload();
  await expect(juniorPage.getByRole('region', { name: 'Private notes' })).toBeVisible();
  await expect(juniorPage.getByText(PRIVATE.note)).toHaveCount(0);

  // ---- The program manager: signed, on track — and none of the pair's words.
  const { page } = pm;
  await page.goto(`/programs/${program.id}/pairs`);
  const row = page.getByRole('region', { name: 'Published pairs' }).getByRole('row').filter({ hasText: junior.name });
  await expect(row.locator('td[data-label="Agreement"]')).toHaveText(/^Signed(?! by one)/);
  await expect(row.locator('td[data-label="Meetings"]')).toContainText('On track');
  await expect(row.locator('td[data-label="Meetings"]')).toContainText('1 held (0 due so far)');
  for (const text of Object.values(PRIVATE)) await expect(page.getByText(text)).toHaveCount(0);
  expect(await page.content()).not.toContain(PRIVATE.note);
  // Nor can the program manager open the pair's workspace.
  await page.goto(`/my/pairs/${match.pairId}`);
  for (const text of Object.values(PRIVATE)) await expect(page.getByText(text)).toHaveCount(0);

  for (const session of [pm, admin, sessions.junior, sessions.senior]) await session.context.close();
});
