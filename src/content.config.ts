/**
 * Astro's content collections. Each collection's loader and schema come from the table in
 * src/lib/content/collections.ts, which the content check (`npm run check`) reads too.
 * The content folder is `content/`, or the folder named by the PLAYBOOK_CONTENT variable.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './lib/content/collections.ts';
import { contentFolder, loadTaxonomy } from './lib/content/site-config.ts';

const folder = contentFolder();
const taxonomy = loadTaxonomy(folder);

function loaderFor(spec: (typeof COLLECTIONS)[number]) {
  if (spec.format === 'yaml-list') return file(`${folder}/${spec.path}`);
  const extension = spec.format === 'mdx' ? 'mdx' : 'yaml';
  // Files starting with "_" are drafts and notes, skipped as the content check skips them.
  return glob({ pattern: [`**/*.${extension}`, `!**/_*`], base: `${folder}/${spec.path}` });
}

export const collections = Object.fromEntries(
  COLLECTIONS.map((spec) => [spec.name, defineCollection({ loader: loaderFor(spec), schema: spec.schema(taxonomy) })]),
) as Record<(typeof COLLECTIONS)[number]['name'], ReturnType<typeof defineCollection>>;
