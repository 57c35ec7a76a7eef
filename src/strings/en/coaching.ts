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
  fileIsTeacherNotRecords: 'This is a teacher’s copy of one step. Open it on the “My step” page instead.',
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
  tooLong: 'expected at most {max} characters',
  tooMany: 'expected at most {max} items',
  tooFew: 'expected at least {min} items',
  expectedOneOf: 'expected one of {values}, found {found}',
  unknownFields: 'fields this format does not have: {keys}',
  notAllowed: 'a value this format does not allow',
};
