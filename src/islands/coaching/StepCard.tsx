/**
 * An action step as the coach and the teacher read it: the step and its detail, the link to its
 * model (never embedded: it may be on another host), what the technique looks like done well (its
 * look-fors) and how to rehearse it (set-up, script, what to give feedback on). The parts can be
 * chosen, and the heading level fits where it is placed. A step the playbook no longer has is
 * named by its ids.
 */
import type { ReactNode } from 'react';
import { findStep, stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import type { StepRef } from '../../lib/coaching/schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

export type StepPart = 'detail' | 'lookFors' | 'rehearsal';

interface Props {
  catalogue: Catalogue;
  step: StepRef;
  /** The level of the card's own headings (the step's name is not a heading). */
  level: 3 | 4;
  parts?: readonly StepPart[];
  /** Said before the step's name, like "Working on:". */
  lead?: ReactNode;
}

export function StepCard({ catalogue, step, level, parts = ['detail', 'lookFors', 'rehearsal'], lead }: Props) {
  const { technique, step: info } = findStep(catalogue, step);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="coaching-step">
      <p className="coaching-step__name">
        {lead}
        <strong>{stepName(catalogue, step)}</strong>
      </p>
      {!info && <p className="meta">{words.stepGone}</p>}
      {parts.includes('detail') && info && <p>{info.detail}</p>}
      {parts.includes('detail') && info?.model && (
        <p className="coaching-step__model">
          <a href={info.model.url} rel="external noreferrer">
            {format(words.modelLink, { caption: info.model.caption })}
          </a>{' '}
          <span className="meta">{info.model.consent}</span>
        </p>
      )}
      {parts.includes('detail') && technique && (
        <p className="meta print-hide">
          <a href={technique.href}>{format(words.aboutTechnique, { technique: technique.title })}</a>
        </p>
      )}
      {parts.includes('lookFors') && technique && (
        <>
          <Heading>{words.doneWell}</Heading>
          <ul className="ticks">
            {technique.lookFors.map((lookFor) => (
              <li key={lookFor}>{lookFor}</li>
            ))}
          </ul>
        </>
      )}
      {parts.includes('rehearsal') && technique && (
        <>
          <Heading>{words.rehearseIt}</Heading>
          <p>
            <strong>{words.rehearseSetUp}</strong> {technique.rehearsal.setup}
          </p>
          <p>
            <strong>{words.rehearseScript}</strong>
          </p>
          <blockquote>
            <p>{technique.rehearsal.script}</p>
          </blockquote>
          <p>
            <strong>{words.rehearseFeedback}</strong>
          </p>
          <ul>
            {technique.rehearsal.feedback.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
