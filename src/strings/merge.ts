import type { Area, Plural } from './table.ts';

/** An area of the English table with a fork's words put over it. */
export function withOverrides<T extends Area>(english: T, overrides: Record<string, string | Plural> | undefined): T {
  return overrides ? { ...english, ...overrides } : english;
}
