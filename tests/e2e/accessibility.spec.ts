/**
 * The accessibility statement (src/pages/accessibility.astro): in the sitemap (so the every-page
 * test runs axe on it), linked from every page's footer, naming the standard the tests hold the
 * site to, the contact from playbook.yaml (or the organisation when there is none) and the
 * enforcement procedure.
 */
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { expect, sitemapPaths, test } from './helpers.ts';

const playbook = readPlaybook(contentFolder())!;

test('the accessibility statement is in the sitemap and linked from the footer', async ({ page }) => {
  expect(await sitemapPaths(page)).toContain('accessibility/');
  await page.goto('techniques/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page).toHaveURL(/\/accessibility\/$/);
});

test('the statement names the standard, how to report a problem, and the enforcement procedure', async ({ page }) => {
  await page.goto('accessibility/');
  const main = page.getByRole('main');
  await expect(main).toContainText('WCAG) version 2.2 at level AA');
  await expect(main).toContainText(`The site is run by ${playbook.organisation}.`);
  const report = main.locator('section', { has: page.getByRole('heading', { name: 'Reporting accessibility problems' }) });
  if (playbook.contact) {
    await expect(report.locator('dt').first()).toHaveText('Who to contact');
    await expect(report.locator('dd').first()).toHaveText(`${playbook.contact.name}, ${playbook.organisation}`);
    await expect(report.getByRole('link', { name: playbook.contact.email })).toHaveAttribute('href', `mailto:${playbook.contact.email}`);
    if (playbook.contact.phone) await expect(report.getByRole('link', { name: playbook.contact.phone })).toHaveAttribute('href', /^tel:[\d+]+$/);
  } else {
    await expect(report).toContainText(`Contact ${playbook.organisation} and ask for the people who look after this site.`);
    await expect(report.locator('a[href^="mailto:"]')).toHaveCount(0);
  }
  const enforcement = main.locator('section', { has: page.getByRole('heading', { name: 'Enforcement procedure' }) });
  await expect(enforcement).toContainText('Equality and Human Rights Commission (EHRC)');
  await expect(enforcement.getByRole('link', { name: 'Equality Advisory and Support Service (EASS)' })).toBeVisible();
  await expect(enforcement.getByRole('link', { name: 'Equality Commission for Northern Ireland (ECNI)' })).toBeVisible();
  // What it says about offline use follows playbook.yaml.
  if (playbook.offline) await expect(main).toContainText('with no connection');
  else await expect(main).not.toContainText('with no connection');
});
