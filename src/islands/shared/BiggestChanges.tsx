/**
 * The biggest rises and falls between two attempts or two groups, as lists of sentences, with a
 * line saying so when there is none of either. When more items changed by as much as the last one
 * listed, a fold under the list says how many ("And 4 more items rose by the same amount") and opens
 * to show them, so equal changes are never dropped without a word (on paper the fold prints open).
 * The island gives its words and how a change is said.
 */
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
  return (
    <div className="island-changes">
      <Changes items={rises} more={moreRises} none={words.noRise} template={words.rise} summary={words.moreRises} sentence={sentence} />
      <Changes items={falls} more={moreFalls} none={words.noFall} template={words.fall} summary={words.moreFalls} sentence={sentence} />
    </div>
  );
}

interface ChangesProps<Item extends Change> {
  items: readonly Item[];
  more: readonly Item[];
  /** The line when there is none, like "No item has risen." */
  none: string;
  /** One change, like "Rise: {change}". */
  template: string;
  /** The fold's summary, like "And {count} more items rose by the same amount ({change})". */
  summary: Plural;
  sentence: (item: Item) => string;
}

/** The rises (or the falls) as a list, and a fold of those tied with the last one listed. */
function Changes<Item extends Change>({ items, more, none, template, summary, sentence }: ChangesProps<Item>) {
  const list = (shown: readonly Item[]) => shown.map((item) => <li key={item.id}>{format(template, { change: sentence(item) })}</li>);
  return (
    <>
      <ul>{items.length === 0 ? <li>{none}</li> : list(items)}</ul>
      {more.length > 0 && (
        <details className="sa-details sa-more island-changes__more">
          <summary>{formatPlural(summary, more.length, { change: formatChange(more[0]!.change) })}</summary>
          <ul>{list(more)}</ul>
        </details>
      )}
    </>
  );
}
