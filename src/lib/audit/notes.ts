/**
 * Where an attempt's notes are kept. An attempt's `notes` is a record of texts by key:
 *
 * - an audit has a note per section, keyed by the section's id;
 * - a rubric used as a self-review has a note per criterion, keyed by the criterion's id, and
 *   may also hold a note on the whole review under `WHOLE_REVIEW_NOTE`.
 *
 * Until stored format 4 (export format 3), a self-review was one section, "criteria", with one
 * note for the whole review. `moveWholeReviewNote` is the migration step that carries such a note
 * forward. It moves to the whole-review key, not to the first criterion: it was written about the
 * whole review, and under one criterion it would read as if it were about that criterion alone.
 * It is plain code without zod, because both the zod formats and the zod-free file check use it.
 */

/** The key of a rubric attempt's note on the whole review. No criterion may use it as its id. */
export const WHOLE_REVIEW_NOTE = 'whole-review';

/** The one section a self-review had before each criterion kept its own note. */
export const OLD_REVIEW_SECTION = 'criteria';

/**
 * A rubric attempt's notes with the old one-section note moved to the whole-review key. Nothing
 * is dropped: if both keys somehow hold text, the texts are joined.
 */
export function moveWholeReviewNote(notes: Readonly<Record<string, string>>): Record<string, string> {
  if (!Object.hasOwn(notes, OLD_REVIEW_SECTION)) return { ...notes };
  const { [OLD_REVIEW_SECTION]: old, ...rest } = notes;
  const existing = rest[WHOLE_REVIEW_NOTE];
  return { ...rest, [WHOLE_REVIEW_NOTE]: existing ? `${existing}\n\n${old}` : old! };
}

/** The same step over a list of attempts, for a document of the given kind (audits are unchanged). */
export function moveWholeReviewNotes<A extends { notes: Readonly<Record<string, string>> }>(kind: string, attempts: readonly A[]): A[] {
  if (kind !== 'rubric') return [...attempts];
  return attempts.map((attempt) => ({ ...attempt, notes: moveWholeReviewNote(attempt.notes) }));
}
