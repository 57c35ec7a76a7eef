/**
 * How the step set at the last drop-in has gone: secure, continue (the same step again) or refine
 * (a new step chosen below). Three plain outcomes, never a grade; none is chosen until the coach
 * chooses, and the choice can be taken back.
 */
import type { ReactNode } from 'react';
import { stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import { OUTCOMES, type Outcome } from '../../lib/coaching/schema.ts';
import type { StepSpan, Visit } from '../../lib/coaching/timeline.ts';
import { longDate } from '../../lib/dates.ts';
import { coaching as words, format } from '../../strings/index.ts';

interface Props {
  catalogue: Catalogue;
  open: { span: StepSpan<Visit>; reviewOf: Visit };
  coachee: string;
  outcome: Outcome | undefined;
  onOutcome: (outcome: Outcome | undefined) => void;
  problem: ReactNode;
}

const LABELS: Record<Outcome, { label: string; hint: string }> = {
  secured: { label: words.outcomeSecure, hint: words.outcomeSecureHint },
  continued: { label: words.outcomeContinue, hint: words.outcomeContinueHint },
  refined: { label: words.outcomeRefine, hint: words.outcomeRefineHint },
};

export function StepReview({ catalogue, open, coachee, outcome, onOutcome, problem }: Props) {
  return (
    <section className="island-part coaching-review" aria-labelledby="di-review-heading">
      <h2 id="di-review-heading">{words.reviewHeading}</h2>
      <fieldset className="coaching-choices">
        <legend>{format(words.reviewQuestion, { coachee, step: stepName(catalogue, open.span.step), date: longDate(open.span.setOn) })}</legend>
        {OUTCOMES.map((value) => (
          <div className="coaching-choice" key={value}>
            <input type="radio" id={`di-outcome-${value}`} name="di-outcome" value={value} checked={outcome === value} aria-describedby={`di-outcome-${value}-hint`} onChange={() => onOutcome(value)} />
            <label htmlFor={`di-outcome-${value}`}>{LABELS[value].label}</label>
            <span className="coaching-choice__hint" id={`di-outcome-${value}-hint`}>
              {LABELS[value].hint}
            </span>
          </div>
        ))}
      </fieldset>
      {outcome && (
        <button
          type="button"
          className="island-button island-button--quiet"
          onClick={() => {
            onOutcome(undefined);
            // The button goes with the choice: the first outcome takes focus.
            requestAnimationFrame(() => document.getElementById(`di-outcome-${OUTCOMES[0]}`)?.focus());
          }}
        >
          {words.clearOutcome}
        </button>
      )}
      {problem}
    </section>
  );
}
