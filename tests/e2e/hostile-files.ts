/**
 * The hostile fixture set: from a real exported file (JSON text), the files an attacker or a
 * careless user might load, each with the plain words the page must answer it with. Built from
 * the export rather than kept as files, so they follow the format as it changes; the large ones
 * are made here rather than committed.
 *
 * - a key that reaches an object's prototype ("__proto__");
 * - a key given twice in one object (JSON.parse would keep the last without a word);
 * - text in Latin-1, not UTF-8;
 * - a file over the size limit (5 MB, the limit is 4 MB);
 * - a file over a count limit (each island names its own);
 * - a field of the wrong type.
 */
import type { Page } from '@playwright/test';

export interface Hostile {
  /** The case, for the test's messages. */
  name: string;
  /** The file as the picker gives it. */
  file: { name: string; mimeType: string; buffer: Buffer };
  /** What the person must read about it. */
  says: RegExp;
}

const json = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });

/**
 * The cases every island shares, from an export whose text has `"answers": {` and a non-ASCII
 * name (so Latin-1 differs from UTF-8); `overcount` is the island's own file past its count limit.
 */
export function hostileFiles(exported: string, overcount: { text: string; says: RegExp }, wrongType: { text: string; says: RegExp }): Hostile[] {
  if (!exported.includes('"answers": {') || /^[ -~\s]*$/.test(exported)) throw new Error('The template needs answers and a name with an accent.');
  return [
    { name: 'a prototype key', file: json('proto.json', Buffer.from(exported.replace('"answers": {', '"answers": {\n  "__proto__": {"polluted": true},'))), says: /has a field named “__proto__” \(line \d+\), which no file this site writes has/ },
    { name: 'a duplicate key', file: json('twice.json', Buffer.from(exported.replace('"answers": {', '"answers": {\n  "dup-key": 1,\n  "dup-key": 2,'))), says: /gives “dup-key” twice in one place \(line \d+\)/ },
    { name: 'Latin-1 text', file: json('latin1.json', Buffer.from(exported, 'latin1')), says: /not in UTF-8, the text encoding this site writes: line \d+ has characters in another encoding/ },
    { name: 'an oversized file', file: json('huge.json', Buffer.from(exported.replace(/\}\s*$/, `${' '.repeat(5_000_000 - Buffer.byteLength(exported))}}`))), says: /This file is 5 MB, and a file can be at most 4 MB here, so it was not read/ },
    { name: 'an overcount file', file: json('overcount.json', Buffer.from(overcount.text)), says: overcount.says },
    { name: 'a wrong type', file: json('wrong-type.json', Buffer.from(wrongType.text)), says: wrongType.says },
  ];
}

/** Fills what is left of the site's storage with filler entries. */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler-${index++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

/** Removes the filler entries, making room again. */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}
