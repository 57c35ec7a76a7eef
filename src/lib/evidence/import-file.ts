/**
 * Checking an exported evidence file before anything is imported from it, in the order that
 * costs least: its size before it is read, its encoding, JSON without duplicate keys
 * (lib/storage/json-file.ts), then how many answers it holds (against LIMITS), then the schema.
 * A file for other criteria, from a newer version, changed by hand, over a limit, or not JSON, is
 * refused with a reason a person can act on. A module of its own, so the evidence form loads it
 * (and the JSON walker) only when a file is imported.
 */
import { EVIDENCE_FORMAT, EVIDENCE_VERSION, evidenceFileFormat, type CriteriaSet, type EvidenceDoc } from './evidence.ts';
import { describeValue, readVersioned } from '../storage/versioned.ts';
import { ownField } from '../storage/own.ts';
import { LIMITS, type Limits } from '../storage/limits.ts';
import { describeFileProblem, readJsonFile, readJsonText, type JsonRead, type LoadedFile } from '../storage/json-file.ts';
import { evidence as words, format } from '../../strings/index.ts';

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

/** Reads and checks a file the person chose: its size is checked before it is read. Never throws. */
export async function readEvidenceFile(file: LoadedFile, set: CriteriaSet, limits: Limits = LIMITS): Promise<ParsedEvidence> {
  return checkRead(await readJsonFile(file, limits.fileBytes), set, limits);
}

/** Checks an exported evidence file's text against the set it is meant for. Never throws. */
export function parseEvidence(text: string, set: CriteriaSet, limits: Limits = LIMITS): ParsedEvidence {
  return checkRead(readJsonText(text), set, limits);
}

function checkRead(read: JsonRead, set: CriteriaSet, limits: Limits): ParsedEvidence {
  if (read.ok) return checkEvidence(read.value, set, limits);
  const { summary, detail } = describeFileProblem(read.problem, { notJson: words.fileNotJson, spreadsheet: format(words.fileNotEvidence, { button: words.exportJson }) });
  return refuse(summary, detail);
}

/** Checks a parsed evidence file against the set it is meant for. Never throws. */
export function checkEvidence(value: unknown, set: CriteriaSet, limits: Limits = LIMITS): ParsedEvidence {
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
  const answers = ownField(value, 'answers');
  const count = typeof answers === 'object' && answers !== null ? Object.keys(answers).length : 0;
  if (count > limits.answers) return refuse(format(words.fileTooManyAnswers, { count, limit: limits.answers }), format(words.detailTooMany, { count, limit: limits.answers }));
  const read = readVersioned(value, evidenceFileFormat);
  if (!read.ok) {
    const version = ownField(value, 'version');
    if (typeof version === 'number' && version > EVIDENCE_VERSION) return refuse(words.fileNewer, format(words.detailNewer, { version, current: EVIDENCE_VERSION }));
    return refuse(words.fileDamaged, read.reason);
  }
  const { format: _format, title: _title, ...doc } = read.doc;
  return { ok: true, doc };
}
