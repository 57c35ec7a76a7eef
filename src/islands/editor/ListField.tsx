/**
 * A field that is a list (a technique's action steps, its look-fors): its items in order, each with
 * buttons to move it up or down or remove it, and a button to add one. Focus follows the item that
 * moved, and each change is said to screen reader users.
 */
import type { ReactNode } from 'react';
import type { JsonSchema } from '../../engine/editor/engine.ts';
import { controlFor, firstShownField, itemNounFor } from '../../engine/editor/form-schema.ts';
import type { Path } from '../../engine/editor/data-paths.ts';
import { editor, format, formatPlural } from '../../strings/index.ts';
import { Frame } from './Frame.tsx';
import { ItemActions, moveWithFocus } from './ItemActions.tsx';
import type { FieldFrame, FieldProps } from './field-context.ts';

/** A new, empty item for a list. */
function emptyItem(item: JsonSchema): unknown {
  const control = controlFor(item);
  if (control.kind === 'group') return {};
  if (control.kind === 'list' || control.kind === 'choices') return [];
  return '';
}

export function ListField({ item, props, frame, renderItem }: { item: JsonSchema; props: FieldProps; frame: FieldFrame; renderItem: (item: JsonSchema, path: Path, label: string) => ReactNode }): ReactNode {
  const { context, path, label, required } = props;
  const list: unknown[] = Array.isArray(frame.value) ? frame.value : [];
  const key = path.at(-1);
  const noun = itemNounFor(typeof key === 'string' ? key : undefined, label);
  const itemControl = controlFor(item);
  const firstField = itemControl.kind === 'group' ? firstShownField(itemControl) : undefined;
  const firstControl = (index: number) => context.idOf(firstField === undefined ? [...path, index] : [...path, index, firstField]);
  const itemLabelOf = (index: number) => format(editor.itemLabel, { noun: `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`, number: index + 1 });
  const update = (next: unknown[]) => context.set(path, next.length === 0 && !required ? undefined : next);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const moved = moveWithFocus(list, from, to, button, (index) => context.idOf([...path, index]));
    update(moved.next);
    context.focusLater(moved.focus);
    context.announce(format(editor.itemMoved, { item: itemLabelOf(from), to: to + 1, count: list.length }));
  };
  const remove = (index: number) => {
    update(list.filter((_, i) => i !== index));
    context.focusLater(list.length > 1 ? `${context.idOf([...path, Math.min(index, list.length - 2)])}-remove` : frame.id);
    context.announce(formatPlural(editor.itemRemoved, list.length - 1, { item: itemLabelOf(index) }));
  };
  const add = () => {
    update([...list, emptyItem(item)]);
    context.focusLater(firstControl(list.length));
    context.announce(format(editor.itemAdded, { item: itemLabelOf(list.length) }));
  };
  return (
    <Frame kind="group" id={frame.id} className="ed-list" label={label} optional={!required} help={frame.help} messages={frame.messages} onLeave={frame.onLeave}>
      {list.length > 0 && (
        <ol className="ed-items">
          {list.map((_, index) => (
            <li key={index} className="ed-item">
              {renderItem(item, [...path, index], itemLabelOf(index))}
              <ItemActions base={context.idOf([...path, index])} label={itemLabelOf(index)} index={index} count={list.length} onMove={(to, button) => move(index, to, button)} onRemove={() => remove(index)} />
            </li>
          ))}
        </ol>
      )}
      <button type="button" id={frame.id} className="island-button island-button--quiet" onClick={add}>
        {format(list.length === 0 ? editor.addFirstItem : editor.addAnotherItem, { noun })}
      </button>
    </Frame>
  );
}
