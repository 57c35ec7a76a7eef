/**
 * A fork's own words: content/strings.yaml, checked against the English table. It has the table's
 * shape, area then key, and any key may be left out:
 *
 *   search:
 *     showMore: Afficher plus
 *     results: { one: "{count} résultat", other: "{count} résultats" }
 *   collections:
 *     techniques: { singular: move, plural: moves, type: Move }
 *
 * Each mistake is one problem naming the key, what was found and what was expected: an area or key
 * the table does not have, a value that is not text, a plural without its `other` form, or a
 * placeholder the English string does not fill in. Sound keys are used even when others are wrong
 * (the check stops the build anyway), so one typo never blanks the rest.
 */
import { describeFound, fieldProblem, placeProblem, type FieldPath, type Problem } from '../core/problem.ts';
import { editDistance } from '../core/edit-distance.ts';
import { formsOf, PLURAL_CATEGORIES, placeholdersOf, type Area, type Plural } from './table.ts';

/** The file a fork writes its words in, relative to the content folder. */
export const STRINGS_FILE = 'strings.yaml';

/** The words a collection's definition gives, which a fork may rename. */
export const COLLECTION_LABEL_KEYS = ['singular', 'plural', 'type'] as const;
export type CollectionLabels = Record<(typeof COLLECTION_LABEL_KEYS)[number], string>;

/** A fork's sound overrides: by area and key, and the collections' words by collection name. */
export interface Overrides {
  areas: Record<string, Record<string, string | Plural>>;
  collections: Record<string, Partial<CollectionLabels>>;
}

export interface OverrideResult {
  overrides: Overrides;
  problems: Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const quoteList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
const isLabelKey = (key: string): key is keyof CollectionLabels => (COLLECTION_LABEL_KEYS as readonly string[]).includes(key);

/** What a key should have been: the area's keys when few, else the nearest, so a typo names its fix. */
function keyExpected(area: string, keys: readonly string[], found: string): string {
  if (keys.length === 0) return `no key: the "${area}" area has none yet`;
  if (keys.length <= 8) return `a key of the "${area}" area: one of ${quoteList(keys)}`;
  const near = keys.filter((key) => editDistance(key.toLowerCase(), found.toLowerCase(), 3) <= 3);
  const hint = near.length > 0 ? `, like ${quoteList(near.slice(0, 3))}` : '';
  return `one of the ${keys.length} keys of the "${area}" area (src/strings/en/${area}.ts)${hint}`;
}

/** A plural override: a mapping of categories with `other`, or one text for every count. */
function pluralOverride(value: unknown, english: Plural, path: FieldPath, file: string, problems: Problem[]): Plural | undefined {
  if (typeof value === 'string') return value.trim() ? { other: value } : undefined;
  if (!isRecord(value)) {
    problems.push(fieldProblem(file, path, `the forms of a plural, like ${JSON.stringify(english)}, or one text`, describeFound(value)));
    return undefined;
  }
  const forms: Record<string, string> = {};
  let sound = true;
  for (const [category, form] of Object.entries(value)) {
    if (!(PLURAL_CATEGORIES as readonly string[]).includes(category)) {
      problems.push(fieldProblem(file, [...path, category], `a plural category: one of ${quoteList(PLURAL_CATEGORIES)}`, JSON.stringify(category)));
      sound = false;
    } else if (typeof form !== 'string' || !form.trim()) {
      problems.push(fieldProblem(file, [...path, category], 'text', describeFound(form)));
      sound = false;
    } else forms[category] = form;
  }
  if (forms.other === undefined) {
    if (sound) problems.push(fieldProblem(file, [...path, 'other'], 'the form for any other count (every plural needs "other")', 'nothing'));
    return undefined;
  }
  return sound ? { ...forms, other: forms.other } : undefined;
}

/** One key's override, or undefined (with a problem) when it cannot be used. */
function keyOverride(value: unknown, english: string | Plural, path: FieldPath, file: string, problems: Problem[]): string | Plural | undefined {
  const checked =
    typeof english === 'string'
      ? typeof value === 'string' && value.trim()
        ? value
        : (problems.push(fieldProblem(file, path, 'text', describeFound(value))), undefined)
      : pluralOverride(value, english, path, file, problems);
  if (checked === undefined) return undefined;
  const known = new Set(formsOf(english).flatMap(placeholdersOf));
  const unknown = [...new Set(formsOf(checked).flatMap(placeholdersOf))].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const expected = known.size > 0 ? `only the placeholders the English text has: ${[...known].map((name) => `{${name}}`).join(', ')}` : 'no placeholders in braces (the English text has none)';
    problems.push(fieldProblem(file, path, expected, unknown.map((name) => `{${name}}`).join(', ')));
    return undefined;
  }
  return checked;
}

/**
 * Checks a fork's strings file against the English table and the collections' words.
 * `english` is the table by area; `collections` names the collections a fork may rename (undefined
 * takes any name: the build's reading of the file, where the content check has judged it already).
 */
export function checkOverrides(data: unknown, file: string, english: Record<string, Area>, collections: readonly string[] | undefined): OverrideResult {
  const overrides: Overrides = { areas: {}, collections: {} };
  const problems: Problem[] = [];
  if (data === undefined || data === null) return { overrides, problems };
  if (!isRecord(data)) {
    problems.push(placeProblem(file, '(the file)', 'a mapping of areas to their words, like "search:" then "showMore: …"', describeFound(data)));
    return { overrides, problems };
  }
  const areas = [...Object.keys(english), 'collections'];
  for (const [areaName, areaValue] of Object.entries(data)) {
    if (!areas.includes(areaName)) {
      problems.push(fieldProblem(file, [areaName], `an area of the strings table: one of ${quoteList(areas)}`, JSON.stringify(areaName)));
      continue;
    }
    if (!isRecord(areaValue)) {
      problems.push(fieldProblem(file, [areaName], 'a mapping of keys to words', describeFound(areaValue)));
      continue;
    }
    if (areaName === 'collections') {
      for (const [name, labels] of Object.entries(areaValue)) {
        const path = ['collections', name];
        if (collections && !collections.includes(name)) {
          problems.push(fieldProblem(file, path, `a collection: one of ${quoteList(collections ?? [])}`, JSON.stringify(name)));
        } else if (!isRecord(labels)) {
          problems.push(fieldProblem(file, path, `its words: ${quoteList(COLLECTION_LABEL_KEYS)}`, describeFound(labels)));
        } else {
          const sound: Partial<CollectionLabels> = {};
          for (const [key, label] of Object.entries(labels)) {
            if (!isLabelKey(key)) problems.push(fieldProblem(file, [...path, key], `one of ${quoteList(COLLECTION_LABEL_KEYS)}`, JSON.stringify(key)));
            else if (typeof label !== 'string' || !label.trim()) problems.push(fieldProblem(file, [...path, key], 'text', describeFound(label)));
            else sound[key] = label;
          }
          overrides.collections[name] = sound;
        }
      }
      continue;
    }
    const table = english[areaName]!;
    const sound: Record<string, string | Plural> = {};
    for (const [key, value] of Object.entries(areaValue)) {
      const englishValue = table[key];
      if (englishValue === undefined) {
        problems.push(fieldProblem(file, [areaName, key], keyExpected(areaName, Object.keys(table), key), JSON.stringify(key)));
        continue;
      }
      const checked = keyOverride(value, englishValue, [areaName, key], file, problems);
      if (checked !== undefined) sound[key] = checked;
    }
    overrides.areas[areaName] = sound;
  }
  return { overrides, problems };
}
