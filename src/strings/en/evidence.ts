/** The mentor evidence form (a set of mentor criteria's page), the application it writes out, and its messages. */
import { plural } from '../table.ts';

export const evidence = {
  heading: 'Your evidence',
  intro: 'Answer each evidence prompt below. What you write is saved in this browser as you type and never leaves this device. Print it, or download it as an application.',
  nameLabel: 'Your name',
  schoolLabel: 'School',
  /** How many criteria have an answer ({count}), of how many ({total}). */
  progress: plural({ one: '{count} of {total} criteria answered', other: '{count} of {total} criteria answered' }),
  /** A criterion's title with its number, in the form, the printout and the application. */
  numbered: '{number}. {title}',
  savedAt: 'Saved in this browser at {time}.',
  savedAsYouType: 'Saved in this browser as you type.',
  /** Shown for as long as the backup is kept; {date} is the day it was made. */
  unreadableKept: 'Your saved evidence could not be read ({reason}). On {date} it was set aside in a backup in this browser, not thrown away, and the form started empty.',
  /** {download} is the "Download the unreadable data" button; {delete} names the "Delete my data" button. */
  unreadableNotKept: 'Your saved evidence could not be read ({reason}), and there was no room to set it aside, so it is left as it is and nothing new will be saved. {download} to keep it, then use “{delete}” to start again.',
  notPersistent: 'This browser is not letting the site save anything, so your evidence lasts only until you close this page. Download it to keep it.',

  // The application: printed, and downloaded as a document or as plain text.
  applicationFor: 'Application: {role}',
  name: 'Name',
  school: 'School',
  date: 'Date',
  /** A detail's label before its value in the printout ("Name:"). */
  fieldLabel: '{label}:',
  /** A detail with its value in the plain text ("Name: Sam Patel"). */
  field: '{label}: {value}',
  notGiven: '(not given)',
  noAnswerYet: '(no answer yet)',
  evidencePrompt: 'Evidence prompt: {prompt}',
  documentTitle: '{title}: application',
  documentTitleFrom: '{title}: application from {name}',
  /** Words in the downloaded files' names ("itt-mentor-criteria-application-jo-smith-2026-09-14.html"). */
  fileApplication: 'application',
  fileEvidence: 'evidence',

  // Printing, downloading, importing and deleting.
  applicationHeading: 'Your application',
  print: 'Print the application (or save it as PDF)',
  downloadDocument: 'Download as a document (opens in Word)',
  downloadText: 'Download as plain text',
  exportJson: 'Export to import later (JSON)',
  downloadsNote: 'Printing gives the application alone, ready to sign or to save as a PDF. The document opens in Word, LibreOffice or a browser, so it can be edited and filed.',
  importLabel: 'Import evidence from an exported file (JSON)',
  importNote: 'Importing fills in empty answers only; nothing you have already written is changed.',
  imported: plural({ one: 'Imported {count} answer from “{file}”.', other: 'Imported {count} answers from “{file}”.' }),
  importKept: plural({ one: '{count} answer already written here differs from the file and was kept.', other: '{count} answers already written here differ from the file and were kept.' }),
  /** An import refused: the file's name, then why ({reason}, one of the file… strings below). */
  importRefused: '“{file}” was not imported, and nothing saved has changed. {reason}',
  deleteQuestion: 'Delete your evidence for “{title}” from this browser, with any backups? This cannot be undone: download it first if you want to keep it.',
  deleted: 'Your evidence for this set has been deleted from this browser.',

  // Why a file cannot be imported: a plain summary, then the technical detail (folded away).
  fileNotJson: 'This file could not be read as saved evidence: it may be damaged, cut short, or a different kind of file. Try exporting it again.',
  fileNotEvidence: 'This is not a file of mentor evidence exported from this playbook. Choose a file made with “{button}”.',
  fileOtherSet: 'This file is evidence for other criteria: “{other}”, not “{title}”. Import it on that page instead.',
  fileOtherSetUntitled: 'This file is evidence for other criteria: the set with the id {id}, not “{title}”. Import it on that page instead.',
  fileNewer: 'This file was saved by a newer version of this site than this page. Import it on the site it came from, or ask whoever runs this site to update it.',
  fileDamaged: 'This file has been changed since it was exported, or is damaged, so it cannot be imported safely. Export it again from the browser it was made in.',
  detailNotJson: 'not valid JSON: {error}',
  detailWrongFormat: 'expected "format": "{format}", found {found}',
  detailOtherSet: 'file is for set {set}',
  detailNewer: 'file format version {version}; this page reads up to version {current}',
  // Why saved evidence or a file's contents cannot be read.
  savedOtherSet: 'it holds evidence for "{found}", not "{expected}"',
  notCriterionId: 'expected a criterion id',
};
