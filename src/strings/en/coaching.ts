/**
 * Coaching: the drop-in record, coachee records, the teacher's copy of a step, and the trends a
 * PD lead sees across coaches' files, with the privacy floor. Also the words of the files these
 * pages save (spreadsheet columns, calendar events) and why a file could not be read.
 */
import { plural } from '../table.ts';

export const coaching = {
  // Buttons that messages name.
  exportRecords: 'Export records',
  exportForTrends: 'Export for trends',

  // The trends page.
  trendsAddFiles: 'Add coaches’ trends files (JSON)',

  // A technique's page.
  /** The link to the drop-in form, watching for this technique. */
  setAsStep: 'Set as an action step',
  setAsStepHint: 'Record a coaching drop-in that watches for this technique and agrees one of its steps with the teacher.',
  /** The link to a model of an action step (a video or document the trust hosts), with its caption. */
  modelLink: 'Watch or read a model: {caption}',

  // The three outcomes of a step at the next visit.
  outcomeSecure: 'Secure',
  outcomeContinue: 'Continue',
  outcomeRefine: 'Refine',
  /** A step named with its technique. */
  stepOfTechnique: '{technique}: {step}',

  // The spreadsheet (CSV) of a coach's records: its columns.
  csvCoachee: 'Coachee',
  csvGroup: 'School or group',
  csvDate: 'Date',
  csvClass: 'Class',
  csvPhase: 'Phase',
  csvSubject: 'Subject',
  csvWatched: 'Technique watched for',
  csvWentWell: 'What went well',
  csvNotes: 'Notes',
  csvOutcome: 'Last step',
  csvStep: 'Action step',
  csvFollowUp: 'Follow-up',
  /** A look-for seen done well, with the coach's note on it. */
  csvLookForNote: '{lookFor}: {note}',

  // Names of the files saved (lower case, hyphens, no spaces; the day and extension are added).
  fileRecords: 'coaching-records',
  fileTrends: 'coaching-trends',
  fileSpreadsheet: 'coaching-records',
  fileFollowUp: 'coaching-follow-up',
  fileStep: 'my-step',
  fileUnsaved: 'coaching-records-not-saved',
  fileReport: 'coaching-trends-report',

  // What a trends file holds, shown before it is saved.
  holdsDropIns: plural({ one: '{count} drop-in: its date, phase and subject, the look-fors seen and the step set', other: '{count} drop-ins: their dates, phases and subjects, the look-fors seen and the steps set' }),
  holdsCoachees: plural({ one: '{count} coachee, as a random code that names no one, with their school or group', other: '{count} coachees, each as a random code that names no one, with their school or group' }),
  holdsSteps: 'Whether each step became secure, was continued or refined, and the follow-up dates',
  holdsLabels: 'Each coachee’s name or initials, as you wrote them',
  holdsNotes: 'Your notes, what went well in your words, and the class',
  leavesOutLabels: 'Coachees’ names or initials',
  leavesOutNotes: 'Your notes, what went well in your words, and the class',

  // Why a file could not be used: the summary a person acts on.
  fileTooBig: 'This file is too big to be a coaching file. Choose the file saved from the coaching page.',
  fileNotRecords: 'This is not a coaching record. Choose a file saved with “Export records” on the coaching page.',
  fileIsTrendsNotRecords: 'This is a trends file, made for a PD lead, without notes: it cannot restore a record. Choose a file saved with “Export records”.',
  fileIsTeacherNotRecords: 'This is a teacher’s copy of one step. Open it on the “My steps” page instead.',
  fileNotTrends: 'This is not a coaching trends file. Ask the coach for the file saved with “Export for trends”.',
  fileIsRecordsNotTrends: 'This is a coach’s full record, with their notes and coachees’ names, so it was not read. Ask the coach for the file saved with “Export for trends”, which leaves them out.',
  fileNotTeacher: 'This is not a copy of a step. Ask your coach for the file or link to your step.',
  fileNewer: 'This file was saved by a newer version of the site. Reload the page to get the newest version, then try again.',
  fileChanged: 'This file has been changed or damaged since it was saved, so it was not used. Save it again from the coaching page.',

  // Technical details, folded away.
  detailTooBig: 'the file has {size} characters; the most read is {max}',
  detailNotJson: 'it is not valid JSON ({error})',
  detailFormat: 'its "format" is {format}',
  sameCoacheeId: '{path}: the id "{id}" is used by two coachees',
  sameDropInId: '{path}: the id "{id}" is used by two drop-ins',
  unknownCoachee: '{path}: no coachee in the file has the id "{id}"',

  // What is wrong with a value in a file.
  badRecordId: 'expected an id of 6 to 64 letters, digits, hyphens or underscores',
  badContentId: 'expected an id in lower-case words joined by hyphens, like "cold-call"',
  badDay: 'expected a day written YYYY-MM-DD, like 2026-10-05',
  badDayOrNone: 'expected a day written YYYY-MM-DD, like 2026-10-05, or nothing ("")',
  badContentIdOrNone: 'expected an id in lower-case words joined by hyphens, like "cold-call", or nothing ("")',
  badTime: 'expected a date and time, like 2026-10-05T09:30:00.000Z',
  labelNeeded: 'expected a name or initials',
  textNeeded: 'expected text',

  // Every coaching island.
  loadingPlaybook: 'Loading the playbook’s techniques…',
  playbookFailed: 'The playbook’s techniques could not be loaded, so this page cannot be used yet. Check your connection and reload the page. Your records are safe on this device.',
  /** {reason} why the saved records could not be read; {date} the day they were set aside. */
  storedSetAside: 'Your coaching records saved in this browser could not be read ({reason}). On {date} they were set aside in a backup in this browser, not thrown away, and you started afresh.',
  /** {download} is the "Download the unreadable data" button; {delete} names the "Delete my data" button of the Coaching records page. */
  storedLeftInPlace: 'Your coaching records saved in this browser could not be read ({reason}), and there was no room to set them aside, so they have been left as they are and nothing new will be saved. {download} to keep them, then use “{delete}” on the Coaching records page to start again.',
  notPersistent: 'This browser is not letting the site save anything, so your records last only until you close this page. Export them to keep them.',
  /** A change that could not be saved, beside the control used: a bold lead, then why. */
  notSavedLead: 'Not saved:',
  notSavedFull: 'this browser’s storage for this site is full, so your last change was not saved on this device.',
  notSavedKept: 'What you typed is still here on the screen. Download it now to keep it (“Import records” on the Coaching records page takes the file back), then free some space, for example by deleting records you no longer need; your next change then saves everything.',
  downloadUnsaved: 'Download what is not saved',
  savedAsYouType: 'Saved on this device as you type.',
  /** {time} is the time of the last save. */
  savedAt: 'Saved on this device at {time}.',
  notSavedYet: 'Nothing is saved until you choose who you are visiting.',
  /** A coachee named with their school or group in a list. */
  coacheeInGroup: '{label} ({group})',
  backToRecords: 'All coaching records',

  // A step as it is shown: its detail, model, look-fors and rehearsal.
  /** A link to the technique's page. */
  aboutTechnique: 'Read about {technique}',
  stepGone: 'This step is no longer in the playbook, so only its name is shown.',
  doneWell: 'What it looks like done well',
  rehearseIt: 'Rehearse it',
  rehearseSetUp: 'Set up:',
  rehearseScript: 'Script:',
  rehearseFeedback: 'Give feedback on:',

  // The drop-in page.
  dropInIsland: 'Drop-in record',
  dropInMissing: 'This drop-in is not in the records on this device. It may have been deleted, or recorded on another device: import that device’s records to see it here.',
  startDropIn: 'Record a new drop-in',
  anotherDropIn: 'Record another drop-in',
  /** {coachee} is the coachee's label. */
  seeRecordOf: 'See {coachee}’s record',
  whoAndWhen: 'Who and when',
  coacheeLabel: 'Who are you visiting?',
  chooseCoachee: 'Choose a coachee',
  coacheeGone: 'The coachee this drop-in was about has been deleted from this device (perhaps in another tab), so it is no longer being saved. Choose a coachee to keep it.',
  addCoachee: 'Add a new coachee',
  addFirstCoachee: 'Add the person you are visiting',
  newCoacheeLabel: 'Their first name or initials',
  newCoacheeHint: 'Only you see this, on this device. It never goes in a trends file unless you choose to include it.',
  newCoacheeLabelMissing: 'Write a first name or initials first.',
  newCoacheeGroup: 'School or group (optional, for the trends)',
  addAndChoose: 'Add and choose',
  dateLabel: 'Day of the drop-in',
  dateMissing: 'Choose the day of the drop-in: this change is not saved until there is one.',
  chooseFirst: 'Choose who you are visiting: the rest of the form opens then.',
  contextHeading: 'The lesson (optional)',
  classLabel: 'Class',
  phaseLabel: 'Phase',
  subjectLabel: 'Subject',
  notSaid: 'Not said',
  reviewHeading: 'The last step',
  /** {coachee}'s step {step}, set on {date}. */
  reviewQuestion: 'How has {coachee}’s step “{step}”, set on {date}, gone?',
  outcomeSecureHint: 'It is done well and without thinking: choose a new step below.',
  outcomeContinueHint: 'Keep working on the same step until the next visit.',
  outcomeRefineHint: 'It needs a different or smaller step: choose it below.',
  clearOutcome: 'Clear this choice',
  wentWellHeading: 'What went well',
  noGrades: 'Note what you saw done well. No grades and no ratings: this record is for coaching, not for judging a lesson.',
  watchedLabel: 'Technique you watched for',
  noTechnique: 'None chosen',
  /** The look-fors of the technique watched. */
  lookForsOf: 'Seen done well: the look-fors of {technique}',
  lookForsSeen: 'Seen done well',
  fromAnotherTechnique: 'A look-for of another technique, ticked before the technique watched changed.',
  whatYouSaw: 'What you saw (optional)',
  /** Read by screen readers after "What you saw": which look-for. */
  whatYouSawOf: 'for “{lookFor}”',
  notesLabel: 'Other notes (optional)',
  stepHeading: 'One action step',
  stepIntro: 'Agree one small step the teacher will practise before your next visit.',
  stepTechniqueLabel: 'Technique of the step',
  chooseTechnique: 'Choose a technique',
  stepsOf: 'The steps of {technique}',
  /** A step that was just secured or refined, so it cannot be set again: {detail} is its detail. */
  stepJustEnded: 'The step you have just reviewed. {detail}',
  stepContinues: 'The same step continues: {step}.',
  clearStep: 'Clear the chosen step',
  stepChosen: 'The step agreed',
  followUpHeading: 'Follow-up',
  followUpLabel: 'Day of your next visit',
  /** The playbook's target time between visits, as days: {from} and {to}. */
  followUpTarget: 'Your playbook’s target is the next visit between {from} and {to}.',
  followUpHint: 'Choose the day of the drop-in first to see your playbook’s target.',
  downloadFollowUp: 'Add to my calendar (.ics file)',
  followUpFirst: 'Choose the day to add it to your calendar.',
  /** {file} is the file's name; {date} the follow-up day. */
  calendarSaved: 'Saved {file}: open it to add the visit on {date} to your calendar.',
  /** The calendar event's title: {coachee} is the coachee's label. */
  calendarSummary: 'Coaching follow-up: {coachee}',
  calendarDescription: 'Drop in to see {coachee}’s action step: {step}.',
  calendarNoStep: 'Drop in to see {coachee} again.',

  // The coaching pages: without JavaScript.
  /** {strong} is noscriptStrong, in bold. */
  noscript: '{strong}, which is turned off or not available in this browser. The records are kept only on this device, so nothing can be kept without it. The techniques, their action steps and their rehearsals can still be read and printed from each technique’s page.',
  noscriptStrong: 'Keeping coaching records needs JavaScript',

  // The drop-in page.
  dropInTitle: 'Record a drop-in',
  dropInDescription: 'Record a short coaching drop-in on your phone: what went well against a technique’s look-fors, one action step with its rehearsal, and a follow-up date. Kept on your device only.',
  dropInLede: 'Ten minutes at the back of a classroom: note what went well against a technique’s look-fors, agree one action step and rehearse it, and set the day you will come back. It is saved on this device as you type, with or without a signal, and nothing is sent anywhere.',

  // Counts.
  days: plural({ one: '{count} day', other: '{count} days' }),
  dropInCount: plural({ one: '{count} drop-in', other: '{count} drop-ins' }),
  coacheeCount: plural({ one: '{count} coachee', other: '{count} coachees' }),
  coachCount: plural({ one: '{count} coach', other: '{count} coaches' }),
  stepCount: plural({ one: '{count} step', other: '{count} steps' }),
  cycleCount: plural({ one: '{count} gap between visits', other: '{count} gaps between visits' }),

  // The coaching records page.
  recordsTitle: 'Coaching records',
  recordsDescription: 'Keep instructional coaching records on your own device: drop-ins, one action step at a time, rehearsal and follow-up, with a timeline for each teacher you coach. Nothing is uploaded.',
  recordsLede: 'Your drop-ins and the action steps you agree, for each teacher you coach, kept in this browser on this device. Nothing is uploaded: you choose what to save as a file and who to give it to.',
  recordsIsland: 'Your coaching records',
  cycleHeading: 'The coaching cycle',
  cycleDropIn: 'Drop in on a lesson for ten minutes and note what went well against a technique’s look-fors.',
  cycleStep: 'Agree one action step with the teacher, chosen from the playbook’s techniques.',
  cycleRehearse: 'Rehearse it together before you leave, with the technique’s rehearsal.',
  /** {shortest} and {longest} are the playbook's target, in weeks. */
  cycleFollowUp: 'Come back in {shortest} to {longest} weeks to see it: the step is secure, continues, or is refined into a new one.',
  coacheesHeading: 'The teachers you coach',
  noCoachees: 'No one yet. Record a drop-in to add the first teacher you coach.',
  /** On a coachee's card: {step} is the step with its technique. */
  workingOnStep: 'Working on: {step}',
  noOpenStep: 'No step being worked on.',
  nextVisit: 'Next visit: {date}',
  nextVisitToday: 'Next visit: today, {date}',
  nextVisitPast: 'Next visit was due on {date}',
  /** {count} is dropInCount. */
  lastDropIn: 'Last drop-in {date} ({count} in all)',
  recordDropInFor: 'Record a drop-in for {coachee}',
  whatLeavesHeading: 'What leaves this device',
  whatLeavesDevice: 'Nothing, unless you save it as a file. Your records are kept in this browser on this device, and the site sends nothing anywhere. Export them now and then to keep a copy, and to move them to another device.',
  /** {trends} is a link to the trends page; {floor} is the privacy floor. */
  whatLeavesTrends: 'For your PD lead, “Export for trends” saves a file without your notes and without anyone’s name: each teacher is a random code. You see what it holds before you save it, and can choose to include notes or names. Your PD lead loads the files on the {trends} page, which shows no figure about fewer than {floor} teachers.',
  /** {page} is a link to the teacher's page. */
  whatLeavesTeacher: 'For the teacher, a link or a small file holds only their step and its dates, never your notes; they keep it on their own device on the {page} page.',
  dataHeading: 'Your data',
  dataIntro: 'Save your records as a file to keep them safe or move them to another device (importing them there adds them, without duplicating anything), or as a spreadsheet.',
  exportSpreadsheet: 'Export as a spreadsheet (CSV)',
  exportedRecords: 'Saved {file}. It holds all your records, notes and names included: keep it somewhere safe.',
  exportedSpreadsheet: 'Saved {file}. It holds all your records, notes and names included: keep it somewhere safe.',
  importLabel: 'Import records from a file (JSON)',
  importHint: 'A file saved with “Export records”, here or on another device. Drop-ins and coachees you already have are not added twice; a later version of one replaces yours.',
  /** {reason} is why the file could not be used. */
  importRefused: '{file} was not imported: {reason}',
  importTooManyCoachees: '{file} was not imported: with it, the records would hold more than {max} coachees.',
  importTooManyDropIns: '{file} was not imported: with it, the records would hold more than {max} drop-ins.',
  /** After an import: {dropIns}, {coachees}, {updated} and {unchanged} are the plurals below. */
  imported: 'Imported {file}: {dropIns} and {coachees} added, {updated}, {unchanged}.',
  importedDropIns: plural({ one: '{count} drop-in', other: '{count} drop-ins' }),
  importedCoachees: plural({ one: '{count} coachee', other: '{count} coachees' }),
  importedUpdated: plural({ one: '{count} record updated', other: '{count} records updated' }),
  importedUnchanged: plural({ one: '{count} already here', other: '{count} already here' }),
  trendsHeading: 'A trends file for your PD lead',
  trendsIntro: 'Your PD lead can see trends across coaches (which steps are set, how long they take to become secure, how often visits happen) from the files coaches send. This file leaves out your notes and everyone’s names unless you tick to include them.',
  trendsInclude: 'Include in the file (both are left out unless you tick them)',
  includeNotes: 'My notes, what went well in my words, and the class',
  includeLabels: 'The names or initials of the teachers I coach',
  fileHolds: 'The file will hold',
  fileLeavesOut: 'It leaves out',
  trendsSaved: 'Saved {file}. Send it to your PD lead; it holds only what is listed above.',
  deleteEverythingHeading: 'Delete your records',
  /** {count} drop-ins; {coachees} is importedCoachees. */
  deleteEverythingQuestion: plural({
    one: 'Delete all your coaching records from this browser: {coachees} and {count} drop-in? This cannot be undone: export them first if you might need them.',
    other: 'Delete all your coaching records from this browser: {coachees} and {count} drop-ins? This cannot be undone: export them first if you might need them.',
  }),
  deletedEverything: 'Your coaching records have been deleted from this browser.',

  // A coachee's record.
  coacheeTitle: 'A coachee’s record',
  coacheeDescription: 'One teacher’s coaching record on your device: their step now, a note to print for them, their copy of the step, and a timeline of drop-ins and steps.',
  coacheeLede: 'One teacher’s drop-ins and steps, kept on this device: the step they are working on, a one-page note to print for them, their own copy of the step, and how long each step took to become secure.',
  coacheeIsland: 'Coachee record',
  coacheeMissing: 'This coachee is not in the records on this device. They may have been deleted, or recorded on another device: import that device’s records to see them here.',
  changeName: 'Change the name or school',
  labelEmpty: 'Write a first name or initials: an empty name is not saved.',
  workingOnHeading: 'The step now',
  workingOn: 'Working on:',
  stepSetOn: 'Set on {date}.',
  stepContinuedTimes: plural({ one: 'Continued at {count} visit since.', other: 'Continued at {count} visits since.' }),
  nextVisitOn: 'Next visit: {date}.',
  noDropInsYet: 'No drop-ins yet.',
  forTeacherHeading: 'For {coachee}',
  forTeacherOpen: 'Give the teacher their step, “{step}”, to keep and practise.',
  forTeacherLatest: 'Their latest step was “{step}”.',
  noteHeading: 'A note to print',
  noteIntro: 'One page with their step, what it looks like done well, the rehearsal and your next visit. No notes and no judgements.',
  printNote: 'Print a note for {coachee}',
  copyHeading: 'Their own copy',
  copyIntro: 'Send {coachee} a link, or a small file, to keep their step on their own device. It holds only the technique, the step and its dates: never your notes, and not the name you use here.',
  linkLabel: 'The link to their step',
  copyLink: 'Copy the link',
  saveStepFile: 'Save the step as a file',
  linkCopied: 'The link is copied: paste it into a message to {coachee}.',
  linkNotCopied: 'This browser did not let the page copy the link. Select the link above and copy it.',
  stepFileSaved: 'Saved {file}: send it to {coachee}, who opens it on their “My steps” page.',
  timelineHeading: 'Timeline',
  stepsTableCaption: 'The steps {coachee} has worked on',
  columnStep: 'Step',
  columnSet: 'Set on',
  columnEnded: 'How it ended',
  columnDaysToSecure: 'Days to secure',
  endedSecure: 'Secure on {date}',
  endedRefined: 'Refined on {date}',
  stillOpen: 'Still being worked on',
  /** {days} is the list of gaps ("14 days, 21 days"); {within} is withinTarget. */
  intervals: 'Days between visits: {days}; {within}.',
  withinTarget: plural({ one: '{count} of {total} within the target', other: '{count} of {total} within the target' }),
  targetDays: '(The target is {shortest} to {longest} days.)',
  /** A drop-in's heading in the timeline. */
  dropInOn: 'Drop-in on {date}',
  lookForWithNote: '{lookFor}: {note}',
  notesShort: 'Notes',
  lastStepShort: 'The last step',
  stepShort: 'Step set',
  noStepSet: 'None',
  followUpShort: 'Follow-up',
  openDropIn: 'Open it to change it',
  deleteDropIn: 'Delete the drop-in of {date}',
  yesDeleteDropIn: 'Yes, delete this drop-in',
  deleteDropInQuestion: 'Delete the drop-in of {date} from {coachee}’s record? This cannot be undone.',
  dropInDeleted: 'The drop-in of {date} has been deleted.',
  deleteCoacheeHeading: 'Delete {coachee}’s record',
  deleteCoachee: 'Delete {coachee} and their drop-ins',
  yesDeleteCoachee: 'Yes, delete {coachee}',
  deleteCoacheeQuestion: plural({
    one: 'Delete {coachee} and their {count} drop-in from this browser? This cannot be undone: export your records first if you might need them.',
    other: 'Delete {coachee} and their {count} drop-ins from this browser? This cannot be undone: export your records first if you might need them.',
  }),
  coacheeDeleted: '{coachee} and their drop-ins have been deleted from this browser.',
  /** The printed note's title: {coachee} is the teacher's name as the coach wrote it. */
  noteTitle: '{coachee}: your action step',
  noteAgreed: 'Agreed at your coaching drop-in on {date}.',
  noteSecured: 'Agreed on {date}, and secure since {secured}.',
  noteNextVisit: 'Your coach will come back to see it on {date}.',

  // The teacher's page.
  myStepsTitle: 'My steps',
  myStepsDescription: 'Keep the action steps your coach sends you on your own device, with what each looks like done well and how to rehearse it.',
  myStepsLede: 'The action steps your coach sends you, by a link or a file, kept in this browser on your device: what each looks like done well, how to rehearse it, and when your coach will come back. Nothing is sent anywhere.',
  /** {strong} is noscriptStrong, in bold. */
  myStepsNoscript: '{strong}, which is turned off or not available in this browser. Your coach can print your step on paper for you instead.',
  myStepsIsland: 'My steps',
  receivedHeading: 'The step your coach sent you',
  keepStep: 'Keep it in my record on this device',
  updateKept: 'Update it in my record',
  stepKept: '“{step}” is in your record on this device.',
  linkUnreadable: 'This link could not be read. Ask your coach to send it again, or to send the step as a file.',
  teacherNotSavedKept: 'Your step is still in the link or file your coach sent you: free some space, then try again.',
  securedOn: 'Secure since {date}.',
  coachBackOn: 'Your coach will come back to see it on {date}.',
  myRecordHeading: 'My record',
  myRecordEmpty: 'No steps yet. Open the link your coach sends you, or the file, to keep your step here.',
  myStepSetOn: 'Step set on {date}',
  deleteMyStep: 'Delete “{step}” from my record',
  yesDeleteMyStep: 'Yes, delete this step',
  deleteMyStepQuestion: 'Delete “{step}” from your record on this device? This cannot be undone.',
  myStepDeleted: '“{step}” has been deleted from your record.',
  myDataHeading: 'A step file, and deleting',
  openStepFile: 'Open a step file from your coach (JSON)',
  deleteMyStepsQuestion: plural({
    one: 'Delete your record, {count} step, from this browser? This cannot be undone.',
    other: 'Delete your record, {count} steps, from this browser? This cannot be undone.',
  }),
  myStepsDeleted: 'Your record has been deleted from this browser.',
  teacherCalendarSummary: 'My coach comes back: {step}',
  teacherCalendarDescription: 'My coach drops in to see my action step: {step}.',

  // The trends page.
  trendsTitle: 'Coaching trends',
  trendsDescription: 'Pool coaches’ trends files to see which action steps are set, how long they take to become secure, and how often visits happen, with no figure about fewer than five teachers. Runs in your browser; nothing is uploaded.',
  trendsLede: 'See the coaching across your school or trust: which strands, techniques and steps are being set, how long steps take to become secure, and whether visits happen as often as you planned, compared by school or group and by term. The files are read in this browser and never uploaded or kept.',
  /** {strong} is trendsNoscriptStrong, in bold. */
  trendsNoscript: '{strong}, which is turned off or not available in this browser. The files are read on this device only, so nothing can be shown without it.',
  trendsNoscriptStrong: 'Coaching trends needs JavaScript',
  trendsIsland: 'Coaching trends from coaches’ files',
  howItWorks: 'How it works',
  /** {page} is a link to the coaching records page; {button} names its trends export button. */
  trendsStepAsk: 'Each coach chooses “{button}” on their {page} page. The file leaves out their notes and everyone’s names unless they choose to include them.',
  trendsStepCollect: 'They send you the file. Collect the files in one folder; a later file from the same coach replaces nothing and duplicates nothing.',
  trendsStepLoad: 'Add the files below, or drag them onto the box.',
  /** {floor} is the privacy floor. */
  floorExplained: 'The privacy floor: no figure about fewer than {floor} teachers is shown, so no one can be picked out. Where a figure would be, the page says it is withheld. Rows about fewer than {floor} teachers are added together into one “others” row.',
  floorSetting: 'Your playbook sets the floor at {floor} (privacyFloor in playbook.yaml; never below 3).',
  trendsDropHint: 'Or drag and drop the files here. You can add more at any time.',
  trendsReading: 'Reading file {done} of {total}…',
  trendsFiles: plural({ one: '{count} file', other: '{count} files' }),
  trendsFailedCount: plural({ one: '; {count} could not be used', other: '; {count} could not be used' }),
  /** After files are added: {added} and {total} are trendsFiles; {failed} is trendsFailedCount or nothing. */
  trendsAdded: 'Added {added}{failed}. {total} loaded in all.',
  trendsFailuresHeading: plural({ one: 'A file that could not be used, and why', other: '{count} files that could not be used, and why' }),
  trendsFailure: '{file}: {reason}',
  trendsRemoveAll: 'Remove every file',
  trendsCleared: 'Every file has been removed from the page.',
  reportHeading: 'The trends',
  /** By the number of files; {files} is trendsFiles. */
  notEnough: plural({ one: 'This file covers fewer than {floor} teachers, so no figure is shown. Add more coaches’ files.', other: 'These {files} cover fewer than {floor} teachers, so no figure is shown. Add more coaches’ files.' }),
  overallHeading: 'Overall',
  overallFrom: 'From',
  overallFromValue: '{files} by {coaches}: {coachees}, {dropIns}',
  overallSteps: 'Steps',
  overallStepsValue: '{set} set, {secured} secure, {refined} refined',
  medianOfSteps: '{days} (of {steps} made secure)',
  medianOfCycles: '{days} (of {cycles})',
  /** The target, in days. */
  againstTarget: 'Visits against the target of {shortest} to {longest} days',
  cyclesAgainstTarget: '{within} within it, {shorter} sooner, {longer} later',
  withinOf: '{within} of {count}',
  /** In a table, where a figure about too few teachers would be. */
  withheldShort: 'withheld (fewer than {floor} teachers)',
  /** A whole breakdown withheld: {part} is its caption. */
  breakdownWithheld: '{part}: withheld, because all of it together is about fewer than {floor} teachers.',
  othersRow: plural({ one: 'Others ({count} row)', other: 'Others ({count} rows)' }),
  /** A long table folded away: {part} is its caption. */
  foldedTable: plural({ one: '{part} ({count} row)', other: '{part} ({count} rows)' }),
  othersNote: 'Others: the rows about fewer than {floor} teachers each, added together.',
  beingSetHeading: 'The steps being set',
  compareHeading: 'Compared by school or group, and by term',
  byStrand: 'By strand',
  byTechnique: 'By technique',
  byStep: 'By step',
  byGroup: 'By school or group',
  byTerm: 'By term',
  columnStrand: 'Strand',
  columnTechnique: 'Technique',
  columnGroup: 'School or group',
  columnTerm: 'Term',
  noGroup: 'No school or group given',
  noStrand: 'No strand',
  termAutumn: 'Autumn {year}',
  termSpring: 'Spring {year}',
  termSummer: 'Summer {year}',
  reportSaveHeading: 'Save or print the trends',
  reportHolds: 'The spreadsheet holds only the figures shown on this page: nothing withheld, no notes and no names.',
  downloadReport: 'Download the trends (CSV)',
  printReport: 'Print the trends',
  reportSaved: 'Saved {file}.',

  // The trends as a spreadsheet: its columns.
  csvPart: 'Part',
  csvName: 'Name',
  csvCoachees: 'Teachers',
  csvDropIns: 'Drop-ins',
  csvSet: 'Steps set',
  csvSecured: 'Secure',
  csvRefined: 'Refined',
  csvMedianDaysToSecure: 'Median days to secure',
  csvMedianDaysBetween: 'Median days between visits',
  csvWithinTarget: 'Visits within the target',
  csvOverall: 'Overall',
  csvWithheld: 'withheld',
  csvWithheldAll: 'withheld: fewer teachers than the privacy floor',
  csvFloor: 'No figure about fewer than {floor} teachers is shown. Target between visits: {shortest} to {longest} days.',
};
