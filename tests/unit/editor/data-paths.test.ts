/** Places in an entry's data as lists of keys (src/engine/editor/data-paths.ts). */
import { describe, expect, it } from 'vitest';
import { getAt, moveItem, pathKey, setAt } from '../../../src/engine/editor/data-paths.ts';

describe('data paths', () => {
  it('set, get and remove values by path without changing the original', () => {
    const data = { steps: [{ title: 'A' }] };
    const next = setAt(data, ['steps', 0, 'detail'], 'D');
    expect(getAt(next, ['steps', 0, 'detail'])).toBe('D');
    expect(getAt(data, ['steps', 0, 'detail'])).toBeUndefined();
    expect(setAt({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  });
  it('moves list items', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
  it('keys a path by its keys, telling a list position from a field named by a number', () => {
    expect(pathKey(['steps', 2, 'title'])).toBe(pathKey(['steps', 2, 'title']));
    expect(pathKey(['steps', 2])).not.toBe(pathKey(['steps', '2']));
  });
});
