/**
 * What the build gives the editor page and its "Edit this page" links: the playbook's entries
 * (ids, titles, files, action step ids), its taxonomy with labels, the repository settings, and
 * the text of each entry's file so that it can be opened. Runs at build time only, in Node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolder, readContent, readPlaybook } from './engine.node.ts';
import { COLLECTIONS, stepId, type CollectionName } from './engine.ts';
import { entryFile, type EditorKind } from './kinds.ts';
import { editUrl, type Repository } from '../../lib/editor/repository.ts';
import type { EntrySource } from './document.ts';

export interface EntryChoice {
  kind: EditorKind;
  id: string;
  title: string;
  file: string;
  /** The title of the strand it belongs to, for entries that name one (techniques): choices are listed under it. */
  group?: string;
}

export interface Term {
  id: string;
  label: string;
}

export interface EditorData {
  entries: EntryChoice[];
  techniques: { id: string; title: string; steps: { id: string; title: string }[] }[];
  terms: { phases: Term[]; subjects: Term[]; components: Term[] };
  /** The content folder relative to the project root, like "content". */
  contentDir: string;
  repository: Repository | undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function titleOf(collection: CollectionName, data: Record<string, unknown>, id: string): string {
  if (collection === 'sources') return [data.authors, data.year, data.title].filter(Boolean).join(', ') || id;
  return typeof data.title === 'string' && data.title ? data.title : id;
}

/** The content folder relative to the project root, or undefined when it lies outside it. */
function contentDirOf(root: string, folder: string): string | undefined {
  const relative = path.relative(root, folder).split(path.sep).join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative;
}

export function editorData(root = process.cwd(), folder = contentFolder()): EditorData {
  const read = readContent(root, folder);
  const playbook = readPlaybook(folder);
  // Strands in their reading order (their `order` field), so grouped choices follow it.
  const strands = read.entries
    .filter((entry) => entry.collection === 'strands')
    .map((entry) => ({ id: entry.id, title: titleOf('strands', record(entry.data), entry.id), order: Number(record(entry.data).order ?? 0) }))
    .sort((a, b) => a.order - b.order);
  const strandRank = new Map(strands.map((strand, i) => [strand.title, i]));
  const groupOf = (data: Record<string, unknown>) => (typeof data.strand === 'string' ? strands.find((strand) => strand.id === data.strand)?.title : undefined);
  const entries: EntryChoice[] = read.entries.map((entry) => {
    const group = groupOf(record(entry.data));
    return { kind: entry.collection, id: entry.id, title: titleOf(entry.collection, record(entry.data), entry.id), file: entry.file, ...(group !== undefined ? { group } : {}) };
  });
  const order = new Map(COLLECTIONS.map((spec, i) => [spec.name, i]));
  const rank = (entry: EntryChoice) => (entry.group === undefined ? strands.length : strandRank.get(entry.group)!);
  entries.sort((a, b) => order.get(a.kind as CollectionName)! - order.get(b.kind as CollectionName)! || rank(a) - rank(b) || a.title.localeCompare(b.title));
  const techniques = read.entries
    .filter((entry) => entry.collection === 'techniques')
    .map((entry) => {
      const data = record(entry.data);
      const steps = Array.isArray(data.steps) ? data.steps.map(record).filter((step) => typeof step.title === 'string') : [];
      return { id: entry.id, title: titleOf('techniques', data, entry.id), steps: steps.map((step) => ({ id: stepId(step as { id?: string; title: string }), title: step.title as string })) };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  const terms = (list: 'phases' | 'subjects' | 'components') => (playbook?.[list] ?? []).map((term) => ({ id: term.id, label: term.label }));
  return {
    entries,
    techniques,
    terms: { phases: terms('phases'), subjects: terms('subjects'), components: terms('components') },
    contentDir: contentDirOf(root, folder) ?? 'content',
    repository: playbook?.repository,
  };
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
  return sources;
}

/** The "Edit this page" address of an entry in the playbook's `repository`, or undefined when none is set. */
export function editLinkFor(repository: Repository | undefined, collection: CollectionName, id: string, root = process.cwd(), folder = contentFolder()): string | undefined {
  const contentDir = contentDirOf(root, folder);
  if (!repository || contentDir === undefined) return undefined;
  return editUrl(repository, entryFile(collection, id, contentDir));
}
