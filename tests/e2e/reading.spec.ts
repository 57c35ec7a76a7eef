/** Reading the playbook: filters, the problem finder, keyboard use, small screens and paper. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sitemapPaths, test } from './helpers.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const countIn = async (page: Page) => Number(/(\d+)/.exec((await page.locator('#result-count strong').first().textContent()) ?? '')?.[1]);

test('filters narrow an index without JavaScript, and a filtered URL can be shared', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('techniques/');
  const all = await countIn(page);
  const filters = page.getByRole('navigation', { name: /Filter techniques/ });
  const strandGroup = filters.getByRole('region', { name: 'Strand' });
  await strandGroup.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/techniques\/filter\/strand\/[a-z0-9-]+\/$/);
  const byStrand = await countIn(page);
  expect(byStrand).toBeLessThan(all);
  expect(byStrand).toBeGreaterThan(0);
  // The chosen option is marked in words and for assistive technology, not by colour alone.
  const chosen = filters.locator('a[aria-current="true"]');
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toContainText('✓');

  // A second facet narrows further (or keeps the same set), and the URL names both.
  const phaseGroup = filters.getByRole('region', { name: 'Phase' });
  const phaseOption = phaseGroup.locator('a:not([aria-current])').first();
  const expected = Number(/\((\d+)\)/.exec((await phaseOption.textContent()) ?? '')?.[1]);
  await phaseOption.click();
  await expect(page).toHaveURL(/\/filter\/strand\/[a-z0-9-]+\/phase\/[a-z0-9-]+\/$/);
  expect(await countIn(page)).toBe(expected);
  expect(await page.locator('.card').count()).toBe(expected);

  // Opening the shared URL afresh shows the same list with both choices marked.
  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  expect(await countIn(other)).toBe(expected);
  await expect(other.getByRole('navigation', { name: /Filter techniques/ }).locator('a[aria-current="true"]')).toHaveCount(2);

  // Choosing a chosen option again removes it.
  await other.getByRole('navigation', { name: /Filter techniques/ }).getByRole('region', { name: 'Phase' }).locator('a[aria-current="true"]').click();
  expect(await countIn(other)).toBe(byStrand);
  await context.close();
});

test('filtered views of every faceted index pass axe', async ({ page }) => {
  for (const index of ['techniques/', 'case-studies/', 'protocols/']) {
    await page.goto(index);
    const option = page.locator('.facet a').first();
    await option.click();
    await expect(page).toHaveURL(/\/filter\//);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => `${page.url()}: ${violation.id}`)).toEqual([]);
  }
});

test('case studies filter by model component, organisation type and phase', async ({ page }) => {
  await page.goto('case-studies/');
  const filters = page.getByRole('navigation', { name: /Filter case studies/ });
  for (const facet of [/^(Model component|Component of .+)$/, 'Organisation type', 'Phase']) await expect(filters.getByRole('region', { name: facet })).toBeVisible();
});

test('the problem finder lists the same problem once, with its other wordings and every technique for it', async ({ page }) => {
  await page.goto('problems/');
  const areas = page.getByRole('navigation', { name: 'Areas' }).getByRole('link');
  expect(await areas.count()).toBeGreaterThan(1);
  const texts = (await page.locator('.problem dt').allTextContents()).map((text) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
  expect(new Set(texts).size, 'no wording is listed twice').toBe(texts.length);
  const merged = page.locator('.problem').filter({ has: page.locator('.problem__also') }).first();
  await expect(merged).toBeVisible();
  // Each wording comes from one of the problem's techniques: together they name them all.
  const wordings = [(await merged.locator('dt').textContent())!.trim(), ...(await merged.locator('.problem__also').allTextContents()).map((text) => text.replace(/^Also put as: /, '').trim())];
  const links = await merged.locator('dd a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(1);
  const found: string[] = [];
  for (const href of links) {
    await page.goto(href);
    const useWhen = (await page.getByRole('region', { name: 'Use it when' }).textContent()) ?? '';
    found.push(...wordings.filter((wording) => useWhen.includes(wording.replace(/^["“]|["”]$/g, ''))));
  }
  expect(new Set(found).size).toBe(wordings.length);
});

test('the problem finder leads from a problem to a technique that addresses it', async ({ page }) => {
  await page.goto('problems/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("What's the problem?");
  const problem = page.locator('.problem').first();
  const problemText = (await problem.locator('dt').textContent())!.trim();
  await problem.locator('dd a').first().click();
  await expect(page.getByRole('region', { name: 'Use it when' })).toContainText(problemText);
});

test('the keyboard reaches everything on the home page, with a visible focus, and "/" focuses search', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const focusable = await page.locator('main a, main input, main button').count();
  const seen = new Set<string>();
  for (let i = 0; i < focusable + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { key: `${element.tagName}:${element.textContent?.trim() ?? ''}:${element.getAttribute('href') ?? element.id}`, inMain: !!element.closest('main'), visible };
    });
    if (!info.inMain) break;
    expect(info.visible, `${info.key} should show where the focus is`).toBe(true);
    seen.add(info.key);
  }
  expect(seen.size).toBe(focusable);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the playbook' })).toBeFocused();
});

test('the keyboard moves through a technique page to the next technique in its strand', async ({ page }) => {
  await page.goto('techniques/');
  await page.locator('.card a').first().click();
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const next = page.getByRole('link', { name: /Next in strand/ });
  await expect(next).toHaveCount(1);
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await next.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title);
  await expect(page.getByRole('link', { name: /Previous in strand/ })).toBeVisible();
});

test('pages fit a 320 px screen without sideways scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const paths = await sitemapPaths(page);
  const sample = ['', 'problems/', 'search/', ...['techniques/', 'case-studies/', 'rubrics/', 'sequences/', 'protocols/', 'audits/'].flatMap((index) => [index, paths.find((path) => path.startsWith(index) && path !== index)!])];
  for (const path of sample) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(320);
  }
  await page.close();
});

/** Number of pages in a PDF, from its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('every technique prints as a one-page card, or with its worked examples on the pages after', async ({ page }) => {
  const paths = (await sitemapPaths(page)).filter((path) => /^techniques\/[^/]+\/$/.test(path));
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Action steps' })).toBeVisible();
    // As the page's own "Print the one-page card" button does it.
    await page.evaluate(() => { document.documentElement.dataset.print = 'card'; });
    await expect(page.locator('#examples')).toBeHidden();
    const card = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(card), `${path} should print its card on one page`).toBe(1);
    await page.evaluate(() => { delete document.documentElement.dataset.print; });
    await expect(page.locator('#examples')).toBeVisible();
    const whole = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(whole), `${path} should print its worked examples after the card`).toBeGreaterThan(1);
  }
});

test('a technique offers both prints with a button, and a print names its full address', async ({ page }) => {
  await page.goto((await sitemapPaths(page)).find((path) => /^techniques\/[^/]+\/$/.test(path))!);
  await expect(page.getByRole('button', { name: 'Print with worked examples' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the one-page card' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-source')).toBeVisible();
  await expect(page.locator('.print-source')).toContainText(/https?:\/\//);
});

test('a rubric prints landscape, and a protocol prints with its record prompts', async ({ page }) => {
  await page.goto('rubrics/');
  await page.locator('.card a').first().click();
  // Print the rubric's page, not the index it was opened from.
  await page.waitForURL(/\/rubrics\/[^/]+\/$/);
  const rubric = await page.pdf({ preferCSSPageSize: true });
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(rubric.toString('latin1'));
  expect(Number(box![1])).toBeGreaterThan(Number(box![2]));

  await page.goto('protocols/');
  await page.locator('.card a').first().click();
  await page.waitForURL(/\/protocols\/[^/]+\/$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Records', level: 2 })).toBeVisible();
  await expect(page.locator('.record-prompts li').first()).toBeVisible();
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('key pages keep their contrast and pass axe', async ({ page }) => {
    // A dozen axe runs take over a minute on a busy machine.
    test.setTimeout(300_000);
    const paths = await sitemapPaths(page);
    const islands = ['group-results/', 'sequence-builder/'].filter((path) => paths.includes(path));
    const sample = ['', 'problems/', 'search/', ...islands, ...['techniques/', 'case-studies/', 'rubrics/', 'audits/', 'protocols/', 'mentor-criteria/'].map((index) => paths.find((path) => path.startsWith(index) && path !== index)!)];
    for (const path of sample) {
      await page.goto(path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((violation) => `${path}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 2).join('; ')}`)).toEqual([]);
    }
  });
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Taps an option of a facet on a phone, unfolding the filters first as a reader would, and waits for the filtered page. */
async function tapFilter(page: Page, facet: string, option?: string) {
  const fold = page.locator('.facets-fold');
  const group = page.getByRole('navigation', { name: /Filter techniques/ }).getByRole('region', { name: facet });
  await expect(group, 'the filters are folded when a page opens').toBeHidden();
  await fold.locator('summary').click();
  const link = option ? group.getByRole('link', { name: new RegExp(`^(✓ )?${option} \\(`) }) : group.locator('a:not([aria-current])').first();
  const before = page.url();
  await link.click();
  await page.waitForURL((url) => url.href !== before);
}

