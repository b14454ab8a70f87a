import { expect, test } from '@playwright/test';
import { csvRows, demo, navLink, orgAdmin, searchDirectory, signIn } from './support.js';

const GOOD_FILE = 'examples/people.csv';
const BAD_FILE = 'examples/people-with-errors.csv';

// Someone who is in both example files but not in the demo directory, and who has a manager.
const PERSON = 'Amara Mensah';
const MANAGER = 'David Okafor';

test.describe('importing people', () => {
  test('a file with an error imports nothing; the corrected file imports everyone', async ({ page }) => {
    const good = csvRows(GOOD_FILE);
    const bad = csvRows(BAD_FILE);
    const row = good.find((candidate) => candidate.name === PERSON);
    expect(row, `${PERSON} is in ${GOOD_FILE}`).toBeDefined();
    expect(good.find((candidate) => candidate.employee_id === row?.manager_id)?.name).toBe(MANAGER);
    expect(
      bad.some((candidate) => candidate.name === PERSON),
      `${PERSON} is in ${BAD_FILE}`,
    ).toBe(true);
    expect(
      demo.people.some((person) => person.name === PERSON),
      `${PERSON} is not in the demo directory`,
    ).toBe(false);
    // The bad row: the header is row 1, so the n-th data row is row n + 1.
    const badIndex = bad.findIndex((candidate) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(candidate.email ?? ''));
    expect(badIndex).toBeGreaterThanOrEqual(0);
    const badRow = String(badIndex + 2);

    await signIn(page, orgAdmin);
    await navLink(page, 'Import').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import the directory' })).toBeVisible();

    await page.getByLabel('CSV file').setInputFiles(BAD_FILE);
    await expect(page.getByText('people-with-errors.csv')).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: /1 problem found — nothing was imported/ })).toBeVisible();
    const report = page.getByRole('table', { name: /nothing was imported/ });
    const problem = report.getByRole('row').filter({ hasText: bad[badIndex]?.email ?? '' });
    await expect(problem.getByRole('cell')).toHaveText([badRow, 'email', /is not a valid email address/]);

    await navLink(page, 'People').click();
    await searchDirectory(page, PERSON);
    await expect(page.getByText('No one matches these filters.')).toBeVisible();
    await expect(page.getByRole('link', { name: PERSON })).toHaveCount(0);

    await navLink(page, 'Import').click();
    await page.getByLabel('CSV file').setInputFiles(GOOD_FILE);
    await expect(page.getByText('people.csv', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.getByRole('status').filter({ hasText: 'Import complete' });
    await expect(summary).toContainText(`${good.length} created`);
    await expect(page.getByText(/nothing was imported/)).toHaveCount(0);

    await navLink(page, 'People').click();
    await searchDirectory(page, PERSON);
    const link = page.getByRole('link', { name: PERSON, exact: true });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: PERSON })).toBeVisible();
    const manager = page.getByRole('link', { name: MANAGER, exact: true });
    await expect(manager).toHaveAttribute('href', /^\/people\/[^/]+$/);
    await manager.click();
    await expect(page.getByRole('heading', { level: 1, name: MANAGER })).toBeVisible();
    await expect(page.getByRole('link', { name: PERSON, exact: true })).toBeVisible();
  });

  test('signing out returns to sign-in, and the directory then asks to sign in', async ({ page }) => {
    await signIn(page, orgAdmin);
    // An org admin's home is the programs list.
    await expect(page).toHaveURL('/programs');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

    await page.goto('/people');
    await expect(page).toHaveURL('/sign-in?next=%2Fpeople');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Tandem' })).toBeVisible();
  });
});
