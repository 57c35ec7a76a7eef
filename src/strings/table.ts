/**
 * The shape of the strings table (see README.md in this folder). An area groups the words of one
 * part of the engine; each key holds one string, or a plural's forms.
 *
 * A string may hold placeholders in braces, `{count}` or `{title}`, that the code fills in with
 * `format` (format.ts). A plural has a form for each of the language's plural categories that it
 * needs (English: `one` and `other`; `other` is required), chosen with `Intl.PluralRules`.
 */

/** The plural categories of `Intl.PluralRules`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A plural's forms: `other` always, the rest as the language needs them. */
export type Plural = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

/** One area of the table: key to string or plural. */
export type Area = Record<string, string | Plural>;

/** Marks a table entry as a plural (a typed helper; the value is returned as it is). */
export function plural(forms: Plural): Plural {
  return forms;
}

/** The placeholders a template uses, like ["count", "title"] for "{count} results for {title}". */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Every form of a value, for a string or a plural. */
export function formsOf(value: string | Plural): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).filter((form): form is string => typeof form === 'string');
}
