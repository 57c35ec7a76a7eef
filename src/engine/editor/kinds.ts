/**
 * What the editor can edit: every collection of the playbook, plus playbook.yaml itself. A kind is
 * a view of its collection's definition (collections/define.ts), the one descriptor of a
 * collection: its words, where its files are and how entries sit in them, with the schema the
 * content check uses for it. playbook.yaml, which is no collection, is given the same shape.
 */
import type { z } from 'astro/zod';
import { editor } from '../../strings/index.ts';
import { COLLECTIONS, PLAYBOOK_FILE, definitionOf, playbookSchema, schemaOf, type AnyDefinition, type CollectionFormat, type CollectionName, type Taxonomy } from './engine.ts';

export type EditorKind = CollectionName | 'playbook';

/** The parts of a collection's definition the editor reads. */
type DefinitionView = Readonly<Pick<AnyDefinition, 'path' | 'labels' | 'examplesBody' | 'editorNote' | 'valueLabels'>>;

export interface KindSpec extends DefinitionView {
  kind: EditorKind;
  /** The field an entry's title is in: a collection's `title`, as define.ts has it by default; playbook.yaml's `name`. */
  titleField: string;
  /** The field of its one or two sentences about itself, if it has one. */
  summaryField?: string;
  /** `single` for playbook.yaml: one file that is the whole entry. */
  format: CollectionFormat | 'single';
  /** The schema an entry is checked against: a collection's own, with the fields other collections add to it. */
  schema(taxonomy: Taxonomy): z.ZodType<Record<string, unknown>>;
}

export const PLAYBOOK_KIND: KindSpec = {
  kind: 'playbook',
  titleField: 'name',
  format: 'single',
  labels: { singular: editor.playbookSettingsSingular, plural: editor.playbookSettingsSingular, type: editor.playbookSettingsTitle },
  path: PLAYBOOK_FILE,
  schema: () => playbookSchema,
};

/** A collection's definition, seen as a kind. */
function viewOf(definition: AnyDefinition, kind: CollectionName): KindSpec {
  return { ...definition, kind, titleField: 'title', summaryField: 'summary', schema: (taxonomy) => schemaOf(definition, taxonomy) };
}

export const KINDS: readonly KindSpec[] = [...COLLECTIONS.map((definition) => viewOf(definition, definition.name)), PLAYBOOK_KIND];

export function kindSpec(kind: EditorKind): KindSpec {
  return kind === 'playbook' ? PLAYBOOK_KIND : viewOf(definitionOf(kind), kind);
}

export function isKind(value: string): value is EditorKind {
  return KINDS.some((spec) => spec.kind === value);
}

/**
 * The file an entry lives in, relative to the project root. `contentDir` is the content folder
 * relative to the project root, like "content". For list files and playbook.yaml the id is unused.
 */
export function entryFile(kind: EditorKind, id: string, contentDir = 'content'): string {
  const spec = kindSpec(kind);
  const prefix = contentDir === '' ? '' : `${contentDir.replace(/\/+$/, '')}/`;
  if (spec.format === 'yaml-list' || spec.format === 'single') return `${prefix}${spec.path}`;
  return `${prefix}${spec.path}/${id}.${spec.format === 'mdx' ? 'mdx' : 'yaml'}`;
}

/** Whether an entry's id is its file name (one file an entry), rather than an `id` field. */
export function idIsFileName(kind: EditorKind): boolean {
  const format = kindSpec(kind).format;
  return format === 'mdx' || format === 'yaml';
}
