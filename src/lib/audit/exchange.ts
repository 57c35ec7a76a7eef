/**
 * Exported self-audit files: writing them (JSON that round-trips exactly) and checking one
 * before anything is imported from it. A file for another audit, from a newer version, or
 * damaged, is refused with a reason a person can act on.
 */
import { itemsOf, scaleRange, thisInstrument, type Instrument } from './instrument.ts';
import type { Attempt, AuditDoc } from './schema.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFormat, type ExportFile } from './export-file.ts';
import { describeValue, ownField, readVersioned } from '../storage/versioned.ts';
import { fileSlug } from './format.ts';
import { audit, format, formatPlural } from '../../strings/index.ts';

/** The exported file for a stored document: every attempt, in stored order, exactly as saved. */
export function toExportFile(instrument: Instrument, doc: AuditDoc): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    instrument: { kind: instrument.kind, id: instrument.id, title: instrument.title },
    owner: doc.owner,
    attempts: doc.attempts,
  };
}

/** The exported file as text. */
export function exportJson(instrument: Instrument, doc: AuditDoc): string {
  return `${JSON.stringify(toExportFile(instrument, doc), null, 2)}\n`;
}

/**
 * A file name from the instrument, the owner's name if given and the day, like
 * "mentor-skills-audit-jo-smith-2026-09-14.json", so several people's files do not collide.
 */
export function exportFileName(instrument: Instrument, extension: 'json' | 'csv', owner = '', now = new Date()): string {
  const kind = instrument.kind === 'rubric' ? audit.fileSelfReview : audit.fileSelfAudit;
  const day = now.toISOString().slice(0, 10);
  const who = fileSlug(owner);
  return `${instrument.id}-${kind}${who ? `-${who}` : ''}-${day}.${extension}`;
}

export type ImportProblem = 'json' | 'format' | 'instrument' | 'version' | 'invalid' | 'scale';

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

/** Checks an exported file's text against the instrument it is meant for. Never throws. */
export function parseExport(text: string, instrument: Instrument): ParsedExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const saved = instrument.kind === 'rubric' ? audit.aSavedReview : audit.aSavedAudit;
    return fail('json', format(audit.fileNotJson, { saved }), format(audit.detailNotJson, { error: error instanceof Error ? error.message : String(error) }));
  }
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
