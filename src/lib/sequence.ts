/** Week numbers for a sequence's steps: each step starts the week after the previous one ends. */
export function weekRanges(lengths: readonly number[]): { start: number; end: number }[] {
  let next = 1;
  return lengths.map((weeks) => {
    const range = { start: next, end: next + weeks - 1 };
    next += weeks;
    return range;
  });
}
