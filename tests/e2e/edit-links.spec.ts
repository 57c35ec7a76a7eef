/**
 * From an entry's page to changing it: "Change this in the editor" on every entry page, and "Edit
 * this page" beside it where playbook.yaml names a repository (src/components/EditLink.astro). They
 * sit by the title, in the first screen on a phone and on a wide screen; after the skip link they are
 * the first stops of the keyboard; they are left off paper; and they open the entry, in the
 * playbook's editor with its fields filled in, or in the repository's web editor. Runs on the
 * default playbook (no repository) and on the sub-path one (a repository; scripts/test-e2e.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { COLLECTIONS, definitionOf } from '../../src/collections/index.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { editUrl } from '../../src/lib/editor/repository.ts';
import { common as words } from '../../src/strings/index.ts';
import { BASE_PATH, expect, test } from './helpers.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const playbook = readPlaybook(contentFolder())!;
const { entries } = readContent(process.cwd(), contentFolder());
/** The first entry of each collection that has any. */
const firsts = COLLECTIONS.flatMap((definition) => entries.find((entry) => entry.collection === definition.name) ?? []);
const technique = entries.find((entry) => entry.collection === 'techniques')!;
const titleOf = (entry: (typeof entries)[number]) => String((entry.data as { title?: unknown }).title ?? '');
const pageOf = (entry: (typeof entries)[number]) => `${definitionOf(entry.collection).route}/${entry.id}/`;

const inEditor = (page: Page) => page.getByRole('link', { name: words.changeInEditor, exact: true });
const inRepository = (page: Page) => page.getByRole('link', { name: `${words.editThisPage} ${words.editInRepository}`, exact: true });

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px, every kind of entry page offers its ways to change it in the first screen, by its title`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const entry of firsts) {
      await page.goto(pageOf(entry));
      const link = inEditor(page);
      await expect(link, `${pageOf(entry)} should offer the editor`).toBeInViewport();
      await expect(link).toHaveAttribute('href', `${BASE_PATH}editor/?open=${entry.collection}/${entry.id}`);
      // By the title: the next thing after the page's header (its type, title and summary).
      const after = await link.evaluate((anchor) => {
        const block = anchor.parentElement!;
        let previous = block.previousElementSibling;
        while (previous && previous.tagName !== 'H1') previous = previous.previousElementSibling;
        return previous?.tagName;
      });
      expect(after, `${pageOf(entry)}: the links should follow the title`).toBe('H1');
      if (playbook.repository) {
        await expect(inRepository(page)).toBeInViewport();
        await expect(inRepository(page)).toHaveAttribute('href', editUrl(playbook.repository, entry.file));
      } else await expect(page.getByRole('link', { name: new RegExp(`^${words.editThisPage}`) })).toHaveCount(0);
    }
  });
}

test('after the skip link, the keyboard reaches the ways to change the entry first; axe finds nothing', async ({ page }) => {
  await page.goto(pageOf(technique));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: words.skipLink })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(inEditor(page)).toBeFocused();
  if (playbook.repository) {
    await page.keyboard.press('Tab');
    await expect(inRepository(page)).toBeFocused();
  }
  const axe = await new AxeBuilder({ page }).include('.edit-links').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test('neither way to change the entry prints', async ({ page }) => {
  await page.goto(pageOf(technique));
  await expect(inEditor(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(inEditor(page)).toBeHidden();
  await expect(page.getByRole('link', { name: new RegExp(`^${words.editThisPage}`) })).toBeHidden();
});

test('"Change this in the editor" opens the entry in the editor, with its fields filled in', async ({ page }) => {
  await page.goto(pageOf(technique));
  await inEditor(page).click();
  await page.waitForURL(/editor\/\?open=/);
  const title = titleOf(technique);
  await expect.poll(() => page.evaluate((wanted) => [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((field) => field.value === wanted), title)).toBe(true);
});
