/** Rubrics: criteria described at ordered levels, for observation, self-review or peer review. */
import { defineCollection, each } from '../define.ts';
import { rubricSchema, RUBRIC_PURPOSES } from './schema.ts';
import { template } from './template.ts';
import { entries as words } from '../../strings/index.ts';

/** Words readers see for each purpose. */
export const RUBRIC_PURPOSE_LABELS: Record<(typeof RUBRIC_PURPOSES)[number], string> = { observation: words.purposeObservation, 'self-review': words.purposeSelfReview, 'peer-review': words.purposePeerReview };

export const rubrics = defineCollection({
  name: 'rubrics',
  path: 'rubrics',
  format: 'mdx',
  labels: { singular: 'rubric', plural: 'rubrics', type: 'Rubric' },
  route: 'rubrics',
  nav: 7,
  schema: rubricSchema,
  // A rubric is answered as a self-review only where its purposes say it is used as one.
  instrument: async (entry) => (entry.data.purposes.includes('self-review') ? (await import('../../lib/audit/instrument.ts')).instrumentFromRubric(entry.id, entry.data) : undefined),
  references: (data) => each(['sources'], 'sources', data.sources),
  check(checker, entry) {
    const levels = entry.data.levels.map((level) => level.id);
    checker.unique(entry, ['levels'], levels);
    checker.unique(entry, ['criteria'], entry.data.criteria.map((criterion) => criterion.id));
    entry.data.criteria.forEach((criterion, i) => {
      for (const level of levels) {
        if (!(level in criterion.descriptors)) checker.report(entry, ['criteria', i, 'descriptors', level], `a descriptor for the level ${JSON.stringify(level)}`, 'nothing', { rule: 'missing' });
      }
      for (const key of Object.keys(criterion.descriptors)) {
        if (!levels.includes(key)) checker.report(entry, ['criteria', i, 'descriptors', key], `one of the rubric's level ids: ${levels.map((level) => JSON.stringify(level)).join(', ')}`, JSON.stringify(key), { rule: 'own', name: 'not-a-level' });
      }
    });
  },
  citations: (data) => ({ items: data.sources }),
  articleClass: 'rubric-page',
  template,
  valueLabels: RUBRIC_PURPOSE_LABELS,
  index: { facts: (entry) => entry.data.purposes.map((purpose) => RUBRIC_PURPOSE_LABELS[purpose]).join(', ') },
});
