/**
 * What went well, tied to the watched technique's look-fors: each look-for seen done well is
 * ticked, with what the coach saw if they like; then any other notes. A look-for ticked under a
 * technique no longer watched stays listed, so nothing noted is dropped by changing the technique.
 * A note is kept on screen when its look-for is unticked, and comes back if it is ticked again.
 */
import { useRef, type ReactNode } from 'react';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import type { DropInFields } from '../../lib/coaching/record.ts';
import { LIMITS } from '../../lib/coaching/schema.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { TechniqueSelect } from './TechniqueSelect.tsx';

interface Props {
  catalogue: Catalogue;
  fields: DropInFields;
  onTechnique: (technique: string) => void;
  /** The look-fors seen, after a change to `lookFor`'s tick or note. */
  onWentWell: (wentWell: DropInFields['wentWell'], lookFor: string) => void;
  onNotes: (notes: string) => void;
  /** A message about a change that was not saved, for the control it was made with: the technique, a look-for (by its text) or the notes. */
  problem: (part: string) => ReactNode;
}

/** The parts of this section a message can be about, besides each look-for. */
export const WATCHED = 'watched';
export const NOTES = 'notes';

export function WentWell({ catalogue, fields, onTechnique, onWentWell, onNotes, problem }: Props) {
  const technique = catalogue.techniques.get(fields.technique);
  // Notes of look-fors unticked on this page, by look-for.
  const putAside = useRef(new Map<string, string>());
  const listed = technique?.lookFors ?? [];
  const others = fields.wentWell.filter((item) => !listed.includes(item.lookFor)).map((item) => item.lookFor);
  const lookFors = [...listed, ...others];
  const seen = new Map(fields.wentWell.map((item) => [item.lookFor, item.note]));

  const tick = (lookFor: string, on: boolean) => {
    if (on) onWentWell([...fields.wentWell, { lookFor, note: putAside.current.get(lookFor) ?? '' }], lookFor);
    else {
      putAside.current.set(lookFor, seen.get(lookFor) ?? '');
      onWentWell(
        fields.wentWell.filter((item) => item.lookFor !== lookFor),
        lookFor,
      );
    }
  };
  const note = (lookFor: string, text: string) =>
    onWentWell(
      fields.wentWell.map((item) => (item.lookFor === lookFor ? { ...item, note: text } : item)),
      lookFor,
    );

  return (
    <section className="island-part island-controls coaching-went-well" aria-labelledby="di-went-well-heading">
      <h2 id="di-went-well-heading">{words.wentWellHeading}</h2>
      <p className="meta" id="di-no-grades">
        {words.noGrades}
      </p>
      <p>
        <label htmlFor="di-technique">{words.watchedLabel}</label>
        <TechniqueSelect id="di-technique" catalogue={catalogue} value={fields.technique} none={words.noTechnique} onChange={onTechnique} />
      </p>
      {problem(WATCHED)}
      {lookFors.length > 0 && (
        <fieldset className="coaching-look-fors">
          <legend>{technique ? format(words.lookForsOf, { technique: technique.title }) : words.lookForsSeen}</legend>
          <ul>
            {lookFors.map((lookFor, index) => {
              const ticked = seen.has(lookFor);
              const id = `di-look-for-${index}`;
              return (
                <li key={lookFor}>
                  <div className="coaching-choice">
                    <input type="checkbox" id={id} checked={ticked} onChange={(event) => tick(lookFor, event.target.checked)} />
                    <label htmlFor={id}>{lookFor}</label>
                    {!listed.includes(lookFor) && <span className="coaching-choice__hint">{words.fromAnotherTechnique}</span>}
                  </div>
                  {ticked && (
                    <p className="coaching-look-for-note">
                      <label htmlFor={`${id}-note`}>
                        {words.whatYouSaw}
                        <span className="visually-hidden"> {format(words.whatYouSawOf, { lookFor })}</span>
                      </label>
                      <textarea id={`${id}-note`} rows={2} maxLength={LIMITS.note} value={seen.get(lookFor) ?? ''} onChange={(event) => note(lookFor, event.target.value)} />
                    </p>
                  )}
                  {problem(lookFor)}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <p>
        <label htmlFor="di-notes">{words.notesLabel}</label>
        <textarea id="di-notes" rows={4} maxLength={LIMITS.note} value={fields.notes} aria-describedby="di-no-grades" onChange={(event) => onNotes(event.target.value)} />
      </p>
      {problem(NOTES)}
    </section>
  );
}
