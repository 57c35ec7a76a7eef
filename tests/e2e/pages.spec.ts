/** Entry pages show their fields, their references and what links to them. */
import { expect, test } from './helpers.ts';

test('a technique page shows its steps, evidence and where it is used', async ({ page }) => {
  await page.goto('techniques/');
  const first = page.locator('.card a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const heading of ['Action steps', 'Look-fors', 'Pitfalls', 'Rehearse it', 'Worked examples', 'Evidence']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  expect(await page.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.example').first()).toBeVisible();
});

test('a sequence links each step to its technique, and the technique links back', async ({ page }) => {
  await page.goto('sequences/');
  await page.locator('.card a').first().click();
  const sequenceTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const stepLink = page.locator('table.calendar a').first();
  await stepLink.click();
  const usedIn = page.getByRole('region', { name: 'Used in' });
  await expect(usedIn.getByRole('link', { name: sequenceTitle, exact: true })).toBeVisible();
});
