/** Reading the content folder: what each file becomes, and problems for files that cannot be read. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { formatProblem } from '../../src/core/problem.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { FIXTURES, GOOD, makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

describe('readContent', () => {
  it('reads the good fixture: the playbook and every entry, with ids, files and places', () => {
    const read = readContent(FIXTURES, GOOD);
    expect(read.problems).toEqual([]);
    expect(read.playbook?.file).toBe('good/playbook.yaml');
    expect(read.entries.map((entry) => `${entry.collection} ${entry.id} ${entry.file} [${entry.pathInFile.join(',')}]`)).toEqual([
      'strands questioning good/strands.yaml [0]',
      'strands practice good/strands.yaml [1]',
      'sources fixture-source good/sources.yaml [0]',
      'sources second-source good/sources.yaml [1]',
      'techniques cold-call good/techniques/cold-call.mdx []',
      'techniques fluency-drill good/techniques/fluency-drill.mdx []',
      'sequences first-term good/sequences/first-term.yaml []',
      'rubrics questioning-rubric good/rubrics/questioning-rubric.mdx []',
      'audits questioning-audit good/audits/questioning-audit.mdx []',
      'mentorCriteria mentor-set good/mentor-criteria/mentor-set.mdx []',
      'protocols practice-clinic good/protocols/practice-clinic.mdx []',
      'caseStudies fixture-school good/case-studies/fixture-school.mdx []',
      'frameworks fixture-framework good/frameworks/fixture-framework.yaml []',
    ]);
    const coldCall = read.entries.find((entry) => entry.id === 'cold-call')!;
    expect(coldCall.bodyLine).toBe(23);
    expect(coldCall.body?.startsWith('<Example phase="primary"')).toBe(true);
    expect(read.entries.find((entry) => entry.id === 'first-term')!.body).toBeUndefined();
  });

  it('a missing playbook.yaml is a problem, and nothing else is judged', () => {
    const { root, content } = makePlaybook();
    rmSync(path.join(content, 'playbook.yaml'));
    const result = checkContent(root, content);
    expect(result.problems.map(formatProblem)).toEqual(["content/playbook.yaml: (the file): expected the playbook's identity and taxonomies, found no such file"]);
    expect(result.entries).toEqual([]);
  });

  it('a collection without its folder or file simply has no entries', () => {
    const { root, content } = makePlaybook();
    for (const folder of ['sequences', 'rubrics', 'mentor-criteria', 'case-studies']) rmSync(path.join(content, folder), { recursive: true });
    const result = checkContent(root, content);
    expect(result.problems).toEqual([]);
    expect(result.entries.some((entry) => entry.collection === 'sequences')).toBe(false);
  });

  it('a list file that is not a list, and a file where a folder belongs', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'strands.yaml'), 'id: questioning\ntitle: Questioning\n');
    rmSync(path.join(content, 'rubrics'), { recursive: true });
    writeFileSync(path.join(content, 'rubrics'), 'not a folder');
    const problems = readContent(root, content).problems.map(formatProblem);
    expect(problems).toEqual(['content/strands.yaml: (the file): expected a YAML list of strands, found a set of fields', 'content/rubrics: (the folder): expected a folder of rubrics, found a file']);
  });

  it('skips hidden files and drafts whose names start with "_", and nothing else', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'techniques', '.draft.mdx'), 'broken');
    writeFileSync(path.join(content, 'techniques', '_template.mdx'), 'broken');
    mkdirSync(path.join(content, '_notes'));
    writeFileSync(path.join(content, '_ideas.txt'), 'later');
    expect(checkContent(root, content).problems).toEqual([]);
  });

  it('reports every file and folder it will not read, saying what would make it read', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'techniques', 'picture.png'), 'png');
    mkdirSync(path.join(content, 'techniques', 'images'));
    writeFileSync(path.join(content, 'technique.mdx'), '---\ntitle: x\n---\n');
    mkdirSync(path.join(content, 'lessons'));
    expect(readContent(root, content).problems.map(formatProblem)).toEqual([
      'content/techniques/images: (the folder): expected techniques as files directly in techniques/ (folders inside it are not read; start the name with "_" to keep notes there), found a folder',
      'content/techniques/picture.png: (the file name): expected a .mdx file (other files here are not read; images and downloads belong in public/, and a name starting with "_" keeps a draft out), found ".png"',
      'content/lessons: (the folder): expected one of the places the playbook is read from: playbook.yaml, strings.yaml, strands.yaml, sources.yaml, techniques/, sequences/, rubrics/, audits/, mentor-criteria/, protocols/, case-studies/, frameworks/ (images and downloads belong in public/; a name starting with "_" keeps notes out), found a name none of them has',
      'content/technique.mdx: (the file): expected one of the places the playbook is read from: playbook.yaml, strings.yaml, strands.yaml, sources.yaml, techniques/, sequences/, rubrics/, audits/, mentor-criteria/, protocols/, case-studies/, frameworks/ (images and downloads belong in public/; a name starting with "_" keeps notes out), found a name none of them has',
    ]);
  });

  it('a .yml file among sequences is reported', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'sequences', 'second-term.yml'), 'title: x\n');
    expect(readContent(root, content).problems.map(formatProblem)).toEqual([
      'content/sequences/second-term.yml: (the file name): expected a .yaml file (other files here are not read; images and downloads belong in public/, and a name starting with "_" keeps a draft out), found ".yml"',
    ]);
  });

  it('a file that cannot be read is the one problem: entries that name its entries are not told they are missing', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'sources.yaml'), '- id: fixture-source\n  title: [unclosed\n');
    const problems = checkContent(root, content).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/sources\.yaml: line \d+, column \d+: expected valid YAML, found /);
  });

  it('an entry whose own file does not parse is not reported as missing by those that name it', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'techniques', 'fluency-drill.mdx'), '---\ntitle: [unclosed\n---\nBody\n');
    const problems = checkContent(root, content).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/techniques\/fluency-drill\.mdx: /);
  });

  it('a list entry without an id is read with a placeholder id, and its schema reports the id', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'strands.yaml'), '- { id: questioning, title: Q, summary: S, order: 1 }\n- { id: practice, title: P, summary: S, order: 2 }\n- { title: T, summary: S, order: 3 }\n');
    expect(readContent(root, content).entries.filter((entry) => entry.collection === 'strands').map((entry) => entry.id)).toEqual(['questioning', 'practice', '#2']);
    expect(checkContent(root, content).problems.map(formatProblem)).toEqual(['content/strands.yaml: [2].id: expected text, found nothing']);
  });

  it('an empty sequence file is an entry with nothing in it', () => {
    const { root, content } = makePlaybook();
    writeFileSync(path.join(content, 'sequences', 'first-term.yaml'), '');
    expect(checkContent(root, content).problems.map(formatProblem)).toEqual(['content/sequences/first-term.yaml: (the entry): expected a set of fields, found nothing']);
  });
});
