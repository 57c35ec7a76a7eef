/**
 * A new entry written in place, inside the reference field that names it (a new source inside an
 * evidence item): before one is started, a button that starts it; then its own fields, made from
 * its collection's form (the seldom needed ones under "More options"), checked by its own rules,
 * with a button to give it up. It is proposed with the entry (FinishedFile.tsx).
 */
import type { ReactNode } from 'react';
import type { CollectionName } from '../../engine/editor/engine.ts';
import { controlFor, splitMoreOptions } from '../../engine/editor/form-schema.ts';
import { fieldDomId } from '../../engine/editor/form-problems.ts';
import { pathKey, type Path } from '../../engine/editor/data-paths.ts';
import { editor, format } from '../../strings/index.ts';
import { GroupFields, MoreOptions } from './Field.tsx';
import type { FieldContext } from './field-context.ts';
import type { NewEntryView } from './hooks/useNewEntries.ts';

export interface InPlaceActions {
  at: (path: Path, value: unknown) => NewEntryView | undefined;
  start: (path: Path, kind: CollectionName) => void;
  set: (key: string, path: Path, value: unknown) => void;
  remove: (key: string, path: Path) => void;
  /** The problems a field of a new entry shows, as sentences (none until they are shown). */
  messages: (view: NewEntryView, path: Path) => string[];
  /** Focus has left a field of a new entry. */
  leave: (view: NewEntryView, path: Path) => void;
}

/** The key a new entry's field is known by for its problems and its leaving. */
export const newEntryKey = (entryKey: string, path: Path) => `new:${entryKey}:${pathKey(path)}`;

/** The ids of a new entry's controls, apart from the draft's own. */
export const newEntryIdOf = (entryKey: string) => (path: Path) => fieldDomId(['new', entryKey, ...path]);

export function NewEntryInPlace({ collection, path, value, actions, context }: { collection: CollectionName; path: Path; value: unknown; actions: InPlaceActions; context: FieldContext }): ReactNode {
  const labels = context.labelsOf(collection);
  const view = actions.at(path, value);
  if (!view) {
    return (
      <p className="ed-in-place">
        <button
          type="button"
          className="ed-link-button"
          id={`${context.idOf(path)}-new`}
          onClick={() => {
            actions.start(path, collection);
            context.focusLater(`${context.idOf(path)}-new-entry`);
          }}
        >
          {format(editor.writeInPlace, labels)}
        </button>
      </p>
    );
  }
  const { entry, form } = view;
  const root = form.value ? controlFor(form.value.schema) : undefined;
  const own: FieldContext = {
    ...context,
    root: entry.data,
    labels,
    idOf: newEntryIdOf(entry.key),
    messagesAt: (fieldPath) => actions.messages(view, fieldPath),
    leave: (fieldPath) => actions.leave(view, fieldPath),
    set: (fieldPath, fieldValue) => actions.set(entry.key, fieldPath, fieldValue),
    setMany: (changes) => changes.forEach((change) => actions.set(entry.key, change.path, change.value)),
    inPlace: undefined,
  };
  const parts = root?.kind === 'group' ? splitMoreOptions(root.properties, root.required, true) : undefined;
  return (
    <fieldset className="ed-new-entry" id={`${context.idOf(path)}-new-entry`} tabIndex={-1}>
      <legend>{format(editor.newInPlaceLegend, labels)}</legend>
      <p className="ed-hint">{format(editor.newInPlaceHint, labels)}</p>
      {form.error && <p className="ed-error-message">{format(editor.openFailed, { reason: form.error })}</p>}
      {!form.value && !form.error && <p className="ed-loading">{editor.loadingForm}</p>}
      {root?.kind === 'group' && parts && (
        <>
          <GroupFields properties={parts.main} siblings={root.properties} required={root.required} path={[]} context={own} />
          {parts.more.length > 0 && (
            <MoreOptions summary={format(editor.moreOptionsOf, { item: format(editor.newInPlaceLegend, labels) })}>
              <GroupFields properties={parts.more} siblings={root.properties} required={root.required} path={[]} context={own} />
            </MoreOptions>
          )}
        </>
      )}
      <button
        type="button"
        className="island-button island-button--quiet"
        onClick={() => {
          actions.remove(entry.key, path);
          context.focusLater(context.idOf(path));
        }}
      >
        {format(editor.removeInPlace, labels)}
      </button>
    </fieldset>
  );
}
