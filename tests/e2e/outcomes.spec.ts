// The sponsor's view of the demo's finished program (issue 6): the dashboard's charts are drawn
// with real figures (no "Fewer than 5 people" on the funnel), a CSV downloads and parses, and
// the program manager's pages stay closed to the sponsor.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { csvRows, demoLoginWith, signIn } from './support.js';

const PROGRAM = 'Digital fluency for leaders';
const SUPPRESSED = 'Fewer than 5 people';
const sponsor = demoLoginWith('sponsor');

const CHARTS = [
  'outcomes-chart-funnel',
  'outcomes-chart-engagement',
  'outcomes-chart-learning',
  'outcomes-chart-nps',
  'outcomes-chart-retention',
  'outcomes-chart-reach-share',
] as const;

/** True once Chart.js has painted something: some pixel of the canvas is not transparent. */
async function drawn(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((node) => {
    // The DOM types are not in the test project's lib: the canvas is typed by what is used.
    type Pixels = { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
    const element = node as unknown as { width: number; height: number; getContext(kind: '2d'): Pixels | null };
    const context = element.getContext('2d');
    if (context === null || element.width === 0 || element.height === 0) return false;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
    return false;
  });
}

async function openProgramDashboard(page: Page): Promise<string> {
  // A sponsor's home is the outcomes across the programs given to them.
  await expect(page).toHaveURL('/outcomes');
  await expect(page.getByRole('heading', { level: 1, name: 'Outcomes across programs' })).toBeVisible();
  await page.getByRole('link', { name: PROGRAM, exact: true }).click();
  await expect(page).toHaveURL(/\/programs\/[^/]+\/outcomes$/);
  await expect(page.getByRole('heading', { level: 1, name: `Outcomes: ${PROGRAM}` })).toBeVisible();
  return /\/programs\/([^/]+)\/outcomes$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
}

test('a sponsor opens the finished demo program’s dashboard, sees the charts and downloads a CSV', async ({ page }, testInfo) => {
  await signIn(page, sponsor);
  const programId = await openProgramDashboard(page);
  expect(programId).not.toBe('');

  for (const testId of CHARTS) {
    const canvas = page.getByTestId(testId).first();
    await expect(canvas, testId).toHaveAttribute('data-chart-ready', 'true');
    await expect.poll(() => drawn(canvas), { message: `${testId} is drawn` }).toBe(true);
  }
  const funnel = page.getByTestId('outcomes-card-funnel');
  await expect(funnel.getByRole('heading', { name: 'Funnel' })).toBeVisible();
  await expect(funnel).not.toContainText(SUPPRESSED);
  await page.screenshot({ path: testInfo.outputPath('outcomes-dashboard.png'), fullPage: true });
  await testInfo.attach('outcomes-dashboard', { path: testInfo.outputPath('outcomes-dashboard.png'), contentType: 'image/png' });

  const [download] = await Promise.all([page.waitForEvent('download'), funnel.getByRole('link', { name: /Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^funnel-.*\.csv$/);
  const path = testInfo.outputPath('funnel.csv');
  await download.saveAs(path);
  const rows = csvRows(path);
  expect(Object.keys(rows[0] ?? {})).toEqual(['figure', 'series', 'label', 'value', 'people', 'suppressed']);
  expect(rows).toContainEqual({ figure: 'funnel', series: 'invited', label: 'reached', value: '88', people: '88', suppressed: '' });
  expect(rows.filter((row) => row.suppressed !== '')).toEqual([]);
});

test('a sponsor cannot open the program manager’s pages of the program', async ({ page }) => {
  await signIn(page, sponsor);
  const programId = await openProgramDashboard(page);
  await page.goto(`/programs/${programId}/pairs`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not available to you' })).toBeVisible();
  const pairs = await page.request.get(`/api/programs/${programId}/pairs`);
  expect([403, 404]).toContain(pairs.status());
  const program = await page.request.get(`/api/programs/${programId}`);
  expect([403, 404]).toContain(program.status());
});
