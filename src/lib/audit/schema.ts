/**
 * The format self-audit answers are kept in, in the browser's storage (exported files are in
 * export-file.ts). It is versioned and read through these `zod/mini` schemas (small in the
 * browser); older versions are migrated forward, and what is read has the type the newest schema
 * gives.
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
 * An attempt: `{ id, label, createdAt, updatedAt, answers, notes }`: answers by item id (the scale
 * value chosen, a whole number), notes by section or criterion id (text).
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from '../../schemas/id-pattern.ts';
import type { InstrumentKind } from './instrument.ts';
import { olderVersion, type VersionedFormat } from '../storage/versioned.ts';
import { parseWith } from '../storage/parse.ts';
import { moveWholeReviewNotes } from './notes.ts';
import { audit } from '../../strings/index.ts';

export const STORE_VERSION = 4;

/** An ISO 8601 date and time, as `Date.prototype.toISOString` writes it. */
const isoTime = () => z.string().check(z.refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), audit.badTime));

/** An item or section id from the content: lower-case words joined by hyphens. */
export const contentId = () => z.string().check(z.regex(ID_PATTERN, audit.badContentId));

/** Text of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** Answers by item id: the scale value chosen, a whole number. */
const answers = () => z.record(contentId(), z.number(audit.notScaleNumber).check(z.refine(Number.isInteger, audit.notWholeScaleNumber)));
/** Notes: by section id for an audit; by criterion id, or "whole-review", for a rubric. */
const notes = () => z.record(contentId(), text(20_000));

export const attemptSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, audit.badAttemptId)),
  label: text(200),
  createdAt: isoTime(),
  updatedAt: isoTime(),
  answers: answers(),
  notes: notes(),
});

export type Attempt = z.output<typeof attemptSchema>;

export const instrumentKind = z.enum(['audit', 'rubric'], audit.badKind);
const storedInstrument = () => z.strictObject({ kind: instrumentKind, id: contentId() });
/** Whose answers these are: optional, so files from five mentors can be told apart ("" when not given). */
export const owner = () => text(200);

const storedV1 = z.strictObject({
  version: z.literal(1),
  instrument: contentId(),
  answers: answers(),
  notes: z.optional(notes()),
  savedAt: isoTime(),
});
const storedV2 = z.strictObject({ version: z.literal(2), instrument: storedInstrument(), attempts: z.array(attemptSchema) });
const storedV3 = z.strictObject({ version: z.literal(3), instrument: storedInstrument(), owner: owner(), attempts: z.array(attemptSchema) });
const storedV4 = z.strictObject({ version: z.literal(STORE_VERSION), instrument: storedInstrument(), owner: owner(), attempts: z.array(attemptSchema) });

export type AuditDoc = z.output<typeof storedV4>;

/** The stored format: read any version, migrate forward to the current one. */
export function storedFormat(kind: InstrumentKind): VersionedFormat<AuditDoc> {
  return {
    current: STORE_VERSION,
    parse: parseWith(storedV4),
    older: {
      1: olderVersion(parseWith(storedV1), (doc) => ({
        version: 2,
        instrument: { kind, id: doc.instrument },
        attempts: [{ id: 'first', label: audit.firstAttempt, createdAt: doc.savedAt, updatedAt: doc.savedAt, answers: doc.answers, notes: doc.notes ?? {} }],
      })),
      2: olderVersion(parseWith(storedV2), (doc) => ({ ...doc, version: 3, owner: '' })),
      3: olderVersion(parseWith(storedV3), (doc) => ({ ...doc, version: 4, attempts: moveWholeReviewNotes(doc.instrument.kind, doc.attempts) })),
    },
  };
}

/** An empty stored document for an instrument. */
export function emptyDoc(kind: InstrumentKind, id: string): AuditDoc {
  return { version: STORE_VERSION, instrument: { kind, id }, owner: '', attempts: [] };
}
