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
        <p>
          <label htmlFor="di-phase">{words.phaseLabel}</label>
          <select id="di-phase" value={fields.phase} onChange={(event) => onChange({ phase: event.target.value })}>
            <option value="">{words.notSaid}</option>
            {[...catalogue.phases].map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </p>
        {catalogue.subjects.size > 0 && (
          <p>
            <label htmlFor="di-subject">{words.subjectLabel}</label>
            <select id="di-subject" value={fields.subject} onChange={(event) => onChange({ subject: event.target.value })}>
              <option value="">{words.notSaid}</option>
              {[...catalogue.subjects].map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </p>
        )}
      </div>
      {problem}
    </section>
  );
}
