/** src/lib/facets.ts: the selection's address, and the choice a filtered list passes on to entries. */
import { describe, expect, it } from 'vitest';
import { carriedChoice, selectionPath, type Facet } from '../../src/lib/facets.ts';

const facets: Facet[] = [
  { key: 'strand', label: 'Strand', values: [{ id: 'questioning', label: 'Questioning' }] },
  { key: 'phase', label: 'Phase', values: [{ id: 'secondary', label: 'Secondary' }] },
  { key: 'subject', label: 'Subject', values: [{ id: 'maths', label: 'Maths' }] },
];

describe('carriedChoice', () => {
  it('passes on the phase and subject chosen, and nothing else', () => {
    const selection = { strand: 'questioning', phase: 'secondary', subject: 'maths' };
    expect(selectionPath(facets, selection)).toBe('filter/strand/questioning/phase/secondary/subject/maths/');
    expect(carriedChoice(selection)).toBe('?phase=secondary&subject=maths');
    expect(carriedChoice({ subject: 'maths' })).toBe('?subject=maths');
  });
  it('adds nothing to a link from an unfiltered list, or one filtered by other facets', () => {
    expect(carriedChoice({})).toBe('');
    expect(carriedChoice({ strand: 'questioning' })).toBe('');
  });
});
