/**
 * A group as the group results island holds it: its name, which attempt each file gives, the
 * files loaded, and what was made of them (who counts, which files failed, the summary), worked
 * out again whenever the files, the choice or the instrument change.
 */
import type { Instrument } from '../../lib/audit/instrument.ts';
import { loadGroupFiles, summariseGroup, type AttemptChoice, type GroupFile, type GroupLoad, type GroupSummary } from '../../lib/audit/group.ts';

export interface Group {
  name: string;
  choice: AttemptChoice;
  files: GroupFile[];
  load: GroupLoad;
  summary: GroupSummary;
}

/** What can be changed about a group from its controls. */
export type GroupChange = Partial<Pick<Group, 'name' | 'choice' | 'files'>>;

/** A group with its files read and summarised against the instrument. */
export function groupOf(instrument: Instrument, name: string, choice: AttemptChoice, files: GroupFile[]): Group {
  const load = loadGroupFiles(files, instrument, choice);
  return { name, choice, files, load, summary: summariseGroup(instrument, load.members) };
}

/** An instrument's key in the chooser: "audit/mentor-skills-audit". */
export function instrumentKey(instrument: Pick<Instrument, 'kind' | 'id'>): string {
  return `${instrument.kind}/${instrument.id}`;
}
