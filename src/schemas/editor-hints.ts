/**
 * What a field needs in the entry editor, where its type alone does not say it: text that runs to
 * sentences, a reference to another collection's entries, a year, one text per level of a rubric,
 * an action step of the technique a step names. A schema says it beside the field with zod's
 * `.meta()` (`text().meta(longText)`); zod carries it into the JSON Schema the editor reads
 * (src/engine/scaffold/json-schemas.ts) as the field's `editor` keyword, so the editor keeps no list
 * of field or collection names of its own. The published schemas/*.json leave the keyword out.
 */

export type EditorHint =
  /** Text that runs to sentences: a box of several lines. */
  | { control: 'long-text' }
  /** A year of publication: a whole number, or "n.d." where the work gives none. */
  | { control: 'year' }
  /** The id of an entry of `collection` (a collection's name in the registry), chosen from its entries by title. */
  | { control: 'reference'; collection: string }
  /**
   * The id of one item of the `list` of the entry that the sibling field `entry` names (a sequence
   * step's action step, of the technique in the step's `technique`); an item's id is its `id`, or
   * one made from its `title`. No value means the whole entry.
   */
  | { control: 'part'; entry: string; list: string }
  /** One text for each item of the entry's top-level `list`, keyed by the item's `id` (a rubric criterion's descriptor at each of the rubric's levels). */
  | { control: 'per-item'; list: string };

declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** How the entry editor offers the field (see EditorHint). */
    editor?: EditorHint;
    /** A field most entries leave alone: the editor puts it under "More options" (see moreOptions). */
    editorMore?: true;
  }
}

/** The name of the JSON Schema keyword that carries a field's hint. */
export const EDITOR_HINT_KEYWORD = 'editor';

/** The name of the JSON Schema keyword that marks a field for "More options". */
export const EDITOR_MORE_KEYWORD = 'editorMore';

/** `.meta(moreOptions)`: a field most entries leave alone (a review date), which the editor puts under "More options". */
export const moreOptions = { editorMore: true } as const satisfies { editorMore: true };

/** `.meta(longText)`: text that runs to sentences. */
export const longText = { editor: { control: 'long-text' } } as const satisfies { editor: EditorHint };

/** `.meta(year)`: a year of publication. */
export const year = { editor: { control: 'year' } } as const satisfies { editor: EditorHint };

/** `.meta(referenceTo('techniques'))`: the id of an entry of that collection. */
export const referenceTo = (collection: string) => ({ editor: { control: 'reference', collection } }) satisfies { editor: EditorHint };

/** `.meta(partOf('technique', 'steps'))`: the id of an item of `list` in the entry the sibling field `entry` names. */
export const partOf = (entry: string, list: string) => ({ editor: { control: 'part', entry, list } }) satisfies { editor: EditorHint };

/** `.meta(perItemOf('levels'))`: one text per item of the entry's top-level `list`, keyed by the item's id. */
export const perItemOf = (list: string) => ({ editor: { control: 'per-item', list } }) satisfies { editor: EditorHint };
