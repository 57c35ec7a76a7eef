/**
 * The templates behind `npm run new`: every collection's new entry passes its schema and the
 * whole content check, says what each field is, and refuses what it cannot make.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { COLLECTIONS, definitionOf, type CollectionName } from '../../src/collections/index.ts';
import { formatProblem } from '../../src/core/problem.ts';
import { splitFrontmatter } from '../../src/engine/read.node.ts';
import { flattenFields } from '../../src/engine/scaffold/fields.ts';
import { entryJsonSchema } from '../../src/engine/scaffold/json-schemas.ts';
import { appendToList, entryFile, idFromTitle, idsInList, newEntryText, resolveCollection } from '../../src/engine/scaffold/new-entry.ts';
import { idList, scaffold, ScaffoldError, type ScaffoldContext } from '../../src/engine/scaffold/templates.ts';
import { makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

/** The good fixture's playbook, as `npm run new` would see it. */
const CONTEXT: ScaffoldContext = {
  taxonomy: { phases: ['primary', 'secondary'], subjects: ['maths'], components: ['develop-expertise'] },
  ids: {
    strands: ['questioning', 'practice'],
    sources: ['fixture-source', 'second-source'],
    techniques: ['cold-call', 'fluency-drill'],
    audits: ['questioning-audit'],
  },
  strandOrders: [1, 2],
  year: 2026,
};

/** The fields of a new entry's text: the frontmatter of MDX, the whole of YAML, the one item of a list. */
function dataOf(name: CollectionName, text: string): Record<string, unknown> {
  const spec = definitionOf(name);
  if (spec.format === 'mdx') return parse(splitFrontmatter(text)!.frontmatter) as Record<string, unknown>;
  const parsed = parse(text) as unknown;
  return (spec.format === 'yaml-list' ? (parsed as unknown[])[0] : parsed) as Record<string, unknown>;
}

describe.each(COLLECTIONS.map((spec) => spec.name))('a new entry of %s', (name) => {
  const spec = definitionOf(name);
  const title = 'Think, pair: share';
  const text = newEntryText(spec, title, 'think-pair-share', CONTEXT);

  it('passes its schema, keeps the title and (for a list) has the id made from it', () => {
    const data = dataOf(name, text);
    const parsed = spec.schema(CONTEXT.taxonomy).safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(data.title).toBe(title);
    if (spec.format === 'yaml-list') expect(data.id).toBe('think-pair-share');
  });

  it('passes the whole content check once it is in a playbook', () => {
    const { root, content } = makePlaybook();
    const file = path.join(content, entryFile(spec, 'think-pair-share'));
    mkdirSync(path.dirname(file), { recursive: true });
    if (spec.format === 'yaml-list') writeFileSync(file, appendToList(readFileSync(file, 'utf8'), text, file));
    else writeFileSync(file, text, { flag: 'wx' });
    const result = checkContent(root, content);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.entries.some((entry) => entry.collection === name && entry.id === 'think-pair-share')).toBe(true);
  });

  it('gives every required field, and says above each field what it means', () => {
    const schema = entryJsonSchema(name, CONTEXT.taxonomy);
    const data = dataOf(name, text);
    const topLevel = flattenFields(schema).filter((field) => !field.path.includes('.') && !field.path.includes('['));
    for (const field of topLevel.filter((candidate) => candidate.required)) expect(data, `required field ${field.path}`).toHaveProperty(field.path);
    for (const field of topLevel.filter((candidate) => candidate.path in data && candidate.description)) {
      expect(text, `the description of ${field.path}`).toContain(`# ${field.description}`);
    }
  });

  it('marks what the author must write with TODO, and lists the optional fields it leaves out', () => {
    expect(text).toMatch(/TODO/);
    const schema = entryJsonSchema(name, CONTEXT.taxonomy);
    const data = dataOf(name, text);
    for (const field of flattenFields(schema).filter((candidate) => !candidate.path.includes('.') && !candidate.path.includes('[') && !(candidate.path in data))) {
      expect(text, `the left-out field ${field.path}`).toContain(`#   ${field.path} (`);
    }
  });
});

