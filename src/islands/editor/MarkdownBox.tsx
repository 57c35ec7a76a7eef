/** A box of Markdown text (an MDX body, a worked example's text), with a button to show how it will look. */
import { useState, type ReactNode } from 'react';
import { editor, format } from '../../strings/index.ts';
import { Fill } from '../shared/fill.tsx';
import { Frame, describedByOf } from './Frame.tsx';
import { Markdown } from './Markdown.tsx';

export function MarkdownBox({ id, label, hint, value, onChange, messages, onLeave }: { id: string; label: string; hint: string; value: string; onChange: (text: string) => void; messages: readonly string[]; onLeave: () => void }): ReactNode {
  const [previewing, setPreviewing] = useState(false);
  return (
    <Frame id={id} label={label} help={hint} messages={messages} onLeave={onLeave}>
      <textarea id={id} rows={8} value={value} aria-describedby={describedByOf(id, hint, messages)} aria-invalid={messages.length > 0 || undefined} onChange={(event) => onChange(event.target.value)} />
      <button type="button" className="island-button island-button--quiet ed-md-toggle" aria-expanded={previewing} aria-controls={`${id}-preview`} onClick={() => setPreviewing((on) => !on)}>
        <Fill template={previewing ? editor.hideHowItLooks : editor.showHowItLooks} values={{ field: <span className="visually-hidden">{format(editor.howItLooksField, { label })}</span> }} />
      </button>
      <div id={`${id}-preview`} className="ed-md-preview" hidden={!previewing}>
        {previewing && <Markdown text={value} />}
      </div>
    </Frame>
  );
}
