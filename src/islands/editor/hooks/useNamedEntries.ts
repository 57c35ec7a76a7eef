/**
 * The entries a draft's `part` fields may name parts of (the techniques whose action steps a
 * sequence's steps name), read from their files as the draft names them: their parts are offered
 * as choices, and the content check's rules that read them (an action step must be one the
 * technique has) run against them.
 */
import { useCallback, useMemo } from 'react';
import { stepId, type CollectionName, type JsonSchema, type Taxonomy, type ValidEntry } from '../../../engine/editor/engine.ts';
import { entriesWithParts } from '../../../engine/editor/form-schema.ts';
import { validEntryFrom } from '../../../engine/editor/validate.ts';
import type { EntryChoice } from '../../../engine/editor/page-data.ts';
import { loadSource } from '../load.ts';
import { useLoadedMany } from './useLoaded.ts';
import type { Choice } from '../field-context.ts';

const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/** An item of an entry's list as a choice: its id (its own, or made from its title) and its title. */
function partChoice(item: unknown): Choice | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const title: unknown = Reflect.get(item, 'title');
  const id: unknown = Reflect.get(item, 'id');
  if (typeof title !== 'string') return undefined;
  const part = stepId(typeof id === 'string' ? { id, title } : { title });
  return { id: part, label: title };
}

export function useNamedEntries(schema: JsonSchema, data: unknown, entries: readonly EntryChoice[] | undefined, taxonomy: Taxonomy) {
  // Only entries the playbook has are read: any other id is the check's problem to report.
  const wanted = useMemo(() => {
    const known = new Set((entries ?? []).map((entry) => keyOf(entry.kind, entry.id)));
    return new Map(entriesWithParts(schema, data).flatMap((entry) => (known.has(keyOf(entry.collection, entry.id)) ? [[keyOf(entry.collection, entry.id), entry] as const] : [])));
  }, [schema, data, entries]);
  const keys = useMemo(() => [...wanted.keys()], [wanted]);
  const read = useCallback(
    async (key: string): Promise<ValidEntry | undefined> => {
      const entry = wanted.get(key);
      if (!entry) return undefined;
      const source = await loadSource(entry.collection, entry.id);
      // The build gives each entry already read; a file without it is read with the YAML parser, loaded then.
      const data = source.opened?.data ?? (await import('../../../engine/editor/document.ts')).openEntry(source).data;
      return validEntryFrom({ collection: entry.collection, id: source.id, file: source.file, data }, taxonomy);
    },
    [wanted, taxonomy],
  );
  const loaded = useLoadedMany(keys, read);
  const named = useMemo(() => keys.flatMap((key) => loaded.get(key)?.value ?? []), [keys, loaded]);
  const parts = useCallback(
    (collection: CollectionName, id: string, list: string): readonly Choice[] | undefined => {
      const result = loaded.get(keyOf(collection, id));
      if (!result) return undefined;
      const items = result.value?.data[list];
      return Array.isArray(items) ? items.flatMap((item) => partChoice(item) ?? []) : [];
    },
    [loaded],
  );
  /** Some entry the draft names is still being read, so the rules that read it have not run. */
  const pending = keys.some((key) => !loaded.has(key));
  return { named, parts, pending };
}
