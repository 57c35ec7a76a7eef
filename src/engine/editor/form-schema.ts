/**
 * Reading a JSON Schema (made from a collection's zod schema) for the editor's form: what control
 * each field gets, its label and help, which fields name other entries, and putting data back in
 * the schema's field order. Pure functions over plain data.
 */
import { formatPath, isCollectionName, referencesFrom, type CollectionName, type JsonSchema } from './engine.ts';
import type { EditorKind } from './kinds.ts';
import { editor, fields, format } from '../../strings/index.ts';

export type Path = (string | number)[];

export type Control =
  | { kind: 'text'; long: boolean }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: string[] }
  | { kind: 'choices'; values: string[] }
  | { kind: 'year' }
  | { kind: 'list'; item: JsonSchema }
  | { kind: 'group'; properties: [string, JsonSchema][]; required: string[] }
  | { kind: 'record'; value: JsonSchema }
  | { kind: 'none' };

function asSchema(value: unknown): JsonSchema {
  return value && typeof value === 'object' ? (value as JsonSchema) : {};
}

/**
 * What one item of a list field is called, in lower case ("look-for", "step"): `<key>Item` in the
 * `fields` area, or else the label made singular.
 */
export function itemNounFor(key: string | undefined, label: string): string {
  const noun = key !== undefined && Object.hasOwn(LABELS, `${key}Item`) ? LABELS[`${key}Item`] : undefined;
  if (noun !== undefined) return typeof noun === 'string' ? noun : noun.other;
  const lower = label.toLowerCase();
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Fields whose text runs to sentences, shown as several lines. */
const LONG_TEXT = new Set(['summary', 'detail', 'description', 'note', 'notes', 'script', 'setup', 'evidencePrompt', 'context', 'figure']);

/** The control a field gets, from its JSON Schema. `key` is the field's name (or undefined for list items). */
export function controlFor(schema: JsonSchema, key?: string | number): Control {
  if (Array.isArray(schema.enum)) return { kind: 'choice', values: schema.enum.map(String) };
  if (Array.isArray(schema.anyOf)) return { kind: 'year' };
  if (schema.not !== undefined) return { kind: 'none' };
  switch (schema.type) {
    case 'string':
      return { kind: 'text', long: typeof key === 'number' || (typeof key === 'string' && LONG_TEXT.has(key)) };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: schema.type === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const item = asSchema(schema.items);
      if (Array.isArray(item.enum)) return { kind: 'choices', values: item.enum.map(String) };
      return { kind: 'list', item };
    }
    case 'object': {
      if (schema.properties) {
        return { kind: 'group', properties: Object.entries(asSchema(schema.properties)).map(([name, value]) => [name, asSchema(value)]), required: (schema.required as string[] | undefined) ?? [] };
      }
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') return { kind: 'record', value: asSchema(schema.additionalProperties) };
      return { kind: 'none' };
    }
    default:
      return { kind: 'none' };
  }
}

const LABELS: Record<string, string | { other: string }> = fields;

/**
 * A field's label, from the strings table's `fields` area by its name (`lookFors` → "Look-fors");
 * a name the table lacks is made into words (`groupSize` → "Group size").
 */
