/**
 * Where the editor starts when no draft is open: write a new entry (of a kind chosen here, or of
 * the page's one kind), or choose one of the playbook's entries to change. The entries to change
 * are listed once the editor's list of them has arrived; until then their list waits, disabled.
 *
 * The page renders this on the server as plain HTML (without handlers), so that it is there, at
 * its size, before any script runs; the page's small first script (boot.ts) fills in the entries
 * and starts the editor when the author chooses. The ids, and the data on the list of entries (how
 * to head each kind's group), are what that script reads.
 */
import { useState, type ReactNode } from 'react';
import { FIRST_IN_NAVIGATION } from '../../engine/editor/engine.ts';
import { KINDS, isKind, kindSpec, type EditorKind } from '../../engine/editor/kinds.ts';
import type { EntryChoice } from '../../engine/editor/page-data.ts';
import type { Loaded } from './hooks/useLoaded.ts';
import { capitalise, editor, format } from '../../strings/index.ts';

/** The heading of each kind's group in the list of entries: its name, in plural. */
export function groupLabels(): Record<string, string> {
  return Object.fromEntries(KINDS.map((spec) => [spec.kind, capitalise(spec.labels.plural)]));
}

export function StartPanel({ only, entries, chosen, onNew, onOpen }: {
  /** The page's one kind, if it has one. */
  only: EditorKind | undefined;
  /** The playbook's entries, as they load. */
  entries: Loaded<readonly EntryChoice[]>;
  /** The entry the address named, chosen to begin with. */
  chosen: string | undefined;
  /** Without handlers, the panel as the server renders it. */
  onNew?: (kind: EditorKind) => void;
  onOpen?: (choice: string) => void;
}): ReactNode {
  const [kind, setKind] = useState<EditorKind>(only ?? FIRST_IN_NAVIGATION);
  const openable = (entries.value ?? []).filter((entry) => !only || entry.kind === only);
  const [choice, setChoice] = useState<string | undefined>(chosen);
  const current = choice !== undefined && openable.some((entry) => `${entry.kind}/${entry.id}` === choice) ? choice : openable[0] ? `${openable[0].kind}/${openable[0].id}` : '';
  const onlySpec = only ? kindSpec(only) : undefined;
  const groups = KINDS.map((spec) => ({ spec, entries: openable.filter((entry) => entry.kind === spec.kind) })).filter((group) => group.entries.length > 0);
  const loading = entries.value === undefined && entries.error === undefined;
  return (
    <section aria-labelledby="ed-start-heading" className="ed-start">
      <h2 id="ed-start-heading" tabIndex={-1}>
        {editor.startHeading}
      </h2>
      <div className="ed-start-grid">
        <div className="ed-start-part">
          <h3>{onlySpec ? format(editor.writeNewOf, onlySpec.labels) : editor.writeNewEntry}</h3>
          {onlySpec ? (
            <p className="ed-hint">{editor.startFromEmpty}</p>
          ) : (
            <>
              <label htmlFor="ed-start-kind" className="ed-label">
                {editor.whatToWrite}
              </label>
              <select id="ed-start-kind" value={kind} onChange={(event) => {
                  if (isKind(event.target.value)) setKind(event.target.value);
                }}>
                {KINDS.filter((spec) => spec.kind !== 'playbook').map((spec) => (
                  <option key={spec.kind} value={spec.kind} data-start={format(editor.startNew, spec.labels)}>
                    {format(editor.kindOption, spec.labels)}
                  </option>
                ))}
              </select>
            </>
          )}
          <div className="island-buttons">
            <button type="button" id="ed-start-new" className="island-button" data-kind={only ?? ''} onClick={() => onNew?.(kind)}>
              {format(editor.startNew, kindSpec(kind).labels)}
            </button>
          </div>
        </div>
        {(loading || openable.length > 0) && (
          <div className="ed-start-part">
            <h3>{onlySpec ? format(editor.changeOf, onlySpec.labels) : editor.changeEntry}</h3>
            <label htmlFor="ed-open" className="ed-label">
              {onlySpec ? format(editor.whichOf, onlySpec.labels) : editor.whichEntry}
            </label>
            <select id="ed-open" value={current} disabled={loading} data-only={only ?? ''} data-groups={JSON.stringify(groupLabels())} data-playbook={editor.playbookSettingsOption} onChange={(event) => setChoice(event.target.value)}>
              {loading && <option value="">{editor.gettingEntries}</option>}
              {groups.map((group) =>
                onlySpec ? (
                  group.entries.map((entry) => (
                    <option key={entry.id} value={`${entry.kind}/${entry.id}`}>
                      {entry.title}
                    </option>
                  ))
                ) : (
                  <optgroup key={group.spec.kind} label={capitalise(group.spec.labels.plural)}>
                    {group.entries.map((entry) => (
                      <option key={entry.id} value={`${entry.kind}/${entry.id}`}>
                        {entry.kind === 'playbook' ? editor.playbookSettingsOption : entry.title}
                      </option>
                    ))}
                  </optgroup>
                ),
              )}
            </select>
            <div className="island-buttons">
              <button type="button" id="ed-open-button" className="island-button" disabled={loading} onClick={() => current && onOpen?.(current)}>
                {editor.openIt}
              </button>
            </div>
          </div>
        )}
        {entries.error && <p className="ed-hint">{format(editor.entriesNotLoaded, { reason: entries.error })}</p>}
      </div>
      <p className="ed-loading ed-booting" role="status" aria-live="polite"></p>
    </section>
  );
}
