/**
 * Checking an exported self-audit file before anything is imported from it, in the order that
 * costs least: its size before it is read, its encoding, JSON without duplicate keys (all in
 * lib/storage/json-file.ts), then how many attempts and answers it holds (against LIMITS, before
 * the schema looks at any of them), then the schema and the instrument's scale. A file for another
 * audit, from a newer version, changed by hand, over a limit, or a spreadsheet export, is refused
 * with a reason a person can act on. A module of its own, so a self-audit page loads it (and the
 * JSON walker) only when a file is imported.
 */
import { itemsOf, scaleRange, thisInstrument, type Instrument } from './instrument.ts';
import type { Attempt } from './schema.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFormat, type ExportFile } from './export-file.ts';
import { exportFileName } from './exchange.ts';
import { describeValue, readVersioned } from '../storage/versioned.ts';
import { ownField } from '../storage/own.ts';
import { LIMITS, type Limits } from '../storage/limits.ts';
import { describeFileProblem, readJsonFile, readJsonText, type FileProblem, type JsonRead, type LoadedFile } from '../storage/json-file.ts';
import { formatIssuePath } from '../storage/issues.ts';
import { audit, format, formatPlural } from '../../strings/index.ts';

export type ImportProblem = 'file' | 'too-many' | 'json' | 'format' | 'instrument' | 'version' | 'invalid' | 'scale';

/**
 * Why a file was refused. `summary` is in plain words for the person importing it and says what
 * to do; `detail` is the technical finding (a parser's message, the fields at fault), for
 * whoever helps them, shown folded away. `reason` is both in one sentence, for lists.
 */
export interface ImportFailure {
  ok: false;
  problem: ImportProblem;
  summary: string;
  detail?: string;
  reason: string;
  /** For a file from another audit or rubric: the one it is for, as the file names it. */
  other?: { kind: string; id: string; title?: string };
}

export type ParsedExport = { ok: true; file: ExportFile; warnings: string[] } | ImportFailure;

function fail(problem: ImportProblem, summary: string, detail?: string, other?: ImportFailure['other']): ImportFailure {
  return { ok: false, problem, summary, ...(detail ? { detail } : {}), reason: detail ? format(audit.reasonWithDetail, { summary, detail }) : summary, ...(other ? { other } : {}) };
}

/** Reads and checks a file the person chose: its size is checked before it is read. Never throws. */
export async function readExportFile(file: LoadedFile, instrument: Instrument, limits: Limits = LIMITS): Promise<ParsedExport> {
  return checkRead(await readJsonFile(file, limits.fileBytes), file.name, instrument, limits);
}

/** Checks an exported file's text against the instrument it is meant for. Never throws. */
export function parseExport(text: string, instrument: Instrument, limits: Limits = LIMITS): ParsedExport {
  return checkRead(readJsonText(text), '', instrument, limits);
}

/**
 * Checks a file already read as JSON (or the problem reading it) against the instrument.
 * `spreadsheet` words the refusal of a spreadsheet export for the page ({button}, {json}).
 */
export function checkRead(read: JsonRead, name: string, instrument: Instrument, limits: Limits = LIMITS, spreadsheet: string = audit.fileSpreadsheet): ParsedExport {
  return read.ok ? checkExport(read.value, instrument, limits) : fileFailure(read.problem, name, instrument, spreadsheet);
}

/** A file that could not be read as JSON, in this page's words. */
function fileFailure(problem: FileProblem, name: string, instrument: Instrument, spreadsheet: string): ImportFailure {
  // The JSON file to use instead: exported with the spreadsheet, it has the same name but for its extension.
  const json = /\.csv$/i.test(name) ? name.replace(/\.csv$/i, '.json') : exportFileName(instrument, 'json');
  const saved = instrument.kind === 'rubric' ? audit.aSavedReview : audit.aSavedAudit;
  const { summary, detail } = describeFileProblem(problem, {
    notJson: format(audit.fileNotJson, { saved }),
    spreadsheet: format(spreadsheet, { button: audit.exportJson, json }),
  });
  return fail(problem.kind === 'not-json' ? 'json' : 'file', summary, detail);
}

