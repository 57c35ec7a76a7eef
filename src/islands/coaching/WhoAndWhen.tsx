/**
 * The first part of a drop-in: who is being visited and on what day. A coachee is chosen from the
 * record, or added under a label the coach chooses (a first name or initials) and, if they like, a
 * school or group for the trends. Nothing else is asked until someone is chosen.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Coachee } from '../../lib/coaching/schema.ts';
import type { DropInFields } from '../../lib/coaching/record.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { CoacheeFields } from './CoacheeFields.tsx';

export interface NewCoachee {
  id: string;
  label: string;
  group: string;
}

interface Props {
  coachees: readonly Coachee[];
  /** A coachee added here that the record does not hold yet. */
  added: NewCoachee | undefined;
  fields: DropInFields;
  coacheeGone: boolean;
  onCoachee: (id: string) => void;
  onAdd: (coachee: Omit<NewCoachee, 'id'>) => void;
  onDate: (date: string) => void;
  problem: ReactNode;
}

/** "Sam (Oak Primary)": a coachee as the chooser names them. */
export const coacheeName = (coachee: { label: string; group: string }) => (coachee.group ? format(words.coacheeInGroup, coachee) : coachee.label);

export function WhoAndWhen({ coachees, added, fields, coacheeGone, onCoachee, onAdd, onDate, problem }: Props) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [group, setGroup] = useState('');
  const [labelMissing, setLabelMissing] = useState(false);
  // A day cleared or half typed is shown as it is, and not saved.
  const [cleared, setCleared] = useState(false);
  const date = cleared ? '' : fields.date;
  const everyone = added ? [...coachees, added] : coachees;
  const add = () => {
    if (!label.trim()) {
      setLabelMissing(true);
      return;
    }
    onAdd({ label: label.trim(), group: group.trim() });
    setLabel('');
    setGroup('');
    setLabelMissing(false);
  };
  return (
    <section className="island-part island-controls coaching-who" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.whoAndWhen}</h2>
      {everyone.length > 0 && (
        <p>
          <label htmlFor="di-coachee">{words.coacheeLabel}</label>
          <select id="di-coachee" value={coacheeGone ? '' : fields.coachee} onChange={(event) => event.target.value && onCoachee(event.target.value)}>
            <option value="">{words.chooseCoachee}</option>
            {everyone.map((coachee) => (
              <option key={coachee.id} value={coachee.id}>
                {coacheeName(coachee)}
              </option>
            ))}
          </select>
        </p>
      )}
      {coacheeGone && <p className="island-notice island-notice--error">{words.coacheeGone}</p>}
      <details className="coaching-add" open={everyone.length === 0}>
        <summary>{everyone.length === 0 ? words.addFirstCoachee : words.addCoachee}</summary>
        <CoacheeFields idPrefix="di-new" label={label} group={group} missing={labelMissing ? words.newCoacheeLabelMissing : undefined} onLabel={setLabel} onGroup={setGroup} onEnter={add} />
        <button type="button" className="island-button" onClick={add}>
          {words.addAndChoose}
        </button>
      </details>
      <p>
        <label htmlFor="di-date">{words.dateLabel}</label>
        <input
          id="di-date"
          type="date"
          value={date}
          required
          aria-describedby={date ? undefined : 'di-date-missing'}
          aria-invalid={!date || undefined}
          onChange={(event) => {
            setCleared(!event.target.value);
            if (event.target.value) onDate(event.target.value);
          }}
        />
        {!date && (
          <span className="coaching-field-error" id="di-date-missing">
            {words.dateMissing}
          </span>
        )}
      </p>
      {problem}
      {!fields.coachee && <p className="meta">{words.chooseFirst}</p>}
    </section>
  );
}
