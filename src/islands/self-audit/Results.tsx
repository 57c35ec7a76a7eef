/**
 * Results of one attempt: the heading, how many items are answered and the overall mean, then the
 * detail (ResultsDetail.tsx: the chart and table, strengths and priorities), whose code is loaded
 * only once there is an answer to show. Unanswered items are left out, never counted as zero, and
 * the figures say how many answers they rest on.
 */
import { lazy } from 'react';
import type { Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { scoreAnswers } from '../../lib/audit/scoring.ts';
import { formatMean } from '../../lib/audit/format.ts';
import { fillNodes } from '../shared/fill.tsx';
import { LazyPart } from '../shared/LazyPart.tsx';
import { audit, format, formatDate } from '../../strings/index.ts';

const ResultsDetail = lazy(() => import('./ResultsDetail.tsx'));

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempt: Attempt | undefined;
  /** Whose answers these are, if given: printed with the results. */
  owner?: string;
}

export function Results({ idPrefix, instrument, attempt, owner = '' }: Props) {
  const score = scoreAnswers(instrument, attempt?.answers ?? {});
  const { min, max } = scaleRange(instrument);
  return (
    <section className="island-part sa-results" aria-labelledby={idPrefix}>
      <p className="sa-print-only">
        {fillNodes(owner ? audit.printedOwner : audit.printed, { title: <strong>{instrument.title}</strong>, owner, date: formatDate(new Date()) })}
      </p>
      <h3 id={idPrefix}>{attempt ? format(audit.resultsFor, { label: attempt.label || audit.unnamedAttempt }) : audit.partResults}</h3>
      {!attempt || score.answered === 0 ? (
        <p>{audit.resultsEmpty}</p>
      ) : (
        <>
          <p>
            {format(audit.resultsIntro, { answered: score.answered, total: score.total, mean: formatMean(score.mean), min, max })}
          </p>
          <LazyPart failed={audit.partNotLoaded}>
            <ResultsDetail idPrefix={idPrefix} instrument={instrument} attempt={attempt} />
          </LazyPart>
        </>
      )}
    </section>
  );
}
