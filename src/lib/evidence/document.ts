/**
 * The application as a Word document (.docx), for a school to edit, print and file: the set's
 * title and the role, the applicant's details, each criterion with its evidence prompt and the
 * answer in a bordered box, then lines for the applicant and whoever confirms the evidence to sign
 * and date. It is made in the browser with the `docx` library (no macros, nothing that runs, and
 * nothing loaded from anywhere else), so Word, LibreOffice, Google Docs and Pages all open it.
 *
 * The library is large, so the evidence form loads this module only when the button is pressed.
 */
import { BorderStyle, Document, HeadingLevel, LeaderType, Packer, Paragraph, Tab, TabStopPosition, TabStopType, TextRun } from 'docx';
import type { CriteriaSet, EvidenceDoc } from './evidence.ts';
import { signatureBlocks } from './signatures.ts';
import { own } from '../storage/own.ts';
import { evidence as words, format, language } from '../../strings/index.ts';

/** The Word document's file type, for the downloaded file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const box = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 6 } as const;

/** An answer as paragraphs (a blank line starts a new one; a single line break is kept), in a box. */
function answerParagraphs(text: string): Paragraph[] {
  const border = { top: box, bottom: box, left: box, right: box };
  const trimmed = text.trim();
  if (trimmed === '') return [new Paragraph({ border, children: [new TextRun({ text: words.noAnswerYet, italics: true })] })];
  return trimmed.split(/\n{2,}/).map(
    (paragraph) =>
      new Paragraph({
        border,
        spacing: { after: 0 },
        children: paragraph.split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) })),
      }),
  );
}

/** "Name: Sam Patel", with the label in bold. */
function detail(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: format(words.fieldLabel, { label }), bold: true }), new TextRun({ text: ` ${value}` })] });
}

/** "Signature ______________": the label, then a line to the right margin to write on. */
function signatureLine(label: string, filled = ''): Paragraph {
  return new Paragraph({
    spacing: { before: 360 },
    tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX, leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ text: format(words.fieldLabel, { label }), bold: true }), new TextRun({ children: [` ${filled}`, new Tab()] })],
  });
}

/** The application as a Word document (docx's Document, ready for its Packer). */
export function applicationDocument(set: CriteriaSet, doc: EvidenceDoc, date: string): Document {
  const title = doc.applicant.name ? format(words.documentTitleFrom, { title: set.title, name: doc.applicant.name }) : format(words.documentTitle, { title: set.title });
  const criteria = set.criteria.flatMap((criterion, index) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(format(words.numbered, { number: index + 1, title: criterion.title }))] }),
    new Paragraph({ keepNext: true, children: [new TextRun({ text: criterion.evidencePrompt, italics: true })] }),
    ...answerParagraphs(own(doc.answers, criterion.id) ?? ''),
  ]);
  const signatures = signatureBlocks(doc).flatMap((block) => [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(block.heading)] }),
    ...block.lines.map((line) => signatureLine(line.label, line.filled)),
  ]);
  return new Document({
    title,
    creator: doc.applicant.name,
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: language } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(set.title)] }),
          new Paragraph({ children: [new TextRun(format(words.applicationFor, { role: set.role }))] }),
          detail(words.name, doc.applicant.name || words.notGiven),
          detail(words.school, doc.applicant.school || words.notGiven),
          detail(words.date, date),
          ...criteria,
          new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(words.signaturesHeading)] }),
          new Paragraph({ keepNext: true, children: [new TextRun(words.signaturesIntro)] }),
          ...signatures,
        ],
      },
    ],
  });
}

/** The application as a .docx file's bytes, in the browser. */
export function applicationDocx(set: CriteriaSet, doc: EvidenceDoc, date: string): Promise<Blob> {
  return Packer.toBlob(applicationDocument(set, doc, date));
}
