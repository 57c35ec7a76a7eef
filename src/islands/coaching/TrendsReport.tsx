/**
 * The trends of the files loaded, every figure through the privacy floor: first the floor itself
 * and what it means, then the figures overall, then by strand, technique and step (which are being
 * set, how many became secure or were refined, the median days to secure), then by school or group
 * and by term (with the days between visits against the target). A figure about too few coachees
 * says "withheld" and why, in words, where it would be; rows about too few are pooled into an
 * "others" row. The report prints, and downloads as CSV, which holds only what is shown.
 */
import type { ReactNode } from 'react';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import { coachingFileName } from '../../lib/coaching/exchange.ts';
import type { Gated } from '../../lib/coaching/privacy.ts';
import { rowNamers, trendReportCsv } from '../../lib/coaching/trend-report.ts';
import type { Breakdown, StepFigures, Summary, TrendReport } from '../../lib/coaching/trends.ts';
import { coaching as words, format, formatNumber, formatPlural } from '../../strings/index.ts';
import { downloadText } from '../shared/download.ts';
import { TableWrap } from '../shared/TableWrap.tsx';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';

interface Props {
  report: TrendReport;
  catalogue: Catalogue;
}

/** A figure, or "withheld" with the reason, where it would be. */
function Figure<T>({ gated, floor, show }: { gated: Gated<T>; floor: number; show: (value: T) => ReactNode }) {
  return gated.shown ? <>{show(gated.value)}</> : <span className="coaching-withheld">{format(words.withheldShort, { floor })}</span>;
}

const days = (value: number) => formatPlural(words.days, value);

function withinOf(cycles: Summary['cycles'], floor: number) {
  return <Figure gated={cycles} floor={floor} show={(value) => format(words.withinOf, { within: value.within, count: value.count })} />;
}

/** One breakdown as a table: a row per strand, technique, step, group or term, and the pooled "others". */
function BreakdownTable<K, T extends StepFigures | Summary>({ caption, heading, breakdown, name, floor, fold = false }: { caption: string; heading: string; breakdown: Breakdown<K, T> | undefined; name: (of: K) => string; floor: number; fold?: boolean }) {
  if (!breakdown) return null;
  if (breakdown.withheld) return <p className="coaching-withheld">{format(words.breakdownWithheld, { part: caption, floor })}</p>;
  const summaries = breakdown.rows.some((row) => 'dropIns' in row.value) || (breakdown.others && 'dropIns' in breakdown.others.value);
  const cells = (value: StepFigures | Summary) => (
    <>
      {'dropIns' in value && <td>{formatNumber(value.dropIns)}</td>}
      <td>{formatNumber(value.set)}</td>
      <td>{formatNumber(value.secured)}</td>
      <td>{formatNumber(value.refined)}</td>
      <td>
        <Figure gated={value.daysToSecure} floor={floor} show={(figure) => days(figure.median)} />
      </td>
      {'cycles' in value && (
        <>
          <td>
            <Figure gated={value.cycles} floor={floor} show={(figure) => days(figure.median)} />
          </td>
          <td>{withinOf(value.cycles, floor)}</td>
        </>
      )}
    </>
  );
  const table = (
    <>
      <TableWrap label={caption} wide>
        <table className="island-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col">{words.csvCoachees}</th>
              {summaries && <th scope="col">{words.csvDropIns}</th>}
              <th scope="col">{words.csvSet}</th>
              <th scope="col">{words.csvSecured}</th>
              <th scope="col">{words.csvRefined}</th>
              <th scope="col">{words.csvMedianDaysToSecure}</th>
              {summaries && (
                <>
                  <th scope="col">{words.csvMedianDaysBetween}</th>
                  <th scope="col">{words.csvWithinTarget}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {breakdown.rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{name(row.of)}</th>
                <td>{formatNumber(row.coachees)}</td>
                {cells(row.value)}
              </tr>
            ))}
            {breakdown.others && (
              <tr>
                <th scope="row">{formatPlural(words.othersRow, breakdown.others.rows)}</th>
                <td>{formatNumber(breakdown.others.coachees)}</td>
                {cells(breakdown.others.value)}
              </tr>
            )}
          </tbody>
        </table>
      </TableWrap>
      {breakdown.others && <p className="meta">{format(words.othersNote, { floor })}</p>}
    </>
  );
  if (!fold) return table;
  // A long list (every step) is folded away, with its length in the summary.
  const rows = breakdown.rows.length + (breakdown.others ? 1 : 0);
  return (
    <details className="coaching-fold">
      <summary>{formatPlural(words.foldedTable, rows, { part: caption })}</summary>
      {table}
    </details>
  );
}

