/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { TODO } from '../template-helpers.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const order = context.strandOrders.length > 0 ? Math.max(...context.strandOrders) + 1 : 1;
  return {
    data: { title, summary: `${TODO}: what the strand is about, in one or two sentences.`, order },
    notes: { order: 'Placeholder: after the strands there are now. Change it to move the strand up or down the list.' },
  };
}
