/**
 * New entries written in place: a reference field whose entries live in a list file (an evidence
 * item's source, a technique's strand) offers to write a new one there, with its own fields,
 * checked by its collection's rules, and proposed with the draft (output.ts adds it to its list
 * file). Its id follows its title until typed, and the field that names it follows its id. Each
 * is found from the field that names it: by its id, or, before it has one, by where it was started.
 */
import { useCallback, useMemo } from 'react';
import { slugify, type CollectionName } from '../../../engine/editor/engine.ts';
import { entryFile, isKind, kindSpec, type EditorKind } from '../../../engine/editor/kinds.ts';
import type { EditorDraft, NewEntryInPlace } from '../../../engine/editor/draft.ts';
import { entryProblems, type PlaybookContext } from '../../../engine/editor/validate.ts';
import { getAt, pathKey, setAt, type Path } from '../../../engine/editor/data-paths.ts';
import { byPlace, type FormProblem } from '../../../engine/editor/form-problems.ts';
import type { KindForm } from '../../../engine/editor/page-data.ts';
import { loadForm } from '../load.ts';
import { useLoadedMany, type Loaded } from './useLoaded.ts';

/** Whether the editor can write a new entry of a collection in place: one kept in a list file. */
export function writesInPlace(collection: string): collection is CollectionName {
  return isKind(collection) && kindSpec(collection).format === 'yaml-list';
}

export interface NewEntryView {
  entry: NewEntryInPlace;
  form: Loaded<KindForm>;
  /** The file it joins. */
  file: string;
  problems: FormProblem[];
  places: Map<string, FormProblem[]>;
}

/** The first place in data that holds `value`, if any. */
function placeOf(data: unknown, value: unknown, at: Path = []): Path | undefined {
  if (data === value) return at;
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) {
      const found = placeOf(item, value, [...at, i]);
      if (found) return found;
    }
  } else if (data && typeof data === 'object') {
    for (const [key, item] of Object.entries(data)) {
      const found = placeOf(item, value, [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
}

const asData = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {});

export function useNewEntries({ draft, update, context, contentDir }: { draft: EditorDraft; update: (change: (current: EditorDraft) => EditorDraft) => void; context: PlaybookContext; contentDir: string }) {
  const extras = draft.extras;
  const kinds = useMemo(() => [...new Set(extras.map((entry) => entry.kind))], [extras]);
  const forms = useLoadedMany(kinds, loadForm as (kind: EditorKind) => Promise<KindForm>);

  const views = useMemo(
    () =>
      extras.map((entry): NewEntryView => {
        const id = typeof entry.data.id === 'string' ? entry.data.id : '';
        const file = entryFile(entry.kind, id, contentDir);
        // Each is checked against the playbook and the other new entries, as the check will see them.
        const others = extras.filter((other) => other !== entry).map((other) => ({ collection: other.kind as CollectionName, id: String(other.data.id ?? '') }));
        const problems = context.existing ? entryProblems({ kind: entry.kind, id, file, data: entry.data }, { ...context, existing: [...context.existing, ...others] }) : [];
        return { entry, form: forms.get(entry.kind) ?? {}, file, problems, places: byPlace(problems) };
      }),
    [extras, forms, context, contentDir],
  );

  /** The new entry the field at `path`, holding `value`, names. */
  const at = useCallback(
    (path: Path, value: unknown): NewEntryView | undefined =>
      views.find(({ entry }) => (typeof entry.data.id === 'string' && entry.data.id !== '' ? entry.data.id === value : entry.at === pathKey(path))),
    [views],
  );

  /** Starts a new entry of `kind` for the field at `path`. */
  const start = (path: Path, kind: CollectionName) =>
    update((current) => ({
      ...current,
      data: asData(setAt(current.data, path, undefined)),
      extras: [...current.extras, { key: `${Date.now().toString(36)}-${current.extras.length}`, kind, data: {}, idEdited: false, at: pathKey(path) }],
    }));

  /** Changes a field of a new entry; its id follows its title until typed, and the field that names it follows its id. */
  const set = (key: string, path: Path, value: unknown) =>
    update((current) => {
      const entry = current.extras.find((candidate) => candidate.key === key);
      if (!entry) return current;
      const spec = kindSpec(entry.kind);
      let data = asData(setAt(entry.data, path, value));
      const idEdited = entry.idEdited || (path.length === 1 && path[0] === 'id');
      if (!idEdited && path.length === 1 && path[0] === spec.titleField) data = { ...data, id: slugify(String(value ?? '')) || undefined };
      const before = entry.data.id;
      const after = data.id;
      // The field that names it: wherever its id is named now, or, before it had one, where it was started.
      const started = JSON.parse(entry.at) as Path;
      const fieldPath = before === undefined || before === '' ? (getAt(current.data, started) === undefined ? started : undefined) : placeOf(current.data, before);
      const main = before !== after && fieldPath ? asData(setAt(current.data, fieldPath, after)) : current.data;
      return { ...current, data: main, extras: current.extras.map((candidate) => (candidate === entry ? { ...entry, data, idEdited } : candidate)) };
    });

  /** Gives up a new entry: the field that named it is left empty. */
  const remove = (key: string, path: Path) =>
    update((current) => ({ ...current, data: asData(setAt(current.data, path, undefined)), extras: current.extras.filter((entry) => entry.key !== key) }));

  /** The new entries a field of the draft names: the ones to propose with it. */
  const named = useCallback((data: unknown) => views.filter(({ entry }) => typeof entry.data.id === 'string' && entry.data.id !== '' && placeOf(data, entry.data.id) !== undefined), [views]);

  return { views, at, start, set, remove, named };
}
