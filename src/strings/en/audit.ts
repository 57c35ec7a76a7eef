/**
 * The self-audit (an audit's page, and a rubric used as a self-review): answering, results,
 * history and compare, exporting and importing answers, and why a file or saved data cannot be read.
 * `{this}` is `thisAudit` or `thisReview`, so a sentence reads "this audit" or "this self-review".
 */
import { plural } from '../table.ts';

export const audit = {
  thisAudit: 'this audit',
  thisReview: 'this self-review',
  headingAudit: 'Your self-audit',
  headingReview: 'Your self-review',
  intro: 'Your answers are saved in this browser as you go and never leave this device. Come back to this page to carry on.',
  /** The name of the list of links to the island's parts. */
  partsAudit: 'Parts of the self-audit',
  partsReview: 'Parts of the self-review',
  partAnswers: 'Your answers',
  partResults: 'Results',
  partHistory: 'History and compare',
  partData: 'Your data',
  /** The section of a rubric's criteria, as it is named in results and the spreadsheet. */
  criteriaSection: 'Criteria',

  // Saved answers that cannot be read, and a browser that will not save (the buttons are in the shared area).
  /** Shown for as long as the backup is kept; {date} is the day it was made. */
  storedSetAside: 'Your saved answers to {this} could not be read ({reason}). On {date} they were set aside in a backup in this browser, not thrown away, and you started afresh.',
  /** {download} is the "Download the unreadable data" button; {delete} names the "Delete my data" button. */
  storedLeftInPlace: 'Your saved answers to {this} could not be read ({reason}), and there was no room to set them aside, so they have been left as they are and nothing new will be saved. {download} to keep them, then use “{delete}” to start again.',
  notPersistent: 'This browser is not letting the site save anything, so your answers last only until you close this page. Export them to keep them.',
  savedOther: 'it holds answers for {foundKind} "{found}", not {kind} "{id}"',

  // Attempts.
  /** An attempt with no name. (A new attempt is named for the month it was started, "September 2026", in the playbook's language.) */
  unnamed: 'Unnamed',
  firstAttempt: 'First attempt',
  attemptStarted: 'Started a new attempt, “{label}”. Your earlier attempts are kept.',
  attemptDeleted: 'Deleted the attempt “{label}”.',
  attemptDeletedKept: plural({ one: 'Deleted the attempt “{label}”. {count} attempt is kept.', other: 'Deleted the attempt “{label}”. {count} attempts are kept.' }),
  ownerLabel: 'Your name (optional)',
  ownerHint: 'Kept with your attempts and put in the names of exported files, so files from several people can be told apart.',
  attemptLabel: 'Attempt you are answering',
  attemptOption: '{label} (started {date})',
  attemptName: 'Name of this attempt',
  newAttemptLabel: 'Name for a new attempt, like “September 2026”',
  startAttempt: 'Start a new attempt',
  deleteAttempt: 'Delete this attempt',
  yesDeleteAttempt: 'Yes, delete this attempt',
  deleteAttemptQuestion: plural({
    one: 'Delete the attempt “{label}” (started {date}, {count} answered)? Your other attempts are kept. This cannot be undone.',
    other: 'Delete the attempt “{label}” (started {date}, {count} answered)? Your other attempts are kept. This cannot be undone.',
  }),
  deleteAttemptQuestionEmpty: 'Delete the attempt “{label}” (started {date}, nothing answered)? Your other attempts are kept. This cannot be undone.',
  firstAttemptHint: 'Choose an answer below to begin; your first attempt is named after this month, and you can rename it.',
  /** Printed above the answers. */
  printAttempt: 'Attempt: {label} (started {date})',
  printAttemptOwner: '{owner}: Attempt: {label} (started {date})',

  // Answering.
  scaleHeading: 'The scale',
  /** A point of the scale: its value and its label ("3 Often"). */
  scalePoint: '{value} {label}',
  progress: plural({ one: '{count} of {total} answered', other: '{count} of {total} answered' }),
  rubricSectionHeading: 'Choose a level for each criterion',
  sectionProgress: plural({ one: '{count} of {total} answered in this section', other: '{count} of {total} answered in this section' }),
  reviewProgress: plural({ one: '{count} of {total} answered in this review', other: '{count} of {total} answered in this review' }),
  noteOn: 'Notes on {title} (optional)',
  wholeReviewNote: 'Your note on the whole review',
  wholeReviewNoteHint: 'Written before each criterion had its own note. It is kept here as it was: edit it, or copy parts of it into the criteria above.',
  itemNumber: '{number}.',
  clearAnswer: 'Clear answer',
  /** Read after "Clear answer" by screen readers only. */
  clearAnswerWhat: 'to item {number}',

  // Results.
  printed: '{title} · printed {date}',
  printedOwner: '{title} · {owner} · printed {date}',
  resultsFor: 'Results: {label}',
  unnamedAttempt: 'unnamed attempt',
  resultsEmpty: 'Answer at least one item to see your results here.',
  resultsIntro: 'Based on {answered} of {total} items answered; the overall mean is {mean} on a scale from {min} to {max}. Items you have not answered are left out of every mean, not counted as zero.',
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

  // History and compare.
  attemptStartedOn: 'Attempt started {date}',
  historyNone: 'No attempts yet. Your attempts are listed here as you make them.',
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
  /** One change: "Item (Section): 2 to 4, +2.0". */
  changeSentence: '{item} ({section}): {before} to {after}, {change}',
  compareChart: 'Mean by section: {before} and {after}',
  everyItemCompared: 'Every item compared',
  compareTable: 'Each item in “{before}” and “{after}”',
  notAnswered: 'not answered',
  /** A change of zero, as it is shown. */
  noChange: 'no change',

  // Your data: export, print, import, delete.
  dataIntro: "Your answers are kept only in this browser. Export them to keep a copy, to move them to another device, or to give to whoever is pooling your group's results.",
  /** The same with a link to the group results page: {link} is groupResultsLink. */
  dataIntroLinked: "Your answers are kept only in this browser. Export them to keep a copy, to move them to another device, or to give to whoever is pooling your group's results on the {link} page.",
  groupResultsLink: 'group results',
  exportJson: 'Export answers (JSON)',
  exportCsv: 'Export for a spreadsheet (CSV)',
  printResults: 'Print results only',
  printAll: 'Print everything',
  importLabel: 'Import answers from an exported file (JSON)',
  importNote: "Importing adds the file's attempts to those saved here; nothing already saved is changed.",
  deleteAllQuestionEmpty: 'Delete everything saved for {this} in this browser, including any backups of unreadable data? This cannot be undone.',
  deleteAllQuestion: plural({
    one: 'Delete {count} attempt at {this} from this browser, with any backups? This cannot be undone: export first if you want to keep them.',
    other: 'Delete {count} attempts at {this} from this browser, with any backups? This cannot be undone: export first if you want to keep them.',
  }),
  deletedAll: 'Your data for {this} has been deleted from this browser.',
  importRefused: '“{file}” was not imported, and nothing saved has changed. {reason}',
  imported: plural({ one: 'Imported {count} attempt from “{file}”.', other: 'Imported {count} attempts from “{file}”.' }),
  importUnchanged: plural({ one: '{count} attempt was already here and unchanged.', other: '{count} attempts were already here and unchanged.' }),
  importKeptSaved: plural({
    one: '{count} attempt in the file has the same id as one already saved but different answers: the saved one was kept.',
    other: '{count} attempts in the file have the same id as one already saved but different answers: the saved ones were kept.',
  }),
  importUnknownItems: plural({
    one: '{count} answer is for items {this} no longer has: kept, but not counted in results.',
    other: '{count} answers are for items {this} no longer has: kept, but not counted in results.',
  }),

  // Words in file names ("mentor-skills-audit-self-audit-jo-smith-2026-09-14.json") and the spreadsheet's columns.
  fileSelfAudit: 'self-audit',
  fileSelfReview: 'self-review',
  csvSection: 'Section',
  csvItemId: 'Item id',
  csvItem: 'Item',
  /** An attempt's column: its name and the day it was started. */
  csvAttempt: '{label} ({day})',
  csvNotes: 'Notes',
  csvNotesOn: 'Notes on {item}',
  csvNotesWholeReview: 'Notes on the whole review',

  // Why a file cannot be imported: a plain summary, then the technical detail (folded away).
  aSavedAudit: 'a saved audit',
  aSavedReview: 'a saved self-review',
  fileNotJson: 'This file could not be read as {saved}: it may be damaged, cut short, or a different kind of file. Try exporting it again.',
  fileNotAnswers: 'This is not a file of answers exported from this playbook. Choose a file made with “{button}”.',
  fileOtherAudit: "This file is from another audit: {other}, not “{title}”. Import it on that audit's page instead.",
  fileOtherReview: "This file is from another self-review: {other}, not “{title}”. Import it on that self-review's page instead.",
  /** The other audit in those sentences: its title, or its id. */
  otherTitled: '“{title}”',
  otherId: 'one with the id {id}',
  fileNewer: 'This file was saved by a newer version of this site than this page. Import it on the site it came from, or ask whoever runs this site to update it.',
  fileChanged: 'This file has been changed since it was exported, or is damaged, so it cannot be imported safely.',
  fileChangedExportAgain: 'This file has been changed since it was exported, or is damaged, so it cannot be imported safely. Export it again from the browser it was made in.',
  fileOffScale: "Some answers in this file are not on {this}'s scale of {min} to {max}, so it looks as if it was changed by hand. Nothing was imported.",
  /** A refusal in one sentence, for lists (the group results page): the summary, then the detail. */
  reasonWithDetail: '{summary} ({detail})',
  detailNotJson: 'not valid JSON: {error}',
  detailWrongFormat: 'expected "format": "{format}", found {found}',
  detailOtherInstrument: 'file is for {kind} {id}',
  detailNewer: 'file format version {version}; this page reads up to version {current}',
  detailNoVersion: 'no file format version this page knows: expected "version": {current}, found {found}',
  detailSameAttemptId: 'two attempts share the id "{id}"',
  /** An answer off the scale: where it is and its value. */
  detailOffScale: '{path} is {value}',
  detailAndMore: plural({ one: 'and {count} more', other: 'and {count} more' }),
  // What is wrong with a field of a file (the rest are in the shared area).
  badTime: 'expected a date and time like "2026-09-14T09:30:00.000Z"',
  badContentId: 'expected an id in lower-case words joined by hyphens',
  badAttemptId: 'expected an attempt id of letters, digits and hyphens',
  badKind: 'expected "audit" or "rubric"',
  notScaleNumber: 'expected a number from the scale',
  notWholeScaleNumber: 'expected a whole number from the scale',
};
