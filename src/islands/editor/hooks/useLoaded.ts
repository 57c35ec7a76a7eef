/**
 * Values the editor fetches (the list of entries, a kind's form, the entries a draft names), held
 * by key as they arrive: a key not loaded yet has no value, and one that failed has the reason, so
 * the form can say so.
 */
import { useEffect, useMemo, useState } from 'react';

export interface Loaded<T> {
  value?: T;
  error?: string;
}

/** The loaded value for each of `keys` (in a map by key), asking `load` once for each key not asked before. */
export function useLoadedMany<K extends string, T>(keys: readonly K[], load: (key: K) => Promise<T>): ReadonlyMap<K, Loaded<T>> {
  const [results, setResults] = useState<ReadonlyMap<K, Loaded<T>>>(() => new Map());
  const missing = useMemo(() => keys.filter((key) => !results.has(key)), [keys, results]);
  useEffect(() => {
    let live = true;
    for (const key of missing) {
      const settle = (result: Loaded<T>) => {
        if (live) setResults((current) => new Map(current).set(key, result));
      };
      load(key).then(
        (value) => settle({ value }),
        (error: unknown) => settle({ error: error instanceof Error ? error.message : String(error) }),
      );
    }
    return () => {
      live = false;
    };
  }, [missing, load]);
  return results;
}

/** The loaded value for one key (nothing while there is no key). */
export function useLoaded<K extends string, T>(key: K | undefined, load: (key: K) => Promise<T>): Loaded<T> {
  const keys = useMemo(() => (key === undefined ? [] : [key]), [key]);
  const results = useLoadedMany(keys, load);
  return (key !== undefined && results.get(key)) || {};
}
