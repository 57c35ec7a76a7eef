/**
 * The current text of the list file a new entry joins (a new source joins sources.yaml), read from
 * the file of the list's first entry; "" for a list with no entries yet, and undefined for any
 * other draft.
 */
import type { EditorDraft } from '../../../engine/editor/draft.ts';
import { isKind, kindSpec } from '../../../engine/editor/kinds.ts';
import type { EntryChoice } from '../../../engine/editor/page-data.ts';
import { loadSource } from '../load.ts';
import { useLoaded } from './useLoaded.ts';

/** The text of the file of the entry "kind/id". */
const textOf = async (key: string): Promise<string> => {
  const [kind = '', ...rest] = key.split('/');
  if (!isKind(kind)) throw new Error(`no kind of entry "${kind}"`);
  return (await loadSource(kind, rest.join('/'))).text;
};

export function useListFile(draft: EditorDraft, entries: readonly EntryChoice[] | undefined): string | undefined {
  const joins = !draft.original && kindSpec(draft.kind).format === 'yaml-list';
  const first = joins ? entries?.find((entry) => entry.kind === draft.kind) : undefined;
  const loaded = useLoaded(first ? `${first.kind}/${first.id}` : undefined, textOf);
  if (!joins || !entries) return undefined;
  if (!first) return '';
  // A list file that cannot be read is started afresh, as it was before.
  return loaded.error !== undefined ? '' : loaded.value;
}
