/**
 * Results of one attempt: section means as a chart with a table, then strengths and development
 * priorities, each linked to what develops it. Unanswered items are left out, never counted as
 * zero, and the figures say how many answers they rest on.
 */
import type { Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { answerOf, rankItems, scoreAnswers, type RankedItem } from '../../lib/audit/scoring.ts';
import { formatMean } from '../../lib/audit/format.ts';
import { BarChart, type ChartRow } from '../shared/BarChart.tsx';
import { DevelopLinks } from '../shared/DevelopLinks.tsx';
import { fillNodes } from '../shared/fill.tsx';
import { audit, format, formatDate, formatPlural, shared } from '../../strings/index.ts';

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
        {fillNodes(owner ? audit.printedOwner : audit.printed, { title: <strong>{instrument.title}</strong>, owner, date: formatDate(new Date()) })}
      </p>
      <h3 id={idPrefix}>{attempt ? format(audit.resultsFor, { label: attempt.label || audit.unnamedAttempt }) : audit.partResults}</h3>
      {score.answered === 0 ? (
        <p>{audit.resultsEmpty}</p>
      ) : (
        <>
          <p>
            {format(audit.resultsIntro, { answered: score.answered, total: score.total, mean: formatMean(score.mean), min, max })}
          </p>
          <BarChart
            id={`${idPrefix}-chart`}
            caption={bySection ? audit.chartBySection : audit.chartByCriterion}
            series={[attempt?.label || audit.thisAttempt]}
            rows={rows}
            min={min}
            max={max}
            rowHeader={bySection ? shared.section : audit.criterion}
            valueName={bySection ? shared.mean : audit.level}
            valuesName={bySection ? shared.means : audit.levels}
            extra={bySection ? { header: audit.itemsAnswered, cells: score.sections.map((section) => format(audit.answeredOf, { answered: section.answered, total: section.total })) } : undefined}
          />
          <div className="sa-ranking">
            <RankedList
              heading={audit.strengths}
              intro={audit.strengthsIntro}
              empty={audit.strengthsEmpty}
              what={audit.strengthsWhat}
              items={ranking.strengths}
              more={ranking.moreStrengthItems}
              lead={audit.buildOn}
            />
            <RankedList
              heading={audit.priorities}
              intro={audit.prioritiesIntro}
              empty={audit.prioritiesEmpty}
              what={audit.prioritiesWhat}
              items={ranking.priorities}
              more={ranking.morePriorityItems}
              lead={audit.developWith}
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
            {format(audit.rankedValue, { label: item.label, value: item.value, section: item.sectionTitle })}
          </span>{' '}
          <DevelopLinks lead={lead} links={item.develop} />
        </li>
      ))}
    </ul>
  );
}

function RankedList({ heading, intro, empty, what, items, more, lead }: { heading: string; intro: string; empty: string; what: string; items: RankedItem[]; more: RankedItem[]; lead: string }) {
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
                {formatPlural(audit.moreSame, more.length)}
                <span className="visually-hidden"> ({what})</span>
              </summary>
              <RankedItems items={more} lead={lead} />
            </details>
          )}
        </>
      )}
    </div>
  );
}
