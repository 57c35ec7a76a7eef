/**
 * A mentor's evidence against a set of mentor criteria: an answer to each criterion's evidence
 * prompt, kept in the browser, exported as a file that can be imported again (import-file.ts
 * reads one back), and written out as an application in plain text (the Word document is
 * document.ts, loaded only when asked for).
 *
 * Stored document (version 1): `{ version: 1, set, applicant: { name, school }, answers }`,
 * answers keyed by criterion id. Exported file: the same with `format: "playbook-mentor-evidence"`
 * and the set's title.
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from '../../schemas/id-pattern.ts';
import type { DocCodec } from '../storage/store.ts';
import { readVersioned, type VersionedFormat } from '../storage/versioned.ts';
import { parseWith } from '../storage/parse.ts';
import { own } from '../storage/own.ts';
import { evidence as words, format } from '../../strings/index.ts';

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

const storedFormat: VersionedFormat<EvidenceDoc> = { current: EVIDENCE_VERSION, parse: parseWith(storedV1), older: {} };

const exportV1 = z.strictObject({ ...storedShape, format: z.literal(EVIDENCE_FORMAT), title: z.string() });
export type EvidenceFile = z.output<typeof exportV1>;
/** The exported file's format (import-file.ts reads it). */
export const evidenceFileFormat: VersionedFormat<EvidenceFile> = { current: EVIDENCE_VERSION, parse: parseWith(exportV1), older: {} };

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
    const existing = own(next.answers, criterionId) ?? '';
    if (existing.trim() === '') {
      next = setEvidence(next, criterionId, answer);
      filled++;
    } else if (existing !== answer) kept++;
  }
  for (const field of ['name', 'school'] as const) if (!next.applicant[field] && incoming.applicant[field]) next = setApplicant(next, field, incoming.applicant[field]);
  return { doc: next, filled, kept };
}

/** The exported file as text: it round-trips through `parseEvidence` (import-file.ts). */
export function evidenceJson(set: CriteriaSet, doc: EvidenceDoc): string {
  const file: EvidenceFile = { format: EVIDENCE_FORMAT, version: EVIDENCE_VERSION, set: set.id, title: set.title, applicant: doc.applicant, answers: doc.answers };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** How many criteria have an answer. */
export function evidenceProgress(set: CriteriaSet, doc: EvidenceDoc): { answered: number; total: number } {
  return { answered: set.criteria.filter((criterion) => (own(doc.answers, criterion.id) ?? '').trim() !== '').length, total: set.criteria.length };
}

/** The application as plain text: the applicant, then each criterion, its prompt and the answer. */
export function applicationText(set: CriteriaSet, doc: EvidenceDoc, date: string): string {
  const field = (label: string, value: string) => format(words.field, { label, value });
  const lines = [set.title, format(words.applicationFor, { role: set.role }), '', field(words.name, doc.applicant.name || words.notGiven), field(words.school, doc.applicant.school || words.notGiven), field(words.date, date), ''];
  set.criteria.forEach((criterion, index) => {
    lines.push(format(words.numbered, { number: index + 1, title: criterion.title }), criterion.description, format(words.evidencePrompt, { prompt: criterion.evidencePrompt }), '', (own(doc.answers, criterion.id) ?? '').trim() || words.noAnswerYet, '');
  });
  return lines.join('\n');
}
