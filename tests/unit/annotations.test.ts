/**
 * The check's problems as pull-request annotations: the workflow command's format, and that every
 * problem the check reports for the bad fixtures carries the line it is about.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotations, formatAnnotation, locateProblem } from '../../src/lib/annotations/annotations.ts';
import { checkContent } from '../../src/engine/check.node.ts';
import { badFixtureNames, makePlaybook, removePlaybooks } from './helpers.ts';
import { fieldProblem, placeProblem } from '../../src/core/problem.ts';

afterAll(removePlaybooks);

describe('formatAnnotation', () => {
  it('writes a workflow error command with file, line, title and message', () => {
    const problem = fieldProblem('content/techniques/cold-call.mdx', ['steps', 2, 'title'], 'text', 'nothing');
    expect(formatAnnotation(problem, 14)).toBe(
      '::error file=content/techniques/cold-call.mdx,line=14,title=Content check%3A steps[2].title::content/techniques/cold-call.mdx: steps[2].title: expected text, found nothing',
    );
  });

  it('escapes what would end a property or the command', () => {
    const problem = fieldProblem('content/a,b:c.yaml', ['x'], '100% sure', 'two\nlines');
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
    expect(locateProblem(fieldProblem('c/t.mdx', ['steps', 1, 'detail'], '', ''), mdx)).toEqual({ line: 6, how: 'field' });
    expect(locateProblem(fieldProblem('c/t.mdx', ['relatd'], '', ''), mdx)).toEqual({ line: 7, how: 'field' });
  });
  it('points a missing field at the entry or item that lacks it', () => {
    expect(locateProblem(fieldProblem('c/t.mdx', ['steps', 0, 'detail'], '', ''), mdx)).toEqual({ line: 4, how: 'field' });
  });
  it('finds an item of a list file', () => {
    const yaml = '- id: a\n  title: A\n- id: b\n  year: 12\n';
    expect(locateProblem(fieldProblem('c/sources.yaml', [1, 'year'], '', ''), yaml)).toEqual({ line: 4, how: 'field' });
  });
  it('takes the line a problem carries, whatever its words say', () => {
    expect(locateProblem(placeProblem('c/t.mdx', 'body (line 22) <Example>.phase', '', '', 22), mdx)).toEqual({ line: 22, how: 'named' });
    expect(locateProblem(placeProblem('c/t.yaml', 'the top', '', '', 3), '')).toEqual({ line: 3, how: 'named' });
  });
  it('points a problem with neither field nor line at the first line', () => {
    expect(locateProblem(placeProblem('c/t.mdx', '(the file name)', '', ''), mdx)).toEqual({ line: 1, how: 'file' });
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
      // Every problem carries where it is as data: a field's keys, a line, or it is about the whole file.
      if (problem.path === undefined && problem.line === undefined) expect(problem.field).toMatch(/^\((the file|the file name|frontmatter|the folder)\)$/);
      // A problem about a field is placed by the file's parsed positions, never by a default.
      expect(located.how, `${problem.file}: ${problem.field}`).toBe(problem.line !== undefined ? 'named' : problem.path === undefined ? 'file' : 'field');
      const text = read(problem.file).split('\n');
      expect(located.line, `${problem.file}: ${problem.field}`).toBeLessThanOrEqual(text.length);
      // The line names the field's last key, or is the list item (or entry) that holds it.
      const keys = problem.path ?? [];
      const last = [...keys].reverse().find((key) => typeof key === 'string');
      if (located.how === 'field' && typeof keys.at(-1) === 'string' && new RegExp(`^\\s*(- )?${last}:`).test(text[located.line - 1]!)) return;
      if (located.how === 'field') expect(text[located.line - 1], `${problem.file}: ${problem.field} at line ${located.line}`).toMatch(/^\s*(- |[a-zA-Z]+:)/);
    });
  });
});
