/**
 * The words of the book (src/pages/book.astro and src/components/book/), and of the PDF that
 * `npm run book` writes from it: its footer, page numbers and cross-references.
 */
import { plural } from '../table.ts';

export const book = {
  title: 'The playbook as a book',
  description: '{name} as one document to print or save as a PDF: a contents list, then every part in reading order.',
  coverKicker: 'The playbook',
  contentsHeading: 'Contents',
  /** A part's size, under its title: the collection's own words for one and many ("12 techniques"). */
  partEntries: plural({ one: '{count} {singular}', other: '{count} {plural}' }),
  /** A part with chapters: its size (partEntries) and how many chapters. */
  partEntriesInChapters: plural({ one: '{entries}, in {count} chapter', other: '{entries}, in {count} chapters' }),
  chooserHeading: 'Choose the parts to print',
  chooserIntro:
    'Leave everything ticked for the whole book, or tick only what you need, such as the techniques of two strands for a practice clinic. Then show your choice and print it, or save it as a PDF.',
  showChoice: 'Show my choice',
  showWhole: 'Show the whole book',
  print: 'Print or save as PDF',
  /** Said next to the chooser's buttons when they are pressed with nothing ticked. */
  chooseSomething: 'Tick at least one part to show or print.',
  /** The link to the whole book as a PDF, shown only where the site publishes one (`npm run book`). */
  pdfLink: 'Download the whole book as a PDF, with page numbers',
  /** After the PDF link: its size in megabytes, where the server gives it. */
  pdfSize: '({size} MB)',
  showingWhole: 'Showing the whole book.',
  /** The chooser's status: how many entries show, of how many (the count), and the titles of what shows. */
  showingChoice: plural({ one: 'Showing {shown} of {count} entry: {titles}.', other: 'Showing {shown} of {count} entries: {titles}.' }),
  showingNothing: 'nothing',
  /** A part of which only some chapters show, in the chooser's status. */
  partWithChapters: '{part} ({chapters})',
  /** Printed after a cross-reference to an entry elsewhere in the book. */
  seeWhere: '(see {where})',
  /** Printed after a cross-reference in the PDF, once its page is known. */
  seePage: '(see p. {page})',
  /** The PDF's footer, at the left of every page. */
  footer: '{name} — {organisation}',
  /** The PDF's page number, at the right of every page's footer. */
  pageNumber: 'Page {page} of {pages}',
};
