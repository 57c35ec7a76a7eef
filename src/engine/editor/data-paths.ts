/**
 * Places in an entry's data, as lists of keys (`['steps', 2, 'title']`), and the copies of the data
 * the form makes when one value changes. The form, its problems and its preview all name a field
 * this way. Pure functions over plain data.
 */

/** A place in an entry's data: field names and list positions. */
export type Path = (string | number)[];

/** A key for a path, to look fields up in maps: the same keys give the same text. */
export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

/** A copy of data with the value at a path set; `undefined` removes the field (an empty optional). */
export function setAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(data) ? [...data] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const object = data && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : {};
  const next = setAt(object[head!], rest, value);
  if (next === undefined) delete object[head!];
  else object[head!] = next;
  return object;
}

/** The value at a path, or undefined. */
export function getAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Moves a list item from one position to another. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
