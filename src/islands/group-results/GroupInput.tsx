/**
 * One group's controls: its name, its files (a file picker, or dropped on the box), which attempt
 * each file gives, the files that failed with their reasons, and the list of files with a Remove
 * button each. Removing a file keeps focus in the list.
 */
import { useRef, useState, type DragEvent } from 'react';
import { format, formatPlural, groupResults as words } from '../../strings/index.ts';
import { fillNodes } from '../shared/fill.tsx';
import type { Group, GroupChange } from './group.ts';

export function GroupInput({
  index,
  ready,
  group,
  onFiles,
  onChange,
  onRemove,
}: {
  index: number;
  /** False until the island has hydrated: the controls are shown but disabled. */
  ready: boolean;
  group: Group;
  onFiles: (files: FileList | File[]) => void;
  onChange: (change: GroupChange) => void;
  onRemove: (position: number) => void;
}) {
  const [over, setOver] = useState(false);
  const id = `gr-group-${index}`;
  const { members, failures } = group.load;
  const list = useRef<HTMLDetailsElement>(null);
  const fellBack = members.filter((member) => member.fellBack).length;
  /** Removes a file and keeps focus in the list: on the next file's Remove button, or the list's heading. */
  const remove = (position: number) => {
    onRemove(position);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.gr-files button');
      const next = buttons?.[Math.min(position, (buttons?.length ?? 1) - 1)];
      if (next) next.focus();
      else list.current?.querySelector<HTMLElement>('summary')?.focus();
    });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles(event.dataTransfer.files);
  };
  return (
    <section className="gr-group island-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{index === 0 ? words.firstGroup : words.secondGroupHeading}</h2>
      <p>
        <label htmlFor={`${id}-name`}>{words.nameLabel}</label>
        <input id={`${id}-name`} disabled={!ready} type="text" value={group.name} maxLength={100} onChange={(event) => onChange({ name: event.target.value })} />
      </p>
      <div
        className={`island-drop${over ? ' island-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid={`${id}-drop`}
      >
        <label htmlFor={`${id}-files`}>{words.addFiles}</label>
        <input
          id={`${id}-files`}
          disabled={!ready}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            if (event.target.files) onFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <p className="meta">{words.dropHint}</p>
      </div>
      <p>
        <label htmlFor={`${id}-choice`}>{words.choiceLabel}</label>
        <select id={`${id}-choice`} disabled={!ready} value={group.choice} onChange={(event) => onChange({ choice: event.target.value === 'first' ? 'first' : 'latest' })}>
          <option value="latest">{words.choiceLatest}</option>
          <option value="first">{words.choiceFirst}</option>
        </select>
      </p>
      <p>
        {group.files.length === 0
          ? words.noFiles
          : format(words.groupFiles, {
              added: formatPlural(words.filesAdded, group.files.length),
              counted: formatPlural(words.filesCounted, members.length),
              failed: failures.length > 0 ? formatPlural(words.failedFiles, failures.length) : '',
            })}
      </p>
      {fellBack > 0 && (
        <p className="meta">
          {formatPlural(group.choice === 'latest' ? words.fellBackLatest : words.fellBackFirst, fellBack)}
        </p>
      )}
      {failures.length > 0 && (
        <details open className="gr-failures">
          <summary>{words.failuresHeading}</summary>
          <ul>
            {failures.map((failure) => (
              <li key={`${failure.name}-${failure.file}`}>
                {fillNodes(words.failure, { file: <strong>{failure.name}</strong>, reason: failure.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {group.files.length > 0 && (
        <details className="gr-file-list" ref={list}>
          <summary>{format(words.fileList, { count: group.files.length })}</summary>
          <ul className="gr-files">
            {group.files.map((file, position) => {
              const member = members.find((candidate) => candidate.file === position);
              return (
                <li key={`${file.name}-${position}`}>
                  <span>
                    {member?.owner ? format(words.fileOwner, { file: file.name, owner: member.owner }) : file.name} <span className="meta">{member ? words.counted : words.notUsed}</span>
                  </span>{' '}
                  <button type="button" className="island-button island-button--quiet gr-remove" onClick={() => remove(position)}>
                    {words.remove}
                    <span className="visually-hidden"> {file.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {group.files.length > 0 && (
        <button type="button" className="island-button island-button--quiet" onClick={() => onChange({ files: [] })}>
          {words.removeGroupFiles}
        </button>
      )}
    </section>
  );
}
