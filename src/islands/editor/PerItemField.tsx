/**
 * A text for each item of one of the entry's lists (a rubric criterion's descriptor at each of the
 * rubric's levels): one box a level, in the levels' order, and any text kept for an id that is no
 * longer a level, so that it can be removed rather than lost.
 */
import { Fragment, type ReactNode } from 'react';
import type { Control } from '../../engine/editor/form-schema.ts';
import { getAt } from '../../engine/editor/data-paths.ts';
import { editor, format } from '../../strings/index.ts';
import { Frame } from './Frame.tsx';
import type { FieldFrame, FieldProps } from './field-context.ts';

export function PerItemField({ control, props, frame, renderLevel }: { control: Control & { kind: 'per-item' }; props: FieldProps; frame: FieldFrame; renderLevel: (level: FieldProps) => ReactNode }): ReactNode {
  const { context, path } = props;
  const items = getAt(context.root, [control.list]);
  const keys = Array.isArray(items) ? items.map((item) => getAt(item, ['id'])).filter((key): key is string => typeof key === 'string' && key !== '') : [];
  const extra = frame.value && typeof frame.value === 'object' ? Object.keys(frame.value).filter((key) => !keys.includes(key)) : [];
  return (
    <Frame kind="group" id={frame.id} label={props.label} help={frame.help} messages={frame.messages} focusable onLeave={frame.onLeave}>
      {keys.length === 0 && extra.length === 0 && <p className="ed-hint">{format(editor.levelsFirst, context.labels)}</p>}
      {[...keys, ...extra].map((key) => (
        <Fragment key={key}>
          {renderLevel({
            schema: control.value,
            help: extra.includes(key) ? format(editor.notALevel, context.labels) : '',
            path: [...path, key],
            label: format(editor.atLevel, { level: key }),
            required: !extra.includes(key),
            context,
          })}
        </Fragment>
      ))}
    </Frame>
  );
}
