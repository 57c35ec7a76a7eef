/**
 * The worked examples a rendered body lists in its metadata (body.ts puts them there): their
 * phase, subject, title, line and anchor. Index cards, facets and a technique's page read them
 * back here, without the MDX renderer.
 */

/** A worked example found in a body: `<Example phase="primary" subject="maths" title="…">`. */
export interface ExampleUse {
  phase?: string;
  subject?: string;
  title?: string;
  /** The file line the example starts on. */
  line: number;
  /** The id of its section on the page, for links that jump to it. */
  anchor: string;
}

/** The worked examples stored with an entry's rendered body, read back with their types checked. */
export function examplesIn(metadata: Record<string, unknown> | undefined): ExampleUse[] {
  const list = metadata?.examples;
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is ExampleUse => typeof item === 'object' && item !== null && typeof Reflect.get(item, 'anchor') === 'string');
}
