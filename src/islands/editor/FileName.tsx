/**
 * The short name of an entry stored one a file, which is its file's name and its page's address:
 * made from the title until it is typed; an entry opened from the playbook keeps its own.
 */
import type { ReactNode } from 'react';
import { FILE_NAME_ID } from '../../engine/editor/form-problems.ts';
import { editor } from '../../strings/index.ts';
import { Frame, describedByOf } from './Frame.tsx';

export function FileName({ name, kept, messages, onLeave, onChange }: { name: string; kept: boolean; messages: readonly string[]; onLeave: () => void; onChange: (value: string) => void }): ReactNode {
  if (kept) {
    return (
      <Frame kind="note" id={FILE_NAME_ID} label={editor.fileNameLabel} help={editor.fileNameKept}>
        <p id={FILE_NAME_ID} tabIndex={-1}>
          {name}
        </p>
      </Frame>
    );
  }
  return (
    <Frame id={FILE_NAME_ID} label={editor.fileNameLabel} help={editor.fileNameHint} messages={messages} onLeave={onLeave}>
      <input id={FILE_NAME_ID} type="text" className="ed-input ed-input--short" value={name} spellCheck={false} aria-describedby={describedByOf(FILE_NAME_ID, editor.fileNameHint, messages)} aria-invalid={messages.length > 0 || undefined} onChange={(event) => onChange(event.target.value)} />
    </Frame>
  );
}
