/** Helpers for the island browser tests: finding the islands, answering, keyboard use, downloads and axe. */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe violations on the page as short lines; an empty list passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** Opens the mentor skills audit from the audits index and waits for the self-audit island. */
export async function openMentorAudit(page: Page): Promise<Locator> {
  await page.goto('audits/');
  await page.getByRole('link', { name: /mentor skills/i }).first().click();
  return selfAuditIsland(page);
}

/** The self-audit island on the current page, once hydrated. */
export async function selfAuditIsland(page: Page): Promise<Locator> {
  const island = page.getByRole('region', { name: /^Your self-(audit|review)$/ });
  await expect(island).toBeVisible();
  return island;
}

/** The item questions: one radio group (fieldset) per item. */
export function questions(island: Locator): Locator {
  return island.locator('fieldset.sa-item');
}

/** Chooses, for item i, the scale point `pick(i, count)` (0-based), through its radio button. */
export async function answerItems(island: Locator, pick: (index: number, points: number) => number, only?: number): Promise<number[]> {
  const items = questions(island);
  const total = only ?? (await items.count());
  const chosen: number[] = [];
  for (let index = 0; index < total; index++) {
    const radios = items.nth(index).getByRole('radio');
    const point = pick(index, await radios.count());
    await radios.nth(point).check();
    chosen.push(point);
  }
  return chosen;
}

/** For each item, the index of its checked radio, or -1. */
export async function checkedPoints(island: Locator): Promise<number[]> {
  return questions(island).evaluateAll((fieldsets) =>
    fieldsets.map((fieldset) => [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')].findIndex((radio) => radio.checked)),
  );
}

/** Clicks a button that downloads a file and returns the file's text. */
export async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

/** Every localStorage entry whose key contains `part`. */
export async function storedEntries(page: Page, part: string): Promise<Record<string, string>> {
  return page.evaluate((needle) => {
    const found: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index)!;
      if (key.includes(needle)) found[key] = localStorage.getItem(key)!;
    }
    return found;
  }, part);
}

/** Presses Tab until the control with this id has focus; fails if it never does. */
export async function tabTo(page: Page, id: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Tabs to a control and types into it. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** Tabs to a control and presses a key on it (Enter unless told). */
export async function press(page: Page, id: string, key = 'Enter'): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press(key);
}
