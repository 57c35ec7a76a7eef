/**
 * Reading a JSON Schema (made from a collection's zod schema, hints and all) for the editor's form:
 * what control each field gets, its label and help, and putting data back in the schema's field
 * order. What a field's type does not say (long text, a reference and into which collection, a
 * year, one text per level, an action step of the technique a step names) the schema says in its
 * `editor` hint (src/schemas/editor-hints.ts); this module reads only the schema, never a field's
 * or a collection's name. Pure functions over plain data.
 */
import { EDITOR_HINT_KEYWORD, EDITOR_MORE_KEYWORD, ID_PATTERN, isCollectionName, type CollectionName, type EditorHint, type JsonSchema } from './engine.ts';
import { editor, fields, format, formatPlural } from '../../strings/index.ts';

export type Control =
  | { kind: 'text'; long: boolean }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: string[] }
  | { kind: 'choices'; values: string[] }
  | { kind: 'year' }
  /** The id of an entry of `collection`. */
  | { kind: 'reference'; collection: CollectionName }
  /** The id of an item of `list` in the entry the sibling field `entry` names. */
  | { kind: 'part'; entry: string; list: string }
  /** One `value` for each item of the entry's top-level `list`, keyed by the item's id. */
  | { kind: 'per-item'; list: string; value: JsonSchema }
  | { kind: 'list'; item: JsonSchema }
  | { kind: 'group'; properties: [string, JsonSchema][]; required: string[] }
  | { kind: 'none' };

function asSchema(value: unknown): JsonSchema {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : {};
}

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A field's editor hint, read from its JSON Schema; undefined when it has none, or one this editor does not know. */
export function hintOf(schema: JsonSchema): EditorHint | undefined {
  const hint = asSchema(schema[EDITOR_HINT_KEYWORD]);
  switch (hint.control) {
    case 'long-text':
    case 'year':
      return { control: hint.control };
    case 'reference':
      return text(hint.collection) ? { control: 'reference', collection: hint.collection } : undefined;
    case 'part':
      return text(hint.entry) && text(hint.list) ? { control: 'part', entry: hint.entry, list: hint.list } : undefined;
    case 'per-item':
      return text(hint.list) ? { control: 'per-item', list: hint.list } : undefined;
    default:
      return undefined;
  }
}

/** The control a hint asks for, where the field's schema fits it. */
function hintedControl(schema: JsonSchema, hint: EditorHint | undefined): Control | undefined {
  switch (hint?.control) {
    case 'year':
      return { kind: 'year' };
    case 'reference':
      return isCollectionName(hint.collection) ? { kind: 'reference', collection: hint.collection } : undefined;
    case 'part':
      return { kind: 'part', entry: hint.entry, list: hint.list };
    case 'per-item':
      return schema.additionalProperties && typeof schema.additionalProperties === 'object' ? { kind: 'per-item', list: hint.list, value: asSchema(schema.additionalProperties) } : undefined;
    default:
      return undefined;
  }
}

