/**
 * Move up, move down and remove for one item of a list, with the keyboard or the mouse alike, and
 * where focus goes after a move: the same button of the moved item, or the other one when the item
 * reaches an end, where its button is disabled.
 */
import type { ReactNode } from 'react';
import { moveItem } from '../../engine/editor/data-paths.ts';
import { editor } from '../../strings/index.ts';
import { Fill } from '../shared/fill.tsx';

/** `base` is the item's id; the buttons' ids are `<base>-up`, `<base>-down` and `<base>-remove`. */
export function ItemActions({ base, label, index, count, onMove, onRemove }: { base: string; label: string; index: number; count: number; onMove: (to: number, button: 'up' | 'down') => void; onRemove: () => void }): ReactNode {
  const named = <span className="visually-hidden"> {label.toLowerCase()}</span>;
  return (
    <div className="ed-item-actions">
      <button type="button" id={`${base}-up`} className="island-button island-button--quiet" disabled={index === 0} onClick={() => onMove(index - 1, 'up')}>
        <Fill template={editor.moveUp} values={{ item: named }} />
      </button>
      <button type="button" id={`${base}-down`} className="island-button island-button--quiet" disabled={index === count - 1} onClick={() => onMove(index + 1, 'down')}>
        <Fill template={editor.moveDown} values={{ item: named }} />
      </button>
      <button type="button" id={`${base}-remove`} className="island-button island-button--quiet" onClick={onRemove}>
        <Fill template={editor.remove} values={{ item: named }} />
      </button>
    </div>
  );
}

/** Moves a list item and says which button gets focus; `idOf` gives an item's id. */
export function moveWithFocus<T>(list: readonly T[], from: number, to: number, button: 'up' | 'down', idOf: (index: number) => string): { next: T[]; focus: string } {
  const next = moveItem(list, from, to);
  const edge = (button === 'up' && to === 0) || (button === 'down' && to === next.length - 1);
  return { next, focus: `${idOf(to)}-${edge ? (button === 'up' ? 'down' : 'up') : button}` };
}
