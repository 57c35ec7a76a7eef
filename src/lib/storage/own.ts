/**
 * Reading objects whose keys come from a file or from saved data, by own properties only. A
 * plain object inherits properties such as "constructor" and "__proto__": a lookup like
 * `answers[id]` with an id taken from a file (or a content id that happens to be "constructor")
 * would find a function where it expects an answer. Every lookup keyed by such data goes through
 * `own` or `ownField`, or through a `Map`.
 */

/** The value a record holds under `key` itself, never one it inherits. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An object's own property, read without trusting the value: undefined for anything else, or an inherited name like "constructor". */
export function ownField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}
