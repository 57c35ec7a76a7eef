/** A drop-in's context, all optional: the class (as the coach writes it), the phase and the subject, from the playbook's lists. */
import type { ReactNode } from 'react';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import type { DropInFields } from '../../lib/coaching/record.ts';
import { LIMITS } from '../../lib/coaching/schema.ts';
import { coaching as words } from '../../strings/index.ts';

interface Props {
  catalogue: Catalogue;
  fields: DropInFields;
  onChange: (change: Pick<Partial<DropInFields>, 'className' | 'phase' | 'subject'>) => void;
  problem: ReactNode;
}

export function DropInContext({ catalogue, fields, onChange, problem }: Props) {
  return (
    <section className="island-part island-controls coaching-context" aria-labelledby="di-context-heading">
      <h2 id="di-context-heading">{words.contextHeading}</h2>
      <div className="island-inline">
        <p>
          <label htmlFor="di-class">{words.classLabel}</label>
          <input id="di-class" type="text" autoComplete="off" maxLength={LIMITS.className} value={fields.className} onChange={(event) => onChange({ className: event.target.value })} />
        </p>
        <ListChoice id="di-phase" label={words.phaseLabel} choices={catalogue.phases} value={fields.phase} onChange={(phase) => onChange({ phase })} />
        {catalogue.subjects.size > 0 && <ListChoice id="di-subject" label={words.subjectLabel} choices={catalogue.subjects} value={fields.subject} onChange={(subject) => onChange({ subject })} />}
      </div>
      {problem}
    </section>
  );
}

/** One of the playbook's lists (phases or subjects) as a select, with "not said" first. */
function ListChoice({ id, label, choices, value, onChange }: { id: string; label: string; choices: ReadonlyMap<string, string>; value: string; onChange: (value: string) => void }) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{words.notSaid}</option>
        {[...choices].map(([choice, name]) => (
          <option key={choice} value={choice}>
            {name}
          </option>
        ))}
      </select>
    </p>
  );
}
