/**
 * The worked examples that make up an MDX body of some collections (a technique's): each with its
 * phase and optional subject from the playbook's own terms, a title and Markdown text, reordered and
 * removed as list items are. The body of any other MDX entry is one Markdown box (BodyField).
 */
import type { ReactNode } from 'react';
import type { WorkedExample } from '../../lib/editor/examples.ts';
import type { Term } from '../../engine/editor/page-data.ts';
import { BODY_ID, EXAMPLES_ID, exampleFieldId, type ExampleField } from '../../engine/editor/form-problems.ts';
import { editor, format } from '../../strings/index.ts';
import { Frame, describedByOf } from './Frame.tsx';
import { ItemActions, moveWithFocus } from './ItemActions.tsx';
import { MarkdownBox } from './MarkdownBox.tsx';

/** The problems of the body as the form shows them: of the body as a whole, and of each field of each worked example; and its leaving. */
export interface ExampleMessages {
  body: readonly string[];
  of: (index: number, field: ExampleField) => string[];
  onLeave: (index?: number, field?: ExampleField) => void;
}

/** A worked example's phase or subject, chosen from the playbook's own terms. */
function TermSelect({ id, label, optional = false, empty, terms, value, messages, onLeave, onChange }: { id: string; label: string; optional?: boolean; empty: string; terms: readonly Term[]; value: string; messages: readonly string[]; onLeave: () => void; onChange: (value: string) => void }): ReactNode {
  return (
    <Frame id={id} label={label} optional={optional} messages={messages} onLeave={onLeave}>
      <select id={id} value={value} aria-describedby={describedByOf(id, undefined, messages)} aria-invalid={messages.length > 0 || undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{empty}</option>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {term.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

function ExampleFields({ index, label, example, phases, subjects, messages, onChange }: { index: number; label: string; example: WorkedExample; phases: readonly Term[]; subjects: readonly Term[]; messages: ExampleMessages; onChange: (part: Partial<WorkedExample>) => void }): ReactNode {
  const id = (field: ExampleField) => exampleFieldId(index, field);
  const of = (field: ExampleField) => messages.of(index, field);
  const leave = (field: ExampleField) => () => messages.onLeave(index, field);
  return (
    <fieldset className="ed-group">
      <legend className="ed-item-legend">{label}</legend>
      <TermSelect id={id('phase')} label={editor.examplePhase} empty={editor.chooseOne} terms={phases} value={example.phase} messages={of('phase')} onLeave={leave('phase')} onChange={(phase) => onChange({ phase })} />
      <TermSelect id={id('subject')} label={editor.exampleSubject} optional empty={editor.exampleSubjectEmpty} terms={subjects} value={example.subject} messages={of('subject')} onLeave={leave('subject')} onChange={(subject) => onChange({ subject })} />
      <Frame id={id('title')} label={editor.exampleTitle} help={editor.exampleTitleHint} messages={of('title')} onLeave={leave('title')}>
        <input id={id('title')} type="text" className="ed-input" value={example.title} aria-describedby={describedByOf(id('title'), editor.exampleTitleHint, of('title'))} aria-invalid={of('title').length > 0 || undefined} onChange={(event) => onChange({ title: event.target.value })} />
      </Frame>
      <MarkdownBox id={id('text')} label={editor.exampleText} hint={format(editor.exampleTextHint, { markdown: editor.markdownHint })} value={example.text} onChange={(text) => onChange({ text })} messages={of('text')} onLeave={leave('text')} />
    </fieldset>
  );
}

export function Examples({ singular, examples, phases, subjects, messages, onChange, focusLater }: {
  /** What an entry of the kind is called: the hint says where the examples appear. */
  singular: string;
  examples: readonly WorkedExample[];
  phases: readonly Term[];
  subjects: readonly Term[];
  messages: ExampleMessages;
  onChange: (examples: WorkedExample[]) => void;
  focusLater: (id: string) => void;
}): ReactNode {
  const idOf = (index: number) => `${EXAMPLES_ID}-${index}`;
  const change = (index: number, part: Partial<WorkedExample>) => onChange(examples.map((example, i) => (i === index ? { ...example, ...part } : example)));
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const moved = moveWithFocus(examples, from, to, button, idOf);
    onChange(moved.next);
    focusLater(moved.focus);
  };
  const remove = (index: number) => {
    onChange(examples.filter((_, i) => i !== index));
    focusLater(examples.length > 1 ? `${idOf(Math.min(index, examples.length - 2))}-remove` : EXAMPLES_ID);
  };
  return (
    <Frame kind="group" id={EXAMPLES_ID} className="ed-list" label={editor.examplesLegend} help={format(editor.examplesHint, { technique: singular })} messages={messages.body} onLeave={() => messages.onLeave()}>
      {examples.length > 0 && (
        <ol className="ed-items">
          {examples.map((example, index) => {
            const label = format(editor.exampleLabel, { number: index + 1 });
            return (
              <li key={index} className="ed-item">
                <ExampleFields index={index} label={label} example={example} phases={phases} subjects={subjects} messages={messages} onChange={(part) => change(index, part)} />
                <ItemActions base={idOf(index)} label={label} index={index} count={examples.length} onMove={(to, button) => move(index, to, button)} onRemove={() => remove(index)} />
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id={EXAMPLES_ID}
        className="island-button island-button--quiet"
        onClick={() => {
          onChange([...examples, { phase: '', subject: '', title: '', text: '' }]);
          focusLater(exampleFieldId(examples.length, 'phase'));
        }}
      >
        {examples.length === 0 ? editor.addFirstExample : editor.addAnotherExample}
      </button>
    </Frame>
  );
}

/** An MDX body that is not worked examples, edited as Markdown. */
export function BodyField({ body, messages, onLeave, onChange }: { body: string; messages: readonly string[]; onLeave: () => void; onChange: (text: string) => void }): ReactNode {
  return <MarkdownBox id={BODY_ID} label={editor.bodyLabel} hint={format(editor.bodyHint, { markdown: editor.markdownHint })} value={body} onChange={onChange} messages={messages} onLeave={onLeave} />;
}
