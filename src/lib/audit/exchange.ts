/**
 * Exported self-audit files: writing them, as JSON that round-trips exactly, and their names.
 * Reading one back is import-file.ts, loaded only when a file is imported.
 */
import type { Instrument } from './instrument.ts';
import type { AuditDoc } from './schema.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-file.ts';
import { fileSlug } from './format.ts';
import { audit } from '../../strings/index.ts';

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
