/** Audits: self-audits with a response scale and sections of items, each linked to what develops it. */
import { describeFound, formatPath } from '../../core/problem.ts';
import { defineCollection, each, type FieldPath, type Reference } from '../define.ts';
import { auditSchema } from './schema.ts';
import { template } from './template.ts';
import { entries as words } from '../../strings/index.ts';

// `next` may be missing where raw data that has not passed the schema is read.
function develop(path: FieldPath, next: { techniques: string[]; protocols: string[] } | undefined): Reference[] {
  return [...each([...path, 'techniques'], 'techniques', next?.techniques), ...each([...path, 'protocols'], 'protocols', next?.protocols)];
}

export const audits = defineCollection({
  name: 'audits',
  path: 'audits',
  format: 'mdx',
  labels: { singular: 'audit', plural: 'audits', type: 'Audit' },
  route: 'audits',
  nav: 6,
  schema: auditSchema,
  instrument: async (entry, links) => (await import('../../lib/audit/instrument.ts')).instrumentFromAudit(entry.id, entry.data, links),
  references: (data) => [
    ...data.sections.flatMap((section, s) => [
      ...develop(['sections', s, 'develop'], section.develop),
      ...section.items.flatMap((item, i) => develop(['sections', s, 'items', i, 'develop'], item.develop)),
    ]),
    ...each(['sources'], 'sources', data.sources),
  ],
  check(checker, entry) {
    const data = entry.data;
    data.scale.forEach((point, i) => {
      const previous = data.scale[i - 1];
      if (previous && point.value <= previous.value) {
        checker.report(entry, ['scale', i, 'value'], `a value greater than the one before it (${previous.value}): scale values rise and are distinct`, describeFound(point.value), { rule: 'own', name: 'scale-rises' });
      }
    });
    checker.unique(entry, ['sections'], data.sections.map((section) => section.id));
    const itemIds = new Map<string, string>();
    data.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        const path = ['sections', s, 'items', i, 'id'];
        const first = itemIds.get(item.id);
        if (first) checker.report(entry, path, `an item id used nowhere else in the audit (it is already ${first})`, JSON.stringify(item.id), { rule: 'taken' });
        else itemIds.set(item.id, formatPath(path));
      });
    });
  },
  citations: (data) => ({ items: data.sources }),
  template,
  index: {
    facts: (entry) => entry.data.audience,
    intro: { text: words.auditsIntro, link: { href: 'group-results/', label: words.auditsIntroLink }, after: words.auditsIntroAfter },
  },
});
