/**
 * Reading a JSON Schema (made from a collection's zod schema, hints and all) for the editor's form:
 * what control each field gets, its label and help, and putting data back in the schema's field
 * order. What a field's type does not say (long text, a reference and into which collection, a
 * year, one text per level, an action step of the technique a step names) the schema says in its
 * `editor` hint (src/schemas/editor-hints.ts); this module reads only the schema, never a field's
 * or a collection's name. Pure functions over plain data.
 */
import { EDITOR_HINT_KEYWORD, ID_PATTERN, isCollectionName, type CollectionName, type EditorHint, type JsonSchema } from './engine.ts';
import { editor, fields, format } from '../../strings/index.ts';

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

/** Whether a field is an id of the entry's own making (a step's id), which names nothing a reader sees. */
export function isOwnId(schema: JsonSchema): boolean {
  return controlFor(schema).kind === 'text' && schema.pattern === ID_PATTERN.source;
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

/** The help under a field: its documented description, with its default when that does not say it. */
export function helpFor(schema: JsonSchema): string {
  const description = typeof schema.description === 'string' ? schema.description : '';
  if (schema.default === undefined || /default/i.test(description)) return description;
  const value = schema.default;
  const shown = Array.isArray(value) ? (value.length === 0 ? editor.defaultNone : value.join(', ')) : value === '' ? editor.defaultNone : JSON.stringify(value);
  const text = format(editor.defaultIs, { value: shown });
  return description ? `${description} ${text}` : text;
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
