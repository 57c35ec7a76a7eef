/**
 * The application as it prints: the set's title and the role, the applicant's details, each
 * criterion with its prompt and the answer in a box, then lines to sign and date by hand for the
 * applicant and for whoever confirms the evidence. Shown on paper only (the page's print style sheet
 * prints it alone); on screen the form above is what is read, so it is hidden from screen readers.
 */
import type { CriteriaSet, EvidenceDoc } from '../../lib/evidence/evidence.ts';
import { signatureBlocks } from '../../lib/evidence/signatures.ts';
import { own } from '../../lib/storage/own.ts';
import { evidence as words, format } from '../../strings/index.ts';

export function PrintedApplication({ set, doc, date }: { set: CriteriaSet; doc: EvidenceDoc; date: string }) {
  const label = (text: string) => <strong>{format(words.fieldLabel, { label: text })}</strong>;
  return (
    <div className="ev-print" aria-hidden="true">
      <h2>{set.title}</h2>
      <p>{format(words.applicationFor, { role: set.role })}</p>
      <p>
        {label(words.name)} {doc.applicant.name || '—'} · {label(words.school)} {doc.applicant.school || '—'} · {label(words.date)} {date}
      </p>
      {set.criteria.map((criterion, index) => (
        <div key={criterion.id}>
          <h3>{format(words.numbered, { number: index + 1, title: criterion.title })}</h3>
          <p>{criterion.evidencePrompt}</p>
          <div className="ev-print__answer">{own(doc.answers, criterion.id) ?? ''}</div>
        </div>
      ))}
      <div className="ev-print__signatures">
        <h3>{words.signaturesHeading}</h3>
        <p>{words.signaturesIntro}</p>
        <div className="ev-print__signers">
          {signatureBlocks(doc).map((block) => (
            <div className="ev-print__signer" key={block.heading}>
              <h4>{block.heading}</h4>
              {block.lines.map((line) => (
                <p className="ev-print__line" key={line.label}>
                  {label(line.label)} <span className="ev-print__write">{line.filled ?? ''}</span>
                </p>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
