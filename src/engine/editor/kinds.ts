/**
 * What the editor can edit: every collection of the playbook, plus playbook.yaml itself. A kind
 * says where its file lives, how entries sit in it, and which schema checks an entry.
 */
import type { z } from 'astro/zod';
import { editor } from '../../strings/index.ts';
import { COLLECTIONS, PLAYBOOK_FILE, collectionSpec, playbookSchema, type CollectionFormat, type CollectionName, type CollectionSpec, type Taxonomy } from './engine.ts';

export type EditorKind = CollectionName | 'playbook';

export interface KindSpec {
  kind: EditorKind;
  /** `single` for playbook.yaml: one file that is the whole entry. */
  format: CollectionFormat | 'single';
  singular: string;
  plural: string;
  /** Folder (mdx, yaml) or file (yaml-list, single), relative to the content folder. */
  path: string;
  /** The URL segment of its pages; none for playbook.yaml. */
  route?: string;
  /** Its MDX body is worked examples, edited one by one. */
  examplesBody: boolean;
  /** The preview's line about a draft, if the collection gives one. */
  note?(data: Record<string, unknown>): string;
  schema: (taxonomy: Taxonomy) => z.ZodType<Record<string, unknown>>;
}

export const PLAYBOOK_KIND: KindSpec = {
  kind: 'playbook',
  format: 'single',
  singular: editor.playbookSettingsSingular,
  plural: editor.playbookSettingsSingular,
  path: PLAYBOOK_FILE,
  examplesBody: false,
  schema: () => playbookSchema,
};

function specOf(spec: CollectionSpec): KindSpec {
  const { name, format, singular, plural, path, route, examplesBody, note, schema } = spec;
  return { kind: name, format, singular, plural, path, route, examplesBody, ...(note ? { note } : {}), schema };
}

export const KINDS: readonly KindSpec[] = [
  ...COLLECTIONS.map(specOf),
  PLAYBOOK_KIND,
];

export function kindSpec(kind: EditorKind): KindSpec {
  return kind === 'playbook' ? PLAYBOOK_KIND : specOf(collectionSpec(kind));
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
