/** src/lib/template-parts.ts: a table sentence cut at the placeholders an element takes the place of. */
import { describe, expect, it } from 'vitest';
import { templateParts } from '../../src/lib/template-parts.ts';
import { formatFigure } from '../../src/lib/charts.ts';

describe('templateParts', () => {
  it('cuts a sentence around a placeholder, wherever the language puts it', () => {
    expect(templateParts('Last changed {date}', ['date'])).toEqual(['Last changed ', { name: 'date' }, '']);
    expect(templateParts('Dernière modification le {date} (git)', ['date'])).toEqual(['Dernière modification le ', { name: 'date' }, ' (git)']);
  });

  it('keeps several placeholders in their order, and fills in the others', () => {
    expect(templateParts('Browse the {techniques}, {strands} or {count} more.', ['strands', 'techniques'], { count: 1200 })).toEqual([
      'Browse the ',
      { name: 'techniques' },
      ', ',
      { name: 'strands' },
      ' or 1,200 more.',
    ]);
  });

  it('takes every placeholder as a part when no names are given', () => {
    expect(templateParts('Open {file} in {place}')).toEqual(['Open ', { name: 'file' }, ' in ', { name: 'place' }, '']);
  });

  it('gives the whole sentence when the placeholder is not in it', () => {
    expect(templateParts('No link here.', ['link'])).toEqual(['No link here.']);
  });
});

describe('formatFigure', () => {
  it('writes a figure with its unit, the number as the language writes it', () => {
    expect(formatFigure(64, '%')).toBe('64%');
    expect(formatFigure(14000, 'learners')).toBe('14,000 learners');
    expect(formatFigure(0.9, 'points')).toBe('0.9 points');
    expect(formatFigure(undefined, '%')).toBe('—');
  });
});
