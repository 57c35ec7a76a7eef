/**
 * The file a self-audit's answers are exported as, and imported from:
 * `{ format: "playbook-self-audit", version: 3, instrument: { kind, id, title }, owner, attempts }`,
 * its attempts as they are stored (schema.ts). Version 2 files (a rubric's note on the "criteria"
 * section) import with that note moved as in storage; version 1 files (no `owner` either) import
 * with an empty owner. A module of its own, so a self-audit page loads it only to import or export.
 */
import * as z from 'zod/mini';
import { attemptSchema, contentId, instrumentKind, owner } from './schema.ts';
import { olderVersion, type VersionedFormat } from '../storage/versioned.ts';
import { parseWith } from '../storage/parse.ts';
import { moveWholeReviewNotes } from './notes.ts';

export const EXPORT_FORMAT = 'playbook-self-audit';
export const EXPORT_VERSION = 3;

const exportedInstrument = () => z.strictObject({ kind: instrumentKind, id: contentId(), title: z.string() });
const exportV1 = z.strictObject({ format: z.literal(EXPORT_FORMAT), version: z.literal(1), instrument: exportedInstrument(), attempts: z.array(attemptSchema) });
const exportV2 = z.strictObject({ format: z.literal(EXPORT_FORMAT), version: z.literal(2), instrument: exportedInstrument(), owner: owner(), attempts: z.array(attemptSchema) });
const exportV3 = z.strictObject({ format: z.literal(EXPORT_FORMAT), version: z.literal(EXPORT_VERSION), instrument: exportedInstrument(), owner: owner(), attempts: z.array(attemptSchema) });

export type ExportFile = z.output<typeof exportV3>;

/** The exported file: read any version, migrate forward to the current one. */
export const exportFormat: VersionedFormat<ExportFile> = {
  current: EXPORT_VERSION,
  parse: parseWith(exportV3),
  older: {
    1: olderVersion(parseWith(exportV1), (doc) => ({ ...doc, version: 2, owner: '' })),
    2: olderVersion(parseWith(exportV2), (doc) => ({ ...doc, version: 3, attempts: moveWholeReviewNotes(doc.instrument.kind, doc.attempts) })),
  },
};
