/**
 * The privacy floor of coaching trends: no figure about fewer than `floor` coachees is shown
 * (5 by default; a playbook may set another, never below 3).
 *
 * Two rules make it hold:
 * 1. A figure carries the number of coachees it covers and is shown only when that number
 *    reaches the floor (`gate`).
 * 2. In a breakdown (by strand, technique, step, school or group, or term), the rows about fewer
 *    than `floor` coachees are pooled into one "others" row. When that pool is itself about fewer
 *    than `floor`, the smallest shown rows join it until it is not; so a hidden row's count can
 *    never be worked out by taking the shown rows from the total (`poolSmallRows`). When even
 *    all rows together are about fewer than `floor`, nothing of the breakdown is shown.
 */

/** The floor when the playbook sets none. */
export const DEFAULT_FLOOR = 5;
/** The lowest floor a playbook may set. */
export const LOWEST_FLOOR = 3;

/** The floor to apply: the playbook's, but never below the lowest. */
export function privacyFloor(configured: number = DEFAULT_FLOOR): number {
  return Math.max(LOWEST_FLOOR, Math.floor(configured));
}

/** A figure, or the fact that it is withheld because it covers too few coachees. */
export type Gated<T> = { shown: true; value: T; coachees: number } | { shown: false };

/** The figure `value` makes, when `coachees` reaches the floor; it is not even worked out otherwise. */
export function gate<T>(coachees: number, floor: number, value: () => T): Gated<T> {
  return coachees >= floor ? { shown: true, value: value(), coachees } : { shown: false };
}

/** Rows split into those shown on their own and those pooled, with the coachees of the pool. */
export interface PooledRows<R> {
  shown: R[];
  pooled: R[];
  poolCoachees: Set<string>;
}

/** Applies rule 2 to the rows of one breakdown. The rows' order is kept in `shown`. */
export function poolSmallRows<R>(rows: readonly R[], coacheesOf: (row: R) => ReadonlySet<string>, floor: number): PooledRows<R> {
  const shown = rows.filter((row) => coacheesOf(row).size >= floor);
  const pooled = rows.filter((row) => coacheesOf(row).size < floor);
  const poolCoachees = new Set<string>();
  for (const row of pooled) for (const coachee of coacheesOf(row)) poolCoachees.add(coachee);
  if (pooled.length > 0 && poolCoachees.size < floor) {
    // Smallest first: the fewest coachees, so as little as possible is hidden.
    const bySize = [...shown].sort((a, b) => coacheesOf(a).size - coacheesOf(b).size);
    while (poolCoachees.size < floor && bySize.length > 0) {
      const row = bySize.shift()!;
      pooled.push(row);
      for (const coachee of coacheesOf(row)) poolCoachees.add(coachee);
    }
    const moved = new Set(pooled);
    return { shown: shown.filter((row) => !moved.has(row)), pooled, poolCoachees };
  }
  return { shown, pooled, poolCoachees };
}
