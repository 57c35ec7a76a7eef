/**
 * Instruments for the self-audit islands, made by the collections that define how their entries
 * are answered (a definition's `instrument`: audits, and rubrics used for self-review). The ids
 * an instrument refers to are resolved here to titles and URLs, so the island gets everything it
 * shows as props and never needs the content itself.
 */
import type { Instrument, LinkResolver } from '../lib/audit/instrument.ts';
import { withBase } from '../lib/url.ts';
import { IN_NAVIGATION_ORDER } from '../collections/index.ts';
import type { AnyDefinition, DataOf } from '../collections/define.ts';
import { allEntries, entriesOf, entryPath, titleOf } from './entries.ts';
import { entryKey } from '../engine/links.ts';

let resolver: Promise<LinkResolver> | undefined;
/** Turns a collection and id into the entry's title and page; made once per build. */
function linkResolver(): Promise<LinkResolver> {
  resolver ??= allEntries().then((entries) => {
    const base = import.meta.env.BASE_URL;
    const titles = new Map(entries.map((entry) => [entryKey(entry.collection, entry.id), titleOf(entry)]));
    return (collection, id) => ({ title: titles.get(entryKey(collection, id)) ?? id, href: withBase(base, entryPath(collection, id)) });
  });
  return resolver;
}

/** An entry as an instrument, or undefined when its collection does not answer it. */
export async function instrumentFor<D extends AnyDefinition>(definition: D, entry: { id: string; data: DataOf<D> }): Promise<Instrument | undefined> {
  return definition.instrument?.(entry, await linkResolver());
}

/** Every instrument that can be answered, by collection in navigation order (audits before rubrics), each in its reading order. */
export async function allInstruments(): Promise<Instrument[]> {
  const answered = IN_NAVIGATION_ORDER.filter((definition) => definition.instrument);
  const lists = await Promise.all(
    answered.map(async (definition) => {
      const entries = await entriesOf(definition.name);
      return Promise.all(entries.map((entry) => instrumentFor(definition, entry)));
    }),
  );
  return lists.flat().filter((instrument): instrument is Instrument => instrument !== undefined);
}
