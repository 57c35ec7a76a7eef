/** The playbook's taxonomies, as the lists of ids every schema accepts. */
import type { Taxonomy } from '../schemas/common.ts';
import type { Playbook } from '../schemas/playbook.ts';

export function taxonomyOf(playbook: Pick<Playbook, 'phases' | 'subjects' | 'components'>): Taxonomy {
  return {
    phases: playbook.phases.map((term) => term.id),
    subjects: playbook.subjects.map((term) => term.id),
    components: playbook.components.map((term) => term.id),
  };
}
