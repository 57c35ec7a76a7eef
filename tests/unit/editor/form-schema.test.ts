/** The editor's reading of JSON Schemas: controls, labels, help, reference fields, problem links. */
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../../src/engine/editor/engine.ts';
import { kindSpec } from '../../../src/engine/editor/kinds.ts';
import { controlFor, fieldDomId, fieldWords, formOrder, getAt, helpFor, inSchemaOrder, labelFor, linkTargetFor, moveItem, referenceFields, setAt } from '../../../src/engine/editor/form-schema.ts';

const taxonomy = { phases: ['primary', 'secondary'], subjects: ['maths'], components: ['c'] };
const technique = toJsonSchema(kindSpec('techniques').schema(taxonomy));
const properties = technique.properties as Record<string, Record<string, unknown>>;

describe('controlFor', () => {
  it('gives each field of a technique the control its schema calls for', () => {
    expect(controlFor(properties.title!, 'title')).toEqual({ kind: 'text', long: false });
    expect(controlFor(properties.summary!, 'summary')).toEqual({ kind: 'text', long: true });
    expect(controlFor(properties.phases!, 'phases')).toEqual({ kind: 'choices', values: ['primary', 'secondary'] });
    expect(controlFor(properties.steps!, 'steps').kind).toBe('list');
    expect(controlFor(properties.rehearsal!, 'rehearsal').kind).toBe('group');
  });
  it('reads a source year (a number or "n.d.") and a rubric descriptor record', () => {
    const source = toJsonSchema(kindSpec('sources').schema(taxonomy)).properties as Record<string, Record<string, unknown>>;
    expect(controlFor(source.year!, 'year')).toEqual({ kind: 'year' });
    const rubric = toJsonSchema(kindSpec('rubrics').schema(taxonomy)) as { properties: { criteria: { items: { properties: { descriptors: Record<string, unknown> } } } } };
    expect(controlFor(rubric.properties.criteria.items.properties.descriptors).kind).toBe('record');
  });
});

describe('labels and help', () => {
  it('makes labels from field names', () => {
    expect(labelFor('lookFors')).toBe('Look-fors');
    expect(labelFor('evidencePrompt')).toBe('Evidence prompt');
    expect(labelFor('audience')).toBe('Audience');
  });
  it('shows the documented description, and a default the description does not name', () => {
    expect(helpFor({ description: 'Body text.', default: [] })).toBe('Body text. Default: none.');
    expect(helpFor({ description: 'Guidance. Default: none.', default: '' })).toBe('Guidance. Default: none.');
    expect(helpFor({ description: 'The branch.', default: 'main' })).toBe('The branch. Default: "main".');
  });
});

describe('referenceFields', () => {
  it('finds the fields that name other entries from the check\'s own reference table', () => {
    expect([...referenceFields('techniques', technique)]).toEqual([
      ['strand', 'strands'],
      ['evidence/*/source', 'sources'],
      ['related/*', 'techniques'],
    ]);
    expect(referenceFields('playbook', {}).size).toBe(0);
  });
});

describe('problem links', () => {
  const ids = new Set(['ed-steps', 'ed-steps-2', 'ed-steps-2-title', 'ed-examples', 'ed-summary']);
  const exists = (id: string) => ids.has(id);
  it('link to the field, or the nearest field the form shows', () => {
    expect(fieldDomId(['steps', 2, 'title'])).toBe('ed-steps-2-title');
    expect(linkTargetFor('steps[2].title', exists, 'top')).toBe('ed-steps-2-title');
    expect(linkTargetFor('steps[2].detail', exists, 'top')).toBe('ed-steps-2');
    expect(linkTargetFor('steps', exists, 'top')).toBe('ed-steps');
    expect(linkTargetFor('(the file name)', exists, 'top')).toBe('ed-file-name');
    expect(linkTargetFor('body (line 40) <Example>.phase', exists, 'top')).toBe('ed-examples');
    expect(linkTargetFor('nowhere', exists, 'top')).toBe('top');
  });
  it('name fields in words and sort them in the order of the form', () => {
    expect(fieldWords('steps[2].title')).toBe('Steps, item 3, title');
    expect(fieldWords('(the file name)')).toBe('File name');
    const top = ['title', 'summary', 'steps'];
    expect(['body (line 3)', 'steps[0].title', '(the file name)', 'title'].sort((a, b) => formOrder(a, top) - formOrder(b, top))).toEqual(['(the file name)', 'title', 'steps[0].title', 'body (line 3)']);
  });
});

describe('data helpers', () => {
  it('set, get and remove values by path without changing the original', () => {
    const data = { steps: [{ title: 'A' }] };
    const next = setAt(data, ['steps', 0, 'detail'], 'D') as typeof data;
    expect(getAt(next, ['steps', 0, 'detail'])).toBe('D');
    expect(getAt(data, ['steps', 0, 'detail'])).toBeUndefined();
    expect(setAt({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  });
  it('put fields in the schema\'s order, nested lists too', () => {
    const ordered = inSchemaOrder({ steps: [{ detail: 'D', title: 'T' }], title: 'X' }, technique) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['title', 'steps']);
    expect(Object.keys((ordered.steps as Record<string, unknown>[])[0]!)).toEqual(['title', 'detail']);
  });
  it('moves list items', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});
