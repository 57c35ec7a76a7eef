/**
 * Keeping the editor's work in the browser as it is typed, through the project's storage
 * (../storage/store.ts): a reload or a closed tab loses nothing, and a draft that cannot be read is
 * set aside under a backup key, never dropped. Stored as `{ version: 1, savedAt, draft }`.
 */
import { z } from 'astro/zod';
import type { DocCodec } from '../../lib/storage/store.ts';
import { readVersioned, type VersionedFormat } from '../../lib/storage/versioned.ts';
import { PARSE_OPTIONS } from '../../lib/storage/issues.ts';
import { isKind, type EditorKind } from './kinds.ts';
import type { EntrySource, Data } from './document.ts';
import type { WorkedExample } from '../../lib/editor/examples.ts';

/** A new entry of another kind written in place and proposed with the draft (a new source that an item of its evidence cites). */
export interface NewEntryInPlace {
  /** Tells new entries apart while they have no id yet. */
  key: string;
  kind: EditorKind;
  data: Data;
  /** Whether the author typed its id, so it no longer follows its title. */
  idEdited: boolean;
  /** The field of the draft that names it, where it was started (data-paths.ts's pathKey). */
  at: string;
}

export interface EditorDraft {
  kind: EditorKind;
  /** The id it will be saved under (the file name for one-file-an-entry kinds). */
  id: string;
  /** Whether the user typed the id, so it no longer follows the title. */
  idEdited: boolean;
  data: Data;
  /** The MDX body, when it is edited as Markdown. */
  body: string;
  /** A technique's worked examples, when its body is edited as them; null otherwise. */
  examples: WorkedExample[] | null;
  /** Where it was opened from; null for a new entry. */
  original: EntrySource | null;
  /** New entries of other kinds written in place, proposed with it. */
  extras: NewEntryInPlace[];
}

export interface SavedEditorDraft {
  version: 1;
  savedAt: string;
  draft: EditorDraft | null;
}

const exampleSchema = z.object({ phase: z.string(), subject: z.string(), title: z.string(), text: z.string() });
const kind = z.custom<EditorKind>((value) => typeof value === 'string' && isKind(value), 'a kind of entry the editor knows');
const sourceSchema = z.object({ kind, id: z.string(), file: z.string(), text: z.string(), index: z.number().int().min(0).optional() });

const draftSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  draft: z
    .object({
      kind,
      id: z.string(),
      idEdited: z.boolean(),
      data: z.record(z.string(), z.unknown()),
      body: z.string(),
      examples: z.array(exampleSchema).nullable(),
      original: sourceSchema.nullable(),
      // Drafts kept before new entries in place had none.
      extras: z.array(z.object({ key: z.string(), kind: z.string().refine(isKind), data: z.record(z.string(), z.unknown()), idEdited: z.boolean(), at: z.string() })).default([]),
    })
    .nullable(),
});

const format: VersionedFormat<SavedEditorDraft> = { current: 1, parse: (value) => draftSchema.safeParse(value, PARSE_OPTIONS), older: {} };

export { editorDraftKey } from '../../lib/editor/draft-keys.ts';

export const editorDraftCodec: DocCodec<SavedEditorDraft> = {
  read: (value) => readVersioned(value, format),
  empty: () => ({ version: 1, savedAt: '', draft: null }),
};
