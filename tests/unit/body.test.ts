import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderBody, type BodyTerms } from '../../src/lib/content/body.ts';
import { allowedElements, guardHtml } from '../../src/lib/content/safe-html.ts';
import { formatProblem } from '../../src/core/problem.ts';

const terms: BodyTerms = {
  phases: new Map([['primary', 'Primary'], ['secondary', 'Secondary']]),
  subjects: new Map([['maths', 'Maths']]),
};

describe('renderBody: checking', () => {
  it('finds examples with their file lines and anchors', () => {
    const body = '\nIntro.\n\n<Example phase="primary" subject="maths" title="Times tables">\n\nText.\n\n</Example>\n';
    const result = renderBody(body, 'f.mdx', 10, terms);
    expect(result.problems).toEqual([]);
    expect(result.examples).toEqual([{ phase: 'primary', subject: 'maths', title: 'Times tables', line: 13, anchor: 'example-times-tables' }]);
  });

  it('plain HTML elements are fine; other components are not', () => {
    const result = renderBody('<div>ok</div>\n\n<Note>hm</Note>\n', 'f.mdx', 1, terms);
    expect(result.problems.map(formatProblem)).toEqual(['f.mdx: body (line 3): expected one of the components <Example>, found <Note>']);
  });

  it("checks an example's title, phase and subject", () => {
    const result = renderBody('<Example phase="nursery" subject="art" title=" ">x</Example>\n\n<Example title="T">y</Example>\n', 'f.mdx', 5, terms);
    expect(result.problems.map((problem) => `${problem.field}: expected ${problem.expected}, found ${problem.found}`)).toEqual([
      'body (line 5) <Example>.title: expected text, found nothing',
      'body (line 5) <Example>.phase: expected one of "primary", "secondary", found "nursery"',
      'body (line 5) <Example>.subject: expected one of "maths", found "art"',
      'body (line 7) <Example>.phase: expected a phase id from content/playbook.yaml, found nothing',
    ]);
  });

  it('without the taxonomy, phases and subjects are not judged', () => {
    expect(renderBody('<Example phase="nursery" subject="art" title="T">x</Example>\n', 'f.mdx', 1, undefined).problems).toEqual([]);
  });

  it('a syntax error with a position names the file line and column', () => {
    const result = renderBody('Text\n\nHello {1 +\n', 'f.mdx', 10, terms);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.field).toBe('body (line 12, column 11)');
    expect(result.problems[0]!.expected).toContain('valid MDX');
    expect(result.examples).toEqual([]);
  });

  it('an unclosed tag is reported on the line the tag opens', () => {
    const result = renderBody('Intro.\n\n<Example phase="primary" title="T">\n\nText.\n', 'f.mdx', 10, terms);
    expect(result.problems[0]!.field).toBe('body (line 12, column 1)');
  });

  it('reports JavaScript that nothing would run: imports and expressions', () => {
    const result = renderBody('import X from "./x.js"\n\nTotal: {1 + 1}\n', 'f.mdx', 3, terms);
    expect(result.problems.map(formatProblem)).toEqual([
      'f.mdx: body (line 3): expected Markdown and <Example> blocks: no import or export is needed, found "import X from \\"./x.js\\""',
      'f.mdx: body (line 5): expected text (write a literal "{" as "\\{"), found an expression {1 + 1}',
    ]);
    expect(result.html).toBe('');
  });
});

