import { plural } from '../table.ts';

/** The frame of every page: header, navigation, footer, and the parts every entry page shares. */
export const common = {
  skipLink: 'Skip to main content',
  /** Every page's <title> but the home page's. */
  pageTitle: '{page} | {playbook}',
  /** An entry page's own title names its type, lower case: "Questioning (strand)". */
  entryPageTitle: '{title} ({type})',
  /** The meta description of a playbook with no tagline. */
  playbookDescription: '{name}: {organisation}',
  siteSearchLabel: 'Site',
  searchPlaybook: 'Search the playbook',
  searchButton: 'Search',
  /** After the header's search box; {key} is the "/" key. */
  searchKeyHint: 'or press {key}',
  menu: 'Menu',
  mainNavLabel: 'Main',
  toolsNavLabel: 'Tools',
  coaching: 'Coaching',
  sequenceBuilder: 'Sequence builder',
  groupResults: 'Group results',
  makeItYours: 'Make it yours',
  bookLink: 'The playbook as a book',
  accessibilityLink: 'Accessibility',
  footerNote: '{name} — {organisation}. Everything you enter on this site stays on your device.',
  usedIn: 'Used in',
  print: 'Print',
  /** On an entry page, by its title: opens the entry in the playbook's own editor. */
  changeInEditor: 'Change this in the editor',
  /** Beside "Change this in the editor" where playbook.yaml names a repository: opens the entry's file there. */
  editThisPage: 'Edit this page',
  /** Read after "Edit this page" by screen readers only. */
  editInRepository: 'in the repository',
  lastChanged: 'Last changed {date}',
  reviewOverdueSince: 'Review overdue since {date}',
  nextReviewDue: 'Next review due {date}',
  chartBefore: 'Before',
  chartAfter: 'After',
  chartCaption: 'Before and after ({unit}). {summary}.',
  chartSummaryRow: '{measure}: {before} before, {after} after',
  chartBarValue: '{label}: {value}',
  figurePercent: '{value}%',
  figureWithUnit: '{value} {unit}',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved when the playbook was updated.',
  notFoundHome: 'Go to the home page',
  /** A number of a collection's entries, with its names for one and for many. */
  collectionCount: plural({ one: '{count} {singular}', other: '{count} {plural}' }),
  allOf: 'All {plural}',
};
