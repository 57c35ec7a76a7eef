/**
 * What the build gives the editor. The page itself carries only what does not grow with the
 * playbook (its terms with their labels, the content folder, the repository settings); the rest is
 * in files the editor fetches when it needs them: the JSON Schema of each kind's form (with its
 * editor hints) and the text of each entry's file. The list of entries is built from the content
 * store by its own endpoint (src/pages/editor/entries.json.ts). Runs at build time only, in Node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolder, readContent, readPlaybook } from './engine.node.ts';
import { taxonomyOf, type CollectionName, type Taxonomy } from './engine.ts';
import { toJsonSchema } from '../scaffold/json-schemas.ts';
import { entryFile, kindSpec, type EditorKind } from './kinds.ts';
import { editUrl, type Repository } from '../../lib/editor/repository.ts';
import { openEntry, type EntrySource } from './document.ts';
import type { EditorPageData, KindForm } from './page-data.ts';

export type { EditorIndex, EditorPageData, EntryChoice, KindForm, Term } from './page-data.ts';

/** The content folder relative to the project root, or undefined when it lies outside it. */
function contentDirOf(root: string, folder: string): string | undefined {
  const relative = path.relative(root, folder).split(path.sep).join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative;
}

export function editorPageData(root = process.cwd(), folder = contentFolder()): EditorPageData {
  const playbook = readPlaybook(folder);
  const terms = (list: 'phases' | 'subjects' | 'components') => (playbook?.[list] ?? []).map((term) => ({ id: term.id, label: term.label }));
  return {
    terms: { phases: terms('phases'), subjects: terms('subjects'), components: terms('components') },
    contentDir: contentDirOf(root, folder) ?? 'content',
    repository: playbook?.repository,
  };
}

/** The playbook's taxonomies, which the forms' schemas take their allowed values from. */
export function editorTaxonomy(folder = contentFolder()): Taxonomy {
  const playbook = readPlaybook(folder);
  return playbook ? taxonomyOf(playbook) : { phases: [], subjects: [], components: [] };
}

/** What a kind's form is made from, for this playbook. */
export function kindForm(kind: EditorKind, taxonomy: Taxonomy): KindForm {
  return { schema: toJsonSchema(kindSpec(kind).schema(taxonomy)) };
}

/** The text of every entry's file, for the editor to open: one source an entry, and playbook.yaml. */
export function entrySources(root = process.cwd(), folder = contentFolder()): EntrySource[] {
  const read = readContent(root, folder);
  const texts = new Map<string, string>();
  const text = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFileSync(path.join(root, file), 'utf8'));
    return texts.get(file)!;
  };
  const sources: EntrySource[] = read.entries.map((entry) => ({
    kind: entry.collection,
    id: entry.id,
    file: entry.file,
    text: text(entry.file),
    ...(typeof entry.pathInFile[0] === 'number' ? { index: entry.pathInFile[0] } : {}),
  }));
  if (read.playbook) sources.push({ kind: 'playbook', id: 'playbook', file: read.playbook.file, text: text(read.playbook.file) });
  // Each read here as the editor reads it, so that the browser needs no YAML parser to open one.
  return sources.map((source) => {
    try {
      return { ...source, opened: openEntry(source) };
    } catch {
      return source;
    }
  });
}

/** The "Edit this page" address of an entry in the playbook's `repository`, or undefined when none is set. */
export function editLinkFor(repository: Repository | undefined, collection: CollectionName, id: string, root = process.cwd(), folder = contentFolder()): string | undefined {
  const contentDir = contentDirOf(root, folder);
  if (!repository || contentDir === undefined) return undefined;
  return editUrl(repository, entryFile(collection, id, contentDir));
}
