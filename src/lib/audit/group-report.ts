/**
 * The group results as a report for a spreadsheet (CSV): for each section, the section's mean,
 * then each of its items with its mean, number of answers, standard deviation and how many chose
 * each point of the scale; one block of columns per group, and the change when there are two.
 * Figures are written as they are shown on the page (means to one decimal place).
 */
import type { Instrument } from './instrument.ts';
import type { GroupSummary } from './group.ts';
import { csvText } from './csv.ts';
import { formatMean, shownDifference } from './format.ts';

export interface ReportGroup {
  name: string;
  summary: GroupSummary;
}

const change = (first: number | null, second: number | null) => (first === null || second === null ? '' : shownDifference(first, second).toFixed(1));

export function groupReportCsv(instrument: Instrument, groups: readonly ReportGroup[]): string {
  const two = groups.length === 2;
  const header = ['Section', 'Item id', 'Row', ...groups.flatMap((group) => [`${group.name}: mean`, `${group.name}: answers`, `${group.name}: standard deviation`, ...instrument.scale.map((point) => `${group.name}: ${point.value} ${point.label}`)]), ...(two ? ['Change'] : [])];
  const blank = instrument.scale.map(() => '');
  const rows: (string | number)[][] = [header];
  rows.push(['All', '', 'People', ...groups.flatMap((group) => [String(group.summary.people), '', '', ...blank]), ...(two ? [''] : [])]);
  instrument.sections.forEach((section, sectionIndex) => {
    const means = groups.map((group) => group.summary.sections[sectionIndex]!);
    rows.push([section.title, '', 'Section mean', ...means.flatMap((mean) => [mean.mean === null ? '' : formatMean(mean.mean), String(mean.people), '', ...blank]), ...(two ? [change(means[0]!.mean, means[1]!.mean)] : [])]);
    for (const item of section.items) {
      const summaries = groups.map((group) => group.summary.items.find((candidate) => candidate.id === item.id)!);
      rows.push([
        section.title,
        item.id,
        item.text,
        ...summaries.flatMap((summary) => [summary.mean === null ? '' : formatMean(summary.mean), String(summary.n), summary.sd === null ? '' : summary.sd.toFixed(2), ...summary.counts.map((count) => String(count.count))]),
        ...(two ? [change(summaries[0]!.mean, summaries[1]!.mean)] : []),
      ]);
    }
  });
  return csvText(rows);
}
