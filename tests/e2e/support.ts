// Shared steps for the browser tests. The demo logins come from the same generator the server
// seeds from, so no email or password is written down twice.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateDemoOrg, type DemoLogin } from '../../src/core/demo/generate-demo-org.js';

export const demo = generateDemoOrg();

export function demoLoginWith(role: DemoLogin['roles'][number]): DemoLogin {
  const login = demo.logins.find((candidate) => candidate.roles.includes(role));
  if (login === undefined) throw new Error(`The demo organization has no ${role} login.`);
  return login;
}

export const orgAdmin = demoLoginWith('org_admin');

export async function signIn(page: Page, login: Pick<DemoLogin, 'email' | 'password'>): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** The main navigation's link to a page. */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Types into the directory search and waits until the results for it have loaded. */
export async function searchDirectory(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search').fill(text);
  await page.getByLabel('Search').press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === '/people' && url.searchParams.get('q') === text);
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
}

/** The rows of a CSV file whose first columns hold no quoted commas (enough for the examples). */
export function csvRows(path: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}
