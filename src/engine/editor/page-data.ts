/**
 * The shapes of what the build gives the editor (engine/editor/build-data.node.ts and the endpoints
 * in src/pages/editor/): what the page carries, and the files the editor fetches when it needs them.
 */
import type { JsonSchema } from './engine.ts';
import type { EditorKind } from './kinds.ts';
import type { Repository } from '../../lib/editor/repository.ts';

/** An entry the editor can open or offer as a choice: editor/entries.json holds one for each. */
export interface EntryChoice {
  kind: EditorKind;
  id: string;
  title: string;
  /** The heading it is listed under, as its collection's index groups it (a technique under its strand). */
  group?: string;
}

/** editor/entries.json: every entry, by kind in the registry's order, each kind in its reading order. */
export interface EditorIndex {
  entries: EntryChoice[];
}

/** editor/<kind>.json: what a kind's form is made from. */
export interface KindForm {
  /** The JSON Schema of an entry, with the playbook's own phases, subjects and components, and the editor hints. */
  schema: JsonSchema;
}

export interface Term {
  id: string;
  label: string;
}

/** What the editor page carries: the same size whatever the playbook holds. */
export interface EditorPageData {
  terms: { phases: Term[]; subjects: Term[]; components: Term[] };
  /** The content folder relative to the project root, like "content". */
  contentDir: string;
  repository: Repository | undefined;
}
