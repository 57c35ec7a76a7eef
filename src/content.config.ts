/**
 * Astro's content collections, one for each collection in the registry (src/collections/). Every
 * collection's loader stores what the content check has already read, validated and rendered, so
 * the files are read once. The schema is given to Astro for the types of `getCollection()`.
 * The content folder is `content/`, or the folder named by the PLAYBOOK_CONTENT variable.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, schemaOf, type CollectionName, type DefinitionOf } from './collections/index.ts';
import { playbookLoader } from './integrations/content-loader.node.ts';
import { contentFolder, loadTaxonomy } from './core/playbook-folder.node.ts';
import type { EngineData } from './schemas/review.ts';

const folder = contentFolder();
const taxonomy = loadTaxonomy(folder);

/**
 * Each collection's config, typed by its own schema so entry types flow from the schemas to the
 * pages, with the engine-wide fields `schemaOf` adds to every collection (src/schemas/review.ts).
 */
type OwnSchemaOf<N extends CollectionName> = ReturnType<DefinitionOf<N>['schema']> extends infer S extends z.ZodType ? S : never;
type SchemaOf<N extends CollectionName> = z.ZodType<z.output<OwnSchemaOf<N>> & EngineData, z.input<OwnSchemaOf<N>> & EngineData>;
type Collections = { [N in CollectionName]: { loader: Loader; schema: SchemaOf<N> } };

// Object.fromEntries cannot know which name goes with which schema; the mapped type above says so.
export const collections = Object.fromEntries(
  COLLECTIONS.map((definition) => [definition.name, defineCollection({ loader: playbookLoader(definition.name, folder), schema: schemaOf(definition, taxonomy) })]),
) as Collections;
