/**
 * The lines under an application to sign and date by hand: the applicant's (their name filled in
 * when given), then the person who confirms the evidence, such as the lead mentor or induction
 * tutor, with their role. The printed application (islands/evidence/PrintedApplication.tsx) and
 * the Word document (document.ts) both draw them from here.
 */
import type { EvidenceDoc } from './evidence.ts';
import { evidence as words } from '../../strings/index.ts';

export interface SignatureLine {
  label: string;
  /** What is already known, written on the line: the applicant's name. */
  filled?: string;
}

export interface SignatureBlock {
  heading: string;
  lines: SignatureLine[];
}

export function signatureBlocks(doc: EvidenceDoc): SignatureBlock[] {
  return [
    { heading: words.signApplicant, lines: [{ label: words.name, ...(doc.applicant.name ? { filled: doc.applicant.name } : {}) }, { label: words.signature }, { label: words.date }] },
    { heading: words.signConfirmer, lines: [{ label: words.name }, { label: words.role }, { label: words.signature }, { label: words.date }] },
  ];
}
