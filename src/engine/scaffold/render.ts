/**
 * Writes a scaffold as the text of a content file: YAML with each field's description (from the
 * schema) as a comment above it, and the optional fields left out listed at the end, so that the
 * file itself says how to fill it in.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { CollectionFormat } from '../../collections/define.ts';
import { fieldSchema, flattenFields } from './fields.ts';
import type { JsonSchema } from './json-schemas.ts';
import type { Scaffold } from './templates.ts';

/** YAML comment text: each line starts with a space after the "#" the writer adds. */
function comment(lines: readonly string[]): string {
  return lines.map((line) => ` ${line}`).join('\n');
}

function guidance(schema: JsonSchema, path: string, notes: Record<string, string>): string[] {
  const description = fieldSchema(schema, path)?.description;
  return [typeof description === 'string' ? description : '', notes[path] ?? ''].filter((line) => line !== '');
}

/**
 * Adds guidance comments above each field of `node`, a map whose fields sit at `prefix`. In a list
 * of maps only the first item is annotated; the comment for a map's first field goes above the
 * list item's dash.
 */
function annotate(node: unknown, schema: JsonSchema, prefix: string, notes: Record<string, string>, listItem = false): void {
  if (!isMap(node)) return;
  node.items.forEach((pair, index) => {
    if (!isScalar(pair.key)) return;
    const path = `${prefix}${String(pair.key.value)}`;
    const lines = guidance(schema, path, notes);
    if (lines.length > 0) {
      const target: Node = index === 0 && listItem ? node : pair.key;
      target.commentBefore = comment(lines);
    }
    if (isMap(pair.value)) annotate(pair.value, schema, `${path}.`, notes);
    if (isSeq(pair.value) && pair.value.items.length > 0) annotate(pair.value.items[0], schema, `${path}[].`, notes, true);
  });
}

/** The fields the schema allows at the top level and in nested maps that the scaffold leaves out. */
function leftOut(schema: JsonSchema, data: Record<string, unknown>, notes: Record<string, string>): string[] {
  const present = (path: string): boolean => {
    let current: unknown = data;
    for (const part of path.split('.')) {
      const name = part.replace(/\[\]$/, '');
      if (Array.isArray(current)) current = current[0];
      if (!current || typeof current !== 'object' || !(name in current)) return false;
      current = (current as Record<string, unknown>)[name];
    }
    return true;
  };
  const lines: string[] = [];
  for (const field of flattenFields(schema)) {
    if (present(field.path)) continue;
    // A field inside one that is itself left out is covered by its parent's line.
    const parent = field.path.replace(/(\[\])?\.[^.]+$/, '');
    if (parent !== field.path && !present(parent)) continue;
    const note = notes[field.path] ? ` ${notes[field.path]}` : '';
    lines.push(`  ${field.path} (${field.type}): ${field.description}${note}`);
  }
  return lines;
}

function yamlText(value: unknown, schema: JsonSchema, prefix: string, notes: Record<string, string>): string {
  const doc = new Document(value);
  if (isSeq(doc.contents)) annotate(doc.contents.items[0], schema, prefix, notes, true);
  else annotate(doc.contents, schema, prefix, notes);
  return doc.toString({ lineWidth: 0 });
}

export interface RenderOptions {
  format: CollectionFormat;
  /** The JSON Schema of one entry (made from its zod schema). */
  schema: JsonSchema;
  /** The lines of a heading comment, like what the file is and what to do next. */
  heading: readonly string[];
}

/**
 * A new entry's text. For `mdx`, YAML frontmatter and the body; for `yaml`, a whole YAML file; for
 * `yaml-list`, one list item (with its heading) to append to the collection's file.
 */
export function renderScaffold(made: Scaffold, options: RenderOptions): string {
  const optional = leftOut(options.schema, made.data, made.notes);
  const tail = optional.length > 0 ? `${comment(['Optional fields, left out here:', ...optional]).replace(/^/gm, '#')}\n` : '';
  const head = `${comment(options.heading).replace(/^/gm, '#')}\n`;
  if (options.format === 'yaml-list') {
    return `${head}${yamlText([made.data], options.schema, '', made.notes)}${tail}`;
  }
  const fields = yamlText(made.data, options.schema, '', made.notes);
  if (options.format === 'yaml') return `${head}\n${fields}${tail}`;
  return `---\n${head}\n${fields}${tail}---\n\n${made.body ?? ''}`;
}
