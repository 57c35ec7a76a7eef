/** The contrast rule: the content check fails when a configured colour pair is below 4.5:1. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { contrastProblems, contrastRatio, formatRatio, parseHex, relativeLuminance } from '../../src/lib/content/contrast.ts';
import { formatProblem } from '../../src/core/problem.ts';
import { GOOD, makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

const SOUND = { primary: '#1d4f91', accent: '#b34700', text: '#1b1b1f', background: '#ffffff' };

describe('contrast arithmetic (WCAG relative luminance)', () => {
  it('reads six-digit hex in either case', () => {
    expect(parseHex('#1D4f91')).toEqual([0x1d, 0x4f, 0x91]);
    expect(() => parseHex('#fff')).toThrow(/six-digit/);
  });

  it('gives black 0 and white 1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('gives 21:1 for black on white, 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#1d4f91', '#1d4f91')).toBe(1);
  });

  it('matches published ratios: #767676 is the lightest grey that passes on white, #777777 fails', () => {
    // WebAIM's contrast checker gives 4.54:1 and 4.48:1 for these two.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('rounds a ratio down, so a failing one never reads as 4.5:1', () => {
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(formatRatio(2.3231)).toBe('2.3:1');
    expect(formatRatio(21)).toBe('21.0:1');
  });
});

describe('contrastProblems', () => {
  it('finds nothing wrong with the default colours', () => {
    expect(contrastProblems(SOUND, 'content/playbook.yaml')).toEqual([]);
  });

  it('reports a light primary against the background and against white button text', () => {
    const problems = contrastProblems({ ...SOUND, primary: '#aaaaaa' }, 'content/playbook.yaml').map(formatProblem);
    expect(problems).toEqual([
      'content/playbook.yaml: colours.primary: expected a colour with contrast of at least 4.5:1 against colours.background (#ffffff), found "#aaaaaa" (2.3:1)',
      'content/playbook.yaml: colours.primary: expected a colour with contrast of at least 4.5:1 against the white text of buttons (#ffffff), found "#aaaaaa" (2.3:1)',
    ]);
  });

  it('reports text and accent against the background, each on its own field', () => {
    const problems = contrastProblems({ ...SOUND, text: '#777777', accent: '#ff9900' }, 'f.yaml');
    expect(problems.map((problem) => problem.field)).toEqual(['colours.text', 'colours.accent']);
    expect(problems[0]!.found).toBe('"#777777" (4.4:1)');
  });

  it('judges every pair against the configured background, not white: light text on a dark page passes', () => {
    const dark = { primary: '#1d4f91', accent: '#ffbf47', text: '#f5f5f5', background: '#111111' };
    // Primary is dark on a dark page: it fails against the background but passes under white button text.
    const problems = contrastProblems(dark, 'f.yaml').map((problem) => `${problem.field} ${problem.expected}`);
    expect(problems).toEqual(['colours.primary a colour with contrast of at least 4.5:1 against colours.background (#111111)']);
  });

  it('a dark primary that passes on white fails under white button text when the background is dark too', () => {
    // Light primary on a dark background: fine as a link colour, unreadable as a button.
    const problems = contrastProblems({ primary: '#9ec5ff', accent: '#ffbf47', text: '#f5f5f5', background: '#111111' }, 'f.yaml');
    expect(problems.map((problem) => problem.expected)).toEqual(['a colour with contrast of at least 4.5:1 against the white text of buttons (#ffffff)']);
  });
});

describe('the content check applies the contrast rule', () => {
  function playbookWithColours(colours: string): string {
    const overlay = mkdtempSync(path.join(os.tmpdir(), 'playbook-contrast-'));
    const original = readFileSync(path.join(GOOD, 'playbook.yaml'), 'utf8');
    const changed = original.replace(/^colours:.*$/m, `colours: ${colours}`);
    expect(changed).not.toBe(original);
    writeFileSync(path.join(overlay, 'playbook.yaml'), changed);
    return overlay;
  }

  it('fails the check with a problem naming content/playbook.yaml and the field', () => {
    // #f0a000 on white, by hand: L = 0.2126 × 0.871 + 0.7152 × 0.352 = 0.437; (1 + 0.05) / (0.437 + 0.05) = 2.16.
    const { root, content } = makePlaybook(playbookWithColours('{ primary: "#0b5d3b", accent: "#f0a000", text: "#111111", background: "#ffffff" }'));
    const problems = checkContent(root, content).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/playbook.yaml: colours.accent: expected a colour with contrast of at least 4.5:1 against colours.background (#ffffff), found "#f0a000" (2.1:1)',
    ]);
  });

  it('passes the good fixture, whose colours are sound', () => {
    const { root, content } = makePlaybook();
    expect(checkContent(root, content).problems).toEqual([]);
  });
});
