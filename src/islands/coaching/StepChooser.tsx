/**
 * The one action step agreed at this drop-in, chosen from the playbook: a technique (the one
 * watched, unless another is chosen), then one of its steps, each with its detail. The step chosen
 * is shown with its model link and the technique's rehearsal, to practise before the coach leaves.
 * When the last step is continued, it is the step again and nothing is chosen; when it is secured or
 * refined, it cannot be chosen again.
 */
import { useState, type ReactNode } from 'react';
import { stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import type { DropInFields } from '../../lib/coaching/record.ts';
import type { Outcome, StepRef } from '../../lib/coaching/schema.ts';
import { sameStep, type StepSpan, type Visit } from '../../lib/coaching/timeline.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { StepCard } from './StepCard.tsx';
import { TechniqueSelect } from './TechniqueSelect.tsx';

interface Props {
  catalogue: Catalogue;
  fields: DropInFields;
  open: { span: StepSpan<Visit> } | undefined;
  outcome: Outcome | undefined;
  onStep: (step: StepRef | undefined) => void;
  problem: ReactNode;
}

export function StepChooser({ catalogue, fields, open, outcome, onStep, problem }: Props) {
  const [chosenTechnique, setChosenTechnique] = useState<string>();
  const techniqueId = chosenTechnique ?? fields.step?.technique ?? fields.technique;
  const technique = catalogue.techniques.get(techniqueId);
  const continued = outcome === 'continued' && open;
  // The step just secured or refined is not set again.
  const ended = open && (outcome === 'secured' || outcome === 'refined') ? open.span.step : undefined;
  return (
    <section className="island-part island-controls coaching-step-choice" aria-labelledby="di-step-heading">
      <h2 id="di-step-heading">{words.stepHeading}</h2>
      {continued ? (
        <p>{format(words.stepContinues, { step: stepName(catalogue, open.span.step) })}</p>
      ) : (
        <>
          <p className="meta">{words.stepIntro}</p>
          <p>
            <label htmlFor="di-step-technique">{words.stepTechniqueLabel}</label>
            <TechniqueSelect id="di-step-technique" catalogue={catalogue} value={techniqueId} none={words.chooseTechnique} onChange={setChosenTechnique} />
          </p>
          {technique && (
            <fieldset className="coaching-choices coaching-steps">
              <legend>{format(words.stepsOf, { technique: technique.title })}</legend>
              {technique.steps.map((step) => {
                const ref = { technique: technique.id, step: step.id };
                const id = `di-step-${step.id}`;
                const isEnded = ended !== undefined && sameStep(ended, ref);
                return (
                  <div className="coaching-choice" key={step.id}>
                    <input type="radio" id={id} name="di-step" checked={fields.step !== undefined && sameStep(fields.step, ref)} disabled={isEnded} aria-describedby={`${id}-detail`} onChange={() => onStep(ref)} />
                    <label htmlFor={id}>{step.title}</label>
                    <span className="coaching-choice__hint" id={`${id}-detail`}>
                      {isEnded ? format(words.stepJustEnded, { detail: step.detail }) : step.detail}
                    </span>
                  </div>
                );
              })}
            </fieldset>
          )}
          {fields.step && (
            <button
              type="button"
              className="island-button island-button--quiet"
              onClick={() => {
                onStep(undefined);
                requestAnimationFrame(() => document.getElementById('di-step-technique')?.focus());
              }}
            >
              {words.clearStep}
            </button>
          )}
        </>
      )}
      {problem}
      {fields.step && (
        <div className="coaching-step-chosen">
          <h3>{words.stepChosen}</h3>
          <StepCard catalogue={catalogue} step={fields.step} level={4} />
        </div>
      )}
    </section>
  );
}