/** How many attempts, and answers or notes in each, a file holds, checked before the schema reads any. */
function overLimit(value: unknown, limits: Limits): ImportFailure | undefined {
  const attempts = ownField(value, 'attempts');
  if (!Array.isArray(attempts)) return undefined;
  if (attempts.length > limits.attempts) {
    return fail('too-many', format(audit.fileTooManyAttempts, { count: attempts.length, limit: limits.attempts }), format(audit.detailTooMany, { path: 'attempts', count: attempts.length, limit: limits.attempts }));
  }
  for (const [index, attempt] of attempts.entries()) {
    for (const field of ['answers', 'notes'] as const) {
      const record = ownField(attempt, field);
      if (typeof record !== 'object' || record === null) continue;
      const count = Object.keys(record).length;
      if (count <= limits.answers) continue;
      const summary = format(field === 'answers' ? audit.fileTooManyAnswers : audit.fileTooManyNotes, { number: index + 1, count, limit: limits.answers });
      return fail('too-many', summary, format(audit.detailTooMany, { path: formatIssuePath(['attempts', index, field]), count, limit: limits.answers }));
    }
  }
  return undefined;
}

/** Checks a parsed file against the instrument it is meant for. Never throws. */
export function checkExport(value: unknown, instrument: Instrument, limits: Limits = LIMITS): ParsedExport {
  const fileFormat = ownField(value, 'format');
  if (fileFormat !== EXPORT_FORMAT) {
    return fail('format', format(audit.fileNotAnswers, { button: audit.exportJson }), format(audit.detailWrongFormat, { format: EXPORT_FORMAT, found: describeValue(fileFormat) }));
  }
  const named = ownField(value, 'instrument');
  const id = ownField(named, 'id');
  const kind = ownField(named, 'kind');
  const title = ownField(named, 'title');
  if (id !== instrument.id || kind !== instrument.kind) {
    const other = typeof title === 'string' ? format(audit.otherTitled, { title }) : format(audit.otherId, { id: describeValue(id) });
    return fail(
      'instrument',
      format(kind === 'rubric' ? audit.fileOtherReview : audit.fileOtherAudit, { other, title: instrument.title }),
      format(audit.detailOtherInstrument, { kind: describeValue(kind), id: describeValue(id) }),
      { kind: String(kind), id: String(id), ...(typeof title === 'string' ? { title } : {}) },
    );
  }
  const tooMany = overLimit(value, limits);
  if (tooMany) return tooMany;
  const read = readVersioned(value, exportFormat);
  if (!read.ok) {
    const version = ownField(value, 'version');
    if (typeof version === 'number' && version > EXPORT_VERSION) return fail('version', audit.fileNewer, format(audit.detailNewer, { version, current: EXPORT_VERSION }));
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('version', audit.fileChanged, format(audit.detailNoVersion, { current: EXPORT_VERSION, found: describeValue(version) }));
    return fail('invalid', audit.fileChangedExportAgain, read.reason);
  }
  const file = read.doc;
  const ids = new Set<string>();
  for (const attempt of file.attempts) {
    if (ids.has(attempt.id)) return fail('invalid', audit.fileChanged, format(audit.detailSameAttemptId, { id: attempt.id }));
    ids.add(attempt.id);
  }
  const offScale = valuesOffScale(instrument, file.attempts);
  if (offScale.length > 0) {
    const { min, max } = scaleRange(instrument);
    const shown = offScale.slice(0, 3).join('; ');
    const detail = offScale.length > 3 ? `${shown}; ${formatPlural(audit.detailAndMore, offScale.length - 3)}` : shown;
    return fail('scale', format(audit.fileOffScale, { this: thisInstrument(instrument), min, max }), detail);
  }
  const known = new Set(itemsOf(instrument).map(({ item }) => item.id));
  let unknown = 0;
  for (const attempt of file.attempts) for (const itemId of Object.keys(attempt.answers)) if (!known.has(itemId)) unknown++;
  const warnings = unknown > 0 ? [formatPlural(audit.importUnknownItems, unknown, { this: thisInstrument(instrument) })] : [];
  return { ok: true, file, warnings };
}

function valuesOffScale(instrument: Instrument, attempts: readonly Attempt[]): string[] {
  const values = new Set(instrument.scale.map((point) => point.value));
  const problems: string[] = [];
  attempts.forEach((attempt, index) => {
    for (const [itemId, value] of Object.entries(attempt.answers)) {
      if (!values.has(value)) problems.push(format(audit.detailOffScale, { path: `attempts[${index}].answers.${itemId}`, value: String(value) }));
    }
  });
  return problems;
}
