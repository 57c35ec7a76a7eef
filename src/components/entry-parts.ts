/**
 * The page parts of each collection, found by folder: its `Page.astro` (what its entry page shows
 * beyond the shared header, body and citations) and the `Contribution.astro` of each collection
 * that adds fields to it (a framework's "serves"). The entry route (src/pages/[collection]/[id].astro)
 * and the book use it.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { AnyDefinition } from '../collections/define.ts';
import { contributionsTo, definitionOf } from '../collections/index.ts';
import { renderBody, summaryOf, titleOf, type Entry } from '../data/entries.ts';

const parts = import.meta.glob<{ default: AstroComponentFactory }>('../collections/*/Page.astro', { eager: true });
const contributions = import.meta.glob<{ default: AstroComponentFactory }>('../collections/*/Contribution.astro', { eager: true });
const folderOf = (path: string) => path.split('/').at(-2);
const componentFor = (modules: typeof parts, definition: { path: string; name: string }) =>
  Object.entries(modules).find(([path]) => folderOf(path) === definition.path.replace(/\.ya?ml$/, '') || folderOf(path) === definition.name)?.[1].default;

/** A collection's own entry-page part, if its folder has a Page.astro. */
export function pagePartOf(definition: AnyDefinition): AstroComponentFactory | undefined {
  return componentFor(parts, definition);
}

/** What other collections add to this one's entry pages (their Contribution.astro), in registry order. */
export function contributedPartsOf(definition: AnyDefinition): AstroComponentFactory[] {
  return contributionsTo(definition.name)
    .map(({ from }) => componentFor(contributions, from))
    .filter((component): component is AstroComponentFactory => component !== undefined);
}

/** Everything an entry's page shows, worked out once for the entry route and the book. */
export async function entryView(entry: Entry) {
  const definition = definitionOf(entry.collection);
  const { Content } = await renderBody(entry);
  return {
    definition,
    Part: pagePartOf(definition),
    added: contributedPartsOf(definition),
    Content,
    title: titleOf(entry),
    summary: summaryOf(entry),
    citations: definition.citations?.(entry.data),
  };
}
