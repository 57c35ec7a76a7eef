import { plural } from '../table.ts';

/** "What's the problem?": learning problems, each leading to the techniques that address it. */
export const problems = {
  /** The page's title, heading and link in the navigation. */
  title: "What's the problem?",
  description: 'Learning problems teachers see in class, each with the techniques that address it.',
  lede: 'Start from what you see in your classroom. Find it in its area below, then follow a technique that addresses it.',
  /** How many problems in how many areas: {problems} and {areas} are the plurals below. */
  summary: '{problems} in {areas}.',
  /** The same, when some problems were merged: {merged} is how many wordings were. */
  summaryMerged: '{problems} in {areas}; where two techniques describe the same problem in different words, it is listed once with both wordings ({merged} merged).',
  problemCount: plural({ one: '{count} problem', other: '{count} problems' }),
  areaCount: plural({ one: '{count} area', other: '{count} areas' }),
  areasHeading: 'Areas',
  alsoPutAs: 'Also put as: {wording}',
  tryThese: 'Try: ',
  /** The finder above the list (shown only with JavaScript): its name for assistive technology, and its fields. */
  finderLabel: 'Find a problem',
  findLabel: 'Find a problem by its words',
  phaseLabel: 'Phase',
  allPhases: 'All phases',
  /** Under the finder, once it has narrowed the list: {total} is how many problems there are in all. */
  showing: plural({ one: 'Showing {count} problem of {total}.', other: 'Showing {count} problems of {total}.' }),
  noneFound: 'No problem matches. Try other words, or all phases.',
};