/** The control a field gets, from its JSON Schema and its hint. */
export function controlFor(schema: JsonSchema): Control {
  const hint = hintOf(schema);
  const hinted = hintedControl(schema, hint);
  if (hinted) return hinted;
  if (Array.isArray(schema.enum)) return { kind: 'choice', values: schema.enum.map(String) };
  if (schema.not !== undefined) return { kind: 'none' };
  switch (schema.type) {
    case 'string':
      return { kind: 'text', long: hint?.control === 'long-text' };
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
    case 'object':
      if (schema.properties) {
        return { kind: 'group', properties: Object.entries(asSchema(schema.properties)).map(([name, value]) => [name, asSchema(value)]), required: (schema.required as string[] | undefined) ?? [] };
      }
      return { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** The JSON Schema of the field at `path` (`['steps', 2, 'title']`), or undefined where the schema has no such field. */
export function schemaAt(schema: JsonSchema, path: readonly (string | number)[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const control = controlFor(current);
    if (typeof key === 'number') current = control.kind === 'list' ? control.item : control.kind === 'choices' ? asSchema(current.items) : undefined;
    else if (control.kind === 'group') current = control.properties.find(([name]) => name === key)?.[1];
    else if (control.kind === 'per-item') current = control.value;
    else current = undefined;
  }
  return current;
}

/** Whether a field is an id of the entry's own making (a step's id), which names nothing a reader sees. */
export function isOwnId(schema: JsonSchema): boolean {
  return controlFor(schema).kind === 'text' && schema.pattern === ID_PATTERN.source;
}

/**
 * Whether the form puts a field under "More options": one the schema marks as seldom needed (a
 * review date), or an id that is made from the title when it is left alone (an optional id of a
 * list item, or the id of an entry in a list file, which the form fills in from its title).
 */
export function isMoreOption(schema: JsonSchema, required: boolean, topLevel: boolean): boolean {
  return schema[EDITOR_MORE_KEYWORD] === true || (isOwnId(schema) && (!required || topLevel));
}

/** A group's fields split in two: those the form shows, and those under "More options". */
export function splitMoreOptions(properties: readonly [string, JsonSchema][], required: readonly string[], topLevel: boolean): { main: [string, JsonSchema][]; more: [string, JsonSchema][] } {
  const more = properties.filter(([name, schema]) => isMoreOption(schema, required.includes(name), topLevel));
  return { main: properties.filter((property) => !more.includes(property)), more };
}

/** The first field a group shows (not one under "More options"): where focus goes when the group or a list item of it is added. */
export function firstShownField(control: Control & { kind: 'group' }): string | undefined {
  const { main, more } = splitMoreOptions(control.properties, control.required, false);
  return (main[0] ?? more[0])?.[0];
}

/** The collection whose entry a `part` field's sibling names: that sibling must be a reference. */
export function partTarget(siblings: readonly [string, JsonSchema][], control: { entry: string }): CollectionName | undefined {
  const sibling = siblings.find(([name]) => name === control.entry)?.[1];
  const siblingControl = sibling ? controlFor(sibling) : undefined;
  return siblingControl?.kind === 'reference' ? siblingControl.collection : undefined;
}

/** An entry that a `part` field of the data names (a technique whose action steps a sequence step may name). */
export interface NamedEntry {
  collection: CollectionName;
  id: string;
}

/**
 * Every entry whose parts the data's `part` fields may name, found by walking the schema along the
 * data: the entries the editor must read to offer those parts and check them.
 */
export function entriesWithParts(schema: JsonSchema, value: unknown, found: NamedEntry[] = []): NamedEntry[] {
  const control = controlFor(schema);
  if (control.kind === 'list' && Array.isArray(value)) for (const item of value) entriesWithParts(control.item, item, found);
  if (control.kind === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
    const data = value as Record<string, unknown>;
    for (const [name, field] of control.properties) {
      const fieldControl = controlFor(field);
      const id = fieldControl.kind === 'part' ? data[fieldControl.entry] : undefined;
      const collection = fieldControl.kind === 'part' ? partTarget(control.properties, fieldControl) : undefined;
      if (collection && typeof id === 'string' && id !== '' && !found.some((entry) => entry.collection === collection && entry.id === id)) found.push({ collection, id });
      entriesWithParts(field, data[name], found);
    }
  }
  return found;
}

const LABELS: Record<string, string | { other: string }> = fields;

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

/** A number a schema gives as a limit, where it is one a reader would be told (not "any safe integer"). */
function limit(value: unknown): number | undefined {
  return typeof value === 'number' && Math.abs(value) < 1e9 ? value : undefined;
}

/** The limits of a list or a number, in words: "From 3 to 7.", "At least one.", "A whole number from 1 to 52.". */
function limitsText(schema: JsonSchema): string {
  if (schema.type === 'array') {
    const min = limit(schema.minItems);
    const max = limit(schema.maxItems);
    if (min !== undefined && max !== undefined) return format(editor.hintBetween, { min, max });
    return min !== undefined && min > 0 ? formatPlural(editor.hintAtLeast, min) : '';
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = limit(schema.minimum);
    const max = limit(schema.maximum);
    const whole = schema.type === 'integer';
    if (min !== undefined && max !== undefined) return format(whole ? editor.hintWholeNumberBetween : editor.hintNumberBetween, { min, max });
    if (min !== undefined) return format(whole ? editor.hintWholeNumberAtLeast : editor.hintNumberAtLeast, { min });
    return whole ? editor.hintWholeNumber : '';
  }
  return '';
}

/**
 * The hint under a field, in a reader's words: from the strings table's `fields` area, as
 * `<parent><Key>Hint` (a field named in the field that holds it: `evidenceNoteHint`) or
 * `<key>Hint`, followed by the limits its schema sets. None where the table has none: the label
 * says enough. (A schema's own description is for authors of files, with its file names; it is
 * not shown here.)
 */
export function hintFor(path: readonly (string | number)[], schema: JsonSchema): string {
  const key = path.at(-1);
  const parent = path.slice(0, -1).findLast((part): part is string => typeof part === 'string');
  const names = typeof key === 'string' ? [...(parent ? [`${parent}${key.charAt(0).toUpperCase()}${key.slice(1)}Hint`] : []), `${key}Hint`] : [];
  const found = names.map((name) => (Object.hasOwn(LABELS, name) ? LABELS[name] : undefined)).find((value) => value !== undefined);
  const own = found === undefined ? '' : typeof found === 'string' ? found : found.other;
  return [own, limitsText(schema)].filter(Boolean).join(' ');
}

/** An entry's data with its fields in the order the schema lists them (see inSchemaOrder). */
export function dataInSchemaOrder(data: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  const ordered = inSchemaOrder(data, schema);
  return ordered && typeof ordered === 'object' && !Array.isArray(ordered) ? Object.fromEntries(Object.entries(ordered)) : data;
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

/**
 * Every field name a JSON Schema has, at any depth, and whether that field is a list the form adds
 * items to (its items have a name of their own, `<key>Item` in the strings table's `fields` area).
 */
export function fieldKeysOf(schema: JsonSchema, found = new Map<string, { list: boolean }>()): Map<string, { list: boolean }> {
  const visit = (value: JsonSchema) => fieldKeysOf(value, found);
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [name, value] of Object.entries(schema.properties as Record<string, unknown>)) {
      const field = asSchema(value);
      const list = controlFor(field).kind === 'list';
      found.set(name, { list: list || (found.get(name)?.list ?? false) });
      visit(field);
    }
  }
  if (schema.items && typeof schema.items === 'object') visit(asSchema(schema.items));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(asSchema(schema.additionalProperties));
  for (const part of [schema.anyOf, schema.oneOf, schema.allOf]) if (Array.isArray(part)) part.forEach((item) => visit(asSchema(item)));
  return found;
}
