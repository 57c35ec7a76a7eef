/**
 * Fills in the table's strings: placeholders, plurals, numbers and dates, all in the playbook's
 * language.
 */
import { language } from './source.ts';
import type { Plural } from './table.ts';

const numbers = new Intl.NumberFormat(language);
const pluralRules = new Intl.PluralRules(language);

export type Values = Record<string, string | number>;

/** A number as the language writes it: "1,234" in English, "1 234" in French. */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** The template with each `{name}` replaced by its value; numbers are written in the playbook's language. */
export function format(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The plural's form for `count`, filled in; `{count}` is the count itself. */
export function formatPlural(forms: Plural, count: number, values: Values = {}): string {
  const category = pluralRules.select(count);
  const template = (category === 'other' ? undefined : forms[category]) ?? forms.other;
  return format(template, { count, ...values });
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * A date or a moment (a Date, or ISO 8601 text like "2026-09-14T09:00:00.000Z") as the language
 * writes it: "14 September 2026", or as Intl.DateTimeFormat's `options` say. Text that is not a
 * date is given back as it is.
 */
export function formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = DAY_MONTH_YEAR): string {
  const moment = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(moment.getTime())) return typeof date === 'string' ? date : '';
  return new Intl.DateTimeFormat(language, options).format(moment);
}

/** The text with its first letter a capital, as the language writes it: a collection's name at the start of a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