export function TrendsReport({ report, catalogue }: Props) {
  const local = useLocalNotices<'report'>();
  const { floor } = report;
  const names = rowNamers(catalogue);
  const download = () => {
    const file = coachingFileName('report', 'csv', new Date());
    downloadText(file, trendReportCsv(report, catalogue), 'text/csv');
    local.show('report', { tone: 'success', content: format(words.reportSaved, { file }) });
  };
  const overall = report.overall;
  return (
    <div className="coaching-report" data-trends-ready="">
      <h2>{words.reportHeading}</h2>
      {!report.enough || !overall ? (
        <p className="coaching-withheld">{formatPlural(words.notEnough, report.files, { floor, files: formatPlural(words.trendsFiles, report.files) })}</p>
      ) : (
        <>
          <h3>{words.overallHeading}</h3>
          <dl className="coaching-overall">
            <dt>{words.overallFrom}</dt>
            <dd>{format(words.overallFromValue, { files: formatPlural(words.trendsFiles, report.files), coaches: formatPlural(words.coachCount, report.coaches), coachees: formatPlural(words.coacheeCount, overall.coachees), dropIns: formatPlural(words.dropInCount, overall.value.dropIns) })}</dd>
            <dt>{words.overallSteps}</dt>
            <dd>{format(words.overallStepsValue, { set: overall.value.set, secured: overall.value.secured, refined: overall.value.refined })}</dd>
            <dt>{words.csvMedianDaysToSecure}</dt>
            <dd>
              <Figure gated={overall.value.daysToSecure} floor={floor} show={(value) => format(words.medianOfSteps, { days: days(value.median), steps: formatPlural(words.stepCount, value.steps) })} />
            </dd>
            <dt>{words.csvMedianDaysBetween}</dt>
            <dd>
              <Figure gated={overall.value.cycles} floor={floor} show={(value) => format(words.medianOfCycles, { days: days(value.median), cycles: formatPlural(words.cycleCount, value.count) })} />
            </dd>
            <dt>{format(words.againstTarget, { shortest: report.cycle.shortest, longest: report.cycle.longest })}</dt>
            <dd>
              <Figure gated={overall.value.cycles} floor={floor} show={(value) => format(words.cyclesAgainstTarget, { within: value.within, shorter: value.shorter, longer: value.longer })} />
            </dd>
          </dl>
          <h3>{words.beingSetHeading}</h3>
          <BreakdownTable caption={words.byStrand} heading={words.columnStrand} breakdown={report.strands} name={names.strands} floor={floor} />
          <BreakdownTable caption={words.byTechnique} heading={words.columnTechnique} breakdown={report.techniques} name={names.techniques} floor={floor} />
          <BreakdownTable caption={words.byStep} heading={words.columnStep} breakdown={report.steps} name={names.steps} floor={floor} fold />
          <h3>{words.compareHeading}</h3>
          <BreakdownTable caption={words.byGroup} heading={words.columnGroup} breakdown={report.groups} name={names.groups} floor={floor} />
          <BreakdownTable caption={words.byTerm} heading={words.columnTerm} breakdown={report.terms} name={names.terms} floor={floor} />
          <h3>{words.reportSaveHeading}</h3>
          <p id="ct-report-holds">{words.reportHolds}</p>
          <div className="island-buttons">
            <button type="button" className="island-button" aria-describedby="ct-report-holds" onClick={download}>
              {words.downloadReport}
            </button>
            <button type="button" className="island-button island-button--quiet" onClick={() => window.print()}>
              {words.printReport}
            </button>
          </div>
          <LocalNotice message={local.messages.report} onDismiss={() => local.clear('report')} />
        </>
      )}
    </div>
  );
}
