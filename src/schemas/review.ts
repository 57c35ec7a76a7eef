/**
 * Fields the engine adds to every collection, whatever its folder says: today one, `review`, the
 * date an entry is next due for review and what to look at then. The registry's `schemaOf`
 * (src/collections/index.ts) extends each collection's schema with these, so a collection folder
 * never declares them and a new collection gets them too.
 *
 * Dates are written `YYYY-MM-DD`. The content reader parses YAML with js-yaml's CORE_SCHEMA, which
 * has no timestamp type, so an unquoted `2027-09-01` stays the text "2027-09-01".
 */
import { z } from 'astro/zod';
import { longText, moreOptions } from './editor-hints.ts';

/** How many days ahead an entry counts as due soon (src/lib/review.ts). */
export const REVIEW_SOON_DAYS = 60;

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export const isoDate = () => z.iso.date({ error: 'a date written YYYY-MM-DD, like 2027-09-01' });

export const reviewSchema = () =>
  z
    .object({
      due: isoDate().describe(
        `The date the entry should next be reviewed, written YYYY-MM-DD, like 2027-09-01 (quotes are not needed). The "Due for review" page lists the entry as due soon from ${REVIEW_SOON_DAYS} days before it and as overdue once it has passed; the entry's page shows "Next review due" with it.`,
      ),
      note: z
        .string()
        .trim()
        .min(1)
        .meta(longText)
        .optional()
        .describe('Optional: what to check at the review, like "Check against the new framework once it is published". Shown on the "Due for review" page.'),
    })
    .strict();

/** An entry's review date, as its schema outputs it. */
export type Review = z.output<ReturnType<typeof reviewSchema>>;

/** The fields every collection has, each described: added to every schema by `schemaOf`. */
export const engineFields = () => ({
  review: reviewSchema()
    .optional()
    .meta(moreOptions)
    .describe(
      'Optional, on any entry of any collection: when the entry is next due for review. `due` is the date (YYYY-MM-DD); `note` says what to check. Default: no review date, and the entry is counted under "No review date" on the "Due for review" page.',
    ),
});

/** The data the engine-wide fields give every entry. */
export type EngineData = { [K in keyof ReturnType<typeof engineFields>]?: z.output<ReturnType<typeof engineFields>[K]> };
