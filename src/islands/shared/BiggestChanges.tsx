/**
 * The biggest rises and falls between two attempts or two groups, as lists of sentences, with a
 * line saying so when there is none of either. When more items changed by as much as the last one
 * listed, a fold under the list says how many ("And 4 more items rose by the same amount") and opens
 * to show them, so equal changes are never dropped without a word (on paper the fold prints open).
 * The island gives its words and how a change is said.
 */
import type { ReactNode } from 'react';
import { formatChange } from '../../lib/audit/format.ts';
import { format, formatPlural } from '../../strings/index.ts';
import type { Plural } from '../../strings/table.ts';

interface Change {
  id: string;
  change: number | null;
}

interface Props<Item extends Change> {
  rises: readonly Item[];
  moreRises: readonly Item[];
  falls: readonly Item[];
  moreFalls: readonly Item[];
  /** One change as a sentence, put into `words.rise` or `words.fall` as `{change}`. */
  sentence: (item: Item) => string;
  words: { rise: string; fall: string; noRise: string; noFall: string; moreRises: Plural; moreFalls: Plural };
}

export function BiggestChanges<Item extends Change>({ rises, moreRises, falls, moreFalls, sentence, words }: Props<Item>) {
  const list = (items: readonly Item[], template: string) =>
    items.map((item) => <li key={item.id}>{format(template, { change: sentence(item) })}</li>);
  return (
    <div className="island-changes">
      <ul>
        {rises.length === 0 ? <li>{words.noRise}</li> : list(rises, words.rise)}
      </ul>
      <More items={moreRises} summary={words.moreRises}>
        {list(moreRises, words.rise)}
      </More>
      <ul>
        {falls.length === 0 ? <li>{words.noFall}</li> : list(falls, words.fall)}
      </ul>
      <More items={moreFalls} summary={words.moreFalls}>
        {list(moreFalls, words.fall)}
      </More>
    </div>
  );
}

/** The items tied with the last one listed, folded under "And {count} more … ({change})". */
function More<Item extends Change>({ items, summary, children }: { items: readonly Item[]; summary: Plural; children: ReactNode }) {
  if (items.length === 0) return null;
  return (
    <details className="sa-details sa-more island-changes__more">
      <summary>{formatPlural(summary, items.length, { change: formatChange(items[0]!.change) })}</summary>
      <ul>{children}</ul>
    </details>
  );
}
