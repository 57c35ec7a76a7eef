/** Sources: the bibliography every entry cites, listed in `content/sources.yaml`. */
import { citation, fullTitle } from '../../lib/cite.ts';
import { defineCollection } from '../define.ts';
import { sourceSchema } from './schema.ts';
import { template } from './template.ts';

export const sources = defineCollection({
  name: 'sources',
  path: 'sources.yaml',
  format: 'yaml-list',
  labels: { singular: 'source', plural: 'sources', type: 'Source' },
  route: 'sources',
  nav: 10,
  schema: sourceSchema,
  title: fullTitle,
  summary: (data) => data.note ?? '',
  choiceLabel: (data) => [data.authors, data.year, data.title].join(', '),
  compare: (a, b) => a.data.authors.localeCompare(b.data.authors),
  references: (data) => (data.partOf ? [{ path: ['partOf'], target: 'sources', id: data.partOf }] : []),
  template,
  index: {
    // A source's card shows its full reference, with the book or collection it is part of.
    async summary(entry, context): Promise<string> {
      const parent = entry.data.partOf ? (await context.entries('sources')).find((candidate) => candidate.id === entry.data.partOf) : undefined;
      return citation(entry.data, parent?.data);
    },
  },
  jsonSchema: { file: 'sources.schema.json', title: 'sources.yaml', description: 'The bibliography: a list of sources, each with an id that entries cite.' },
});