describe('renderBody: rendering', () => {
  it('renders an example as a section with its setting, title and anchor', () => {
    const { html } = renderBody('<Example phase="primary" subject="maths" title="Times tables">\n\nChant "three sixes".\n\n</Example>\n', 'f.mdx', 1, terms);
    expect(html).toBe(
      '<section class="example" id="example-times-tables" data-phase="primary" data-subject="maths"><p class="eyebrow">Worked example · Primary · Maths</p><h3 id="example-times-tables-title">Times tables</h3><p>Chant “three sixes”.</p></section>',
    );
  });

  it('gives headings ids and lists them, renders tables, and keeps plain HTML', () => {
    const result = renderBody('## What it is\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<abbr title="Early career teacher">ECT</abbr>\n', 'f.mdx', 1, terms);
    expect(result.headings).toEqual([{ depth: 2, slug: 'what-it-is', text: 'What it is' }]);
    expect(result.html).toContain('<h2 id="what-it-is">What it is</h2>');
    expect(result.html).toContain('<td>1</td>');
    expect(result.html).toContain('<abbr title="Early career teacher">ECT</abbr>');
  });

  it('two examples with the same title get different anchors', () => {
    const result = renderBody('<Example phase="primary" title="Starter">a</Example>\n\n<Example phase="secondary" title="Starter">b</Example>\n', 'f.mdx', 1, terms);
    expect(result.examples.map((example) => example.anchor)).toEqual(['example-starter', 'example-starter-1']);
  });

  it('comments for authors are allowed and left out of the page', () => {
    const result = renderBody('{/* Write the examples here. */}\n\nText.\n', 'f.mdx', 1, terms);
    expect(result.problems).toEqual([]);
    expect(result.html).toBe('<p>Text.</p>');
  });

  it('the check alone does not render', () => {
    expect(renderBody('Some *text*.\n', 'f.mdx', 1, terms, false).html).toBe('');
  });
});

describe('renderBody: table captions', () => {
  it('a paragraph starting "Table:" just before a table becomes its caption', () => {
    const { html } = renderBody('Table: Answers by *row*\n\n| a | b |\n| - | - |\n| 1 | 2 |\n', 'f.mdx', 1, terms);
    expect(html).toMatch(/^<table><caption>Answers by <em>row<\/em><\/caption>\n?<thead>/);
    expect(html).not.toContain('Table:');
  });

  it('leaves a "Table:" paragraph that is not followed by a table as it is', () => {
    expect(renderBody('Table: nothing follows.\n', 'f.mdx', 1, terms).html).toBe('<p>Table: nothing follows.</p>');
  });
});

// The typographer gives what remark-smartypants (Astro's default) gave; each expectation here was
// rendered by remark-smartypants before it was replaced.
describe('renderBody: typography', () => {
  const html = (body: string) => renderBody(body, 'f.mdx', 1, terms).html;

  it('curls apostrophes: in words, after plurals and before decades', () => {
    expect(html("Don't mark the pupils' work in the '90s and '80s style; rock 'n' roll.")).toBe("<p>Don’t mark the pupils’ work in the ’90s and ’80s style; rock ‘n’ roll.</p>");
  });

  it('opens and closes quotes, nested ones too, and a quote that starts a block', () => {
    expect(html('"Hello," she said. He said, "\'Quoted\' words."')).toBe('<p>“Hello,” she said. He said, “‘Quoted’ words.”</p>');
    expect(html("'Start' of a block\n\n> \"A quotation\"\n\n- 'item'\n\n## \"Heading\"")).toBe(
      '<p>‘Start’ of a block</p>\n<blockquote>\n<p>“A quotation”</p>\n</blockquote>\n<ul>\n<li>‘item’</li>\n</ul>\n<h2 id="heading">“Heading”</h2>',
    );
  });

  it('reads sentences as retext does: a quote just after a full stop closes, and so does one after "e.g."', () => {
    expect(html('She said "Stop."Then she left. It was "fine."and then')).toBe('<p>She said “Stop.”Then she left. It was “fine.”and then</p>');
    expect(html("Tests, e.g.'the mock', and quizzes; a 'well-' and 'badly-written' essay.")).toBe("<p>Tests, e.g.‘the mock’, and quizzes; a ‘well-’ and ‘badly-written’ essay.</p>");
  });

  it('pairs quotes across links, emphasis and inline code', () => {
    expect(html('I "*think*" so; "[the guide](/g)" then; \'**bold**\'; "`code`".')).toBe(
      '<p>I “<em>think</em>” so; “<a href="/g">the guide</a>” then; ‘<strong>bold</strong>’; “<code>code</code>”.</p>',
    );
  });

  it('sets dashes, ellipses and backtick quotes, and leaves three dashes alone', () => {
    expect(html("Wait... then . . . go; now -- or, well--known, ``quoted''; a --- b")).toBe('<p>Wait… then … go; now — or, well—known, “quoted”; a --- b</p>');
  });

  // remark-smartypants skipped the four words and spaces after spaced dots, and left "go -- now" as it was.
  it('sets a dash just after spaced dots', () => {
    expect(html('then . . . go -- now')).toBe('<p>then … go — now</p>');
  });

  it('curls quotes inside examples and tables, but not in an example title', () => {
    expect(html('<Example phase="primary" title="Pupils\' talk">\n\nSay "three sixes".\n\n</Example>')).toContain('<h3 id="example-pupils-talk-title">Pupils\' talk</h3><p>Say “three sixes”.</p>');
    expect(html('| Prompt | Pupil\'s answer |\n| - | - |\n| "Why?" | It\'s -- maybe... |')).toContain('<td>“Why?”</td>\n<td>It’s — maybe…</td>');
  });

  it('leaves inline code and code blocks as written', () => {
    expect(html("Type `\"don't\" -- ...` here.\n\n```\nsay \"it's\" -- ...\n```")).toBe('<p>Type <code>"don\'t" -- ...</code> here.</p>\n<pre><code>say "it\'s" -- ...\n</code></pre>');
  });
});

