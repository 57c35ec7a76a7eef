/**
 * Geometry for the small before-and-after bar charts on case-study pages. Pure: it turns figures
 * into bar positions; the page draws them as SVG beside a table that gives the same numbers.
 */
import { common, format } from '../strings/index.ts';

export interface BeforeAfter {
  measure: string;
  before: number;
  after: number;
  unit: string;
}

export interface Bar {
  label: 'Before' | 'After';
  value: number;
  /** Left edge and width as fractions (0 to 1) of the plot width. */
  x: number;
  width: number;
}

export interface ChartRow {
  measure: string;
  unit: string;
  bars: [Bar, Bar];
}

/** The range the bars are drawn against: 0 to 100 for percentages, else from the smallest to the largest value and zero. */
export function chartScale(figures: readonly BeforeAfter[]): { min: number; max: number } {
  const values = figures.flatMap((figure) => [figure.before, figure.after]);
  if (figures.length > 0 && figures.every((figure) => figure.unit === '%') && values.every((value) => value >= 0 && value <= 100)) return { min: 0, max: 100 };
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  return max === min ? { min, max: min + 1 } : { min, max };
}

/** Bars for each figure, drawn from zero, on one scale for the whole chart. */
export function chartRows(figures: readonly BeforeAfter[]): ChartRow[] {
  const { min, max } = chartScale(figures);
  const position = (value: number) => (value - min) / (max - min);
  const bar = (label: 'Before' | 'After', value: number): Bar => {
    const zero = position(0);
    const end = position(value);
    return { label, value, x: Math.min(zero, end), width: Math.abs(end - zero) };
  };
  return figures.map((figure) => ({ measure: figure.measure, unit: figure.unit, bars: [bar('Before', figure.before), bar('After', figure.after)] }));
}

/** Groups figures that have both a before and an after by unit, so each chart compares like with like. */
export function chartableByUnit<T extends { before?: number; after: number; unit: string; measure: string }>(figures: readonly T[]): Map<string, BeforeAfter[]> {
  const groups = new Map<string, BeforeAfter[]>();
  for (const figure of figures) {
    if (figure.before === undefined) continue;
    const list = groups.get(figure.unit) ?? [];
    list.push({ measure: figure.measure, before: figure.before, after: figure.after, unit: figure.unit });
    groups.set(figure.unit, list);
  }
  return groups;
}

/** A figure with its unit, as readers expect it in the playbook's language: "64%", "0.9 points". */
export function formatFigure(value: number | undefined, unit: string): string {
  if (value === undefined) return '—';
  return format(unit === '%' ? common.figurePercent : common.figureWithUnit, { value, unit });
}
