import { expect, test, type Page } from '@playwright/test';
import { navLink, orgAdmin, signIn } from './support.js';

/** The page's full width; wider than the viewport means the page scrolls sideways. */
async function scrollWidth(page: Page): Promise<number> {
  // A string, so this file needs no DOM typings: it runs in the page.
  return page.evaluate<number>('(document.scrollingElement || document.documentElement).scrollWidth');
}

test.describe('small screens', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('sign-in and the directory fit 375 px and the navigation works', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: '/tmp/e2e-375-sign-in.png' });

    await signIn(page, orgAdmin);
    await navLink(page, 'People').click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Directory results' }).getByRole('link').first()).toBeVisible();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: '/tmp/e2e-375.png' });

    // Every navigation link is on screen and can be used.
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const link of await nav.getByRole('link').all()) {
      await expect(link).toBeInViewport();
      const box = await link.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
    const results = page.getByRole('region', { name: 'Directory results' });
    await results.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/e2e-375-results.png' });

    // Every page in the navigation fits too (measured once its data is shown), and the link
    // marks the current page.
    const pages = [
      ['Import', 'Import the directory', page.getByRole('heading', { name: 'Columns' })],
      ['Users & invitations', 'Users & invitations', page.getByRole('region', { name: 'Users' })],
      ['Outbox', 'Outbox', page.locator('.outbox-list, .empty-state')],
      ['Audit log', 'Audit log', page.getByRole('table')],
      ['People', 'People', results],
    ] as const;
    for (const [label, heading, content] of pages) {
      await navLink(page, label).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(navLink(page, label)).toHaveAttribute('aria-current', 'page');
      await expect(content.first()).toBeVisible();
      expect(await scrollWidth(page), `${label} scrolls sideways`).toBeLessThanOrEqual(375);
      await page.screenshot({ path: `/tmp/e2e-375-${label.split(' ')[0]?.toLowerCase()}.png`, fullPage: true });
    }
  });
});

test('the directory at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, orgAdmin);
  await navLink(page, 'People').click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByText(/^Showing 1–25 of/)).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: '/tmp/e2e-1280.png', fullPage: true });
});
