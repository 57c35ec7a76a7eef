/**
 * "What's the problem?": the learning problems techniques say they address, grouped by strand,
 * each leading to every technique that addresses it. The same problem written the same way in
 * two techniques (ignoring case and punctuation) is listed once; so is the same problem in other
 * words ("I only find out they didn't get it when I mark their books" and "I don't find out about
 * mistakes until I mark the books"), when at least half of their words that carry meaning are
 * shared. A merged problem shows its first wording and keeps the others as `also`.
 *
 * The page's finder (src/client/problem-finder.ts) narrows the list as a teacher types, and by
 * phase: `matchesQuery` and each technique's phases are for it.
 */
import { slugify } from './content/step-id.ts';

export interface ProblemSource {
  id: string;
  title: string;
  strand: string;
  problems: readonly string[];
  /** The phases the technique is for (its own, and those of its worked examples). Default: none. */
  phases?: readonly string[];
}

/** A technique that addresses a problem, with the phases it is for. */
export interface ProblemTechnique {
  id: string;
  title: string;
  phases: readonly string[];
}

export interface Problem {
  text: string;
  /** Other wordings of the same problem, from other techniques. */
  also: string[];
  anchor: string;
  techniques: ProblemTechnique[];
}

export interface ProblemGroup {
  strand: string;
  problems: Problem[];
}

/** A key under which two wordings of the same problem meet. */
export function problemKey(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Words that say little about which problem it is. */
const COMMON = new Set(
  'a an the i my me we they them their theyre theyve pupils pupil children class it its is are be been to of in on and or but so for at as with when what then than that this these those do does did dont cant not no never only some same few most half until by up off about all every just one into from how who which there here get got go goes going have has had will would after before even very more less much own im ive whole lot lots'.split(' '),
);

/** The words of a problem that carry its meaning, with common endings taken off. */
export function meaningWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of problemKey(text).split(' ')) {
    if (word.length < 3 || COMMON.has(word)) continue;
    const ending = ['ing', 'ed', 'es', 's'].find((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 4);
    words.add(ending ? word.slice(0, -ending.length) : word);
  }
  return words;
}

/** How alike two problems are: the share of their meaning words they have in common (0 to 1). */
export function likeness(a: string, b: string): number {
  const first = meaningWords(a);
  const second = meaningWords(b);
  if (first.size === 0 || second.size === 0) return 0;
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  return shared / (first.size + second.size - shared);
}

/** Two wordings at least this alike are one problem. */
export const SAME_PROBLEM = 0.5;

/** Sorts as a reader scans: by the words, ignoring quotation marks and case. */
const sortKey = (text: string) => problemKey(text);

/** Groups problems by the strand of the first technique that names them, in the order strands are given. */
export function groupProblems(techniques: readonly ProblemSource[], strandOrder: readonly string[]): ProblemGroup[] {
  type Merged = { text: string; also: string[]; strand: string; techniques: ProblemTechnique[] };
  const merged: Merged[] = [];
  const techniqueOf = (technique: ProblemSource): ProblemTechnique => ({ id: technique.id, title: technique.title, phases: technique.phases ?? [] });
  const add = (target: Merged, technique: ProblemSource) => {
    if (!target.techniques.some((item) => item.id === technique.id)) target.techniques.push(techniqueOf(technique));
  };
  for (const technique of techniques) {
    for (const raw of technique.problems) {
      const text = raw.trim();
      const key = problemKey(text);
      const same = merged.find((problem) => problemKey(problem.text) === key || problem.also.some((other) => problemKey(other) === key));
      if (same) {
        add(same, technique);
        continue;
      }
      const alike = merged.find((problem) => [problem.text, ...problem.also].some((wording) => likeness(wording, text) >= SAME_PROBLEM));
      if (alike) {
        alike.also.push(text);
        add(alike, technique);
        continue;
      }
      merged.push({ text, also: [], strand: technique.strand, techniques: [techniqueOf(technique)] });
    }
  }
  const anchors = new Set<string>();
  const uniqueAnchor = (text: string) => {
    const stem = slugify(text).slice(0, 60).replace(/-+$/, '') || 'problem';
    let anchor = stem;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${stem}-${n}`;
    anchors.add(anchor);
    return anchor;
  };
  return strandOrder
    .map((strand) => ({
      strand,
      problems: merged
        .filter((problem) => problem.strand === strand)
        .sort((a, b) => sortKey(a.text).localeCompare(sortKey(b.text)))
        .map((problem) => ({ text: problem.text, also: problem.also, anchor: uniqueAnchor(problem.text), techniques: problem.techniques })),
    }))
    .filter((group) => group.problems.length > 0);
}

/** Text as the problem finder compares it: lower case, without accents, apostrophes or punctuation. */
export function findable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a text has every word of a query, each at the start of one of its words ("mark" finds "marking"); an empty query matches all. */
export function matchesQuery(text: string, query: string): boolean {
  const words = findable(query).split(' ').filter(Boolean);
  const own = ` ${findable(text)}`;
  return words.every((word) => own.includes(` ${word}`));
}
