/**
 * Exported self-audit files: writing them (JSON that round-trips exactly) and checking one
 * before anything is imported from it. A file for another audit, from a newer version, or
 * damaged, is refused with a reason a person can act on.
 */
import { itemsOf, scaleRange, type Instrument } from './instrument.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFormat, type Attempt, type AuditDoc, type ExportFile } from './schema.ts';
import { describeValue, readVersioned } from '../storage/versioned.ts';

/** The exported file for a stored document: every attempt, in stored order, exactly as saved. */
export function toExportFile(instrument: Instrument, doc: AuditDoc): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    instrument: { kind: instrument.kind, id: instrument.id, title: instrument.title },
    attempts: doc.attempts,
  };
}

/** The exported file as text. */
export function exportJson(instrument: Instrument, doc: AuditDoc): string {
  return `${JSON.stringify(toExportFile(instrument, doc), null, 2)}\n`;
}

/** A file name from the instrument's id, like "<audit-id>-self-audit.json" or "<rubric-id>-self-review.csv". */
export function exportFileName(instrument: Instrument, extension: 'json' | 'csv'): string {
  return `${instrument.id}-${instrument.kind === 'rubric' ? 'self-review' : 'self-audit'}.${extension}`;
}

export type ImportProblem = 'json' | 'format' | 'instrument' | 'version' | 'invalid' | 'scale';

export type ParsedExport =
  | { ok: true; file: ExportFile; warnings: string[] }
  | { ok: false; problem: ImportProblem; reason: string };

function fail(problem: ImportProblem, reason: string): ParsedExport {
  return { ok: false, problem, reason };
}

/** Checks an exported file's text against the instrument it is meant for. Never throws. */
export function parseExport(text: string, instrument: Instrument): ParsedExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('json', `It is not a valid JSON file (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('format', `It is not a self-audit file exported from this playbook: expected "format": "${EXPORT_FORMAT}", found ${describeValue((value as { format?: unknown } | null)?.format)}.`);
  }
  const raw = value as { instrument?: { kind?: unknown; id?: unknown; title?: unknown } };
  const id = raw.instrument?.id;
  const kind = raw.instrument?.kind;
  if (id !== instrument.id || kind !== instrument.kind) {
    const title = typeof raw.instrument?.title === 'string' ? `“${raw.instrument.title}” (${describeValue(id)})` : describeValue(id);
    return fail('instrument', `It holds answers to ${title}, not to “${instrument.title}”. Import it on that ${kind === 'rubric' ? 'rubric' : 'audit'}'s page instead.`);
  }
  const read = readVersioned(value, exportFormat);
  if (!read.ok) {
    const version = (value as { version?: unknown }).version;
    if (typeof version === 'number' && version > EXPORT_VERSION) return fail('version', `It was exported by a newer version of this site (file format version ${version}); this page reads version ${EXPORT_VERSION}.`);
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('version', `It has no file format version this page knows: expected "version": ${EXPORT_VERSION}, found ${describeValue(version)}.`);
    return fail('invalid', `It is damaged or was edited by hand: ${read.reason}.`);
  }
  const file = read.doc;
  const ids = new Set<string>();
  for (const attempt of file.attempts) {
    if (ids.has(attempt.id)) return fail('invalid', `It is damaged or was edited by hand: two attempts share the id "${attempt.id}".`);
    ids.add(attempt.id);
  }
  const offScale = valuesOffScale(instrument, file.attempts);
  if (offScale.length > 0) {
    const { min, max } = scaleRange(instrument);
    const shown = offScale.slice(0, 3).join('; ');
    return fail('scale', `Some answers are not on this ${instrument.noun}'s scale (${min} to ${max}): ${shown}${offScale.length > 3 ? `; and ${offScale.length - 3} more` : ''}.`);
  }
  const known = new Set(itemsOf(instrument).map(({ item }) => item.id));
  let unknown = 0;
  for (const attempt of file.attempts) for (const itemId of Object.keys(attempt.answers)) if (!known.has(itemId)) unknown++;
  const warnings = unknown > 0 ? [`${unknown} answer${unknown === 1 ? ' is' : 's are'} for items this ${instrument.noun} no longer has: kept, but not counted in results.`] : [];
  return { ok: true, file, warnings };
}

function valuesOffScale(instrument: Instrument, attempts: readonly Attempt[]): string[] {
  const values = new Set(instrument.scale.map((point) => point.value));
  const problems: string[] = [];
  attempts.forEach((attempt, index) => {
    for (const [itemId, value] of Object.entries(attempt.answers)) {
      if (!values.has(value)) problems.push(`attempts[${index}].answers.${itemId} is ${value}`);
    }
  });
  return problems;
}
