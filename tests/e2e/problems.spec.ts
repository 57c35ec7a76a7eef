/**
 * "What's the problem?" on a phone: the finder narrows the list as a teacher types and by phase,
 * keeps the choice in the address, and is not shown without JavaScript, where the page is the
 * whole list.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the finder narrows the problems to those with the words typed, and by phase', async ({ page }) => {
  await page.goto('problems/');
  const problems = page.locator('.problem');
  const total = await problems.count();
  const box = page.getByRole('searchbox', { name: 'Find a problem by its words' });
  await expect(box).toBeInViewport();
  // A word from a problem in the middle of the list.
  const sample = (await problems.nth(Math.floor(total / 2)).locator('dt').textContent())!;
  const word = sample.split(/[^A-Za-z]+/).filter((candidate) => candidate.length >= 6).at(-1)!;
  await box.pressSequentially(word.toLowerCase(), { delay: 20 });
  const shown = page.locator('.problem:visible');
  await expect.poll(() => shown.count()).toBeLessThan(total);
  const count = await shown.count();
  expect(count).toBeGreaterThan(0);
  for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain(word.toLowerCase());
  await expect(page.getByRole('status')).toHaveText(`Showing ${count} problem${count === 1 ? '' : 's'} of ${total}.`);
  await expect(page).toHaveURL(new RegExp(`\\?q=${word.toLowerCase()}$`));
  // Each area still in the list is counted as it is now; the others are gone, from the list and its areas.
  for (const area of await page.locator('.toc li:visible').all()) {
    const id = (await area.getAttribute('data-area'))!;
    await expect(area.locator('.toc__count')).toHaveText(String(await page.locator(`section:has(#${id}) .problem:visible`).count()));
  }

  // A phase: the techniques for other phases are hidden, and problems left with none.
  await box.fill('');
  const phase = page.getByLabel('Phase');
  const option = (await phase.locator('option').nth(1).getAttribute('value'))!;
  await phase.selectOption(option);
  await expect(page).toHaveURL(new RegExp(`\\?phase=${option}$`));
  const visibleTechniques = page.locator('.problem:visible .chips li:visible');
  expect(await visibleTechniques.count()).toBeGreaterThan(0);
  for (const phases of await visibleTechniques.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.phases ?? ''))) expect(phases.split(' ')).toContain(option);
  for (const phases of await page.locator('.problem:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.phases ?? ''))) expect(phases.split(' ')).toContain(option);

  // Words that no problem has.
  await box.fill('zzzqqq');
  await expect(page.getByRole('status')).toHaveText('No problem matches. Try other words, or all phases.');
  await expect(shown).toHaveCount(0);

  // The address brings the same list back.
  await box.fill(word.toLowerCase());
  await phase.selectOption('');
  await page.reload();
  await expect(box).toHaveValue(word.toLowerCase());
  await expect(shown).toHaveCount(count);
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
});

test('without JavaScript there is no finder, and the page is the whole list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('problems/?q=zzzqqq');
  await expect(page.locator('#problem-finder')).toBeHidden();
  const problems = page.locator('.problem');
  expect(await problems.count()).toBeGreaterThan(10);
  expect(await page.locator('.problem:visible').count()).toBe(await problems.count());
  await context.close();
});
