/**
 * A trends report in words and as a spreadsheet: the name of each row of a breakdown (a strand,
 * technique, step, school or group, or term, from the playbook's names), and the whole report as
 * CSV. The CSV holds exactly the figures the page shows: a figure withheld by the privacy floor is
 * written as withheld, never as its value, and there are no notes and no names of coachees.
 */
import { stepName, techniqueTitle, type Catalogue } from './catalogue.ts';
import { csvText } from '../csv.ts';
import type { Term } from './days.ts';
import type { Gated } from './privacy.ts';
import type { StepRef } from './schema.ts';
import type { Breakdown, StepFigures, Summary, TrendReport } from './trends.ts';
import { coaching as words, format, formatPlural } from '../../strings/index.ts';

/** "Autumn 2026". */
export function termName(term: Term): string {
  return format({ autumn: words.termAutumn, spring: words.termSpring, summer: words.termSummer }[term.season], { year: String(term.year) });
}

/** A school or group as the coaches wrote it, or a name for "none given". */
export function groupName(group: string): string {
  return group || words.noGroup;
}

/** A strand's title from the playbook, its id when the playbook no longer has it, or a name for "none". */
export function strandName(catalogue: Catalogue, strand: string): string {
  return strand ? (catalogue.strands.get(strand) ?? strand) : words.noStrand;
}

/** The names of each breakdown's rows. */
export function rowNamers(catalogue: Catalogue) {
  return {
    strands: (strand: string) => strandName(catalogue, strand),
    techniques: (technique: string) => techniqueTitle(catalogue, technique),
    steps: (step: StepRef) => stepName(catalogue, step),
    groups: groupName,
    terms: termName,
  };
}

/** A figure for the spreadsheet: the value, or "withheld". */
function cell<T>(gated: Gated<T>, value: (shown: T) => string | number): string | number {
  return gated.shown ? value(gated.value) : words.csvWithheld;
}

function figures(value: StepFigures | Summary): (string | number)[] {
  const summary = 'dropIns' in value ? value : undefined;
  return [
    summary ? summary.dropIns : '',
    value.set,
    value.secured,
    value.refined,
    cell(value.daysToSecure, (shown) => shown.median),
    summary ? cell(summary.cycles, (shown) => shown.median) : '',
    summary ? cell(summary.cycles, (shown) => `${shown.within}/${shown.count}`) : '',
  ];
}

/** The report as CSV: one section of rows per breakdown, and the floor it was made with. */
export function trendReportCsv(report: TrendReport, catalogue: Catalogue): string {
  const header = [words.csvPart, words.csvName, words.csvCoachees, words.csvDropIns, words.csvSet, words.csvSecured, words.csvRefined, words.csvMedianDaysToSecure, words.csvMedianDaysBetween, words.csvWithinTarget];
  const rows: (string | number)[][] = [header];
  if (report.overall) rows.push([words.csvOverall, '', report.overall.coachees, ...figures(report.overall.value)]);
  const names = rowNamers(catalogue);
  const add = <K, T extends StepFigures | Summary>(part: string, breakdown: Breakdown<K, T> | undefined, name: (of: K) => string) => {
    if (!breakdown) return;
    if (breakdown.withheld) rows.push([part, words.csvWithheldAll, '', '', '', '', '', '', '', '']);
    for (const row of breakdown.rows) rows.push([part, name(row.of), row.coachees, ...figures(row.value)]);
    if (breakdown.others) rows.push([part, formatPlural(words.othersRow, breakdown.others.rows), breakdown.others.coachees, ...figures(breakdown.others.value)]);
  };
  add(words.byStrand, report.strands, names.strands);
  add(words.byTechnique, report.techniques, names.techniques);
  add(words.byStep, report.steps, names.steps);
  add(words.byGroup, report.groups, names.groups);
  add(words.byTerm, report.terms, names.terms);
  rows.push([], [format(words.csvFloor, { floor: report.floor, shortest: report.cycle.shortest, longest: report.cycle.longest })]);
  return csvText(rows);
}
