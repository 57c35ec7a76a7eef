/**
 * The editor's error summary on its own (src/islands/editor/ErrorSummary.tsx), rendered to HTML as
 * GOV.UK tests its error summary component: nothing without problems; with them, a heading that
 * counts them, each problem's sentence a link to its field's control (or the nearest one the page
 * has), and the summary focusable.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary, type SummaryItem } from '../../../src/islands/editor/ErrorSummary.tsx';

const problems: SummaryItem[] = [
  { place: { at: 'file-name' }, sentence: 'Write the short name in lower-case words joined by hyphens, like “cold-call”' },
  { place: { at: 'field', path: ['steps', 1, 'title'] }, sentence: 'Enter the title of step 2' },
  { place: { at: 'field', path: ['steps', 4, 'detail'] }, sentence: 'Enter the detail of step 5' },
];
const onPage = new Set(['ed-file-name', 'ed-steps-1-title', 'ed-steps']);
const render = (list: SummaryItem[]) => renderToStaticMarkup(createElement(ErrorSummary, { problems: list, exists: (id: string) => onPage.has(id) }));

describe('the error summary', () => {
  it('is not there without problems', () => {
    expect(render([])).toBe('');
  });

  it('counts the problems in its heading and links each sentence to its field', () => {
    const html = render(problems);
    expect(html).toContain('<section class="ed-summary" aria-labelledby="ed-summary-heading" tabindex="-1">');
    expect(html).toMatch(/<h3 id="ed-summary-heading">3 problems to fix[^<]*<\/h3>/);
    const links = [...html.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((match) => [match[1], match[2]]);
    expect(links).toEqual([
      ['ed-file-name', 'Write the short name in lower-case words joined by hyphens, like “cold-call”'],
      ['ed-steps-1-title', 'Enter the title of step 2'],
      // A field the page has no control for links to the nearest one that it has.
      ['ed-steps', 'Enter the detail of step 5'],
    ]);
  });
});
