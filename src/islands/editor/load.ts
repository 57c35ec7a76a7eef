/**
 * The editor's files from the built site (src/pages/editor/), fetched when first needed and kept
 * for the page's life: the list of entries, a kind's form, an entry's file. A fetch that fails is
 * forgotten, so the next attempt asks again. Same-origin files, which the offline worker keeps once
 * fetched.
 */
import type { EditorIndex, KindForm } from '../../engine/editor/page-data.ts';
import type { EntrySource } from '../../engine/editor/document.ts';
import type { EditorKind } from '../../engine/editor/kinds.ts';
import { withBase } from '../../lib/url.ts';
import { editor, format } from '../../strings/index.ts';

const BASE = import.meta.env.BASE_URL;
const fetched = new Map<string, Promise<unknown>>();

/** One of the build's own JSON files, in the shape its endpoint writes. */
function once<T>(path: string): Promise<T> {
  let pending = fetched.get(path);
  if (!pending) {
    pending = fetch(withBase(BASE, path)).then((response) => {
      if (!response.ok) throw new Error(format(editor.fetchFailed, { status: String(response.status) }));
      return response.json();
    });
    pending.catch(() => fetched.delete(path));
    fetched.set(path, pending);
  }
  // The endpoints in src/pages/editor/ write these files from these very types.
  return pending as Promise<T>;
}

/** Every entry the editor can open or offer as a choice (src/pages/editor/entries.json.ts). */
export const loadIndex = (): Promise<EditorIndex> => once('editor/entries.json');

/** What a kind's form is made from: its JSON Schema, with hints (src/pages/editor/[kind].json.ts). */
export const loadForm = (kind: EditorKind): Promise<KindForm> => once(`editor/${kind}.json`);

/** An entry's file (src/pages/editor/[kind]/[id].json.ts). */
export const loadSource = (kind: EditorKind, id: string): Promise<EntrySource> => once(`editor/${kind}/${id}.json`);