export function labelFor(key: string): string {
  const label = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
  if (label !== undefined) return typeof label === 'string' ? label : label.other;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The help under a field: its documented description, with its default when that does not say it. */
export function helpFor(schema: JsonSchema): string {
  const description = typeof schema.description === 'string' ? schema.description : '';
  if (schema.default === undefined || /default/i.test(description)) return description;
  const value = schema.default;
  const shown = Array.isArray(value) ? (value.length === 0 ? editor.defaultNone : value.join(', ')) : value === '' ? editor.defaultNone : JSON.stringify(value);
  const text = format(editor.defaultIs, { value: shown });
  return description ? `${description} ${text}` : text;
}

/** The id of the form control for a field, so a problem can link to it. */
export function fieldDomId(path: Path): string {
  return domIdForField(formatPath(path, 'entry'));
}

/** The id of the control for a field as the content check names it: "steps[2].title" → "ed-steps-2-title". */
export function domIdForField(field: string): string {
  return `ed-${field.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Fields the check names that are not fields of the form's data. */
export const FILE_NAME_FIELD = '(the file name)';

/**
 * The control a problem links to: its own field's, or the nearest enclosing field the form shows
 * (a problem in `criteria[0].descriptors.secure` links to that criterion when the level has no box).
 * `exists` says whether the page has a control with an id.
 */
export function linkTargetFor(field: string, exists: (id: string) => boolean, fallback: string): string {
  if (field === FILE_NAME_FIELD) return 'ed-file-name';
  if (field.startsWith('body')) return exists('ed-examples') ? 'ed-examples' : 'ed-body';
  let current = field;
  while (current) {
    const id = domIdForField(current);
    if (exists(id)) return id;
    const shorter = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === current) break;
    current = shorter;
  }
  return fallback;
}

/** A path with list positions replaced by "*", to look fields up in tables: "steps/*\/technique". */
export function pathPattern(path: Path): string {
  return path.map((key) => (typeof key === 'number' ? '*' : key)).join('/');
}

/** Data with every field the schema names filled in, each string unique, to find where references sit. */
function probe(schema: JsonSchema, counter: { n: number }): unknown {
  const control = controlFor(schema);
  switch (control.kind) {
    case 'group':
      return Object.fromEntries(control.properties.map(([name, value]) => [name, probe(value, counter)]));
    case 'list':
      return [probe(control.item, counter)];
    case 'choices':
      return [control.values[0]];
    case 'choice':
      return control.values[0];
    case 'number':
    case 'year':
      return 1;
    case 'text':
      return `probe-${++counter.n}`;
    case 'record':
      return {};
    default:
      return undefined;
  }
}

/**
 * Which fields of a collection name another entry, and of which collection, found by asking the
 * content check's own reference table (links.ts) about an entry with every field filled in.
 * Keys are path patterns ("evidence/*\/source").
 */
export function referenceFields(kind: EditorKind, schema: JsonSchema): Map<string, CollectionName> {
  const found = new Map<string, CollectionName>();
  if (kind === 'playbook') return found;
  try {
    const data = probe(schema, { n: 0 });
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return found;
    for (const reference of referencesFrom({ collection: kind, id: 'probe', data: Object.fromEntries(Object.entries(data)) })) {
      if (isCollectionName(reference.target)) found.set(pathPattern(reference.path), reference.target);
    }
  } catch {
    // A shape the probe cannot fill: those fields are edited as plain text.
  }
  return found;
}

/** Puts data's fields in the order the schema lists them (the order files are written in), recursively. */
export function inSchemaOrder(value: unknown, schema: JsonSchema): unknown {
  const control = controlFor(schema);
  if (control.kind === 'list' && Array.isArray(value)) return value.map((item) => inSchemaOrder(item, control.item));
  if (control.kind === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
    const data = value as Record<string, unknown>;
    const ordered: Record<string, unknown> = {};
    for (const [name, field] of control.properties) if (Object.hasOwn(data, name)) ordered[name] = inSchemaOrder(data[name], field);
    for (const [name, field] of Object.entries(data)) if (!Object.hasOwn(ordered, name)) ordered[name] = field;
    return ordered;
  }
  return value;
}

/** A copy of data with the value at a path set; `undefined` removes the field (an empty optional). */
export function setAt(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(data) ? [...data] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const object = data && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : {};
  const next = setAt(object[head!], rest, value);
  if (next === undefined) delete object[head!];
  else object[head!] = next;
  return object;
}

/** The value at a path, or undefined. */
export function getAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Moves a list item from one position to another. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * A field as the content check names it ("steps[2].title"), in words for the problem summary:
 * "Steps, item 3, title". For display only; links use the field as it is (see linkTargetFor).
 */
export function fieldWords(field: string): string {
  if (field === FILE_NAME_FIELD) return editor.fileNameField;
  if (!/^[A-Za-z]/.test(field) || field.startsWith('body')) return field.charAt(0).toUpperCase() + field.slice(1);
  const parts = field.match(/[^.[\]]+|\[\d+\]/g) ?? [field];
  return parts
    .map((part, i) => {
      const index = /^\[(\d+)\]$/.exec(part);
      if (index) return format(editor.fieldItem, { number: Number(index[1]) + 1 });
      const label = labelFor(part);
      return i === 0 ? label : label.toLowerCase();
    })
    .join(', ');
}

/** Sorts problems in the order their fields appear in the form: file name, the schema's fields, then the body. */
export function formOrder(field: string, topLevel: readonly string[]): number {
  if (field === FILE_NAME_FIELD) return -1;
  if (field.startsWith('body')) return topLevel.length + 1;
  const first = /^[^.[]+/.exec(field)?.[0] ?? '';
  const at = topLevel.indexOf(first);
  return at === -1 ? topLevel.length : at;
}

/**
 * Every field name a JSON Schema has, at any depth, and whether that field is a list the form adds
 * items to (its items have a name of their own, `<key>Item` in the strings table's `fields` area).
 */
export function fieldKeysOf(schema: JsonSchema, found = new Map<string, { list: boolean }>()): Map<string, { list: boolean }> {
  const visit = (value: JsonSchema) => fieldKeysOf(value, found);
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [name, value] of Object.entries(schema.properties as Record<string, unknown>)) {
      const field = asSchema(value);
      const list = controlFor(field, name).kind === 'list';
      found.set(name, { list: list || (found.get(name)?.list ?? false) });
      visit(field);
    }
  }
  if (schema.items && typeof schema.items === 'object') visit(asSchema(schema.items));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(asSchema(schema.additionalProperties));
  for (const part of [schema.anyOf, schema.oneOf, schema.allOf]) if (Array.isArray(part)) part.forEach((item) => visit(asSchema(item)));
  return found;
}
