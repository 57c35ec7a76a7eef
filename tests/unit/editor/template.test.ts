import { describe, expect, it } from 'vitest';
import { templateParts } from '../../../src/lib/editor/template.ts';

describe('templateParts', () => {
  it('splits a string of the table around its placeholders, in its own order', () => {
    expect(templateParts('Open {file} in the editor')).toEqual([{ text: 'Open ' }, { name: 'file' }, { text: ' in the editor' }]);
    expect(templateParts('{link}.')).toEqual([{ name: 'link' }, { text: '.' }]);
    expect(templateParts('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(templateParts('No placeholder')).toEqual([{ text: 'No placeholder' }]);
  });
});
