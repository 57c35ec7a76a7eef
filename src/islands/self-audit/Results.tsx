/**
 * Results of one attempt: section means as a chart with a table, then strengths and development
 * priorities, each linked to what develops it. Unanswered items are left out, never counted as
 * zero, and the figures say how many answers they rest on.
 */
import type { Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { answerOf, rankItems, scoreAnswers, type RankedItem } from '../../lib/audit/scoring.ts';
import { formatDate, formatMean } from '../../lib/audit/format.ts';
import { BarChart, type ChartRow } from '../shared/BarChart.tsx';
import { DevelopLinks } from '../shared/DevelopLinks.tsx';

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempt: Attempt | undefined;
  /** Whose answers these are, if given: printed with the results. */
  owner?: string;
}

export function Results({ idPrefix, instrument, attempt, owner = '' }: Props) {
  const answers = attempt?.answers ?? {};
  const score = scoreAnswers(instrument, answers);
  const { min, max } = scaleRange(instrument);
  const bySection = instrument.sections.length > 1;
  const rows: ChartRow[] = bySection
    ? score.sections.map((section) => ({ label: section.title, values: [section.mean] }))
    : instrument.sections[0]!.items.map((item) => ({ label: item.text, values: [answerOf(instrument, answers, item.id)] }));
  const ranking = rankItems(instrument, answers);
  return (
    <section className="island-part sa-results" aria-labelledby={idPrefix}>
      <p className="sa-print-only">
        <strong>{instrument.title}</strong>
        {owner ? ` · ${owner}` : ''} · printed {formatDate(new Date().toISOString())}
      </p>
      <h3 id={idPrefix}>Results{attempt ? `: ${attempt.label || 'unnamed attempt'}` : ''}</h3>
      {score.answered === 0 ? (
        <p>Answer at least one item to see your results here.</p>
      ) : (
        <>
          <p>
            Based on {score.answered} of {score.total} items answered; the overall mean is {formatMean(score.mean)} on a scale from {min} to {max}. Items you have not answered are left out of every mean, not counted as zero.
          </p>
          <BarChart
            id={`${idPrefix}-chart`}
            caption={bySection ? 'Mean by section' : 'Level chosen for each criterion'}
            series={[attempt?.label || 'This attempt']}
            rows={rows}
            min={min}
            max={max}
            rowHeader={bySection ? 'Section' : 'Criterion'}
            valueName={bySection ? 'Mean' : 'Level'}
            extra={bySection ? { header: 'Items answered', cells: score.sections.map((section) => `${section.answered} of ${section.total}`) } : undefined}
          />
          <div className="sa-ranking">
            <RankedList
              heading="Strengths"
              intro="Your highest-rated items."
              empty="None stands out yet: nothing is rated above your lowest answers."
              items={ranking.strengths}
              more={ranking.moreStrengthItems}
              lead="Build on it with:"
            />
            <RankedList
              heading="Development priorities"
              intro="Your lowest-rated items: the places to start."
              empty="None: every answer is at the top of the scale."
              items={ranking.priorities}
              more={ranking.morePriorityItems}
              lead="Develop it with:"
            />
          </div>
        </>
      )}
    </section>
  );
}

function RankedItems({ items, lead }: { items: RankedItem[]; lead: string }) {
  return (
    <ul className="sa-ranked">
      {items.map((item) => (
        <li key={item.id}>
          <span className="sa-ranked__text">{item.text}</span>{' '}
          <span className="sa-ranked__value">
            {item.label} ({item.value}) · {item.sectionTitle}
          </span>{' '}
          <DevelopLinks lead={lead} links={item.develop} />
        </li>
      ))}
    </ul>
  );
}

function RankedList({ heading, intro, empty, items, more, lead }: { heading: string; intro: string; empty: string; items: RankedItem[]; more: RankedItem[]; lead: string }) {
  return (
    <div>
      <h4>{heading}</h4>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <p>{intro}</p>
          <RankedItems items={items} lead={lead} />
          {more.length > 0 && (
            <details className="sa-details sa-more">
              <summary>
                And {more.length} more rated the same<span className="visually-hidden"> ({heading.toLowerCase()})</span>
              </summary>
              <RankedItems items={more} lead={lead} />
            </details>
          )}
        </>
      )}
    </div>
  );
}
