/**
 * What the coaching records need to know of the playbook: each technique's title, strand, action
 * steps and look-fors, and the names of strands, phases and subjects. A page builds it from the
 * content and hands it to the islands as plain lists; `catalogueFrom` indexes them by id.
 * Records name content by id only, so a step renamed in the playbook shows its new name, and a
 * step the playbook no longer has still shows, by its id.
 */
import type { StepRef } from './schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

export interface StepInfo {
  id: string;
  title: string;
  detail: string;
}

export interface TechniqueInfo {
  id: string;
  title: string;
  strand: string;
  steps: readonly StepInfo[];
  lookFors: readonly string[];
}

/** The playbook's parts as plain lists, as a page passes them to an island. */
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
