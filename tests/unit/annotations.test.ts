/**
 * The check's problems as pull-request annotations: the workflow command's format, and that every
 * problem the check reports for the bad fixtures carries the line it is about.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotations, fieldKeys, formatAnnotation, locateProblem } from '../../src/lib/annotations/annotations.ts';
import { checkContent } from '../../src/engine/check.node.ts';
import { badFixtureNames, makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

describe('formatAnnotation', () => {
  it('writes a workflow error command with file, line, title and message', () => {
    const problem = { file: 'content/techniques/cold-call.mdx', field: 'steps[2].title', expected: 'text', found: 'nothing' };
    expect(formatAnnotation(problem, 14)).toBe(
      '::error file=content/techniques/cold-call.mdx,line=14,title=Content check%3A steps[2].title::content/techniques/cold-call.mdx: steps[2].title: expected text, found nothing',
    );
  });

  it('escapes what would end a property or the command', () => {
    const problem = { file: 'content/a,b:c.yaml', field: 'x', expected: '100% sure', found: 'two\nlines' };
    const line = formatAnnotation(problem, 1);
    expect(line).toContain('file=content/a%2Cb%3Ac.yaml,line=1,');
    expect(line).toContain('100%25 sure');
    expect(line).toContain('two%0Alines');
    expect(line.split('\n')).toHaveLength(1);
  });
});

describe('locateProblem', () => {
  const mdx = '---\ntitle: A\nsteps:\n  - title: One\n  - title: Two\n    detail: D\nrelatd: [x]\n---\n\nBody\n';
  it('finds a field in MDX frontmatter, counting the opening "---"', () => {
    expect(locateProblem({ file: 'c/t.mdx', field: 'steps[1].detail', expected: '', found: '' }, mdx)).toEqual({ line: 6, how: 'field' });
    expect(locateProblem({ file: 'c/t.mdx', field: 'relatd', expected: '', found: '' }, mdx)).toEqual({ line: 7, how: 'field' });
  });
  it('points a missing field at the entry or item that lacks it', () => {
    expect(locateProblem({ file: 'c/t.mdx', field: 'steps[0].detail', expected: '', found: '' }, mdx)).toEqual({ line: 4, how: 'field' });
  });
  it('finds an item of a list file', () => {
    const yaml = '- id: a\n  title: A\n- id: b\n  year: 12\n';
    expect(locateProblem({ file: 'c/sources.yaml', field: '[1].year', expected: '', found: '' }, yaml)).toEqual({ line: 4, how: 'field' });
  });
  it('takes the line a problem names', () => {
    expect(locateProblem({ file: 'c/t.mdx', field: 'body (line 22) <Example>.phase', expected: '', found: '' }, mdx)).toEqual({ line: 22, how: 'named' });
    expect(locateProblem({ file: 'c/t.yaml', field: 'line 3, column 5', expected: '', found: '' }, '')).toEqual({ line: 3, how: 'named' });
  });
  it('reads field paths back into keys', () => {
    expect(fieldKeys('sections[0].items[2].develop.techniques[1]')).toEqual(['sections', 0, 'items', 2, 'develop', 'techniques', 1]);
    expect(fieldKeys('[3].id')).toEqual([3, 'id']);
  });
});

describe('every problem the check reports for the bad fixtures carries a line', () => {
  it.each(badFixtureNames())('%s', (name) => {
    const { root, content } = makePlaybook(name);
    const { problems } = checkContent(root, content);
    expect(problems.length).toBeGreaterThan(0);
    const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
    const lines = annotations(problems, read);
    expect(lines).toHaveLength(problems.length);
    problems.forEach((problem, i) => {
      expect(lines[i]).toMatch(/^::error file=[^,]+,line=[1-9]\d*,title=[^:]*::.+/);
      const located = locateProblem(problem, read(problem.file));
      const wholeFile = /^\((the file|the file name|frontmatter|the folder)\)$/.test(problem.field);
      // A problem about a field is placed by the file's parsed positions, never by a default.
      expect(located.how, `${problem.file}: ${problem.field}`).toBe(wholeFile ? 'file' : /line \d+/.test(problem.field) ? 'named' : 'field');
      const text = read(problem.file).split('\n');
      expect(located.line, `${problem.file}: ${problem.field}`).toBeLessThanOrEqual(text.length);
      // The line names the field's last key, or is the list item (or entry) that holds it.
      const keys = fieldKeys(problem.field);
      const last = [...keys].reverse().find((key) => typeof key === 'string');
      if (located.how === 'field' && typeof keys.at(-1) === 'string' && new RegExp(`^\\s*(- )?${last}:`).test(text[located.line - 1]!)) return;
      if (located.how === 'field') expect(text[located.line - 1], `${problem.file}: ${problem.field} at line ${located.line}`).toMatch(/^\s*(- |[a-zA-Z]+:)/);
    });
  });
});
