import { plural } from '../table.ts';

/** "Due for review", for the PD lead: entries overdue or due soon for review. {days} is how many days count as soon. */
export const review = {
  /** The page's title and heading, and its link in the footer. */
  title: 'Due for review',
  description: "The playbook's entries that are overdue for review or due in the next {days} days, with when each was last changed.",
  eyebrow: 'For PD leads',
  /** {date} is the day the site was built. */
  lede: 'Entries whose review date has passed or falls in the next {days} days, on {date}, the day this site was built.',
  /** Before the example of a review field; {field} and {file} are code ("review", ".mdx"). */
  howTo: 'To give an entry a review date, add a {field} field to it (in an {file} file, among the fields at the top), with the date written year-month-day and, if you like, a note of what to check:',
  /** The example's note, after "note:". */
  exampleNote: 'Check against the new framework',
  howItShows: "Each entry's page shows when it was last changed, from the repository's history, and when its next review is due.",
  overdue: 'Overdue',
  dueSoon: 'Due in the next {days} days',
  dueLater: 'Due later',
  noReviewDate: 'No review date',
  /** A count after a list's name: "Overdue: 3". */
  countAfter: '{name}: {count}',
  /** A section heading with how many it lists: "Overdue (3)". */
  headingWithCount: '{name} ({count})',
  nothingOverdue: 'Nothing is overdue.',
  nothingDueSoon: 'Nothing is due in the next {days} days.',
  nothingLater: 'No entry has a later review date.',
  reviewDue: 'Review due:',
  lastChanged: 'Last changed:',
  allDated: 'Every entry has a review date.',
  undatedCount: plural({ one: '{count} entry has no review date.', other: '{count} entries have no review date.' }),
  /** A collection's undated entries, folded: "Techniques: 4". */
  undatedInCollection: '{collection}: {count}',
};
