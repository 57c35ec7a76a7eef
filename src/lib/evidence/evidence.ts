/**
 * A mentor's evidence against a set of mentor criteria: an answer to each criterion's evidence
 * prompt, kept in the browser, exported as a file that can be imported again, and written out
 * as an application to print or send.
 *
 * Stored document (version 1): `{ version: 1, set, applicant: { name, school }, answers }`,
 * answers keyed by criterion id. Exported file: the same with `format: "playbook-mentor-evidence"`
 * and the set's title.
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from '../../schemas/id-pattern.ts';
import type { DocCodec } from '../storage/store.ts';
import { describeValue, ownField, readVersioned, type VersionedFormat } from '../storage/versioned.ts';
import { evidence as words, format, language } from '../../strings/index.ts';
import { escapeHtml } from '../../strings/inline.ts';

export const EVIDENCE_VERSION = 1;
export const EVIDENCE_FORMAT = 'playbook-mentor-evidence';

/** What the evidence form needs to know about a criteria set (from the content entry). */
export interface CriteriaSet {
  id: string;
  title: string;
  /** The role in words readers see, like "ITT mentor". */
  role: string;
  criteria: { id: string; title: string; description: string; evidencePrompt: string }[];
}

const text = (max: number) => z.string().check(z.maxLength(max));
const setId = () => z.string().check(z.regex(ID_PATTERN));

const storedShape = {
  version: z.literal(EVIDENCE_VERSION),
  set: setId(),
  applicant: z.strictObject({ name: text(200), school: text(200) }),
  answers: z.record(z.string().check(z.regex(ID_PATTERN, words.notCriterionId)), text(50_000)),
};
const storedV1 = z.strictObject(storedShape);

export type EvidenceDoc = z.output<typeof storedV1>;

const storedFormat: VersionedFormat<EvidenceDoc> = { current: EVIDENCE_VERSION, schema: storedV1, older: {} };

const exportV1 = z.strictObject({ ...storedShape, format: z.literal(EVIDENCE_FORMAT), title: z.string() });
export type EvidenceFile = z.output<typeof exportV1>;
const exportFormat: VersionedFormat<EvidenceFile> = { current: EVIDENCE_VERSION, schema: exportV1, older: {} };

export function emptyEvidence(setId: string): EvidenceDoc {
  return { version: EVIDENCE_VERSION, set: setId, applicant: { name: '', school: '' }, answers: {} };
}

/** The storage key of one set's evidence; it includes the site's base path. */
export function evidenceStorageKey(base: string, setId: string): string {
  return `playbook:${base}:mentor-evidence:${setId}`;
}

export function evidenceCodec(setId: string): DocCodec<EvidenceDoc> {
  return {
    read(value) {
      const read = readVersioned(value, storedFormat);
      if (read.ok && read.doc.set !== setId) return { ok: false, reason: format(words.savedOtherSet, { found: read.doc.set, expected: setId }) };
      return read;
    },
    empty: () => emptyEvidence(setId),
  };
}

/** Sets the answer to one criterion; an empty answer is removed. */
export function setEvidence(doc: EvidenceDoc, criterionId: string, answer: string): EvidenceDoc {
  const next = { ...doc.answers };
  if (answer === '') delete next[criterionId];
  else next[criterionId] = answer;
  return { ...doc, answers: next };
}

/** Sets one of the applicant's details. */
export function setApplicant(doc: EvidenceDoc, field: 'name' | 'school', value: string): EvidenceDoc {
  return { ...doc, applicant: { ...doc.applicant, [field]: value } };
}

/**
 * Brings an imported file's evidence in without overwriting anything: an answer fills a criterion
 * only where nothing is written here (`filled` counts them; `kept` counts the answers here that
 * differ from the file's), and the name and school only where they are empty.
 */
export function mergeEvidence(doc: EvidenceDoc, incoming: EvidenceDoc): { doc: EvidenceDoc; filled: number; kept: number } {
  let next = doc;
  let filled = 0;
  let kept = 0;
  for (const [criterionId, answer] of Object.entries(incoming.answers)) {
    const existing = Object.hasOwn(next.answers, criterionId) ? next.answers[criterionId]! : '';
    if (existing.trim() === '') {
      next = setEvidence(next, criterionId, answer);
      filled++;
    } else if (existing !== answer) kept++;
  }
  for (const field of ['name', 'school'] as const) if (!next.applicant[field] && incoming.applicant[field]) next = setApplicant(next, field, incoming.applicant[field]);
  return { doc: next, filled, kept };
}

