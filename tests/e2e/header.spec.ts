/** The header: two rows on a phone with a Menu that opens without JavaScript, and the tools in the navigation. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const PHONE = { width: 390, height: 844 };

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the header takes two rows, with no "/" hint, and the Menu opens the navigation', async ({ page }) => {
    await page.goto('techniques/');
    const header = page.locator('header.site-header');
    const height = (await header.boundingBox())!.height;
    expect(height, 'header height on a 390 px phone').toBeLessThan(130);
    await expect(page.getByRole('searchbox', { name: 'Search the playbook' })).toBeVisible();
    await expect(page.locator('.site-search__hint')).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search the playbook' })).not.toHaveAttribute('placeholder', /press/i);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(nav).toBeVisible();
    for (const name of ['Techniques', 'Sequence builder', 'Group results', 'Make it yours']) await expect(nav.getByRole('link', { name })).toBeVisible();
    // The open menu lies over the page; it does not push the page down.
    expect((await header.boundingBox())!.height).toBeLessThan(130);
    // Escape closes it and returns to the button.
    await nav.getByRole('link', { name: 'Techniques' }).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(page.getByText('Menu', { exact: true })).toBeFocused();
    await page.getByText('Menu', { exact: true }).click();
    await nav.getByRole('link', { name: 'Group results' }).click();
    await expect(page).toHaveURL(/group-results\/$/);
  });

  test('with the menu open, and the search filters unfolded, pages pass axe in both colour schemes', async ({ page }) => {
    test.setTimeout(180_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('techniques/');
      await page.getByText('Menu', { exact: true }).click();
      let axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((violation) => `${scheme} menu: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
      await page.goto('search/?q=questioning');
      await expect(page.locator('#search-results > li').first()).toBeVisible();
      await page.getByText('Filters', { exact: true }).click();
      axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((violation) => `${scheme} search: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
    }
  });

  test('the Menu comes before the search box in focus order, as it is drawn above it', async ({ page }) => {
    await page.goto('techniques/');
    const menu = page.getByText('Menu', { exact: true });
    const box = page.getByRole('searchbox', { name: 'Search the playbook' });
    expect((await menu.boundingBox())!.y).toBeLessThan((await box.boundingBox())!.y);
    await page.locator('a.brand').focus();
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
  });

  test('the Menu works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('problems/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(nav.getByRole('link', { name: 'Sequence builder' })).toBeVisible();
    await context.close();
  });
});

test('on a wide screen with a mouse, the navigation is always shown and the "/" hint too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('techniques/');
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Techniques', 'Sources', 'Sequence builder', 'Group results', 'Make it yours']) await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(page.locator('.site-search__hint')).toBeVisible();
  // One row, in focus order as drawn: the name, the navigation, then the search box.
  const brand = (await page.locator('a.brand').boundingBox())!;
  const navBox = (await nav.boundingBox())!;
  const box = (await page.getByRole('searchbox', { name: 'Search the playbook' }).boundingBox())!;
  expect(navBox.x).toBeGreaterThan(brand.x + brand.width - 1);
  expect(box.x).toBeGreaterThan(navBox.x + navBox.width - 1);
  await page.locator('a.brand').focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the playbook' })).toBeFocused();
});

test('the search page has one search box, not a second one in the header', async ({ page }) => {
  await page.goto('search/?q=feedback');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByLabel('Search for')).toHaveValue('feedback');
});
