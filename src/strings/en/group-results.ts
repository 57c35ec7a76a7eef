/**
 * The group results page: pooling a group's exported self-audit files, the group's results, two
 * groups compared, the report (printed and as a spreadsheet), and why a file could not be used.
 */
import { plural } from '../table.ts';

export const groupResults = {
  // The page.
  title: 'Group results',
  description: "Pool a group's exported self-audit files to see its means, spread and common development needs, and compare two groups. Runs in your browser; nothing is uploaded.",
  lede: "Pool the self-audit answers a group has exported to see where the group is strong, how far answers spread, and the development needs most people share. Load a second group, such as July's files beside September's, to compare.",
  howItWorks: 'How it works',
  /** {link} is a link to the audits (named by the audits collection's plural label); {button} names the self-audit's export button. */
  stepAnswer: 'Each person answers an audit on its page (see {link}) and chooses “{button}”.',
  stepSend: 'They send you the file. Collect the files in one folder.',
  stepLoad: 'Choose the audit below and add the files, or drag them onto the page. Files are read in this browser and never uploaded anywhere.',
  /** Under the steps: why the notes in the files are not shown. */
  notesLeftOut: "Notes are not shown. Each file holds the notes its author wrote as well as their answers, but this page pools the answers only: a note is one person's own reflection, which no group figure can sum up, and leaving notes out keeps the report about the group, not about anyone in it.",
  /** Shown without JavaScript: {strong} is noscriptStrong, in bold. */
  noscript: '{strong}, which is turned off or not available in this browser. The audits themselves can still be printed and answered on paper.',
  noscriptStrong: 'Group results needs JavaScript',

  // Choosing the audit and loading files.
  noAudits: 'This playbook has no audits to pool results for.',
  auditLabel: 'Audit',
  /** A rubric in the list of audits. */
  rubricOption: '{title} (rubric self-review)',
  firstGroup: 'First group',
  secondGroup: 'Second group',
  secondGroupHeading: 'Second group, to compare (optional)',
  thisGroup: 'This group',
  reading: plural({ one: 'Reading {count} file…', other: 'Reading {count} files…' }),
  /** After files are added: {added} is filesAdded, {counted} filesCounted, and {failed} filesFailed or nothing. */
  added: '{group}: added {added}. {counted} in all{failed}.',
  filesAdded: plural({ one: '{count} file', other: '{count} files' }),
  filesCounted: plural({ one: '{count} file counted', other: '{count} files counted' }),
  /** {group} is the heading of the box whose list of files says why ("First group"). */
  filesFailed: plural({ one: '; {count} file could not be used, and the list under “{group}” says why', other: '; {count} files could not be used, and the list under “{group}” says why' }),
  switchedAudit: 'The files are for “{title}”, so that is now chosen.',
  removed: '{group}: removed “{file}”.',
  theFile: 'The file',
  nameLabel: 'Name of this group, like “September”',
  addFiles: 'Add exported files (JSON) to this group',
  dropHint: 'Or drag and drop the files here. You can add more files at any time.',
  choiceLabel: 'From each file, use',
  choiceLatest: 'the latest attempt',
  choiceFirst: 'the first attempt',
  noFiles: 'No files yet.',
  /** The files in a group: {added} is filesAdded, {counted} filesCounted, {failed} failedFiles or nothing. */
  groupFiles: '{added} added: {counted}{failed}.',
  failedFiles: plural({ one: ', {count} file could not be used', other: ', {count} files could not be used' }),
  fellBackLatest: plural({
    one: 'In {count} file the latest attempt had no answers, so the latest attempt with answers was used.',
    other: 'In {count} files the latest attempt had no answers, so the latest attempt with answers was used.',
  }),
  fellBackFirst: plural({
    one: 'In {count} file the first attempt had no answers, so the first attempt with answers was used.',
    other: 'In {count} files the first attempt had no answers, so the first attempt with answers was used.',
  }),
  failuresHeading: 'Files that could not be used, and why',
  failure: '{file}: {reason}',
  fileList: 'Every file in this group ({count}), to remove one',
  /** A file's name, and whose answers it holds when it says: "jo.json (Jo Smith)". */
  fileOwner: '{file} ({owner})',
  counted: 'counted',
  notUsed: 'not used',
  remove: 'Remove',
  removeGroupFiles: "Remove this group's files",

  // The report.
  reportHeading: 'The report',
  reportIntro: 'Print the results below as a report (the file lists and controls are left out), or download them for a spreadsheet. Both hold the answers only, never the notes.',
  printReport: 'Print the report',
  downloadReport: 'Download the report (CSV)',
  notKept: 'The files are not kept: they stay loaded only while this page is open.',
  printed: '{title}: group results, printed {date}',

  // One group's results.
  resultsFor: 'Results: {group}',
  peopleLatest: plural({
    one: "{count} person, one attempt each (the latest in each file). Only answered items count, never as zero. A section's mean is the mean of each person's own section mean.",
    other: "{count} people, one attempt each (the latest in each file). Only answered items count, never as zero. A section's mean is the mean of each person's own section mean.",
  }),
  peopleFirst: plural({
    one: "{count} person, one attempt each (the first in each file). Only answered items count, never as zero. A section's mean is the mean of each person's own section mean.",
    other: "{count} people, one attempt each (the first in each file). Only answered items count, never as zero. A section's mean is the mean of each person's own section mean.",
  }),
  chartBySection: '{group}: mean by section',
  chartByCriterion: '{group}: mean by criterion',
  criterion: 'Criterion',
  peopleAnswered: 'People who answered',
  answers: 'Answers',
  needsHeading: 'Common development needs',
  needsIntro: 'The items with the lowest group means.',
  /** After a need: its section, mean and how many answered. */
  needDetail: plural({ one: '({section}): mean {mean} from {count} answer', other: '({section}): mean {mean} from {count} answers' }),
  developWith: 'Develop it with:',
  spreadHeading: 'Every item: mean and spread',
  spreadTable: '{group}: every item, mean and spread',
  spreadCaption: '{group}: how many chose each point of the scale, for each item',
  item: 'Item',
  mean: 'Mean',
  scalePoint: '{value} {label}',
  standardDeviation: 'Standard deviation',

  // Two groups compared.
  compareHeading: 'Compare: {first} and {second}',
  compareIntro: "{first}: {firstPeople}; {second}: {secondPeople}. The groups may not be the same people, so read changes as a change in the group's picture. Each change is worked out from the means as shown, to one decimal place.",
  people: plural({ one: '{count} person', other: '{count} people' }),
  biggestChanges: 'Biggest changes',
  noRise: "No item's mean has risen.",
  noFall: "No item's mean has fallen.",
  rise: 'Rise: {change}',
  fall: 'Fall: {change}',
  /** Under the rises: more items whose mean rose as much as the last one listed; {change} is that change ("+0.5"). */
  moreRises: plural({ one: "And {count} more item's mean rose by the same amount ({change})", other: "And {count} more items' means rose by the same amount ({change})" }),
  /** Under the falls, the same for falls ("−0.5"). */
  moreFalls: plural({ one: "And {count} more item's mean fell by the same amount ({change})", other: "And {count} more items' means fell by the same amount ({change})" }),
  changeSentence: '{item} ({section}): {first} to {second}, {change}',
  compareChartBySection: 'Mean by section: {first} and {second}',
  compareChartByCriterion: 'Mean by criterion: {first} and {second}',
  everyItemCompared: 'Every item compared',
  compareTable: "Each item's mean: {first} and {second}",

  // Why a file could not be used.
  otherAudit: 'It is for {other}, not “{title}”, and answers to different audits cannot be pooled. Remove it from this group; to see it, choose {choose} in the Audit list above and load it with other files for that audit.',
  otherTitled: '“{title}”',
  otherUntitled: 'another audit ({id})',
  itsAudit: 'its audit',
  noAttempts: 'It has no attempts.',
  onlyAttemptEmpty: 'Its only attempt has no answers.',
  allAttemptsEmpty: plural({ one: 'None of its {count} attempts has any answers.', other: 'None of its {count} attempts has any answers.' }),
  sameAttempt: 'It holds the same attempt as “{file}”, which is already counted.',
  /** A spreadsheet export added: {button} is the self-audit's export button, {json} a name like the JSON file's. */
  fileSpreadsheet: 'It is the spreadsheet (CSV) export, which is for reading in a spreadsheet and cannot be pooled: only the JSON export can. Add the file “{button}” saves instead, named like “{json}”.',
  /** Files refused before any is read: {limit} and {has} are counts, {size} and {limit} sizes. */
  tooManyFiles: plural({
    one: 'The file was not added: a group can have at most {limit} files, and this one has {has} already. Start a second group, or remove files you do not need.',
    other: 'The {count} files were not added: a group can have at most {limit} files, and this one has {has} already. Add fewer at a time, or remove files you do not need.',
  }),
  tooManyBytes: plural({
    one: 'The file was not added: with it, this group would hold {size} of files, and a group can hold at most {limit}. A file one person exports is a few kilobytes: check that these are the files you meant.',
    other: 'The {count} files were not added: with them, this group would hold {size} of files, and a group can hold at most {limit}. A file one person exports is a few kilobytes: check that these are the files you meant.',
  }),
  /** Beside the file picker after files were added and some could not be used: {reasons} lists them. */
  someFailed: plural({ one: '{count} of the files you added could not be used. {reasons}', other: '{count} of the files you added could not be used. {reasons}' }),
  /** After three reasons in that message. */
  moreFailed: plural({ one: 'And {count} more, listed below.', other: 'And {count} more, listed below.' }),

  // The report for a spreadsheet: file name and columns.
  fileGroupResults: 'group-results',
  csvSection: 'Section',
  csvItemId: 'Item id',
  csvRow: 'Row',
  csvMean: '{group}: mean',
  csvAnswers: '{group}: answers',
  csvStandardDeviation: '{group}: standard deviation',
  csvScalePoint: '{group}: {value} {label}',
  csvChange: 'Change',
  csvAll: 'All',
  csvPeople: 'People',
  csvSectionMean: 'Section mean',
};
