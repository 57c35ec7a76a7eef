/**
 * The editor's error summary on its own (src/islands/editor/ErrorSummary.tsx), rendered to HTML as
 * GOV.UK tests its error summary component: nothing without problems; with them, a heading that
 * counts them, each problem a link to its field's control (or the nearest one the page has), in
 * words, and the summary focusable and marked as an alert once the author asks to finish.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../../src/islands/editor/ErrorSummary.tsx';
import type { FormProblem } from '../../../src/engine/editor/form-problems.ts';

const problems: FormProblem[] = [
  { place: { at: 'file-name' }, problem: { file: 'content/techniques/x.mdx', field: '(the file name)', path: [], expected: 'lower-case words joined by hyphens', found: '"X Y"' } },
  { place: { at: 'field', path: ['steps', 1, 'title'] }, problem: { file: 'content/techniques/x.mdx', field: 'steps[1].title', path: ['steps', 1, 'title'], expected: 'text', found: 'nothing' } },
  { place: { at: 'field', path: ['steps', 4, 'detail'] }, problem: { file: 'content/techniques/x.mdx', field: 'steps[4].detail', path: ['steps', 4, 'detail'], expected: 'text', found: 'nothing' } },
];
const onPage = new Set(['ed-file-name', 'ed-steps-1-title', 'ed-steps']);
const render = (list: FormProblem[], alert = false) => renderToStaticMarkup(createElement(ErrorSummary, { problems: list, alert, exists: (id: string) => onPage.has(id) }));

describe('the error summary', () => {
  it('is not there without problems', () => {
    expect(render([])).toBe('');
  });

  it('counts the problems in its heading and links each to its field, in words', () => {
    const html = render(problems);
    expect(html).toContain('<section class="ed-summary" aria-labelledby="ed-summary-heading" tabindex="-1">');
    expect(html).toMatch(/<h3 id="ed-summary-heading">3 problems to fix[^<]*<\/h3>/);
    const links = [...html.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((match) => [match[1], match[2]]);
    expect(links).toEqual([
      ['ed-file-name', 'File name: expected lower-case words joined by hyphens, found &quot;X Y&quot;'],
      ['ed-steps-1-title', 'Steps, item 2, title: expected text, found nothing'],
      // A field the page has no control for links to the nearest one that it has.
      ['ed-steps', 'Steps, item 5, detail: expected text, found nothing'],
    ]);
  });

  it('is an alert once the author asks to finish', () => {
    expect(render(problems, true)).toContain('class="ed-summary ed-summary--alert"');
  });
});
