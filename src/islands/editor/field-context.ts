/**
 * What every field of the form reads and does beyond its own schema: the whole entry's data (a
 * step's action step depends on its technique), the entries and parts it may name, readers' words
 * for fixed values, its problems, and the changes it makes.
 */
import type { ReactNode } from 'react';
import type { CollectionLabels, CollectionName, JsonSchema } from '../../engine/editor/engine.ts';
import type { Path } from '../../engine/editor/data-paths.ts';

export interface Choice {
  id: string;
  label: string;
  /** The heading it is listed under, like a technique's strand; choices without one come last. */
  group?: string;
}

export interface FieldContext {
  /** The whole entry's data, for fields that depend on another (a step's technique). */
  root: unknown;
  /** The id of a field's control (form-problems.ts's fieldDomId; a new entry in place has ids of its own). */
  idOf: (path: Path) => string;
  /** The words of the kind being edited ("rubric"). */
  labels: CollectionLabels;
  /** The words of another collection. */
  labelsOf: (collection: CollectionName) => CollectionLabels;
  /** The entries of a collection to choose from; undefined while they load. */
  choices: (collection: CollectionName) => readonly Choice[] | undefined;
  /** The items of `list` in an entry (a technique's action steps); undefined while the entry loads. */
  parts: (collection: CollectionName, id: string, list: string) => readonly Choice[] | undefined;
  /** A readable label for an allowed value (a phase's or a protocol kind's words). */
  valueLabel: (value: string) => string;
  /** The problems of exactly this field, as sentences; none until they are shown (the field has been left, or the author asked to finish). */
  messagesAt: (path: Path) => string[];
  /** Focus has left the field: its problems show from now on. */
  leave: (path: Path) => void;
  set: (path: Path, value: unknown) => void;
  /** Sets several fields in one change (a step's technique, and the action step that no longer belongs to it). */
  setMany: (changes: readonly { path: Path; value: unknown }[]) => void;
  /** Asks for focus to go to a control once the form has re-rendered. */
  focusLater: (id: string) => void;
  /** Says something to screen reader users (a list item moved or removed), in a polite live region. */
  announce: (message: string) => void;
  /**
   * For a reference into a collection kept in a list file (sources, strands): the offer to write a
   * new one in place, or the new one this field names with its fields (NewEntryInPlace.tsx).
   * Undefined where none is offered (inside a new entry itself).
   */
  inPlace: ((collection: CollectionName, path: Path, value: unknown) => ReactNode) | undefined;
}

/** What a field is given: its schema and place, its words, and the form's context. */
export interface FieldProps {
  schema: JsonSchema;
  path: Path;
  label: string;
  required: boolean;
  context: FieldContext;
  /** The fields beside this one in its group, for a field that depends on another (an action step on its technique). */
  siblings?: readonly [string, JsonSchema][];
  /** The hint under it, where the field's place gives one of its own (a text for a level that is no longer one); otherwise the strings table's. */
  help?: string;
}

/** What a field shows and says, worked out once for every kind of control. */
export interface FieldFrame {
  id: string;
  value: unknown;
  help: string;
  messages: string[];
  describedBy: string | undefined;
  /** Reports focus leaving the field (Frame's onLeave). */
  onLeave: () => void;
}
