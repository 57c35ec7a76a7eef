/**
 * The self-audit area's words for its results in detail, its history and its comparisons: the
 * same "audit" area as audit.ts in content/strings.yaml (en/index.ts joins the two), kept in a module
 * of their own so that a self-audit page loads them only when it shows those parts.
 */
import { plural } from '../table.ts';

export const auditResults = {
  // An attempt's results in detail: the chart and its table, strengths and priorities.
  chartBySection: 'Mean by section',
  chartByCriterion: 'Level chosen for each criterion',
  thisAttempt: 'This attempt',
  criterion: 'Criterion',
  level: 'Level',
  /** As a chart's description says it: "Bar chart of levels…". */
  levels: 'levels',
  itemsAnswered: 'Items answered',
  /** "3 of 5": answered of all. */
  answeredOf: '{answered} of {total}',
  strengths: 'Strengths',
  strengthsIntro: 'Your highest-rated items.',
  strengthsEmpty: 'None stands out yet: nothing is rated above your lowest answers.',
  /** Read by screen readers only after "And 2 more rated the same". */
  strengthsWhat: 'strengths',
  buildOn: 'Build on it with:',
  priorities: 'Development priorities',
  prioritiesIntro: 'Your lowest-rated items: the places to start.',
  prioritiesEmpty: 'None: every answer is at the top of the scale.',
  prioritiesWhat: 'development priorities',
  developWith: 'Develop it with:',
  /** After a ranked item: its scale label, value and section ("Often (3) · Planning"). */
  rankedValue: '{label} ({value}) · {section}',
  moreSame: plural({ one: 'And {count} more rated the same', other: 'And {count} more rated the same' }),

  // History and compare: the attempts so far, and two of them compared.
  attemptStartedOn: 'Attempt started {date}',
  attemptsTable: 'Your attempts, oldest first',
  columnAttempt: 'Attempt',
  columnStarted: 'Started',
  columnChanged: 'Last changed',
  columnAnswered: 'Answered',
  columnOverall: 'Overall mean',
  historyOne: 'Start a second attempt, at the end of the year say, to compare the two here.',
  compareHeading: 'Compare two attempts',
  compareLabel: 'Compare',
  compareWith: 'with',
  compareSame: 'Choose two different attempts to compare.',
  compareNothing: 'No item is answered in both attempts yet, so there is nothing to compare.',
  compareIntro: 'From “{before}” to “{after}”: {compared} of {total} items are answered in both and compared. Section means use only those items, so like is compared with like.',
  biggestChanges: 'Biggest changes',
  noRise: 'No item has risen.',
  noFall: 'No item has fallen.',
  rise: 'Rise: {change}',
  fall: 'Fall: {change}',
  /** Under the rises: more items that rose as much as the last one listed; {change} is that change ("+1.0"). */
  moreRises: plural({ one: 'And {count} more item rose by the same amount ({change})', other: 'And {count} more items rose by the same amount ({change})' }),
  /** Under the falls, the same for falls ("−1.0"). */
  moreFalls: plural({ one: 'And {count} more item fell by the same amount ({change})', other: 'And {count} more items fell by the same amount ({change})' }),
  /** One change: "Item (Section): 2 to 4, +2.0". */
  changeSentence: '{item} ({section}): {before} to {after}, {change}',
  compareChart: 'Mean by section: {before} and {after}',
  everyItemCompared: 'Every item compared',
  compareTable: 'Each item in “{before}” and “{after}”',
  notAnswered: 'not answered',
};
