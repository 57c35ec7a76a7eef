/**
 * Bringing over the drafts that the retired sequence builder kept in this browser, so that nobody
 * loses a half-built sequence now that the sequence page hosts the editor's sequence form. The old
 * builder saved `{ version: 1, savedAt, draft }` under `playbook:<base>:sequence-builder:draft`,
 * with every step's weeks as the text typed. It is read once, turned into an editor draft, saved
 * under the editor's key and only then removed. An unreadable one is set aside under a backup key
 * by the project's storage (../storage/store.ts), with a notice, never dropped.
 */
import { z } from 'astro/zod';
import { loadDoc, updateDoc, type DocCodec, type StorageLike, type StoreNotice } from '../../lib/storage/store.ts';
import { readVersioned, type VersionedFormat } from '../../lib/storage/versioned.ts';
import { PARSE_OPTIONS } from '../../lib/storage/issues.ts';
import { editorDraftCodec, type EditorDraft } from './draft.ts';
import { oldBuilderDraftKey } from '../../lib/editor/draft-keys.ts';
import { slugify } from './engine.ts';
import type { EditorKind } from './kinds.ts';
import type { Data, EntrySource } from './document.ts';

/** The old builder's draft, exactly as it stored it. */
const oldDraftSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  draft: z.object({
    id: z.string(),
    title: z.string(),
    audience: z.string(),
    summary: z.string(),
    steps: z.array(z.object({ key: z.string(), technique: z.string(), step: z.string(), weeks: z.string(), notes: z.string() })),
  }),
});

export type OldBuilderDraft = z.infer<typeof oldDraftSchema>;

const format: VersionedFormat<OldBuilderDraft> = { current: 1, parse: (value) => oldDraftSchema.safeParse(value, PARSE_OPTIONS), older: {} };

const oldCodec: DocCodec<OldBuilderDraft | null> = {
  read: (value) => readVersioned(value, format),
  empty: () => null,
};

export { oldBuilderDraftKey } from '../../lib/editor/draft-keys.ts';

/** Weeks as typed, as the file holds them: a number where it is one, otherwise the text (which the check then reports). */
function weeksValue(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

function given(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** The old draft as an editor draft of `kind` (the sequences', whose page hosted the builder), or null when it holds nothing worth keeping. */
export function editorDraftFromOld(old: OldBuilderDraft['draft'], kind: EditorKind): EditorDraft | null {
  const hasWork = old.steps.length > 0 || [old.id, old.title, old.audience, old.summary].some((value) => value.trim() !== '');
  if (!hasWork) return null;
  const data: Record<string, unknown> = {};
  const top = { title: old.title, audience: old.audience, summary: old.summary };
  for (const [name, value] of Object.entries(top)) if (given(value) !== undefined) data[name] = value;
  if (old.steps.length > 0) {
    data.steps = old.steps.map((step) => {
      const item: Record<string, unknown> = {};
      if (given(step.technique) !== undefined) item.technique = step.technique;
      if (given(step.step) !== undefined) item.step = step.step;
      const weeks = weeksValue(step.weeks);
      if (weeks !== undefined) item.weeks = weeks;
      if (given(step.notes) !== undefined) item.notes = step.notes;
      return item;
    });
  }
  // The old builder made the file name from the title until it was typed; the editor does the same.
  return { kind, id: old.id, idEdited: old.id !== slugify(old.title), data, body: '', examples: null, original: null, extras: [] };
}

/** The fields the old builder had a box for. */
const OLD_FIELDS = new Set(['title', 'audience', 'summary', 'steps']);

/**
 * A brought-over draft whose file name is a sequence of the playbook, as the change to that
 * sequence it was (the old builder started from it, and said its file would replace it). Fields
 * the old builder had no box for (a sequence's `serves`, say) are kept from the sequence, not lost.
 * `data` is the sequence's data, read from `source` (document.ts's openEntry).
 */
export function adoptOriginal(draft: EditorDraft, source: EntrySource, data: Data): EditorDraft {
  const kept = Object.fromEntries(Object.entries(data).filter(([name]) => !OLD_FIELDS.has(name)));
  return { ...draft, idEdited: true, data: { ...kept, ...draft.data }, original: source };
}

export type Migration =
  /** Nothing to bring over (or a current draft is open, and the old one waits until it is closed). */
  | { kind: 'none' }
  /** The old draft is now the editor's draft, saved under `editorKey` (unless `saved` is false, when the old one stays too). */
  | { kind: 'migrated'; draft: EditorDraft; savedAt: string; saved: boolean }
  /** The old draft could not be read: the storage's notice says where it was set aside. */
  | { kind: 'unreadable'; notice: StoreNotice };

/**
 * Brings an old builder draft over to the editor's draft of `kind` under `editorKey`, when the
 * editor has no draft of its own there. The old key is removed only once the new draft is saved.
 */
export function migrateOldBuilderDraft(storage: StorageLike, base: string, editorKey: string, kind: EditorKind, now: () => Date = () => new Date()): Migration {
  const oldKey = oldBuilderDraftKey(base);
  if (storage.getItem(oldKey) === null) return { kind: 'none' };
  if (loadDoc(storage, editorKey, editorDraftCodec, now).doc.draft !== null) return { kind: 'none' };
  const loaded = loadDoc(storage, oldKey, oldCodec, now);
  if (loaded.notice) return { kind: 'unreadable', notice: loaded.notice };
  const old = loaded.doc;
  const draft = old ? editorDraftFromOld(old.draft, kind) : null;
  if (!old || !draft) {
    storage.removeItem(oldKey);
    return { kind: 'none' };
  }
  const savedAt = old.savedAt || now().toISOString();
  const saved = updateDoc(storage, editorKey, editorDraftCodec, () => ({ version: 1 as const, savedAt, draft }), now);
  if (saved.ok) storage.removeItem(oldKey);
  return { kind: 'migrated', draft, savedAt, saved: saved.ok };
}
