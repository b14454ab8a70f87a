import { expect, test } from '@playwright/test';
import { navLink, orgAdmin, signIn } from './support.js';

test('an invited person opens the emailed link, sets a password and is signed in', async ({ page, browser }) => {
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `e2e-invitee-${unique}@example.com`;
  const name = `Invitee ${unique}`;
  const password = `correct horse ${unique} battery`;

  await signIn(page, orgAdmin);
  await navLink(page, 'Users & invitations').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users & invitations' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  await navLink(page, 'Outbox').click();
  const message = page.getByRole('listitem').filter({ hasText: `To ${email}` });
  await expect(message).toHaveCount(1);
  await message.locator('summary').click();
  const text = await message.locator('.message-text').innerText();
  const link = /https?:\/\/\S+\/invite#[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, `an invitation link in:\n${text}`).toBeDefined();
  const url = new URL(link ?? '');
  // The token is only in the fragment, which browsers never send to the server.
  expect(url.pathname).toBe('/invite');
  expect(url.search).toBe('');

  const invitee = await browser.newContext();
  try {
    const tab = await invitee.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(`${url.pathname}${url.hash}`);
    await expect(tab.getByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeVisible();
    await expect(tab.getByText(`Your account: ${email}.`, { exact: false })).toBeVisible();
    await tab.getByLabel('Your name').fill(name);
    await tab.getByLabel('Password').fill(password);
    await tab.getByRole('button', { name: 'Create my account' }).click();

    // A participant's home is My programs; this invitee is not in the directory.
    const home = tab.getByRole('heading', { level: 2, name: 'Your account is not linked to the directory' });
    await expect(home).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(tab.locator('.account-name')).toHaveText(name);
    expect(new URL(tab.url()).pathname).toBe('/my/programs');
    expect(new URL(tab.url()).hash).toBe('');
    const token = url.hash.slice(1);
    expect(requests.filter((request) => request.includes(token))).toEqual([]);

    // The session survives a reload: the cookie was accepted.
    await tab.reload();
    await expect(home).toBeVisible();

    // The link works once.
    await tab.goto(`${url.pathname}${url.hash}`);
    await expect(tab.getByRole('heading', { level: 1, name: 'Invitation unavailable' })).toBeVisible();
    await expect(tab.getByRole('alert')).toContainText('already been used');
  } finally {
    await invitee.close();
  }
});
