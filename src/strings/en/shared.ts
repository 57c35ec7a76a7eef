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
  // A change that could not be saved, said beside the control where it was made.
  notSavedFull:
    "Not saved: this browser's storage for this site is full. What you typed or chose is still here, but only until you close this page. Download it to keep it as a file you can import again; then free some space (delete attempts, backups or other data you no longer need) and try saving again.",
  notSavedStuck:
    'Not saved: saved data that could not be read is still in place, and saving would overwrite it. What you typed or chose is still here, but only until you close this page: download it to keep it. Then download the unreadable data and delete it (see the notice above) to start saving again.',
  notSavedRefused:
    'Not saved: this browser did not let the site save it. What you typed or chose is still here, but only until you close this page: download it to keep it as a file you can import again.',
  /** The button that downloads everything not saved, as the island's own export. */
  downloadUnsaved: 'Download what is not saved',
  retrySave: 'Try saving again',
  savedAfterAll: 'Everything you typed and chose is saved now.',
  /** Beside a text box being typed in, when another tab saved other text in it meanwhile. */
  changedInAnotherTab: 'Another tab has saved a different text here since you started typing. What you type now replaces it.',

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

  // Reading a file a person loads, before anything else is done with it.
  /** A size in kilobytes or megabytes ({size} is a number in the language's form). */
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
  fileTooBig: 'This file is {size}, and a file can be at most {limit} here, so it was not read. A file this site exports is much smaller: check that this is the file you meant.',
  detailTooBig: '{bytes} bytes; the limit is {limit} bytes',
  fileNotUtf8:
    'This file is not in UTF-8, the text encoding this site writes: line {line} has characters in another encoding, as happens when a file is opened and saved in another program. Export it again, or save it as UTF-8 text.',
  detailNotUtf8: 'line {line} is not UTF-8: {text}',
  fileDuplicateKey: 'This file gives “{key}” twice in one place (line {line}), so it is not clear which to keep. It has been changed since it was exported: export it again.',
  detailDuplicateKey: 'duplicate key "{key}" in {path}, line {line}',
  fileForbiddenKey: 'This file has a field named “{key}” (line {line}), which no file this site writes has. It has been changed since it was exported: export it again.',
  detailForbiddenKey: 'key "{key}" in {path}, line {line}',
  detailNotJson: 'not valid JSON: {error}',
  /** After a parser's message that does not say where. */
  detailWhere: ' (line {line}, column {column})',

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
