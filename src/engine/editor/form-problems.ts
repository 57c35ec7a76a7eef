/**
 * Problems as the form shows them: each problem the content check reports, with the place in the
 * form it belongs to (a field, by its path of keys; the file name; the body, or one field of one of
 * its worked examples). The error summary links each one to its control, and each field shows its
 * own, all from the keys the check gave (the words are problem-words.ts's): the check's formatted
 * field text is never read back.
 */
import type { JsonSchema, Problem } from './engine.ts';
import { pathKey, type Path } from './data-paths.ts';
import { controlFor, splitMoreOptions } from './form-schema.ts';
import { idIsFileName, type EditorKind } from './kinds.ts';

/** Where a problem sits in the form. */
export type Place =
  /** A field of the entry's data, by its keys (`['steps', 2, 'title']`). */
  | { at: 'field'; path: Path }
  /** The file name, which is the id of an entry stored one a file. */
  | { at: 'file-name' }
  /** The MDX body; where it is edited as worked examples, one field (`attribute`, or its text) of one example (from 0). */
  | { at: 'body'; example?: number; attribute?: ExampleField };

/** A worked example's fields, as the form shows them. */
export type ExampleField = 'phase' | 'subject' | 'title' | 'text';

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

/** The control of one field of a worked example. */
export function exampleFieldId(index: number, field: ExampleField): string {
  return `${EXAMPLES_ID}-${index}-${field}`;
}

/** A key for a place, to group problems by it: the same place gives the same key. */
export function placeKey(place: Place): string {
  if (place.at === 'field') return pathKey(place.path);
  if (place.at === 'body' && place.example !== undefined) return `body:${place.example}:${place.attribute ?? 'text'}`;
  return place.at;
}

/**
 * The control a problem links to: its own field's, or the nearest enclosing field the form shows (a
 * problem in a rubric level that has no box links to its criterion). `exists` says whether the page
 * has a control with an id.
 */
export function linkTargetFor(place: Place, exists: (id: string) => boolean, fallback: string): string {
  if (place.at === 'file-name') return FILE_NAME_ID;
  if (place.at === 'body') {
    const field = place.example === undefined ? undefined : exampleFieldId(place.example, place.attribute ?? 'text');
    return field && exists(field) ? field : exists(EXAMPLES_ID) ? EXAMPLES_ID : BODY_ID;
  }
  for (let length = place.path.length; length > 0; length--) {
    const id = fieldDomId(place.path.slice(0, length));
    if (exists(id)) return id;
  }
  return fallback;
}

/** The names the form's order gives the body and the file name, beside its fields' names (see inFormOrder). */
export const BODY_KEY = '#body';
export const FILE_NAME_KEY = '#file-name';

/** The top-level places of a kind's form in the order it shows them: its fields, the body, then what is under "More options" (the short name first). */
export function formPlaces(schema: JsonSchema, kind: EditorKind): string[] {
  const root = controlFor(schema);
  if (root.kind !== 'group') return [BODY_KEY];
  const { main, more } = splitMoreOptions(root.properties, root.required, true);
  return [...main.map(([name]) => name), BODY_KEY, ...(idIsFileName(kind) ? [FILE_NAME_KEY] : []), ...more.map(([name]) => name)];
}

/** A place's position in the form, by the first key of its path (or BODY_KEY, FILE_NAME_KEY) in `order`; places not in it last. */
export function formOrder(place: Place, order: readonly string[]): number {
  const first = place.at === 'field' ? place.path[0] : place.at === 'body' ? BODY_KEY : FILE_NAME_KEY;
  const at = typeof first === 'string' ? order.indexOf(first) : -1;
  return at === -1 ? order.length : at;
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
 * Problems in the order of the form, as GOV.UK's error summary lists them: by the place of their
 * first key in `order` (the top-level fields as the form shows them, with BODY_KEY and
 * FILE_NAME_KEY where the body and the file name are); within a field by path, in the body by
 * worked example, and otherwise in the order the check found them.
 */
export function inFormOrder(problems: readonly FormProblem[], order: readonly string[]): FormProblem[] {
  return [...problems].sort((a, b) => {
    const first = formOrder(a.place, order) - formOrder(b.place, order);
    if (first !== 0) return first;
    if (a.place.at === 'field' && b.place.at === 'field') return comparePaths(a.place.path, b.place.path);
    // The sort keeps the order problems came in where it finds no difference (the body check's, by line).
    return a.place.at === 'body' && b.place.at === 'body' ? (a.place.example ?? -1) - (b.place.example ?? -1) : 0;
  });
}
