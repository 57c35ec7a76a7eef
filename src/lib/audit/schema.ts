/**
 * The formats self-audit answers are kept in: in the browser's storage and in exported files.
 * Both are versioned and read through these zod schemas; older versions are migrated forward.
 *
 * Stored document (one per audit or self-review rubric, under its own storage key):
 * - version 4 (current): `{ version: 4, instrument: { kind, id }, owner, attempts: Attempt[] }`, where
 *   `owner` is the optional name of whose answers these are ("" when not given). An attempt's
 *   notes are by section id for an audit, and by criterion id for a rubric (see notes.ts).
 * - version 3: the same, but a rubric's self-review was one section, "criteria", with one note for
 *   the whole review. It migrates with that note moved to the whole-review note (`moveWholeReviewNote`).
 * - version 2: version 3 without `owner`; it migrates with an empty owner.
 * - version 1: the first layout, one unnamed set of answers:
 *   `{ version: 1, instrument: id, answers, notes, savedAt }`. It becomes one attempt named
 *   "First attempt". No published site wrote it; it is kept so the migration path is real and tested.
 *
 * Exported file: `{ format: "playbook-self-audit", version: 3, instrument: { kind, id, title }, owner, attempts }`.
 * Version 2 files (a rubric's note on the "criteria" section) import with that note moved as in
 * storage; version 1 files (no `owner` either) import with an empty owner.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/common.ts';
import type { InstrumentKind } from './instrument.ts';
import type { VersionedFormat } from '../storage/versioned.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, STORED_VERSION } from './export-check.ts';
import { moveWholeReviewNotes } from './notes.ts';
import { audit, format } from '../../strings/index.ts';

// The formats' version numbers live with their zod-free checks, which the browser uses.
export const STORE_VERSION = STORED_VERSION;
export { EXPORT_FORMAT, EXPORT_VERSION };
export { emptyDoc } from './saved.ts';

/** An ISO 8601 date and time, as `Date.prototype.toISOString` writes it. */
export const isoTime = () =>
  z.string().refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: audit.badTime,
  });

/** An item or section id from the content: lower-case words joined by hyphens. */
const contentId = () => z.string().regex(ID_PATTERN, audit.badContentId);

const answers = () =>
  z.record(contentId(), z.number({ message: audit.notScaleNumber }).int(audit.notWholeScaleNumber)).describe('Answers by item id: the scale value chosen.');
const notes = () => z.record(contentId(), z.string().max(20_000, format(audit.tooLong, { max: 20_000 }))).describe('Notes: by section id for an audit; by criterion id, or "whole-review", for a rubric.');

export const attemptSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, audit.badAttemptId),
    label: z.string().max(200, 'expected a label of at most 200 characters'),
    createdAt: isoTime(),
    updatedAt: isoTime(),
    answers: answers(),
    notes: notes(),
  })
  .strict();

export type Attempt = z.output<typeof attemptSchema>;

const instrumentKind = z.enum(['audit', 'rubric'], { message: audit.badKind });

const storedV1 = z
  .object({
    version: z.literal(1),
    instrument: contentId(),
    answers: answers(),
    notes: notes().default({}),
    savedAt: isoTime(),
  })
  .strict();

const storedV2 = z
  .object({
    version: z.literal(2),
    instrument: z.object({ kind: instrumentKind, id: contentId() }).strict(),
    attempts: z.array(attemptSchema),
  })
  .strict();

/** Whose answers these are: optional, so files from five mentors can be told apart. */
const owner = () => z.string().max(200, 'expected a name of at most 200 characters').describe('The name of the person whose answers these are; empty when not given.');

const storedV3 = z
  .object({
    version: z.literal(3),
    instrument: z.object({ kind: instrumentKind, id: contentId() }).strict(),
    owner: owner(),
    attempts: z.array(attemptSchema),
  })
  .strict();

const storedV4 = storedV3.extend({ version: z.literal(4) }).strict();

export type AuditDoc = z.output<typeof storedV4>;

/** The stored format: read any version, migrate forward to the current one. */
export function storedFormat(kind: InstrumentKind): VersionedFormat<AuditDoc> {
  return {
    current: STORE_VERSION,
    schemas: { 1: storedV1, 2: storedV2, 3: storedV3, 4: storedV4 },
    migrations: {
      1: (doc: z.output<typeof storedV1>) => ({
        version: 2,
        instrument: { kind, id: doc.instrument },
        attempts: [{ id: 'first', label: audit.firstAttempt, createdAt: doc.savedAt, updatedAt: doc.savedAt, answers: doc.answers, notes: doc.notes }],
      }),
      2: (doc: z.output<typeof storedV2>) => ({ ...doc, version: 3, owner: '' }),
      3: (doc: z.output<typeof storedV3>) => ({ ...doc, version: 4, attempts: moveWholeReviewNotes(doc.instrument.kind, doc.attempts) }),
    },
    finish: (doc) => doc as AuditDoc,
  };
}

const exportV1 = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    instrument: z.object({ kind: instrumentKind, id: contentId(), title: z.string() }).strict(),
    attempts: z.array(attemptSchema),
  })
  .strict();

const exportV2 = exportV1.extend({ version: z.literal(2), owner: owner() }).strict();

const exportV3 = exportV2.extend({ version: z.literal(3) }).strict();

export type ExportFile = z.output<typeof exportV3>;

export const exportFormat: VersionedFormat<ExportFile> = {
  current: EXPORT_VERSION,
  schemas: { 1: exportV1, 2: exportV2, 3: exportV3 },
  migrations: {
    1: (doc: z.output<typeof exportV1>) => ({ ...doc, version: 2, owner: '' }),
    2: (doc: z.output<typeof exportV2>) => ({ ...doc, version: 3, attempts: moveWholeReviewNotes(doc.instrument.kind, doc.attempts) }),
  },
  finish: (doc) => doc as ExportFile,
};
