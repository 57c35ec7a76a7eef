/**
 * A playbook in another language shows none of the engine's English. Runs only against a playbook
 * whose language is not English (scripts/test-e2e.ts's third pass: tests/fixtures/french-playbook).
 *
 * Two nets, on every page in the sitemap and the "not found" page, once its scripts have run:
 * - every phrase of the English strings table (each text between placeholders, of two words or
 *   more) that the playbook's strings.yaml translates differently must be absent from the page's
 *   text and from the words it gives assistive technology (aria-label, title, alt, placeholder);
 * - common English words ("the", "your", "with", …) must be absent too, which catches English
 *   written in the engine outside the table. Code (<code>, <pre>) is left out: file names and
 *   YAML keys are the same in every language.
 * It also checks the language itself: the pages' lang, dates written in it, search stemming in it,
 * and the collections' new names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import * as english from '../../src/strings/en/index.ts';
import { formsOf, type Area } from '../../src/strings/table.ts';
import { STRINGS_FILE } from '../../src/strings/overrides.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { expect, sitemapPaths, test } from './helpers.ts';

const playbook = readPlaybook(contentFolder())!;
const translated = parse(readFileSync(path.join(contentFolder(), STRINGS_FILE), 'utf8')) as Record<string, Record<string, unknown>>;
const englishAreas: Record<string, Area> = english;

/** A phrase as a pattern that matches it as whole words only ("s page" is not in "des pages"). */
function wholeWords(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

/** The English phrases a page must not show: each fragment between placeholders, of two words or more, of every string the playbook translates differently. */
const englishPhrases: { phrase: string; key: string; pattern: RegExp }[] = Object.entries(englishAreas).flatMap(([area, strings]) =>
  Object.entries(strings).flatMap(([key, value]) => {
    const own = JSON.stringify(translated[area]?.[key] ?? '');
    return formsOf(value)
      .flatMap((form) => form.split(/\{\w+\}/))
      .map((fragment) => fragment.replace(/[\s.,:;!?()"“”‘’']+$|^[\s.,:;!?()"“”‘’']+/g, ''))
      .filter((fragment) => fragment.includes(' ') && fragment.length >= 6 && !own.includes(fragment))
      .map((phrase) => ({ phrase, key: `${area}.${key}`, pattern: wholeWords(phrase) }));
  }),
);

/** Common English words that French text does not use ("page", "main" and "minutes" are French too). */
const ENGLISH_WORDS = ['the', 'and', 'your', 'you', 'with', 'this', 'that', 'from', 'which', 'what', 'will', 'have', 'has', 'been', 'their', 'when', 'where', 'each', 'every', 'these', 'about', 'after', 'before', 'show', 'hide', 'print', 'search', 'saved', 'results', 'download', 'delete', 'cancel', 'save', 'open', 'close', 'next', 'previous', 'back', 'filters', 'clear', 'more', 'less', 'start', 'stop', 'step', 'steps', 'week', 'weeks', 'changed', 'edit', 'contents', 'skip'];
const englishWord = new RegExp(`(?<![\\p{L}\\p{N}_/.-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}_/-])`, 'iu');

/** The page's words as a reader or a screen reader gets them, without code and without text marked as English. */
async function wordsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = 'script, style, template, code, pre, kbd, samp, [lang^="en"]';
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(skip)) continue;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"], input[type="submit"], input[type="button"]')) {
      if (element.closest(skip)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content', 'value']) {
        const value = element.getAttribute(name);
        if (value && (name !== 'value' || element.matches('input[type="submit"], input[type="button"]')) && (name !== 'content' || element.matches('meta'))) texts.push(value);
      }
    }
    return texts;
  });
}

function englishOn(texts: readonly string[]): string[] {
  const found: string[] = [];
  const all = texts.join('\n');
  for (const { phrase, key, pattern } of englishPhrases) if (all.includes(phrase) && pattern.test(all)) found.push(`"${phrase}" (${key})`);
  for (const text of texts) {
    const match = englishWord.exec(text);
    if (match) found.push(`the English word "${match[1]}" in "${text.slice(0, 120)}"`);
  }
  return [...new Set(found)];
}

test('the strings file translates every string of the engine and names the collections in the language', () => {
  const missing = Object.entries(englishAreas).flatMap(([area, strings]) => Object.keys(strings).filter((key) => translated[area]?.[key] === undefined).map((key) => `${area}.${key}`));
  expect(missing, 'untranslated keys').toEqual([]);
  expect(playbook.language).not.toMatch(/^en/i);
  expect(englishPhrases.length).toBeGreaterThan(100);
});

// The sitemap is split into shards that run in parallel; together they cover every page.
const SHARDS = 3;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`no page shows the engine's English (part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
    test.setTimeout(300_000);
    const paths = [...(await sitemapPaths(page)), '404.html'].filter((_, i) => i % SHARDS === shard);
    const failures: string[] = [];
    for (const pagePath of paths) {
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      expect(await page.locator('html').getAttribute('lang'), pagePath).toBe(playbook.language);
      for (const found of englishOn(await wordsOn(page))) failures.push(`${pagePath}: ${found}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

test('search works in the language: it stems words, and its results and filters are in it', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox').first();
  await box.fill('élève');
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible();
  // "élève" also finds pages that only say "élèves": French stemming, from the pages' lang.
  expect(await results.count()).toBeGreaterThan(1);
  expect(englishOn(await wordsOn(page))).toEqual([]);
});

test('dates are written in the language', async ({ page }) => {
  await page.goto('');
  const first = (await sitemapPaths(page)).find((pagePath) => /^[a-z-]+\/[a-z0-9-]+\/$/.test(pagePath) && !pagePath.includes('filter'));
  await page.goto(first!);
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  await expect(page.locator('main')).toContainText(new RegExp(`\\d{1,2}\\s(${months.join('|')})\\s\\d{4}`));
});

test("the collections go by the playbook's names for them, in the navigation and on their pages", async ({ page }) => {
  const techniques = (translated.collections?.techniques ?? {}) as { plural?: string; type?: string };
  expect(techniques.plural, 'the fixture renames techniques').toBeTruthy();
  await page.goto('');
  const plural = techniques.plural!;
  await expect(page.locator('header nav')).toContainText(plural[0]!.toUpperCase() + plural.slice(1));
  await page.goto('techniques/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(plural, 'i'));
  const entry = (await sitemapPaths(page)).find((pagePath) => /^techniques\/[^/]+\/$/.test(pagePath) && pagePath !== 'techniques/filter/');
  await page.goto(entry!);
  await expect(page.locator('main')).toContainText(techniques.type!);
});
