/**
 * The inline formatter for long prose (src/strings/inline.ts): its marks become the few elements
 * it knows, every character of text is escaped, and what it cannot match stays text.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, inline } from '../../src/strings/inline.ts';

describe('inline', () => {
  it('writes code, strong, quotations and links', () => {
    expect(inline('Run `npm run check`, then choose **Commit changes**.')).toBe('Run <code>npm run check</code>, then choose <strong>Commit changes</strong>.');
    expect(inline('the "Edit this page" links')).toBe('the <q>Edit this page</q> links');
    expect(inline('the [editor]{editor} is easier', { links: { editor: '/base/editor/' } })).toBe('the <a href="/base/editor/">editor</a> is easier');
    expect(inline('**Change only `content/`**, and')).toBe('<strong>Change only <code>content/</code></strong>, and');
  });

  it('fills in values as text, and HTML only where the code gives it', () => {
    expect(inline('This site is "{name}", for {organisation}.', { values: { name: 'A <b> & "C"', organisation: 'Oak' } })).toBe(
      'This site is <q>A &lt;b&gt; &amp; &quot;C&quot;</q>, for Oak.',
    );
    expect(inline('set to `{url}`', { values: { url: 'https://x.test/a?b=1&c' } })).toBe('set to <code>https://x.test/a?b=1&amp;c</code>');
    expect(inline('Page {page} of {pages}', { html: { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' } })).toBe(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(inline('{count} weeks', { values: { count: 12345 } })).toBe('12,345 weeks');
  });

  it('escapes every character of the text, so a string can never hold markup', () => {
    expect(inline("<script>alert(1)</script> & <a href='x'>")).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;a href=&#39;x&#39;&gt;');
    expect(inline('`<your-account>` and `npm install && npm start`')).toBe('<code>&lt;your-account&gt;</code> and <code>npm install &amp;&amp; npm start</code>');
    expect(inline('[x]{link}', { links: { link: 'javascript:"x"' } })).toBe('<a href="javascript:&quot;x&quot;">x</a>');
  });

  it('keeps code literal, apart from its values', () => {
    expect(inline('like `repository: { url: https://x, branch: main }` and `**not strong**`')).toBe(
      'like <code>repository: { url: https://x, branch: main }</code> and <code>**not strong**</code>',
    );
  });

  it('leaves what it cannot match as text: unclosed marks, a link or value the code does not give', () => {
    expect(inline('a * b ** c and "open')).toBe('a * b ** c and &quot;open');
    expect(inline('see [the guide]{guide}')).toBe('see the guide');
    expect(inline('Hello {name}')).toBe('Hello {name}');
    expect(inline('an ` alone')).toBe('an ` alone');
  });

  it('marks words in another language, so they are read in it, and takes other marks inside', () => {
    expect(inline('Cliquez sur [**Commit changes**]{lang=en}.')).toBe('Cliquez sur <span lang="en"><strong>Commit changes</strong></span>.');
    expect(inline('[Pull requests]{lang=en-GB}')).toBe('<span lang="en-GB">Pull requests</span>');
    // Not a language tag: a link whose address the code does not give, so its text.
    expect(inline('[x]{lang=<b>}')).toBe('[x]{lang=&lt;b&gt;}');
  });

  it('escapes text for HTML', () => {
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});
