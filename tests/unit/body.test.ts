import { describe, expect, it } from 'vitest';
import { renderBody, type BodyTerms } from '../../src/lib/content/body.ts';
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
