/**
 * How much a file a person loads may hold, checked before any work is done on it, so no file can
 * freeze the page or fill the browser's storage. Each limit is far above what a real user needs,
 * and below what the page can handle quickly or the browser can keep:
 *
 * - `fileBytes`, 4 MB for one exported file (a self-audit's answers, a set of evidence, one file
 *   of group results). A browser keeps about 5 MB for a whole site (5 million characters in
 *   Chromium, Firefox and Safari), shared by every audit and evidence form on it, so a larger file
 *   could never be saved; a real file is far smaller: a mentor answering the largest audit three
 *   times a year for ten years, with a long note on every section, exports about 200 KB.
 * - `attempts`, 10,000 attempts in a file, and kept for one audit: thirty in a working life is a
 *   lot. 10,000 still import in under a second and leave every click under 100 ms afterwards
 *   (`npm run bench:import` measures both).
 * - `answers`, 1,000 answers or notes in one attempt, and 1,000 answers in a set of evidence: the
 *   largest audit has under 40 items and a criteria set under 20 criteria; a file from a later
 *   version with more items still fits.
 * - `groupFiles`, 5,000 files in one group of group results, and `groupBytes`, 50 MB in all: a
 *   large trust has about a thousand mentors, whose files are a few kilobytes each.
 */
export const LIMITS = {
  fileBytes: 4_000_000,
  attempts: 10_000,
  answers: 1_000,
  groupFiles: 5_000,
  groupBytes: 50_000_000,
} as const;

export type Limits = { readonly [Name in keyof typeof LIMITS]: number };
