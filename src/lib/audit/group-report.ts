/**
 * The group results as a report for a spreadsheet (CSV): for each section, the section's mean,
 * then each of its items with its mean, number of answers, standard deviation and how many chose
 * each point of the scale; one block of columns per group, and the change when there are two.
 * Figures are written as they are shown on the page (means to one decimal place).
 */
import type { Instrument } from './instrument.ts';
import type { GroupSummary } from './group.ts';
import { csvText } from '../csv.ts';
import { fileDecimal, shownDifference } from './format.ts';
import { format, groupResults as words } from '../../strings/index.ts';

export interface ReportGroup {
  name: string;
  summary: GroupSummary;
}

const change = (first: number | null, second: number | null) => (first === null || second === null ? '' : fileDecimal(shownDifference(first, second), 1));

export function groupReportCsv(instrument: Instrument, groups: readonly ReportGroup[]): string {
  const two = groups.length === 2;
  const header = [
    words.csvSection,
    words.csvItemId,
    words.csvRow,
    ...groups.flatMap(({ name: group }) => [
      format(words.csvMean, { group }),
      format(words.csvAnswers, { group }),
      format(words.csvStandardDeviation, { group }),
      ...instrument.scale.map((point) => format(words.csvScalePoint, { group, value: String(point.value), label: point.label })),
    ]),
    ...(two ? [words.csvChange] : []),
  ];
  const blank = instrument.scale.map(() => '');
  const rows: (string | number)[][] = [header];
  rows.push([words.csvAll, '', words.csvPeople, ...groups.flatMap((group) => [String(group.summary.people), '', '', ...blank]), ...(two ? [''] : [])]);
  instrument.sections.forEach((section, sectionIndex) => {
    const means = groups.map((group) => group.summary.sections[sectionIndex]!);
    rows.push([section.title, '', words.csvSectionMean, ...means.flatMap((mean) => [mean.mean === null ? '' : fileDecimal(mean.mean, 1), String(mean.people), '', ...blank]), ...(two ? [change(means[0]!.mean, means[1]!.mean)] : [])]);
    for (const item of section.items) {
      const summaries = groups.map((group) => group.summary.items.find((candidate) => candidate.id === item.id)!);
      rows.push([
        section.title,
        item.id,
        item.text,
        ...summaries.flatMap((summary) => [summary.mean === null ? '' : fileDecimal(summary.mean, 1), String(summary.n), summary.sd === null ? '' : fileDecimal(summary.sd, 2), ...summary.counts.map((count) => String(count.count))]),
        ...(two ? [change(summaries[0]!.mean, summaries[1]!.mean)] : []),
      ]);
    }
  });
  return csvText(rows);
}
