/** References between entries and the backlinks built from them. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { COLLECTIONS, type CollectionName } from '../../src/collections/index.ts';
import { backlinks, entryKey, referencesFrom, type LinkableEntry } from '../../src/engine/links.ts';
import { FIXTURES, GOOD } from './helpers.ts';

const good = checkContent(FIXTURES, GOOD);

function entry(collection: CollectionName, id: string): LinkableEntry {
  const found = good.entries.find((candidate) => candidate.collection === collection && candidate.id === id);
  if (!found) throw new Error(`No ${collection}/${id} in the good fixture`);
  return found;
}

/** References as "path -> collection/id" lines, easy to read in a diff. */
function refs(linkable: LinkableEntry): string[] {
  return referencesFrom(linkable).map((reference) => `${reference.path.join('.')} -> ${reference.target}/${reference.id}${reference.part ? `#${reference.part}` : ''}`);
}

describe('referencesFrom', () => {
  it('the good fixture has no problems, so every collection below is parsed data', () => {
    expect(good.problems).toEqual([]);
    expect(new Set(good.entries.map((candidate) => candidate.collection))).toEqual(new Set(COLLECTIONS.map((definition) => definition.name)));
  });

  it('strands and sources refer to nothing', () => {
    expect(refs(entry('strands', 'questioning'))).toEqual([]);
    expect(refs(entry('sources', 'fixture-source'))).toEqual([]);
  });

  it('sources: the source a chapter is part of', () => {
    const source = entry('sources', 'fixture-source');
    expect(refs({ ...source, data: { ...source.data, partOf: 'second-source' } })).toEqual(['partOf -> sources/second-source']);
  });

  it('techniques: strand, evidence sources, related techniques', () => {
    expect(refs(entry('techniques', 'cold-call'))).toEqual(['strand -> strands/questioning', 'evidence.0.source -> sources/fixture-source', 'related.0 -> techniques/fluency-drill', 'serves.0 -> frameworks/fixture-framework#ask-well']);
    expect(refs(entry('techniques', 'fluency-drill'))).toEqual(['strand -> strands/practice', 'evidence.0.source -> sources/second-source']);
  });

  it('sequences: the technique of each step', () => {
    expect(refs(entry('sequences', 'first-term'))).toEqual(['steps.0.technique -> techniques/cold-call', 'steps.1.technique -> techniques/fluency-drill']);
  });

  it('rubrics: sources', () => {
    expect(refs(entry('rubrics', 'questioning-rubric'))).toEqual(['sources.0 -> sources/fixture-source']);
  });

  it('audits: what to develop next, for sections and items, then sources', () => {
    expect(refs(entry('audits', 'questioning-audit'))).toEqual([
      'sections.0.develop.techniques.0 -> techniques/cold-call',
      'sections.0.develop.protocols.0 -> protocols/practice-clinic',
      'sections.0.items.0.develop.techniques.0 -> techniques/cold-call',
      'sources.0 -> sources/fixture-source',
    ]);
  });

  it('mentor criteria: the audit when given, then sources', () => {
    const criteria = entry('mentorCriteria', 'mentor-set');
    expect(refs(criteria)).toEqual(['audit -> audits/questioning-audit', 'sources.0 -> sources/fixture-source']);
    expect(refs({ ...criteria, data: { ...criteria.data, audit: undefined } })).toEqual(['sources.0 -> sources/fixture-source']);
  });

  it('protocols: techniques, then sources', () => {
    expect(refs(entry('protocols', 'practice-clinic'))).toEqual(['techniques.0 -> techniques/cold-call', 'sources.0 -> sources/fixture-source']);
  });

  it('case studies: protocols, techniques, sources, then impact sources', () => {
    expect(refs(entry('caseStudies', 'fixture-school'))).toEqual([
      'protocols.0 -> protocols/practice-clinic',
      'techniques.0 -> techniques/cold-call',
      'sources.0 -> sources/fixture-source',
      'impact.0.source -> sources/fixture-source',
    ]);
  });

  it('paths are arrays with numeric indexes, as formatPath expects', () => {
    const [first] = referencesFrom(entry('sequences', 'first-term'));
    expect(first).toEqual({ path: ['steps', 0, 'technique'], target: 'techniques', id: 'cold-call' });
  });

  it('frameworks: their sources; and the elements an entry serves, added to other collections by frameworks', () => {
    expect(refs(entry('frameworks', 'fixture-framework'))).toEqual(['sources.0 -> sources/fixture-source']);
    const protocol: LinkableEntry = { collection: 'protocols', id: 'p', data: { techniques: [], sources: [], serves: ['fixture-framework/plan-well'] } };
    expect(refs(protocol)).toEqual(['serves.0 -> frameworks/fixture-framework#plan-well']);
  });

  it('backlinks to an entry with parts name the part, once per part', () => {
    const links = backlinks(good.entries);
    expect(links.get('frameworks/fixture-framework')).toEqual([{ collection: 'techniques', id: 'cold-call', part: 'ask-well' }]);
  });

  it('an audit without develop lists (raw, unparsed data) still works', () => {
    const audit: LinkableEntry = { collection: 'audits', id: 'a', data: { sections: [{ items: [{}] }], sources: ['s'] } };
    expect(refs(audit)).toEqual(['sources.0 -> sources/s']);
  });
});

describe('entryKey', () => {
  it('joins collection and id', () => {
    expect(entryKey('techniques', 'cold-call')).toBe('techniques/cold-call');
  });
});

describe('backlinks', () => {
  it('groups the entries that refer to each target, each once, in order', () => {
    const links = backlinks(good.entries);
    expect(links.get('techniques/cold-call')).toEqual([
      { collection: 'sequences', id: 'first-term' },
      { collection: 'audits', id: 'questioning-audit' },
      { collection: 'protocols', id: 'practice-clinic' },
      { collection: 'caseStudies', id: 'fixture-school' },
    ]);
    // The audit refers to cold-call three times and the case study to fixture-source twice: each is listed once.
    expect(links.get('sources/fixture-source')).toEqual([
      { collection: 'techniques', id: 'cold-call' },
      { collection: 'rubrics', id: 'questioning-rubric' },
      { collection: 'audits', id: 'questioning-audit' },
      { collection: 'mentorCriteria', id: 'mentor-set' },
      { collection: 'protocols', id: 'practice-clinic' },
      { collection: 'caseStudies', id: 'fixture-school' },
      { collection: 'frameworks', id: 'fixture-framework' },
    ]);
    expect(links.get('techniques/fluency-drill')).toEqual([
      { collection: 'techniques', id: 'cold-call' },
      { collection: 'sequences', id: 'first-term' },
    ]);
    expect(links.get('audits/questioning-audit')).toEqual([{ collection: 'mentorCriteria', id: 'mentor-set' }]);
    expect(links.get('strands/questioning')).toEqual([{ collection: 'techniques', id: 'cold-call' }]);
    expect(links.get('sources/second-source')).toEqual([{ collection: 'techniques', id: 'fluency-drill' }]);
  });

  it('has no key for entries nothing refers to', () => {
    const links = backlinks(good.entries);
    expect(links.has('sequences/first-term')).toBe(false);
    expect(links.has('caseStudies/fixture-school')).toBe(false);
  });

  it('de-duplicates within one entry but keeps different entries', () => {
    const entries: LinkableEntry[] = [
      { collection: 'sequences', id: 'one', data: { steps: [{ technique: 'x' }, { technique: 'x' }, { technique: 'y' }] } },
      { collection: 'sequences', id: 'two', data: { steps: [{ technique: 'x' }] } },
      { collection: 'protocols', id: 'one', data: { techniques: ['x', 'x'], sources: ['s'] } },
    ];
    const links = backlinks(entries);
    expect(links.get('techniques/x')).toEqual([
      { collection: 'sequences', id: 'one' },
      { collection: 'sequences', id: 'two' },
      { collection: 'protocols', id: 'one' },
    ]);
    expect(links.get('techniques/y')).toEqual([{ collection: 'sequences', id: 'one' }]);
    expect(links.get('sources/s')).toEqual([{ collection: 'protocols', id: 'one' }]);
    expect([...links.keys()].sort()).toEqual(['sources/s', 'techniques/x', 'techniques/y']);
  });

  it('keeps ids in different collections apart', () => {
    const links = backlinks([{ collection: 'caseStudies', id: 'c', data: { protocols: ['same'], techniques: ['same'], sources: ['same'], impact: [{ source: 'same' }] } }]);
    expect([...links.keys()].sort()).toEqual(['protocols/same', 'sources/same', 'techniques/same']);
    expect(links.get('sources/same')).toEqual([{ collection: 'caseStudies', id: 'c' }]);
  });

  it('is empty for no entries', () => {
    expect(backlinks([]).size).toBe(0);
  });
});
