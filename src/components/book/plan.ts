/**
 * The book's plan: which parts it has, in which order, and the entries in each, all read from the
 * registry so that a fork's collections (and a new collection) appear without the book naming any.
 *
 * - Parts follow the main navigation's order (each definition's `nav`), the order readers already
 *   know; collections outside the navigation come after, in registry order. The registry's own
 *   order puts the bibliography second, which suits the code but not a reader.
 * - A collection whose index groups its entries (techniques under strands) is split into chapters,
 *   one a group. Where the groups are the entries of another collection that each entry refers to
 *   (a technique's `strand`), that collection's entries open the chapters and it is not a part of
 *   its own.
 * - Entries start on a new page, except those of a collection kept as one list file (`yaml-list`,
 *   such as the sources), which are short and run on like a bibliography.
 */
import { IN_NAVIGATION_ORDER, definitionOf, isCollectionName } from '../../collections/index.ts';
import type { AnyDefinition } from '../../collections/define.ts';
import { entriesOf, entryPath, type Entry } from '../../data/entries.ts';
import { indexContext } from '../../data/facets.ts';
import type { BookTarget } from '../../lib/book/rewrite.ts';
import { withBase } from '../../lib/url.ts';
import { book, capitalise, format } from '../../strings/index.ts';

export interface BookChapter {
  /** `<part key>/<group id>`: what the chooser and the query string call it. */
  key: string;
  title: string;
  /** The entry that opens the chapter (a strand), where the groups are another collection's entries. */
  opener?: Entry;
  entries: Entry[];
}

export interface BookPart {
  /** The collection's route: what the chooser and the query string call the part. */
  key: string;
  title: string;
  definition: AnyDefinition;
  /** Whether each entry starts on a new page. */
  newPages: boolean;
  /** Chapters, for a collection whose index groups its entries; otherwise none. */
  chapters?: BookChapter[];
  /** Every entry of the part, in reading order (chapter by chapter where there are chapters). */
  entries: Entry[];
}


/** The anchor of an entry in the book: `techniques--cold-call`. */
export function anchorOf(entry: { collection: string; id: string }): string {
  return `${definitionOf(entry.collection).route}--${entry.id}`;
}

/** The anchor of a part: `part-techniques`. */
export function partAnchor(part: { key: string }): string {
  return `part-${part.key}`;
}

/** The collection whose entries are a grouped collection's groups, found from the references its entries make. */
async function groupCollection(definition: AnyDefinition, entries: Entry[]): Promise<AnyDefinition | undefined> {
  const groupOf = definition.index?.groupOf;
  if (!groupOf || entries.length === 0 || !definition.references) return undefined;
  const targetsOf = (entry: Entry) => {
    const group = groupOf(entry);
    return new Set(definition.references!(entry.data).filter((reference) => reference.id === group && !reference.part).map((reference) => reference.target));
  };
  const [first, ...rest] = entries.map(targetsOf);
  const common = [...first!].filter((target) => rest.every((targets) => targets.has(target)) && target !== definition.name);
  return common.length === 1 ? definitionOf(common[0]!) : undefined;
}

let plan: Promise<BookPart[]> | undefined;
/** The book's parts, in reading order; worked out once per build. */
export function bookPlan(): Promise<BookPart[]> {
  plan ??= makePlan();
  return plan;
}

async function makePlan(): Promise<BookPart[]> {
  const folded = new Set<string>();
  const parts: BookPart[] = [];
  for (const definition of IN_NAVIGATION_ORDER) {
    const entries: Entry[] = await entriesOf(definition.name);
    const part: BookPart = { key: definition.route, title: capitalise(definition.labels.plural), definition, newPages: definition.format !== 'yaml-list', entries };
    const loose: AnyDefinition = definition;
    const index = loose.index;
    if (index?.groups && index.groupOf) {
      const groups = await index.groups(indexContext);
      const openers = await groupCollection(definition, entries);
      const openerEntries: Entry[] = openers && isCollectionName(openers.name) ? await entriesOf(openers.name) : [];
      if (openers) folded.add(openers.name);
      part.chapters = groups
        .map((group) => ({
          key: `${part.key}/${group.id}`,
          title: group.title,
          opener: openerEntries.find((entry) => entry.id === group.id),
          entries: entries.filter((entry) => index.groupOf!(entry) === group.id),
        }))
        .filter((chapter) => chapter.entries.length > 0 || chapter.opener);
      part.entries = part.chapters.flatMap((chapter) => chapter.entries);
    }
    parts.push(part);
  }
  return parts.filter((part) => !folded.has(part.definition.name) && part.entries.length > 0);
}

/** Every entry page in the book, by its path on the site, with its anchor and the section it is in. */
export async function bookTargets(base: string): Promise<Map<string, BookTarget>> {
  const targets = new Map<string, BookTarget>();
  const see = (where: string) => format(book.seeWhere, { where });
  for (const part of await bookPlan()) {
    for (const chapter of part.chapters ?? []) {
      if (chapter.opener) targets.set(withBase(base, entryPath(chapter.opener.collection, chapter.opener.id)), { anchor: anchorOf(chapter.opener), where: see(chapter.title) });
      for (const entry of chapter.entries) targets.set(withBase(base, entryPath(entry.collection, entry.id)), { anchor: anchorOf(entry), where: see(chapter.title) });
    }
    if (!part.chapters) for (const entry of part.entries) targets.set(withBase(base, entryPath(entry.collection, entry.id)), { anchor: anchorOf(entry), where: see(part.title) });
  }
  return targets;
}

