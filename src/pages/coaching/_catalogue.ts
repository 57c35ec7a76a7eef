/**
 * What the coaching pages need to know of the playbook, made from the content at build time:
 * each technique's title, strand, page, action steps (with their models), look-fors and
 * rehearsal, in the strands' order then by title, and the names of strands, phases and subjects.
 * Published as coaching/catalogue.json, which the coaching islands fetch, so each page stays the
 * same size however many techniques the playbook has; the offline worker saves it with the site.
 * Also the coaching settings of playbook.yaml, with their defaults.
 */
import { entriesOf, entryPath, getPlaybook, titleOf } from '../../data/entries.ts';
import type { CatalogueLists } from '../../lib/coaching/catalogue.ts';
import { privacyFloor } from '../../lib/coaching/privacy.ts';
import { stepId } from '../../lib/content/step-id.ts';
import { withBase } from '../../lib/url.ts';

export async function coachingCatalogue(): Promise<CatalogueLists> {
  const base = import.meta.env.BASE_URL;
  const playbook = getPlaybook();
  const strands = await entriesOf('strands');
  const rank = new Map(strands.map((strand, index) => [strand.id, index]));
  const techniques = [...(await entriesOf('techniques'))].sort(
    (a, b) => (rank.get(a.data.strand) ?? strands.length) - (rank.get(b.data.strand) ?? strands.length) || titleOf(a).localeCompare(titleOf(b), playbook.language),
  );
  return {
    techniques: techniques.map((technique) => ({
      id: technique.id,
      title: titleOf(technique),
      strand: technique.data.strand,
      href: withBase(base, entryPath('techniques', technique.id)),
      steps: technique.data.steps.map((step) => ({ id: stepId(step), title: step.title, detail: step.detail, ...(step.model ? { model: step.model } : {}) })),
      lookFors: technique.data.lookFors,
      rehearsal: technique.data.rehearsal,
    })),
    strands: strands.map((strand) => ({ id: strand.id, title: titleOf(strand) })),
    phases: playbook.phases.map((phase) => ({ id: phase.id, label: phase.label })),
    subjects: playbook.subjects.map((subject) => ({ id: subject.id, label: subject.label })),
  };
}

/** The coaching settings of playbook.yaml: the privacy floor (never below 3) and the target days between visits. */
export function coachingSettings(): { floor: number; cycle: { shortest: number; longest: number } } {
  const settings = getPlaybook().coaching;
  const weeks = settings?.cycleWeeks ?? { shortest: 2, longest: 4 };
  return { floor: privacyFloor(settings?.privacyFloor), cycle: { shortest: weeks.shortest * 7, longest: weeks.longest * 7 } };
}
