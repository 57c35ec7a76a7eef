// fillNodes: a table string with elements put in place of its placeholders, so a sentence with a
// button or a link inside stays one string that a translation can reorder.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fillNodes } from '../../src/islands/shared/fill.tsx';
import { audit, shared } from '../../src/strings/index.ts';

const html = (node: ReturnType<typeof fillNodes>) => renderToStaticMarkup(createElement('p', null, node));

describe('fillNodes', () => {
  it('puts elements and text where the placeholders are, in the template’s order', () => {
    const link = createElement('a', { href: '/group-results/' }, 'group results');
    expect(html(fillNodes('on the {link} page, {count} times', { link, count: 1234 }))).toBe('<p>on the <a href="/group-results/">group results</a> page, 1,234 times</p>');
    expect(html(fillNodes('{b} before {a}', { a: 'A', b: createElement('strong', null, 'B') }))).toBe('<p><strong>B</strong> before A</p>');
  });

  it('escapes text values and leaves an unknown placeholder as it is', () => {
    expect(html(fillNodes('{name} and {missing}', { name: '<script>' }))).toBe('<p>&lt;script&gt; and {missing}</p>');
  });

  it('fills the self-audit’s sentence with a button inside, reading as it did', () => {
    const button = createElement('button', { type: 'button' }, shared.downloadUnreadable);
    const text = html(fillNodes(audit.storedLeftInPlace, { this: audit.thisAudit, reason: 'it is not valid JSON', download: button, delete: shared.deleteMyData }));
    expect(text).toContain('Your saved answers to this audit could not be read (it is not valid JSON)');
    expect(text).toContain('<button type="button">Download the unreadable data</button> to keep them, then use “Delete my data” to start again.');
  });
});