/** The top of the first result card, measured in the window as the page opens. */
const firstResultTop = (page: Page) => page.locator('.card').first().evaluate((card) => card.getBoundingClientRect().top);

test.describe('on a 390 px phone', () => {
  test.use(PHONE);

  test('after each filter tap the page opens on its results: the first is within the first screen', async ({ page }) => {
    await page.goto('techniques/');
    await tapFilter(page, 'Phase');
    await expect(page).toHaveURL(/\/techniques\/filter\/phase\/[a-z0-9-]+\/$/);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const afterOne = await firstResultTop(page);
    expect(afterOne, `the first result starts ${afterOne} px down`).toBeLessThan(844 - 60);
    await tapFilter(page, 'Subject');
    await expect(page).toHaveURL(/\/filter\/phase\/[a-z0-9-]+\/subject\/[a-z0-9-]+\/$/);
    const afterTwo = await firstResultTop(page);
    expect(afterTwo, `the first result starts ${afterTwo} px down`).toBeLessThan(844 - 60);
    // The folded filters say how many are chosen, and unfold to change them.
    await expect(page.locator('.facets-fold summary')).toContainText('(2 chosen)');
    await page.locator('.facets-fold summary').click();
    await expect(page.getByRole('navigation', { name: /Filter techniques/ }).locator('a[aria-current="true"]')).toHaveCount(2);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
  });

  test('the filters fold and unfold without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('techniques/');
    await tapFilter(page, 'Strand');
    await expect(page).toHaveURL(/\/filter\/strand\//);
    expect(await firstResultTop(page)).toBeLessThan(844 - 60);
    await context.close();
  });
});

