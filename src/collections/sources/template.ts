/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { TODO } from '../template-helpers.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  return {
    data: { authors: `${TODO}: Surname, A. and Surname, B.`, year: context.year, title },
    notes: { year: 'Placeholder: this year. Change it to the year the work was published, or "n.d." if it gives none.' },
  };
}
