/**
 * Problems as the form shows them: each problem the content check reports, with the place in the
 * form it belongs to (a field, by its path of keys; the file name; the body). The error summary
 * links each one to its control and names it in words, and each field shows its own, all from the
 * keys the check gave: the check's formatted field text is only ever shown, never read back.
 */
import type { Problem } from './engine.ts';
import { pathKey, type Path } from './data-paths.ts';
import { labelFor } from './form-schema.ts';
import { editor, format } from '../../strings/index.ts';

/** Where a problem sits in the form. */
export type Place =
  /** A field of the entry's data, by its keys (`['steps', 2, 'title']`). */
  | { at: 'field'; path: Path }
  /** The file name, which is the id of an entry stored one a file. */
  | { at: 'file-name' }
  /** The MDX body, or its worked examples. */
  | { at: 'body' };

export interface FormProblem {
  problem: Problem;
  place: Place;
}

/** The id of the form control for a field, so a problem can link to it: `['steps', 2, 'title']` → "ed-steps-2-title". */
export function fieldDomId(path: readonly (string | number)[]): string {
  return ['ed', ...(path.length === 0 ? ['entry'] : path.map(String))].join('-').replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '');
}

/** The ids of the controls that are not fields of the entry's data. */
export const FILE_NAME_ID = 'ed-file-name';
export const EXAMPLES_ID = 'ed-examples';
export const BODY_ID = 'ed-body';

/** A key for a place, to group problems by it: the same place gives the same key. */
export function placeKey(place: Place): string {
  return place.at === 'field' ? pathKey(place.path) : place.at;
}

/**
 * The control a problem links to: its own field's, or the nearest enclosing field the form shows (a
 * problem in a rubric level that has no box links to its criterion). `exists` says whether the page
 * has a control with an id.
 */
export function linkTargetFor(place: Place, exists: (id: string) => boolean, fallback: string): string {
  if (place.at === 'file-name') return FILE_NAME_ID;
  if (place.at === 'body') return exists(EXAMPLES_ID) ? EXAMPLES_ID : BODY_ID;
  for (let length = place.path.length; length > 0; length--) {
    const id = fieldDomId(place.path.slice(0, length));
    if (exists(id)) return id;
  }
  return fallback;
}

/**
 * Where a problem is, in words for the error summary: "Steps, item 3, title". A body problem keeps
 * the check's own place (its line, its worked example), as it is shown and never read.
 */
export function placeWords({ problem, place }: FormProblem): string {
  if (place.at === 'file-name') return editor.fileNameField;
  if (place.at === 'body' || place.path.length === 0) return problem.field.charAt(0).toUpperCase() + problem.field.slice(1);
  return place.path
    .map((key, i) => {
      if (typeof key === 'number') return format(editor.fieldItem, { number: key + 1 });
      const label = labelFor(key);
      return i === 0 ? label : label.toLowerCase();
    })
    .join(', ');
}

/** A place's position in the form: the file name first, then the schema's fields in order, then the body. */
export function formOrder(place: Place, topLevel: readonly string[]): number {
  if (place.at === 'file-name') return -1;
  if (place.at === 'body') return topLevel.length + 1;
  const first = place.path[0];
  const at = typeof first === 'string' ? topLevel.indexOf(first) : -1;
  return at === -1 ? topLevel.length : at;
}

/** Problems grouped by the place they sit, for each control to find its own. */
export function byPlace(problems: readonly FormProblem[]): Map<string, FormProblem[]> {
  const map = new Map<string, FormProblem[]>();
  for (const item of problems) {
    const key = placeKey(item.place);
    map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

/** Orders two paths key by key: list positions by number, field names alphabetically, a shorter path first. */
function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return a.length - b.length;
}

/**
 * Problems in the order of the form, as GOV.UK's error summary lists them: the file name, the
 * schema's fields in order (`topLevel`), then the body; within a field by path, and in the body in
 * the order the check found them.
 */
export function inFormOrder(problems: readonly FormProblem[], topLevel: readonly string[]): FormProblem[] {
  return [...problems].sort((a, b) => {
    const order = formOrder(a.place, topLevel) - formOrder(b.place, topLevel);
    if (order !== 0) return order;
    // The sort keeps the order problems came in where it finds no difference (the body check's, by line).
    return a.place.at === 'field' && b.place.at === 'field' ? comparePaths(a.place.path, b.place.path) : 0;
  });
}
