/**
 * Importing a file of answers into the self-audit: the file is checked (lib/audit/import-file.ts),
 * refused if it would take this instrument over the limit of attempts, and merged with what is
 * saved all or nothing. A module of its own, so a self-audit page loads it only when a file is chosen.
 */
import { thisInstrument, type Instrument } from '../../lib/audit/instrument.ts';
import { mergeAttempts, type AuditDoc } from '../../lib/audit/attempts.ts';
import { readExportFile } from '../../lib/audit/import-file.ts';
import { LIMITS } from '../../lib/storage/limits.ts';
import { formatBytes } from '../../lib/storage/bytes.ts';
import { audit, format, formatPlural } from '../../strings/index.ts';
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { refused, type ImportOutcome } from '../shared/import-outcome.ts';

/** Imports a file into what is saved; with no message when the merge did not run (nothing to say). */
export async function importAnswers(file: File, instrument: Instrument, saved: PersistentDoc<AuditDoc>): Promise<ImportOutcome> {
  const parsed = await readExportFile(file, instrument);
  if (!parsed.ok) return refused(parsed.summary, parsed.detail);
  const count = mergeAttempts(saved.doc, parsed.file.attempts).doc.attempts.length;
  if (count > LIMITS.attempts) return refused(format(audit.importOverLimit, { count, limit: LIMITS.attempts, this: thisInstrument(instrument) }));
  // All or nothing: an import that cannot be saved leaves what is saved as it was.
  let merge: ReturnType<typeof mergeAttempts> | undefined;
  const imported = saved.tryUpdate((stored) => {
    merge = mergeAttempts(stored, parsed.file.attempts, parsed.file.owner);
    return merge.doc;
  });
  if (!imported.ok) {
    if (imported.error === 'quota' && imported.size !== undefined) return refused(format(audit.importNoRoom, { this: thisInstrument(instrument), size: formatBytes(imported.size) }));
    return refused(imported.message);
  }
  if (!merge) return { ok: true };
  const parts = [formatPlural(audit.imported, merge.added, { file: file.name })];
  if (merge.unchanged > 0) parts.push(formatPlural(audit.importUnchanged, merge.unchanged));
  if (merge.keptSaved > 0) parts.push(formatPlural(audit.importKeptSaved, merge.keptSaved));
  parts.push(...parsed.warnings);
  return { ok: true, message: parts.join(' ') };
}
