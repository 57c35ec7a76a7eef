/**
 * Where the editor starts when no draft is open: write a new entry (of a kind chosen here, or of
 * the page's one kind), or choose one of the playbook's entries to change. The entries to change
 * are listed once the editor's list of them has arrived.
 */
import { useState, type ReactNode } from 'react';
import { FIRST_IN_NAVIGATION } from '../../engine/editor/engine.ts';
import { KINDS, isKind, kindSpec, type EditorKind } from '../../engine/editor/kinds.ts';
import type { EntryChoice } from '../../engine/editor/page-data.ts';
import type { Loaded } from './hooks/useLoaded.ts';
import { capitalise, editor, format } from '../../strings/index.ts';

export function StartPanel({ only, entries, chosen, onNew, onOpen }: {
  /** The page's one kind, if it has one. */
  only: EditorKind | undefined;
  /** The playbook's entries, as they load. */
  entries: Loaded<readonly EntryChoice[]>;
  /** The entry the address named, chosen to begin with. */
  chosen: string | undefined;
  onNew: (kind: EditorKind) => void;
  onOpen: (choice: string) => void;
}): ReactNode {
  const [kind, setKind] = useState<EditorKind>(only ?? FIRST_IN_NAVIGATION);
  const openable = (entries.value ?? []).filter((entry) => !only || entry.kind === only);
  const [choice, setChoice] = useState<string | undefined>(chosen);
  const current = choice !== undefined && openable.some((entry) => `${entry.kind}/${entry.id}` === choice) ? choice : openable[0] ? `${openable[0].kind}/${openable[0].id}` : '';
  const onlySpec = only ? kindSpec(only) : undefined;
  const groups = KINDS.map((spec) => ({ spec, entries: openable.filter((entry) => entry.kind === spec.kind) })).filter((group) => group.entries.length > 0);
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
                  <option key={spec.kind} value={spec.kind}>
                    {format(editor.kindOption, spec.labels)}
                  </option>
                ))}
              </select>
            </>
          )}
          <div className="island-buttons">
            <button type="button" id="ed-start-new" className="island-button" onClick={() => onNew(kind)}>
              {format(editor.startNew, kindSpec(kind).labels)}
            </button>
          </div>
        </div>
        {openable.length > 0 && (
          <div className="ed-start-part">
            <h3>{onlySpec ? format(editor.changeOf, onlySpec.labels) : editor.changeEntry}</h3>
            <label htmlFor="ed-open" className="ed-label">
              {onlySpec ? format(editor.whichOf, onlySpec.labels) : editor.whichEntry}
            </label>
            <select id="ed-open" value={current} onChange={(event) => setChoice(event.target.value)}>
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
              <button type="button" className="island-button" onClick={() => current && onOpen(current)}>
                {editor.openIt}
              </button>
            </div>
          </div>
        )}
        {entries.error && <p className="ed-hint">{format(editor.entriesNotLoaded, { reason: entries.error })}</p>}
      </div>
    </section>
  );
}
