/** The registry (src/collections/index.ts) and what every collection folder must provide. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, contributionsTo, definitionOf, isCollectionName, placeOf, schemaOf } from '../../src/collections/index.ts';
import { checkContent } from '../../src/engine/check.node.ts';
import { referencesFrom } from '../../src/engine/links.ts';
import { PLACEHOLDER_TAXONOMY } from '../../src/engine/scaffold/json-schemas.ts';
import { PROJECT_ROOT } from './helpers.ts';

const FOLDERS = path.join(PROJECT_ROOT, 'src/collections');

describe('the registry', () => {
  it('lists every collection folder once, and nothing else', () => {
    const folders = readdirSync(FOLDERS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    const registered = COLLECTIONS.map((definition) => definition.path.replace(/\.yaml$/, '')).sort();
    expect(registered).toEqual(folders);
  });

  it('gives each collection a unique name, route and content place', () => {
    for (const key of ['name', 'route', 'path'] as const) expect(new Set(COLLECTIONS.map((definition) => definition[key])).size).toBe(COLLECTIONS.length);
  });

  it('finds a definition by name and says which names exist when one does not', () => {
    expect(definitionOf('caseStudies').route).toBe('case-studies');
    expect(isCollectionName('lessons')).toBe(false);
    expect(() => definitionOf('lessons')).toThrow(/Unknown collection "lessons": the registry in src\/collections\/index.ts lists strands, sources/);
    expect(placeOf(definitionOf('strands'))).toBe('strands.yaml');
    expect(placeOf(definitionOf('techniques'))).toBe('techniques/');
  });
});

describe('each collection folder', () => {
  it.each(COLLECTIONS.map((definition) => [definition.name, definition] as const))('%s: has a schema.ts in its folder and a type label written as a heading (its template is tested in scaffold.test.ts)', (_name, definition) => {
    expect(existsSync(path.join(FOLDERS, definition.path.replace(/\.yaml$/, ''), 'schema.ts'))).toBe(true);
    expect(definition.labels.type).toMatch(/^[A-Z]/);
  });
});

describe('fields one collection adds to others', () => {
  it('frameworks add serves to the collections they name, and to no other', () => {
    for (const definition of COLLECTIONS) {
      const adds = contributionsTo(definition.name).map(({ from }) => from.name);
      const schema = schemaOf(definition, PLACEHOLDER_TAXONOMY);
      const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
      if (['techniques', 'sequences', 'protocols', 'audits', 'mentorCriteria'].includes(definition.name)) {
        expect(adds).toEqual(['frameworks']);
        expect(shape).toContain('serves');
      } else {
        expect(adds).toEqual([]);
        expect(shape).not.toContain('serves');
      }
    }
  });
});

describe('references', () => {
  it('every reference the default playbook makes points into a registered collection', () => {
    const { entries } = checkContent(PROJECT_ROOT, path.join(PROJECT_ROOT, 'content'));
    const targets = new Set(entries.flatMap((entry) => referencesFrom(entry).map((reference) => reference.target)));
    expect(targets.size).toBeGreaterThan(3);
    for (const target of targets) expect(isCollectionName(target), target).toBe(true);
  });
});

describe('what collections give the self-audit islands and the editor', () => {
  const { entries } = checkContent(PROJECT_ROOT, path.join(PROJECT_ROOT, 'content'));
  const links = (collection: string, id: string) => ({ title: `${collection}:${id}`, href: `/${collection}/${id}/` });

  it('an audit is answered as an instrument, with what develops each item as titled links', async () => {
    const audit = entries.find((entry) => entry.collection === 'audits')!;
    const instrument = (await definitionOf('audits').instrument!({ id: audit.id, data: audit.data }, links))!;
    expect(instrument).toMatchObject({ kind: 'audit', id: audit.id });
    expect(instrument.sections.flatMap((section) => section.items).length).toBeGreaterThan(0);
  });

  it('a rubric is answered only when one of its purposes is self-review', async () => {
    const rubrics = entries.filter((entry) => entry.collection === 'rubrics');
    const answered = (data: object) => definitionOf('rubrics').instrument!({ id: 'r', data }, links);
    for (const rubric of rubrics) {
      const data = rubric.data as { purposes: string[] };
      expect((await answered(data)) !== undefined, rubric.id).toBe(data.purposes.includes('self-review'));
      expect(await answered({ ...data, purposes: ['observation'] }), rubric.id).toBeUndefined();
    }
    expect(COLLECTIONS.filter((definition) => definition.instrument).map((definition) => definition.name).sort()).toEqual(['audits', 'rubrics']);
  });

  it('techniques are the one collection whose body the editor edits as worked examples, and a sequence draft has a length line', () => {
    expect(COLLECTIONS.filter((definition) => definition.examplesBody).map((definition) => definition.name)).toEqual(['techniques']);
    const note = definitionOf('sequences').editorNote!;
    expect(note({ steps: [{ weeks: 2 }, { weeks: 3 }, { weeks: 'x' }] })).toBe('3 steps, 5 weeks in all.');
    expect(note({})).toBe('0 steps, 0 weeks in all.');
  });
});