/** A technique page with a worked example set in both a phase and a subject, and that example's setting. */
async function techniqueWithSetExample(page: Page) {
  for (const path of (await sitemapPaths(page)).filter((candidate) => /^techniques\/[^/]+\/$/.test(candidate))) {
    await page.goto(path);
    const example = page.locator('section.example[data-subject]').last();
    if ((await example.count()) === 0) continue;
    return { path, id: (await example.getAttribute('id'))!, phase: (await example.getAttribute('data-phase'))!, subject: (await example.getAttribute('data-subject'))! };
  }
  throw new Error('No technique has a worked example with a subject');
}

test.describe('a technique opened from a filtered list, on a phone', () => {
  test.use(PHONE);

  test('leads to the example for the phase and subject chosen, in one tap from the top, and prints only it', async ({ page }) => {
    const { path, id, phase, subject } = await techniqueWithSetExample(page);
    // The filtered list the teacher came from passes their choice on in its link.
    await page.goto(`techniques/filter/phase/${phase}/subject/${subject}/`);
    const link = page.locator(`.card a[href*="/${path}"]`);
    await expect(link).toHaveAttribute('href', new RegExp(`/${path}\\?phase=${phase}&subject=${subject}$`));
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The example is marked in words, not by colour alone, and comes first in the examples' index.
    const example = page.locator(`#${id}`);
    await expect(example).toHaveClass(/example--chosen/);
    const phaseLabel = (await page.locator(`.example-index li[data-phase="${phase}"][data-subject="${subject}"] .example-index__setting`).first().textContent())!.trim();
    await expect(example.locator('.example__chosen')).toHaveText(`For your choice: ${phaseLabel}`);
    await expect(page.locator('.example-index li').first()).toHaveAttribute('data-phase', phase);

    // The link to it is on the first screen, and one tap brings the example into view.
    const jump = page.getByRole('link', { name: /^Go to the worked example for / });
    await expect(jump).toBeInViewport();
    expect((await jump.boundingBox())!.y).toBeLessThan(844);
    await jump.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(example.locator('h3')).toBeInViewport();

    // Printing can keep to the examples for that choice.
    await expect(page.getByRole('button', { name: `Print with the examples for ${phaseLabel}` })).toBeVisible();
    await page.evaluate(() => { document.documentElement.dataset.print = 'chosen'; });
    await page.emulateMedia({ media: 'print' });
    await expect(example).toBeVisible();
    await expect(page.locator('section.example:not(.example--chosen)').first()).toBeHidden();
    await expect(example.locator('.example__chosen')).toBeHidden();
    await page.evaluate(() => { delete document.documentElement.dataset.print; });
    await expect(page.locator('section.example:not(.example--chosen)').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
  });
});

test('a technique links to its worked examples from the top, and its examples\' index keeps setting and title apart', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { path } = await techniqueWithSetExample(page);
  await page.goto(path);
  const jump = page.getByRole('link', { name: /^Go to the (\d+ )?worked examples?$/ });
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(page.getByRole('heading', { name: 'Worked examples', level: 2 })).toBeInViewport();
  for (const item of await page.locator('.example-index a').all()) {
    const setting = (await item.locator('.example-index__setting').textContent())!.trim();
    const title = (await item.locator('.example-index__title').textContent())!.trim();
    expect(await item.innerText()).toBe(`${setting}: ${title}`);
  }
  // Without a choice in the link nothing is marked, and there is no third print button.
  await expect(page.locator('.example--chosen')).toHaveCount(0);
  await expect(page.locator('.print-actions button')).toHaveCount(2);
});
