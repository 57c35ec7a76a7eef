/** Strands: the domains techniques are grouped in, listed in `content/strands.yaml`. */
import { defineCollection, type IndexContext } from '../define.ts';
import { strandSchema } from './schema.ts';
import { template } from './template.ts';
import { common, formatPlural } from '../../strings/index.ts';

export const strands = defineCollection({
  name: 'strands',
  path: 'strands.yaml',
  format: 'yaml-list',
  labels: { singular: 'strand', plural: 'strands', type: 'Strand' },
  route: 'strands',
  nav: 3,
  schema: strandSchema,
  compare: (a, b) => a.data.order - b.data.order,
  template,
  index: {
    async facts(entry, context: IndexContext): Promise<string> {
      const count = (await context.entries('techniques')).filter((technique) => technique.data.strand === entry.id).length;
      return formatPlural(common.collectionCount, count, context.labels('techniques'));
    },
  },
  jsonSchema: { file: 'strands.schema.json', title: 'strands.yaml', description: 'The strands techniques are grouped in: a list, each with an id techniques name in their `strand` field.' },
});
