/**
 * Problems as the form shows them (src/engine/editor/form-problems.ts): each links to its field's
 * control by the field's keys, is named in words from the keys, and is listed in the order of the
 * form. The check's formatted field text is only shown: these tests give it nonsense, and nothing
 * changes but the words of a body problem.
 */
import { describe, expect, it } from 'vitest';
import { byPlace, fieldDomId, inFormOrder, linkTargetFor, placeKey, placeWords, type FormProblem, type Place } from '../../../src/engine/editor/form-problems.ts';

const problem = (place: Place, field = 'shown only'): FormProblem => ({ place, problem: { file: 'f', field, path: place.at === 'field' ? place.path : [], expected: 'e', found: 'f' } });

describe('problem links', () => {
  const ids = new Set(['ed-steps', 'ed-steps-2', 'ed-steps-2-title', 'ed-examples', 'ed-summary', 'ed-criteria-0-descriptors-working-towards']);
  const exists = (id: string) => ids.has(id);
  it('link to the field, or the nearest field the form shows', () => {
    expect(fieldDomId(['steps', 2, 'title'])).toBe('ed-steps-2-title');
    expect(fieldDomId([])).toBe('ed-entry');
    expect(fieldDomId(['criteria', 0, 'descriptors', 'working-towards'])).toBe('ed-criteria-0-descriptors-working-towards');
    expect(linkTargetFor({ at: 'field', path: ['steps', 2, 'title'] }, exists, 'top')).toBe('ed-steps-2-title');
    expect(linkTargetFor({ at: 'field', path: ['steps', 2, 'detail'] }, exists, 'top')).toBe('ed-steps-2');
    expect(linkTargetFor({ at: 'field', path: ['steps'] }, exists, 'top')).toBe('ed-steps');
    expect(linkTargetFor({ at: 'file-name' }, exists, 'top')).toBe('ed-file-name');
    expect(linkTargetFor({ at: 'body' }, exists, 'top')).toBe('ed-examples');
    expect(linkTargetFor({ at: 'body' }, () => false, 'top')).toBe('ed-body');
    expect(linkTargetFor({ at: 'field', path: ['nowhere'] }, exists, 'top')).toBe('top');
  });
});

describe('problem places in words and in order', () => {
  it('name a field from its keys, and a body problem as the check placed it', () => {
    expect(placeWords(problem({ at: 'field', path: ['steps', 2, 'title'] }))).toBe('Steps, item 3, title');
    expect(placeWords(problem({ at: 'field', path: ['steps', 2, 'lookFors'] }))).toBe('Steps, item 3, look-fors');
    expect(placeWords(problem({ at: 'file-name' }))).toBe('File name');
    expect(placeWords(problem({ at: 'body' }, 'body (line 40) <Example>.phase'))).toBe('Body (line 40) <Example>.phase');
  });

  it('sort in the order of the form: file name, fields in the schema\'s order, then the body in the check\'s order', () => {
    const top = ['title', 'summary', 'steps'];
    const list = [
      problem({ at: 'body' }, 'body (line 9)'),
      problem({ at: 'field', path: ['steps', 10, 'title'] }),
      problem({ at: 'field', path: ['steps', 2, 'title'] }),
      problem({ at: 'body' }, 'body (line 3)'),
      problem({ at: 'file-name' }),
      problem({ at: 'field', path: ['title'] }),
      problem({ at: 'field', path: ['unknown'] }),
    ];
    expect(inFormOrder(list, top).map((item) => (item.place.at === 'field' ? item.place.path.join('.') : `${item.place.at} ${item.problem.field}`))).toEqual([
      'file-name shown only',
      'title',
      'steps.2.title',
      'steps.10.title',
      'unknown',
      'body body (line 9)',
      'body body (line 3)',
    ]);
  });

  it('group by place, from the keys', () => {
    const places = byPlace([problem({ at: 'field', path: ['steps', 0] }), problem({ at: 'field', path: ['steps', 0] }), problem({ at: 'field', path: ['steps', '0'] }), problem({ at: 'body' })]);
    expect(places.get(placeKey({ at: 'field', path: ['steps', 0] }))).toHaveLength(2);
    expect(places.get(placeKey({ at: 'field', path: ['steps', '0'] }))).toHaveLength(1);
    expect(places.get(placeKey({ at: 'body' }))).toHaveLength(1);
  });
});
