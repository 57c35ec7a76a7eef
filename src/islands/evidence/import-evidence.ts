/**
 * Importing a file of evidence into the form: the file is checked (lib/evidence/import-file.ts),
 * then what is empty here is filled in from it (an answer already written is never overwritten),
 * all or nothing. A module of its own, so an evidence page loads it only when a file is chosen.
 */
import { mergeEvidence, type CriteriaSet, type EvidenceDoc } from '../../lib/evidence/evidence.ts';
import { readEvidenceFile } from '../../lib/evidence/import-file.ts';
import { formatBytes } from '../../lib/storage/bytes.ts';
import { evidence as words, format, formatPlural } from '../../strings/index.ts';
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { refused, type ImportOutcome } from '../shared/import-outcome.ts';

export async function importEvidence(file: File, set: CriteriaSet, saved: PersistentDoc<EvidenceDoc>): Promise<ImportOutcome> {
  const parsed = await readEvidenceFile(file, set);
  if (!parsed.ok) return refused(parsed.summary, parsed.detail);
  let merged: ReturnType<typeof mergeEvidence> | undefined;
  const imported = saved.tryUpdate((stored) => {
    merged = mergeEvidence(stored, parsed.doc);
    return merged.doc;
  });
  if (!imported.ok) return refused(imported.error === 'quota' && imported.size !== undefined ? format(words.importNoRoom, { size: formatBytes(imported.size) }) : imported.message);
  if (!merged) return { ok: true };
  const keptText = merged.kept > 0 ? ` ${formatPlural(words.importKept, merged.kept)}` : '';
  return { ok: true, message: `${formatPlural(words.imported, merged.filled, { file: file.name })}${keptText}` };
}
