/**
 * What the coaching records need to know of the playbook: each technique's title, strand, action
 * steps and look-fors, and the names of strands, phases and subjects. A page builds it from the
 * content and hands it to the islands as plain lists; `catalogueFrom` indexes them by id.
 * Records name content by id only, so a step renamed in the playbook shows its new name, and a
 * step the playbook no longer has still shows, by its id.
 */
import type { StepRef } from './schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

/** A model of a step done well: a link to a video or document the trust hosts, never embedded. */
export interface StepModel {
  url: string;
  caption: string;
  consent: string;
}

export interface StepInfo {
  id: string;
  title: string;
  detail: string;
  model?: StepModel;
}

/** How a technique is rehearsed in a practice clinic. */
export interface Rehearsal {
  setup: string;
  script: string;
  feedback: readonly string[];
}

export interface TechniqueInfo {
  id: string;
  title: string;
  strand: string;
  /** The technique's page, with the site's base path. */
  href: string;
  steps: readonly StepInfo[];
  lookFors: readonly string[];
  rehearsal: Rehearsal;
}

/** The playbook's parts as plain lists, as the coaching pages fetch them (coaching/catalogue.json), techniques in their strands' order. */
export interface CatalogueLists {
  techniques: readonly TechniqueInfo[];
  strands: readonly { id: string; title: string }[];
  phases: readonly { id: string; label: string }[];
  subjects: readonly { id: string; label: string }[];
}

export interface Catalogue {
  techniques: ReadonlyMap<string, TechniqueInfo>;
  strands: ReadonlyMap<string, string>;
  phases: ReadonlyMap<string, string>;
  subjects: ReadonlyMap<string, string>;
}

/** The lists indexed by id. */
export function catalogueFrom(lists: CatalogueLists): Catalogue {
  return {
    techniques: new Map(lists.techniques.map((technique) => [technique.id, technique])),
    strands: new Map(lists.strands.map((strand) => [strand.id, strand.title])),
    phases: new Map(lists.phases.map((phase) => [phase.id, phase.label])),
    subjects: new Map(lists.subjects.map((subject) => [subject.id, subject.label])),
  };
}

/** A technique's title, or its id when the playbook no longer has it; "" for none. */
export function techniqueTitle(catalogue: Catalogue, id: string): string {
  return id ? (catalogue.techniques.get(id)?.title ?? id) : '';
}

/** A step and its technique, as far as the playbook still has them. */
export function findStep(catalogue: Catalogue, ref: StepRef): { technique?: TechniqueInfo; step?: StepInfo } {
  const technique = catalogue.techniques.get(ref.technique);
  const step = technique?.steps.find((item) => item.id === ref.step);
  return { ...(technique ? { technique } : {}), ...(step ? { step } : {}) };
}

/** A step's title, or its id when the playbook no longer has it. */
export function stepTitle(catalogue: Catalogue, ref: StepRef): string {
  return findStep(catalogue, ref).step?.title ?? ref.step;
}

/** "Cold call: Pause", a step named with its technique. */
export function stepName(catalogue: Catalogue, ref: StepRef): string {
  return format(words.stepOfTechnique, { technique: techniqueTitle(catalogue, ref.technique), step: stepTitle(catalogue, ref) });
}

/** Techniques under their strands, in the catalogue's order, for a chooser grouped by strand. Techniques whose strand is unknown come last, under their strand's id. */
export function techniquesByStrand(catalogue: Catalogue): { strand: string; title: string; techniques: TechniqueInfo[] }[] {
  const groups = new Map<string, { strand: string; title: string; techniques: TechniqueInfo[] }>();
  for (const [id, title] of catalogue.strands) groups.set(id, { strand: id, title, techniques: [] });
  for (const technique of catalogue.techniques.values()) {
    let group = groups.get(technique.strand);
    if (!group) groups.set(technique.strand, (group = { strand: technique.strand, title: technique.strand, techniques: [] }));
    group.techniques.push(technique);
  }
  return [...groups.values()].filter((group) => group.techniques.length > 0);
}
