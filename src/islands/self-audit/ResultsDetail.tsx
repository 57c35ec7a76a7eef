/**
 * An attempt's results in detail: section means (or each criterion's level) as a chart with a
 * table, then strengths and development priorities, each linked to what develops it, with any
 * more items rated the same folded under each list. Loaded only once the attempt has an answer
 * (Results.tsx), so a first visit to an audit does not load the chart.
 */
import type { Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { answerOf, scoreAnswers } from '../../lib/audit/scoring.ts';
import { rankItems, type RankedItem } from '../../lib/audit/ranking.ts';
import { BarChart, type ChartRow } from '../shared/BarChart.tsx';
import { DevelopLinks } from '../shared/DevelopLinks.tsx';
import { auditResults, format, formatPlural, shared } from '../../strings/index.ts';

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempt: Attempt;
}

export default function ResultsDetail({ idPrefix, instrument, attempt }: Props) {
  const { answers } = attempt;
  const score = scoreAnswers(instrument, answers);
  const { min, max } = scaleRange(instrument);
  const bySection = instrument.sections.length > 1;
  const rows: ChartRow[] = bySection
    ? score.sections.map((section) => ({ label: section.title, values: [section.mean] }))
    : instrument.sections[0]!.items.map((item) => ({ label: item.text, values: [answerOf(instrument, answers, item.id)] }));
  const ranking = rankItems(instrument, answers);
  return (
    <>
      <BarChart
        id={`${idPrefix}-chart`}
        caption={bySection ? auditResults.chartBySection : auditResults.chartByCriterion}
        series={[attempt.label || auditResults.thisAttempt]}
        rows={rows}
        min={min}
        max={max}
        rowHeader={bySection ? shared.section : auditResults.criterion}
        valueName={bySection ? shared.mean : auditResults.level}
        valuesName={bySection ? shared.means : auditResults.levels}
        extra={bySection ? { header: auditResults.itemsAnswered, cells: score.sections.map((section) => format(auditResults.answeredOf, { answered: section.answered, total: section.total })) } : undefined}
      />
      <div className="sa-ranking">
        <RankedList
          heading={auditResults.strengths}
          intro={auditResults.strengthsIntro}
          empty={auditResults.strengthsEmpty}
          what={auditResults.strengthsWhat}
          items={ranking.strengths}
          more={ranking.moreStrengthItems}
          lead={auditResults.buildOn}
        />
        <RankedList
          heading={auditResults.priorities}
          intro={auditResults.prioritiesIntro}
          empty={auditResults.prioritiesEmpty}
          what={auditResults.prioritiesWhat}
          items={ranking.priorities}
          more={ranking.morePriorityItems}
          lead={auditResults.developWith}
        />
      </div>
    </>
  );
}

function RankedItems({ items, lead }: { items: RankedItem[]; lead: string }) {
  return (
    <ul className="sa-ranked">
      {items.map((item) => (
        <li key={item.id}>
          <span className="sa-ranked__text">{item.text}</span>{' '}
          <span className="sa-ranked__value">
            {format(auditResults.rankedValue, { label: item.label, value: item.value, section: item.sectionTitle })}
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
                {formatPlural(auditResults.moreSame, more.length)}
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
