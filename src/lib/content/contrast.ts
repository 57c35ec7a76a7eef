/**
 * Colour contrast of the playbook's configured colours (WCAG 2.2, success criterion 1.4.3).
 * Text needs a contrast ratio of at least 4.5:1 with what it sits on. The pairs checked are the
 * ones the site draws: body text, links and headings (primary), highlights (accent) on the page
 * background, and the white text of buttons on the primary colour.
 */
import { fieldProblem, type Problem } from '../../core/problem.ts';

/** The smallest contrast ratio WCAG 2.2 AA allows for normal-size text. */
export const MINIMUM_CONTRAST = 4.5;

/** The text colour buttons use on the primary colour (see --colour-button-text in global.css). */
export const BUTTON_TEXT = '#ffffff';

/** The playbook's colour settings, as six-digit hex: `colours` in playbook.yaml. */
export interface Colours {
  primary: string;
  accent: string;
  text: string;
  background: string;
}

/** Red, green and blue (0 to 255) of a colour written as "#rrggbb". */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a six-digit hex colour: ${JSON.stringify(hex)}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** A channel (0 to 255) in linear light, as WCAG's relative luminance defines it. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). Order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people write it, rounded down to one decimal so that a failing ratio never reads as
 * a passing one: 4.49 is "4.4:1", not "4.5:1".
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10 + 1e-9) / 10).toFixed(1)}:1`;
}

/** One pair the site draws: a colour field, shown against another colour. */
interface Pair {
  /** The field whose colour is the foreground, like "colours.primary". */
  field: keyof Colours;
  /** The colour it sits on, in words, and its value. */
  against: { words: string; value: string };
}

function pairs(colours: Colours): Pair[] {
  const background = { words: `colours.background (${colours.background})`, value: colours.background };
  return [
    { field: 'text', against: background },
    { field: 'primary', against: background },
    { field: 'accent', against: background },
    // Buttons are white text on the primary colour; here primary is the "background".
    { field: 'primary', against: { words: `the white text of buttons (${BUTTON_TEXT})`, value: BUTTON_TEXT } },
  ];
}

/**
 * The configured pairs whose contrast is below 4.5:1, as problems naming `file` (the playbook's
 * file) and the field to change. Colours must already be valid six-digit hex (the schema checks).
 */
export function contrastProblems(colours: Colours, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const pair of pairs(colours)) {
    const value = colours[pair.field];
    const ratio = contrastRatio(value, pair.against.value);
    if (ratio >= MINIMUM_CONTRAST) continue;
    problems.push(fieldProblem(file, ['colours', pair.field], `a colour with contrast of at least ${MINIMUM_CONTRAST}:1 against ${pair.against.words}`, `${JSON.stringify(value)} (${formatRatio(ratio)})`));
  }
  return problems;
}
