/**
 * A coachee's label and school or group, as a heading, and a form (folded away) to change them.
 * Each change is saved as it is typed and stays on screen as typed, saved or not; an empty label
 * is not saved, and a message beside it says so.
 */
import { useState, type ReactNode } from 'react';
import { LIMITS, type Coachee } from '../../lib/coaching/schema.ts';
import { coaching as words } from '../../strings/index.ts';
import { coacheeName } from './WhoAndWhen.tsx';

interface Props {
  coachee: Coachee;
  onSave: (label: string, group: string) => void;
  problem: ReactNode;
}

export function CoacheeName({ coachee, onSave, problem }: Props) {
  // What is typed, while it differs from what is saved (an empty label is never saved).
  const [label, setLabel] = useState<string>();
  const [group, setGroup] = useState<string>();
  const shownLabel = label ?? coachee.label;
  const shownGroup = group ?? coachee.group;
  const empty = shownLabel.trim() === '';
  return (
    <div className="island-controls">
      <h2>{coacheeName(coachee)}</h2>
      <details className="coaching-add">
        <summary>{words.changeName}</summary>
        <p>
          <label htmlFor="cr-label">{words.newCoacheeLabel}</label>
          <input
            id="cr-label"
            type="text"
            autoComplete="off"
            maxLength={LIMITS.label}
            value={shownLabel}
            aria-invalid={empty || undefined}
            aria-describedby={empty ? 'cr-label-missing' : undefined}
            onChange={(event) => {
              const value = event.target.value;
              setLabel(value);
              if (value.trim()) onSave(value, shownGroup);
            }}
          />
          {empty && (
            <span className="coaching-field-error" id="cr-label-missing">
              {words.labelEmpty}
            </span>
          )}
        </p>
        <p>
          <label htmlFor="cr-group">{words.newCoacheeGroup}</label>
          <input
            id="cr-group"
            type="text"
            autoComplete="off"
            maxLength={LIMITS.group}
            value={shownGroup}
            onChange={(event) => {
              setGroup(event.target.value);
              onSave(empty ? coachee.label : shownLabel, event.target.value);
            }}
          />
        </p>
        {problem}
      </details>
    </div>
  );
}