describe('templates', () => {
  it('point a technique at the playbook\'s own strand, phase and source, and list the others', () => {
    const made = scaffold('techniques', 'Cold start', 'cold-start', CONTEXT);
    expect(made.data).toMatchObject({ strand: 'questioning', phases: ['primary'], evidence: [{ source: 'fixture-source' }] });
    expect(made.notes.strand).toContain('questioning, practice');
    expect(made.body).toContain('<Example phase="primary"');
  });

  it('put a new strand after the others', () => {
    expect(scaffold('strands', 'Talk', 'talk', { ...CONTEXT, strandOrders: [3, 9, 4] }).data.order).toBe(10);
    expect(scaffold('strands', 'Talk', 'talk', { ...CONTEXT, strandOrders: [] }).data.order).toBe(1);
  });

  it('give a new source this year, which the author then corrects', () => {
    expect(scaffold('sources', 'A report', 'a-report', CONTEXT).data).toMatchObject({ id: 'a-report', year: 2026, title: 'A report' });
  });

  it('refuse, saying what to add first, when the playbook lacks what the entry must name', () => {
    const empty = { ...CONTEXT, ids: {} };
    expect(() => scaffold('techniques', 'X', 'x', empty)).toThrow(ScaffoldError);
    expect(() => scaffold('techniques', 'X', 'x', empty)).toThrow('A technique belongs to a strand, and the playbook has no strand yet. Add one first: npm run new -- strands "Its title"');
    expect(() => scaffold('sequences', 'X', 'x', empty)).toThrow('npm run new -- techniques "Its title"');
    expect(() => scaffold('protocols', 'X', 'x', empty)).toThrow('npm run new -- sources "Its title"');
    expect(() => scaffold('techniques', 'X', 'x', { ...CONTEXT, taxonomy: { phases: [], subjects: [], components: [] } })).toThrow('no phases');
    // Strands and sources name nothing, so a playbook can start with them.
    expect(() => scaffold('strands', 'X', 'x', empty)).not.toThrow();
    expect(() => scaffold('sources', 'X', 'x', empty)).not.toThrow();
  });

  it('shorten a long list of ids', () => {
    expect(idList(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
    expect(idList(['a', 'b'], 2)).toBe('a, b');
  });
});

describe('ids and collection names', () => {
  it('makes the id from the title', () => {
    expect(idFromTitle('Think, pair, share')).toBe('think-pair-share');
    expect(idFromTitle('  Café culture: the “basics”  ')).toBe('cafe-culture-the-basics');
    expect(idFromTitle("Pupils' own questions")).toBe('pupils-own-questions');
    expect(idFromTitle('Year 7 — part 2')).toBe('year-7-part-2');
  });

  it('refuses a title with nothing to make an id from', () => {
    expect(() => idFromTitle('!!!')).toThrow('has no letters or digits');
    expect(() => idFromTitle('')).toThrow(ScaffoldError);
  });

  it('knows a collection by its route, name, singular or plural, in any case', () => {
    expect(resolveCollection('techniques')?.name).toBe('techniques');
    expect(resolveCollection('Technique')?.name).toBe('techniques');
    expect(resolveCollection('case-studies')?.name).toBe('caseStudies');
    expect(resolveCollection('caseStudies')?.name).toBe('caseStudies');
    expect(resolveCollection('case study')?.name).toBe('caseStudies');
    expect(resolveCollection('mentor-criteria')?.name).toBe('mentorCriteria');
    expect(resolveCollection('strand')?.name).toBe('strands');
    expect(resolveCollection('lessons')).toBeUndefined();
    expect(resolveCollection('')).toBeUndefined();
  });

  it('puts each entry in its collection\'s folder, or in the list file', () => {
    expect(entryFile(definitionOf('techniques'), 'x')).toBe('techniques/x.mdx');
    expect(entryFile(definitionOf('sequences'), 'x')).toBe('sequences/x.yaml');
    expect(entryFile(definitionOf('caseStudies'), 'x')).toBe('case-studies/x.mdx');
    expect(entryFile(definitionOf('strands'), 'x')).toBe('strands.yaml');
  });
});

describe('appending to a list file', () => {
  const item = '# A new strand\n- id: talk\n  title: Talk\n';

  it('keeps everything already in the file, comments included, and adds the item at the end', () => {
    const existing = '# The strands.\n- id: a # first\n  title: A\n\n\n';
    const result = appendToList(existing, item, 'strands.yaml');
    expect(result.startsWith('# The strands.\n- id: a # first\n  title: A\n')).toBe(true);
    expect(result.endsWith(item)).toBe(true);
    expect(parse(result)).toEqual([{ id: 'a', title: 'A' }, { id: 'talk', title: 'Talk' }]);
  });

  it('starts a missing, empty or comment-only file, and an empty list in brackets', () => {
    expect(appendToList(undefined, item, 'f')).toBe(item);
    expect(appendToList('  \n', item, 'f')).toBe(item);
    expect(parse(appendToList('# Nothing yet\n', item, 'f'))).toEqual([{ id: 'talk', title: 'Talk' }]);
    expect(parse(appendToList('[]\n', item, 'f'))).toEqual([{ id: 'talk', title: 'Talk' }]);
  });

  it('refuses a file it cannot add to safely, saying what to do', () => {
    expect(() => appendToList('[{ id: a }]\n', item, 'content/strands.yaml')).toThrow('written as a list in brackets');
    expect(() => appendToList('id: a\n', item, 'content/strands.yaml')).toThrow('should be a YAML list');
    expect(() => appendToList('- id: [a\n', item, 'content/strands.yaml')).toThrow('is not valid YAML');
  });

  it('reads the ids a list has, to refuse a duplicate', () => {
    expect(idsInList('- id: a\n- id: b\n- title: no id\n')).toEqual(['a', 'b']);
    expect(idsInList(undefined)).toEqual([]);
    expect(idsInList('name: not a list\n')).toEqual([]);
  });
});
