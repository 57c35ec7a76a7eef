/**
 * A field that is a group of fields (a technique's rehearsal, a protocol's group size). An optional
 * group not given yet is a button that adds it; one given can be removed again.
 */
import type { ReactNode } from 'react';
import { firstShownField, type Control } from '../../engine/editor/form-schema.ts';
import { editor, format } from '../../strings/index.ts';
import { Frame } from './Frame.tsx';
import type { FieldFrame, FieldProps } from './field-context.ts';

export function GroupField({ control, props, frame, children }: { control: Control & { kind: 'group' }; props: FieldProps; frame: FieldFrame; children: ReactNode }): ReactNode {
  const { context, path, label, required } = props;
  const name = label.toLowerCase();
  if (frame.value === undefined && !required) {
    const first = firstShownField(control);
    return (
      <Frame kind="note" id={frame.id} label={label} optional help={frame.help} messages={frame.messages} onLeave={frame.onLeave}>
        <button
          type="button"
          id={frame.id}
          className="island-button island-button--quiet"
          aria-describedby={frame.describedBy}
          onClick={() => {
            context.set(path, {});
            context.focusLater(first === undefined ? frame.id : context.idOf([...path, first]));
          }}
        >
          {format(editor.addGroup, { name })}
        </button>
      </Frame>
    );
  }
  return (
    <Frame kind="group" id={frame.id} className="ed-group" label={label} optional={!required} help={frame.help} messages={frame.messages} focusable onLeave={frame.onLeave}>
      {children}
      {!required && (
        <button
          type="button"
          className="island-button island-button--quiet"
          onClick={() => {
            context.set(path, undefined);
            context.focusLater(frame.id);
          }}
        >
          {format(editor.removeGroup, { name })}
        </button>
      )}
    </Frame>
  );
}
