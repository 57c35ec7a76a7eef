/**
 * The files a finished draft makes: the entry's own file (new, or changed with only what changed
 * rewritten), and, for new entries written in place (a new source the entry cites), the list file
 * each joins, with them added at its end. Two entries that go to one list file share it. Loaded
 * with the YAML library when the author asks to finish, not before.
 */
import { saveEntry, type Data, type EntrySource } from './document.ts';
import { kindSpec, type EditorKind } from './kinds.ts';

/** One file to offer: where it goes, its text, and whether it is new to the repository or a change to a file it has. */
export interface OutputFile {
  /** Relative to the project root, like "content/techniques/think-pair-share.mdx". */
  file: string;
  text: string;
  change: 'new' | 'changed';
  /** MDX (rather than YAML), for a download's type. */
  markdown: boolean;
}

export interface DraftFiles {
  kind: EditorKind;
  data: Data;
  body: string;
  /** Where it was opened from; undefined for a new entry. */
  original: EntrySource | undefined;
  /** Its file. */
  file: string;
  /** For a new entry that joins a list file: the file's text now. */
  listText: string | undefined;
  /** New entries in place, each with its list file and that file's text now ("" for none yet). */
  extras: readonly { kind: EditorKind; data: Data; file: string; listText: string }[];
}

export function outputFiles(draft: DraftFiles): OutputFile[] {
  const main: OutputFile = {
    file: draft.file,
    text: saveEntry(draft.kind, { data: draft.data, body: draft.body }, draft.original, draft.listText),
    // A new entry in a list file changes that file; a new entry of its own makes a new one.
    change: draft.original || kindSpec(draft.kind).format === 'yaml-list' ? 'changed' : 'new',
    markdown: kindSpec(draft.kind).format === 'mdx',
  };
  const files = [main];
  for (const extra of draft.extras) {
    const existing = files.find((output) => output.file === extra.file);
    const text = saveEntry(extra.kind, { data: extra.data, body: '' }, undefined, existing?.text ?? extra.listText);
    if (existing) existing.text = text;
    else files.push({ file: extra.file, text, change: extra.listText === '' ? 'new' : 'changed', markdown: false });
  }
  return files;
}