/** The exported file as text: it round-trips through `parseEvidence`. */
export function evidenceJson(set: CriteriaSet, doc: EvidenceDoc): string {
  const file: EvidenceFile = { format: EVIDENCE_FORMAT, version: EVIDENCE_VERSION, set: set.id, title: set.title, applicant: doc.applicant, answers: doc.answers };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A refused file: `summary` in plain words, `detail` the technical finding, `reason` both in one sentence. */
export interface EvidenceFailure {
  ok: false;
  summary: string;
  detail?: string;
  reason: string;
}

export type ParsedEvidence = { ok: true; doc: EvidenceDoc } | EvidenceFailure;

function refuse(summary: string, detail?: string): EvidenceFailure {
  return { ok: false, summary, ...(detail ? { detail } : {}), reason: detail ? `${summary} (${detail})` : summary };
}

/** Checks an exported evidence file against the set it is meant for. Never throws. */
export function parseEvidence(textIn: string, set: CriteriaSet): ParsedEvidence {
  let value: unknown;
  try {
    value = JSON.parse(textIn);
  } catch (error) {
    return refuse(words.fileNotJson, format(words.detailNotJson, { error: error instanceof Error ? error.message : String(error) }));
  }
  const fileFormat = ownField(value, 'format');
  if (fileFormat !== EVIDENCE_FORMAT) {
    return refuse(format(words.fileNotEvidence, { button: words.exportJson }), format(words.detailWrongFormat, { format: EVIDENCE_FORMAT, found: describeValue(fileFormat) }));
  }
  const fileSet = ownField(value, 'set');
  if (fileSet !== set.id) {
    const title = ownField(value, 'title');
    const summary = typeof title === 'string' ? format(words.fileOtherSet, { other: title, title: set.title }) : format(words.fileOtherSetUntitled, { id: describeValue(fileSet), title: set.title });
    return refuse(summary, format(words.detailOtherSet, { set: describeValue(fileSet) }));
  }
  const read = readVersioned(value, exportFormat);
  if (!read.ok) {
    const version = ownField(value, 'version');
    if (typeof version === 'number' && version > EVIDENCE_VERSION) return refuse(words.fileNewer, format(words.detailNewer, { version, current: EVIDENCE_VERSION }));
    return refuse(words.fileDamaged, read.reason);
  }
  const { format: _format, title: _title, ...doc } = read.doc;
  return { ok: true, doc };
}

/** How many criteria have an answer. */
export function evidenceProgress(set: CriteriaSet, doc: EvidenceDoc): { answered: number; total: number } {
  return { answered: set.criteria.filter((criterion) => (doc.answers[criterion.id] ?? '').trim() !== '').length, total: set.criteria.length };
}

/** The application as plain text: the applicant, then each criterion, its prompt and the answer. */
export function applicationText(set: CriteriaSet, doc: EvidenceDoc, date: string): string {
  const field = (label: string, value: string) => format(words.field, { label, value });
  const lines = [set.title, format(words.applicationFor, { role: set.role }), '', field(words.name, doc.applicant.name || words.notGiven), field(words.school, doc.applicant.school || words.notGiven), field(words.date, date), ''];
  set.criteria.forEach((criterion, index) => {
    lines.push(format(words.numbered, { number: index + 1, title: criterion.title }), criterion.description, format(words.evidencePrompt, { prompt: criterion.evidencePrompt }), '', (doc.answers[criterion.id] ?? '').trim() || words.noAnswerYet, '');
  });
  return lines.join('\n');
}

/**
 * The application as a self-contained HTML document, for a school to file: it opens in Word,
 * LibreOffice or any browser (and prints or saves to PDF from there), with headings, the
 * applicant's details and each answer in a bordered box. Everything is escaped; nothing loads
 * from anywhere else.
 */
export function applicationHtml(set: CriteriaSet, doc: EvidenceDoc, date: string): string {
  const e = escapeHtml;
  const answer = (text: string) =>
    text.trim() === ''
      ? `<p><em>${e(words.noAnswerYet)}</em></p>`
      : text
          .trim()
          .split(/\n{2,}/)
          .map((paragraph) => `<p>${e(paragraph).replace(/\n/g, '<br>')}</p>`)
          .join('\n');
  const criteria = set.criteria
    .map(
      (criterion, index) => `<h2>${e(format(words.numbered, { number: index + 1, title: criterion.title }))}</h2>
<p class="prompt">${e(criterion.evidencePrompt)}</p>
<div class="answer">
${answer(doc.answers[criterion.id] ?? '')}
</div>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${e(language)}">
<head>
<meta charset="utf-8">
<title>${e(doc.applicant.name ? format(words.documentTitleFrom, { title: set.title, name: doc.applicant.name }) : format(words.documentTitle, { title: set.title }))}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #000; }
h1 { font-size: 16pt; margin-bottom: 0.25rem; }
h2 { font-size: 12pt; margin: 1.25rem 0 0.25rem; page-break-after: avoid; }
.prompt { font-style: italic; margin: 0.25rem 0; }
.answer { border: 1px solid #000; padding: 0.25rem 0.75rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { text-align: left; padding: 0.15rem 1rem 0.15rem 0; }
</style>
</head>
<body>
<h1>${e(set.title)}</h1>
<p>${e(format(words.applicationFor, { role: set.role }))}</p>
<table>
<tr><th scope="row">${e(words.name)}</th><td>${e(doc.applicant.name || words.notGiven)}</td></tr>
<tr><th scope="row">${e(words.school)}</th><td>${e(doc.applicant.school || words.notGiven)}</td></tr>
<tr><th scope="row">${e(words.date)}</th><td>${e(date)}</td></tr>
</table>
${criteria}
</body>
</html>
`;
}
