/**
 * "What's the problem?": the learning problems techniques say they address, grouped by strand,
 * each leading to every technique that addresses it. The same problem written the same way in
 * two techniques (ignoring case and punctuation) is listed once.
 */
import { slugify } from './content/step-id.ts';

export interface ProblemSource {
  id: string;
  title: string;
  strand: string;
  problems: readonly string[];
}

export interface ProblemGroup {
  strand: string;
  problems: { text: string; anchor: string; techniques: { id: string; title: string }[] }[];
}

/** A key under which two wordings of the same problem meet. */
export function problemKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Groups problems by the strand of the first technique that names them, in the order strands are given. */
export function groupProblems(techniques: readonly ProblemSource[], strandOrder: readonly string[]): ProblemGroup[] {
  const byKey = new Map<string, { text: string; strand: string; techniques: { id: string; title: string }[] }>();
  for (const technique of techniques) {
    for (const text of technique.problems) {
      const key = problemKey(text);
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.techniques.some((item) => item.id === technique.id)) existing.techniques.push({ id: technique.id, title: technique.title });
      } else {
        byKey.set(key, { text: text.trim(), strand: technique.strand, techniques: [{ id: technique.id, title: technique.title }] });
      }
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
      problems: [...byKey.values()]
        .filter((problem) => problem.strand === strand)
        .sort((a, b) => a.text.localeCompare(b.text))
        .map((problem) => ({ text: problem.text, anchor: uniqueAnchor(problem.text), techniques: problem.techniques })),
    }))
    .filter((group) => group.problems.length > 0);
}
