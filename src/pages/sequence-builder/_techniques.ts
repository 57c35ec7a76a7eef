/**
 * The techniques a sequence may name, with their action steps, in the order the sequence form lists
 * them: by strand, in the strands' order, then by title. For the sequence page's example file and
 * for its page of ids, both of which work without JavaScript.
 */
import { entriesOf, titleOf } from '../../data/entries.ts';
import { stepId } from '../../lib/content/step-id.ts';

export interface TechniqueIds {
  id: string;
  title: string;
  /** The title of its strand. */
  strand: string;
  steps: { id: string; title: string }[];
}

export async function techniquesByStrand(): Promise<TechniqueIds[]> {
  const strands = await entriesOf('strands');
  const rank = new Map(strands.map((strand, i) => [strand.id, i]));
  const techniques = [...(await entriesOf('techniques'))].sort((a, b) => (rank.get(a.data.strand) ?? strands.length) - (rank.get(b.data.strand) ?? strands.length) || titleOf(a).localeCompare(titleOf(b)));
  return techniques.map((technique) => ({
    id: technique.id,
    title: titleOf(technique),
    strand: strands.find((strand) => strand.id === technique.data.strand)?.data.title ?? '',
    steps: technique.data.steps.map((step) => ({ id: stepId(step), title: step.title })),
  }));
}
