/** The small helpers pages use: week ranges, search state, citations, URLs, step ids. */
import { describe, expect, it } from 'vitest';
import { citation, fullTitle } from '../../src/lib/cite.ts';
import { FILTER_NAMES, pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../../src/lib/search-state.ts';
import { weekRanges } from '../../src/lib/sequence.ts';
import { withBase } from '../../src/lib/url.ts';
import { slugify, stepId } from '../../src/lib/content/step-id.ts';
import { contentFolder } from '../../src/core/playbook-folder.node.ts';
import { taxonomyOf } from '../../src/core/taxonomy.ts';

describe('weekRanges', () => {
  it('starts each step the week after the previous one ends', () => {
    expect(weekRanges([2, 3, 1])).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 5 },
      { start: 6, end: 6 },
    ]);
  });

  it('handles one step and none', () => {
    expect(weekRanges([4])).toEqual([{ start: 1, end: 4 }]);
    expect(weekRanges([])).toEqual([]);
  });
});

const empty = (): SearchState => ({ query: '', filters: { type: [], strand: [], phase: [] } });

describe('search state', () => {
  it('reads the query and every value of each filter', () => {
    expect(readSearchState('?q=cold+call&type=Technique&phase=Primary&phase=Secondary')).toEqual({
      query: 'cold call',
      filters: { type: ['Technique'], strand: [], phase: ['Primary', 'Secondary'] },
    });
  });

  it('reads an empty or missing search as no query and no filters', () => {
    expect(readSearchState('')).toEqual(empty());
    expect(readSearchState('?')).toEqual(empty());
  });

  it('trims the query, drops empty values and ignores unknown parameters', () => {
    expect(readSearchState('q=%20%20drill%20&type=&strand=Practice&colour=red')).toEqual({ query: 'drill', filters: { type: [], strand: ['Practice'], phase: [] } });
  });

  it('writes nothing for an empty state', () => {
    expect(writeSearchState(empty())).toBe('');
  });

  it('writes the query first, then filters in order', () => {
    const state: SearchState = { query: 'cold call', filters: { type: ['Technique'], strand: [], phase: ['Primary', 'Secondary'] } };
    expect(writeSearchState(state)).toBe('?q=cold+call&type=Technique&phase=Primary&phase=Secondary');
  });

  it('round-trips, including characters that need escaping', () => {
    const states: SearchState[] = [
      { query: 'a&b=c ? 100% "quoted"', filters: { type: ['Case study'], strand: ['Questioning & checking'], phase: ['Early years', 'Primary'] } },
      { query: '', filters: { type: [], strand: ['Practice'], phase: [] } },
      { query: 'café + tea', filters: { type: [], strand: [], phase: [] } },
      empty(),
    ];
    for (const state of states) expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('lists its filter names', () => {
    expect(FILTER_NAMES).toEqual(['type', 'strand', 'phase']);
  });

  it('gives pagefind only the filters that have values', () => {
    expect(pagefindFilters(empty())).toEqual({});
    expect(pagefindFilters({ query: 'x', filters: { type: ['Technique'], strand: [], phase: ['Primary', 'Secondary'] } })).toEqual({
      type: { any: ['Technique'] },
      phase: { any: ['Primary', 'Secondary'] },
    });
  });
});

describe('citation', () => {
  it('authors, year, title, then journal and publisher', () => {
    expect(citation({ authors: 'Rollett, S.', year: 2024, title: 'A title', publisher: 'A Press' })).toBe('Rollett, S. (2024) A title. A Press.');
    expect(citation({ authors: 'A. Author', year: 'n.d.', title: 'Another', journal: 'A Journal' })).toBe('A. Author (n.d.) Another. A Journal.');
    expect(citation({ authors: 'A', year: 2020, title: 'T', journal: 'J', publisher: 'P' })).toBe('A (2020) T. J. P.');
  });

  it('without journal or publisher ends after the title', () => {
    expect(citation({ authors: 'A', year: 2020, title: 'T' })).toBe('A (2020) T.');
    expect(citation({ authors: 'A', year: 2020, title: 'T', publisher: '' })).toBe('A (2020) T.');
  });

  it('does not add a full stop after a title that ends in its own punctuation', () => {
    expect(citation({ authors: 'Coe, R. et al.', year: 2014, title: 'What makes great teaching?', publisher: 'Sutton Trust' })).toBe(
      'Coe, R. et al. (2014) What makes great teaching? Sutton Trust.',
    );
    expect(citation({ authors: 'A', year: 2020, title: 'Teach!' })).toBe('A (2020) Teach!');
    expect(citation({ authors: 'A', year: 2020, title: 'A long title…' })).toBe('A (2020) A long title…');
  });

  it('joins a subtitle with a colon, or a space after a title ending in ? ! or :', () => {
    expect(fullTitle({ title: 'Lesson study' })).toBe('Lesson study');
    expect(fullTitle({ title: 'Lesson study', subtitle: 'the Japanese approach' })).toBe('Lesson study: the Japanese approach');
    expect(fullTitle({ title: 'How do we learn?', subtitle: 'Deliberate practice' })).toBe('How do we learn? Deliberate practice');
    expect(fullTitle({ title: 'Part one:', subtitle: 'beginnings' })).toBe('Part one: beginnings');
    expect(citation({ authors: 'A', year: 2020, title: 'T', subtitle: 'S', publisher: 'P' })).toBe('A (2020) T: S. P.');
  });

  it('names the collection a chapter appears in', () => {
    const book = { authors: 'E. Editor', year: 2019, title: 'The book', subtitle: 'a collection', publisher: 'Book Press' };
    expect(citation({ authors: 'C. Author', year: 2019, title: 'A chapter' }, book)).toBe('C. Author (2019) A chapter. In: The book: a collection. Book Press.');
    expect(citation({ authors: 'C. Author', year: 2019, title: 'A chapter' }, { ...book, publisher: undefined })).toBe('C. Author (2019) A chapter. In: The book: a collection.');
  });
});

describe('withBase', () => {
  it('joins a base and a path with one slash', () => {
    expect(withBase('/playbook/', 'techniques/')).toBe('/playbook/techniques/');
    expect(withBase('/playbook', 'techniques/')).toBe('/playbook/techniques/');
    expect(withBase('/playbook/', '/techniques/')).toBe('/playbook/techniques/');
    expect(withBase('/', '/techniques/cold-call/')).toBe('/techniques/cold-call/');
    expect(withBase('/', '//x/')).toBe('/x/');
  });

  it('an empty path is the base itself', () => {
    expect(withBase('/playbook/', '')).toBe('/playbook/');
    expect(withBase('/', '')).toBe('/');
  });
});

describe('step ids', () => {
  it('slugify makes lower-case words joined by hyphens', () => {
    expect(slugify('Ask the question, pause, then name the pupil')).toBe('ask-the-question-pause-then-name-the-pupil');
    expect(slugify("Don't name the pupil first")).toBe('dont-name-the-pupil-first');
    expect(slugify('Don’t rush')).toBe('dont-rush');
    expect(slugify('  Café: rôle-play!  ')).toBe('cafe-role-play');
    expect(slugify('Step 2 -- check')).toBe('step-2-check');
    expect(slugify('???')).toBe('');
  });

  it('stepId uses the id when given, else the title', () => {
    expect(stepId({ id: 'pause', title: 'Wait three seconds' })).toBe('pause');
    expect(stepId({ title: 'Wait three seconds' })).toBe('wait-three-seconds');
  });
});

describe('content folder and taxonomy', () => {
  it('contentFolder is PLAYBOOK_CONTENT or content, resolved against cwd', () => {
    expect(contentFolder({}, '/project')).toBe('/project/content');
    expect(contentFolder({ PLAYBOOK_CONTENT: 'tests/fixtures/good' }, '/project')).toBe('/project/tests/fixtures/good');
    expect(contentFolder({ PLAYBOOK_CONTENT: '/elsewhere/content' }, '/project')).toBe('/elsewhere/content');
  });

  it('taxonomyOf lists the ids', () => {
    expect(
      taxonomyOf({ phases: [{ id: 'primary', label: 'Primary' }], subjects: [], components: [{ id: 'c', label: 'C', group: 'G' }] }),
    ).toEqual({ phases: ['primary'], subjects: [], components: ['c'] });
  });
});