describe('renderBody: the safe subset of HTML', () => {
  const check = (body: string) => renderBody(body, 'f.mdx', 10, terms, false).problems.map((problem) => `${problem.field}: found ${problem.found}`);

  it('reports each element, attribute or address the sanitiser removes, once, on its file line', () => {
    expect(check('Text.\n\n<script>alert(1)</script>\n')).toEqual(['body (line 12) <script>: found <script>, which would run code on the page']);
    expect(check('<iframe src="https://evil.example/"><p>Fallback</p></iframe>\n')).toEqual([
      'body (line 10) <iframe>: found <iframe>, which would show another site in the page: link to it instead, like [the video](https://...)',
    ]);
    expect(check('<figure>A figure</figure>\n')).toEqual(['body (line 10) <figure>: found <figure>']);
    // Each carries its file line as data, for the pull request's annotation beside it.
    expect(renderBody('Text.\n\n<video src="/v.mp4"></video>\n', 'f.mdx', 10, terms, false).problems.map((problem) => problem.line)).toEqual([12]);
    expect(check('[a](javascript:alert(1)) and <a href="JaVaScRiPt:x">b</a>\n')).toEqual([
      'body (line 10) <a>.href: found href="javascript:alert(1)"',
      'body (line 10) <a>.href: found href="JaVaScRiPt:x"',
    ]);
    expect(check('<img alt="" src="/a.png" srcset="https://evil.example/a.png 2x" onerror="x()" />\n')).toEqual([
      'body (line 10) <img>.srcset: found srcset="https://evil.example/a.png 2x"',
      'body (line 10) <img>.onerror: found onerror="x()"',
    ]);
    expect(check('<div class="note keep">x</div>\n\n<tr><td>1</td></tr>\n')).toEqual([
      'body (line 10) <div>.class: found class="note keep"',
      'body (line 12) <tr>: found <tr> outside it',
      'body (line 12) <td>: found <td> outside it',
    ]);
  });

  it('says what is allowed', () => {
    const [element, link, image] = renderBody('<video src="/v.mp4"></video>\n\n[a](data:text/html,x)\n\n![b](https://evil.example/b.png)\n', 'f.mdx', 1, terms, false).problems;
    expect(element!.expected).toBe('Markdown, <Example> or an HTML element bodies allow (the list is in README.md, "HTML in bodies")');
    expect(element!.found).toContain('link to it instead');
    expect(link!.expected).toBe('an address on this site, like "/techniques/" or "#steps", or one starting http:, https:, irc:, ircs:, mailto: or xmpp: (no script or data address)');
    expect(image!.expected).toContain('pages load nothing from another host');
  });

  it("README.md lists exactly the elements the schema allows", () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('The HTML elements a body may use'), readme.indexOf('Markdown writes most of these'));
    expect([...section.matchAll(/`(<[a-z0-9]+>)`/g)].map((match) => match[1])).toEqual(allowedElements());
    expect(allowedElements()).not.toContain('<script>');
    expect(allowedElements()).not.toContain('<iframe>');
  });

  it('keeps what GitHub keeps: links to the web and this site, details, kbd, sub and sup, task lists', () => {
    const body = '[a](https://example.org) [b](/techniques/) [c](#steps) [d](mailto:cpd@example.org)\n\n<details open>\n<summary>More</summary>\n\nText with <kbd>Ctrl</kbd>, H<sub>2</sub>O and x<sup>2</sup>.\n\n</details>\n\n- [x] done\n';
    const result = renderBody(body, 'f.mdx', 1, terms);
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<a href="https://example.org">a</a> <a href="/techniques/">b</a> <a href="#steps">c</a> <a href="mailto:cpd@example.org">d</a>');
    expect(result.html).toContain('<details open>');
    expect(result.html).toContain('<summary>More</summary>');
    expect(result.html).toContain('<kbd>Ctrl</kbd>, H<sub>2</sub>O and x<sup>2</sup>');
    expect(result.html).toContain('<input type="checkbox" checked disabled>');
  });

  it("prefixes an author's id, as GitHub does, and a link in the body follows it", () => {
    const { html } = renderBody('<span id="here">x</span> [go](#here) [out](#elsewhere)\n', 'f.mdx', 1, terms);
    expect(html).toBe('<p><span id="user-content-here">x</span> <a href="#user-content-here">go</a> <a href="#elsewhere">out</a></p>');
  });

  it('footnotes link to their notes and back', () => {
    const { html } = renderBody('A claim.[^1]\n\n[^1]: The note.\n', 'f.mdx', 1, terms);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(1);
    for (const target of targets) expect(ids).toContain(target);
  });

  it('lists as files only the images it keeps, for the check that they are in public/', () => {
    const result = renderBody('![a](/images/a.png)\n\n<img src="/images/b.png" alt="b" />\n\n![c](https://evil.example/c.png)\n', 'f.mdx', 1, terms, false);
    expect(result.files).toEqual([{ url: '/images/a.png', line: 1 }, { url: '/images/b.png', line: 3 }]);
    expect(result.problems.map((problem) => problem.field)).toEqual(['body (line 5) <img>.src']);
  });

  it('a section written with the class "example" is not taken for an <Example>', () => {
    const { html, problems } = renderBody('<section className="example">Not one</section>\n\n<Example phase="primary" title="Real">x</Example>\n', 'f.mdx', 1, terms);
    expect(problems).toEqual([]);
    expect(html).toContain('<section class="example">Not one</section>');
    expect(html).toContain('<section class="example" id="example-real" data-phase="primary"><p class="eyebrow">Worked example · Primary</p><h3 id="example-real-title">Real</h3>');
  });
});

describe('guardHtml: the renderer publishes only what the sanitiser keeps', () => {
  it('removes what a check let through, whatever made the tree', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] },
        { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)', onClick: 'x()' }, children: [{ type: 'text', value: 'a' }] },
        { type: 'element', tagName: 'img', properties: { src: 'https://evil.example/x.png', srcSet: '/x.png 2x', alt: 'x' }, children: [] },
        { type: 'element', tagName: 'iframe', properties: { src: '/x/' }, children: [{ type: 'text', value: 'words' }] },
      ],
    };
    expect(toHtml(guardHtml(tree).safe)).toBe('<a>a</a><img alt="x">words');
  });
});
