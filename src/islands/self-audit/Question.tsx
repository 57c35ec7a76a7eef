/**
 * One item of a self-audit as a question: a radio group (fieldset and legend) of the scale's
 * points, each described by the scale or by the item's own descriptors, with a button to clear
 * the answer; and a labelled note box, with an optional hint.
 */
import { useRef, type ReactNode } from 'react';
import type { Instrument, InstrumentItem } from '../../lib/audit/instrument.ts';
import { audit, format, formatNumber } from '../../strings/index.ts';

interface NoteProps {
  id: string;
  label: ReactNode;
  hint?: string;
  value: string;
  onChange(text: string): void;
}

/** A labelled note box, with an optional hint under its label. */
export function NoteBox({ id, label, hint, value, onChange }: NoteProps) {
  return (
    <p className="sa-note">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="meta" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <textarea id={id} rows={3} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.value)} />
    </p>
  );
}

interface ItemProps {
  idPrefix: string;
  number: number;
  instrument: Instrument;
  item: InstrumentItem;
  value: number | null;
  onAnswer(value: number | null): void;
}

export function ItemQuestion({ idPrefix, number, instrument, item, value, onAnswer }: ItemProps) {
  const name = `${idPrefix}-item-${item.id}`;
  const ownDescriptors = item.descriptors !== undefined;
  const firstOption = useRef<HTMLInputElement>(null);
  function clear() {
    onAnswer(null);
    // The button goes away with the answer: keep focus in the question.
    firstOption.current?.focus();
  }
  return (
    <fieldset className={`sa-item${ownDescriptors ? ' sa-item--described' : ''}`}>
      <legend>
        <span className="sa-item__number">{format(audit.itemNumber, { number })}</span> {item.text}
      </legend>
      <div className="sa-options">
        {instrument.scale.map((point, index) => {
          const id = `${name}-${point.value}`;
          const describedBy = ownDescriptors ? `${id}-desc` : `${idPrefix}-scale-${point.value}`;
          return (
            <div className="sa-option" key={point.value}>
              <input ref={index === 0 ? firstOption : undefined} type="radio" id={id} name={name} value={point.value} checked={value === point.value} onChange={() => onAnswer(point.value)} aria-describedby={describedBy} />
              <label htmlFor={id}>
                <span className="sa-option__value">{formatNumber(point.value)}</span> {point.label}
              </label>
              {ownDescriptors && (
                <p className="sa-option__desc" id={`${id}-desc`}>
                  {item.descriptors![String(point.value)]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {value !== null && (
        <button type="button" className="island-button island-button--quiet sa-clear" onClick={clear}>
          {audit.clearAnswer}<span className="visually-hidden"> {format(audit.clearAnswerWhat, { number })}</span>
        </button>
      )}
    </fieldset>
  );
}
