/**
 * The biggest rises and falls between two attempts or two groups, as a list of sentences, with a
 * line saying so when there is none of either. The island gives its words and how a change is said.
 */
import { format } from '../../strings/index.ts';

interface Props<Item extends { id: string }> {
  rises: readonly Item[];
  falls: readonly Item[];
  /** One change as a sentence, put into `words.rise` or `words.fall` as `{change}`. */
  sentence: (item: Item) => string;
  words: { rise: string; fall: string; noRise: string; noFall: string };
}

export function BiggestChanges<Item extends { id: string }>({ rises, falls, sentence, words }: Props<Item>) {
  return (
    <ul>
      {rises.length === 0 && <li>{words.noRise}</li>}
      {rises.map((item) => (
        <li key={item.id}>{format(words.rise, { change: sentence(item) })}</li>
      ))}
      {falls.length === 0 && <li>{words.noFall}</li>}
      {falls.map((item) => (
        <li key={item.id}>{format(words.fall, { change: sentence(item) })}</li>
      ))}
    </ul>
  );
}
