/**
 * A coachee's label and school or group, as a heading, and a form (folded away) to change them.
 * Each change is saved as it is typed and stays on screen as typed, saved or not; an empty label
 * is not saved, and a message beside it says so.
 */
import { useState, type ReactNode } from 'react';
import type { Coachee } from '../../lib/coaching/schema.ts';
import { coaching as words } from '../../strings/index.ts';
import { CoacheeFields } from './CoacheeFields.tsx';
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
        <CoacheeFields
          idPrefix="cr"
          label={shownLabel}
          group={shownGroup}
          missing={empty ? words.labelEmpty : undefined}
          onLabel={(value) => {
            setLabel(value);
            if (value.trim()) onSave(value, shownGroup);
          }}
          onGroup={(value) => {
            setGroup(value);
            onSave(empty ? coachee.label : shownLabel, value);
          }}
        />
        {problem}
      </details>
    </div>
  );
}
