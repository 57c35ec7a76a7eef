/**
 * Astro's content collections. Each collection's loader and schema come from the table in
 * src/lib/content/collections.ts, which the content check (`npm run check`) reads too.
 * The content folder is `content/`, or the folder named by the PLAYBOOK_CONTENT variable.
 */
import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './lib/content/collections.ts';
import { playbookLoader } from './integrations/content-loader.ts';
import { contentFolder, loadTaxonomy } from './lib/content/site-config.ts';

const folder = contentFolder();
const taxonomy = loadTaxonomy(folder);

export const collections = Object.fromEntries(
  COLLECTIONS.map((spec) => [spec.name, defineCollection({ loader: playbookLoader(spec.name, folder), schema: spec.schema(taxonomy) })]),
) as Record<(typeof COLLECTIONS)[number]['name'], ReturnType<typeof defineCollection>>;
