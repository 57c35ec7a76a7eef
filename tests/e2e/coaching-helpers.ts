/**
 * Helpers for the coaching browser tests: the playbook's techniques as the pages get them, the
 * record in storage, two ways of using a page (keyboard only, or touch), reading a calendar file
 * with ical.js, and the Nu HTML Checker on a page as it stands after its scripts have run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CatalogueLists, TechniqueInfo } from '../../src/lib/coaching/catalogue.ts';
import type { CoachingDoc } from '../../src/lib/coaching/schema.ts';
import { BASE_PATH } from './helpers.ts';

export const RECORD_KEY = `playbook:${BASE_PATH}:coaching`;
export const TEACHER_KEY = `playbook:${BASE_PATH}:my-steps`;

/** The playbook as the coaching pages fetch it. */
export async function catalogueOf(page: Page): Promise<CatalogueLists> {
  const response = await page.request.get('coaching/catalogue.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as CatalogueLists;
}

/** A technique with at least three steps and two look-fors, to run a cycle with. */
export async function someTechnique(page: Page): Promise<TechniqueInfo> {
  const technique = (await catalogueOf(page)).techniques.find((item) => item.steps.length >= 3 && item.lookFors.length >= 2);
  expect(technique, 'a technique with three steps and two look-fors').toBeTruthy();
  return technique!;
}

/** The coach's record as stored, or null. */
export async function storedRecord(page: Page): Promise<CoachingDoc | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  return text === null ? null : (JSON.parse(text) as CoachingDoc);
}

/** A coaching island on the page, once it has its techniques. */
export async function coachingIsland(page: Page, name: string | RegExp): Promise<Locator> {
  const island = page.getByRole('region', { name });
  await expect(island).toBeVisible();
  await expect(island.getByText('Loading the playbook’s techniques…')).toHaveCount(0);
  return island;
}

/** The ISO day `days` after today on this machine (the coach's own day). */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How a person works the page: by keyboard only, or by touch. Text is typed either way. */
export interface Hands {
  name: string;
  /** Activates a button or link (Enter), or ticks a box or radio (Space); taps it by touch. */
  press(target: Locator, key?: 'Enter' | ' '): Promise<void>;
  /** Chooses a radio button: by keyboard, Tab into its group, then the arrow keys, as a keyboard user does. */
  choose(target: Locator): Promise<void>;
  /** Types into a text field or text area. */
  type(target: Locator, text: string): Promise<void>;
  /** Sets a date field to an ISO day. */
  date(target: Locator, day: string): Promise<void>;
}

/** Presses Tab until `target` has focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 500): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export function keyboardHands(page: Page): Hands {
  return {
    name: 'keyboard',
    async press(target, key = 'Enter') {
      await tabTo(page, target);
      await page.keyboard.press(key === ' ' ? 'Space' : key);
    },
    async choose(target) {
      // Tab stops once in a group of radio buttons, on its checked one or its first.
      const name = await target.getAttribute('name');
      for (let i = 0; i < 500 && !(await page.evaluate((group) => (document.activeElement as HTMLInputElement | null)?.name === group, name)); i++) await page.keyboard.press('Tab');
      for (let i = 0; i < 30 && !(await target.isChecked()); i++) {
        // With none checked yet, Space checks the one focused; then the arrows move through the group.
        const focusedChecked = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked);
        await page.keyboard.press(focusedChecked ? 'ArrowDown' : 'Space');
      }
      expect(await target.isChecked()).toBe(true);
    },
    async type(target, text) {
      await tabTo(page, target);
      await page.keyboard.type(text);
    },
    async date(target, day) {
      const [year, month, date] = day.split('-');
      await tabTo(page, target);
      // Chromium's date field takes its order from the system's locale: month first here; day first elsewhere.
      await page.keyboard.type(`${month}${date}${year}`);
      if ((await target.inputValue()) !== day) {
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.type(`${date}${month}${year}`);
      }
      expect(await target.inputValue()).toBe(day);
    },
  };
}

export function touchHands(): Hands {
  return {
    name: 'touch',
    press: (target) => target.tap(),
    choose: (target) => target.tap(),
    async type(target, text) {
      await target.tap();
      await target.pressSequentially(text);
    },
    async date(target, day) {
      await target.tap();
      await target.fill(day);
    },
  };
}

/** The first event of a calendar file, as ical.js reads it. */
export function readCalendar(text: string) {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('the calendar file has no event');
  const event = new ICAL.Event(vevent);
  return { start: event.startDate.toString(), allDay: event.startDate.isDate, summary: event.summary, description: event.description };
}

/** The Nu HTML Checker's errors on pages as they stand after their scripts ran (Astro's island style in the body excepted, as markup.spec.ts does). */
export function nuErrors(pages: { name: string; html: string }[]): string[] {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'coaching-nu-'));
  try {
    const files = pages.map((page, index) => {
      const file = path.join(folder, `${index}-${page.name.replace(/[^a-z0-9]+/gi, '-')}.html`);
      writeFileSync(file, `<!doctype html>\n${page.html}`);
      return file;
    });
    const run = spawnSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; subType?: string; url?: string; message: string; extract?: string }[] };
    return report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .filter((message) => !(/“style” element/.test(message.message) && /<style>astro-/.test(message.extract ?? '')))
      .map((message) => `${path.basename(message.url ?? '?')}: ${message.message} [${(message.extract ?? '').replace(/\s+/g, ' ').trim()}]`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The page's markup as it stands now. */
export async function markupNow(page: Page, name: string) {
  return { name, html: await page.evaluate(() => document.documentElement.outerHTML) };
}
