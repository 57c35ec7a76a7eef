/** The words of the parts the islands share: notices, confirmations, charts and tables, saving in the browser and reading files. */
import { plural } from '../table.ts';

export const shared = {
  // A message beside the control that caused it: a bold lead, the message, then a Dismiss button.
  leadDone: 'Done:',
  leadProblem: 'Problem:',
  leadNote: 'Note:',
  /** The folded-away part of an error message, for whoever helps. */
  technicalDetail: 'Technical detail',
  dismiss: 'Dismiss',
  /** Read after "Dismiss" by screen readers only ("Dismiss this message"). */
  dismissWhat: 'this message',

  // Deleting after a confirmation.
  deleteMyData: 'Delete my data',
  yesDeleteMyData: 'Yes, delete my data',
  cancel: 'Cancel',

  // Tables and charts.
  /** Shown when a table is wider than the screen and scrolls inside its box. */
  scrollHint: 'Scroll the table sideways to see all of it.',
  /** A chart's or table's cell where there is no value. */
  noAnswers: 'no answers',
  /** The value column of a chart's table, by default. */
  mean: 'Mean',
  /** The same, as the chart's description says it ("Bar chart of means…"). */
  means: 'means',
  /** The first column of a chart's table, by default. */
  section: 'Section',
  /** A chart's description for screen readers, with one series ({values}: "means", "levels"). */
  chartDescribe: '{caption}. Bar chart of {values} on a scale from {min} to {max}; the table after it gives the same figures.',
  /** The same with two series: "Bar chart of September and July means…". */
  chartDescribeTwo: '{caption}. Bar chart of {first} and {second} {values} on a scale from {min} to {max}; the table after it gives the same figures.',
  /** The name of the box around a chart's table. */
  chartFigures: '{caption}: the figures',
  /** The caption of a chart's table, for screen readers. */
  chartFiguresCaption: '{caption}: the figures in the chart',
  /** A column of a chart's table with two series: "Mean: September". */
  chartSeriesColumn: '{value}: {series}',
  /** The columns of a table comparing two attempts or two groups. */
  changeItem: 'Item',
  changeChange: 'Change',
  /** Between the links after "Develop it with:". */
  linkSeparator: ', ',

  // Saving in this browser.
  storageFull:
    "Your browser's storage for this site is full, so your last change was not saved. Export your answers now to keep them, then free some space (for example, delete attempts or data you no longer need) and try again.",
  storageReadOnly:
    'Saved data that could not be read is still in place, and saving now would overwrite it, so nothing is being saved. Download the unreadable data, then delete it to start saving again.',
  storageRefused: 'This browser did not let the site save your change. Your answers last only until you close the page: export them to keep them.',
  /** The button that saves unreadable data, set aside or left in place, as a file. */
  downloadUnreadable: 'Download the unreadable data',
  /** The name of that file, after the audit's or criteria set's id. */
  fileUnreadableData: 'unreadable-data',
  /** The button that deletes a backup of unreadable data, after a confirmation. */
  deleteBackup: 'Delete the backup',
  deleteBackupQuestion: 'Delete the backup made on {date} from this browser? This cannot be undone: download it first if you might need it.',
  yesDeleteBackup: 'Yes, delete the backup',
  backupDeleted: 'The backup has been deleted from this browser.',
  /** Why a backup was made, when this version of the site can read it after all. */
  backupReadableNow: 'it was made by a version of this site that could not read it; this version can',

  // Why saved data or a file cannot be read (shown as a technical detail, or in brackets).
  notValidJson: 'it is not valid JSON ({error})',
  expectedVersionObject: 'expected an object with a "version" number, found {found}',
  expectedWholeVersion: 'expected a whole-number "version", found {found}',
  newerVersion: 'it was written by a newer version of this site (format version {version}; this page reads up to {current})',
  unknownVersion: 'format version {version} is not one this page can read (it reads {versions})',
  noMigration: 'there is no way to bring format version {version} up to date',
  /** Where in a file a problem is, when it is the whole file. */
  theFile: 'the file',
  /** One problem in a file: where, then what. */
  issue: '{path}: {message}',
  /** After the first three problems. */
  moreProblems: plural({ one: 'and {count} more problem', other: 'and {count} more problems' }),
  /** A value of the wrong type. */
  missingExpected: 'missing (expected {expected})',
  expectedFound: 'expected {expected}, found {found}',
  tooLong: 'expected at most {max} characters',
  tooMany: 'expected at most {max}',
  unrecognizedKeys: plural({ one: 'not a field this file has: {keys}', other: 'not fields this file has: {keys}' }),
  expectedOneOf: 'expected {values}',
  /** A key (such as an item's id) that is not one this file can have, when no more is known. */
  badKey: 'not a key this file can have',
  /** Any other value the file cannot have. */
  badValue: 'not a value this file can have',
  // Values and types, named in those messages.
  valueNothing: 'nothing',
  valueList: 'a list',
  valueObject: 'an object',
  valueText: 'text',
  valueNumber: 'a number',
  valueWholeNumber: 'a whole number',
  valueBoolean: 'true or false',
  /** Another type, by its programming name ("a date", "an integer"). */
  valueOther: 'a {type}',
  valueOtherVowel: 'an {type}',
};
