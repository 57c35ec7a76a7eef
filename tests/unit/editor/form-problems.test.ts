/**
 * Problems as the form shows them (src/engine/editor/form-problems.ts): each links to its field's
 * control by the field's keys (a worked example's field by its example), and is listed in the
 * order of the form. The check's formatted field text is never read: these tests give it nonsense.
 */
import { describe, expect, it } from 'vitest';
import { BODY_KEY, FILE_NAME_KEY, byPlace, fieldDomId, inFormOrder, linkTargetFor, placeKey, type FormProblem, type Place } from '../../../src/engine/editor/form-problems.ts';

const problem = (place: Place, field = 'shown only'): FormProblem => ({ place, problem: { file: 'f', field, path: place.at === 'field' ? place.path : [], expected: 'e', found: 'f' } });

describe('problem links', () => {
  const ids = new Set(['ed-steps', 'ed-steps-2', 'ed-steps-2-title', 'ed-examples', 'ed-examples-1-title', 'ed-summary', 'ed-criteria-0-descriptors-working-towards']);
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
    expect(linkTargetFor({ at: 'body', example: 1, attribute: 'title' }, exists, 'top')).toBe('ed-examples-1-title');
    expect(linkTargetFor({ at: 'body', example: 1, attribute: 'text' }, exists, 'top')).toBe('ed-examples');
    expect(linkTargetFor({ at: 'field', path: ['nowhere'] }, exists, 'top')).toBe('top');
  });
});

describe('problem places in order', () => {
  it('sort in the order of the form: its fields as shown, the body where it is, what is under More options; within a field by path, in the body by example', () => {
    const order = ['title', 'summary', 'steps', BODY_KEY, FILE_NAME_KEY, 'review'];
    const list = [
      problem({ at: 'body', example: 2, attribute: 'title' }, 'body (line 9)'),
      problem({ at: 'field', path: ['review', 'due'] }),
      problem({ at: 'field', path: ['steps', 10, 'title'] }),
      problem({ at: 'field', path: ['steps', 2, 'title'] }),
      problem({ at: 'body', example: 0, attribute: 'phase' }, 'body (line 3)'),
      problem({ at: 'file-name' }),
      problem({ at: 'field', path: ['title'] }),
      problem({ at: 'field', path: ['unknown'] }),
    ];
    expect(inFormOrder(list, order).map((item) => (item.place.at === 'field' ? item.place.path.join('.') : item.place.at === 'body' ? `body ${item.place.example}` : item.place.at))).toEqual([
      'title',
      'steps.2.title',
      'steps.10.title',
      'body 0',
      'body 2',
      'file-name',
      'review.due',
      'unknown',
    ]);
  });

  it('group by place, from the keys', () => {
    const places = byPlace([problem({ at: 'field', path: ['steps', 0] }), problem({ at: 'field', path: ['steps', 0] }), problem({ at: 'field', path: ['steps', '0'] }), problem({ at: 'body' }), problem({ at: 'body', example: 1, attribute: 'title' })]);
    expect(places.get(placeKey({ at: 'field', path: ['steps', 0] }))).toHaveLength(2);
    expect(places.get(placeKey({ at: 'field', path: ['steps', '0'] }))).toHaveLength(1);
    expect(places.get(placeKey({ at: 'body' }))).toHaveLength(1);
    expect(places.get(placeKey({ at: 'body', example: 1, attribute: 'title' }))).toHaveLength(1);
  });
});
