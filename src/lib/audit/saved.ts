/**
 * Where a self-audit's answers are kept in the browser, and how they are read back: through the
 * zod-free check of the stored format (export-check.ts), which a test holds to the zod schema in
 * schema.ts, so the page does not load zod.
 */
import type { InstrumentKind } from './instrument.ts';
import type { AuditDoc } from './schema.ts';
import type { DocCodec } from '../storage/store.ts';
import { checkStoredDoc, STORED_VERSION } from './export-check.ts';
import { audit, format } from '../../strings/index.ts';

/** An empty stored document for an instrument. */
export function emptyDoc(kind: InstrumentKind, id: string): AuditDoc {
  return { version: STORED_VERSION, instrument: { kind, id }, owner: '', attempts: [] };
}

/**
 * The storage key of one instrument's answers. It includes the site's base path, so two
 * playbooks served from the same host keep their answers apart.
 */
export function auditStorageKey(base: string, kind: InstrumentKind, id: string): string {
  return `playbook:${base}:self-audit:${kind}:${id}`;
}

/** Reads stored answers for one instrument: any stored version, migrated to the current one. */
export function auditCodec(kind: InstrumentKind, id: string): DocCodec<AuditDoc> {
  return {
    read(value) {
      const read = checkStoredDoc(value, kind);
      if (!read.ok) return read;
      if (read.doc.instrument.id !== id || read.doc.instrument.kind !== kind) {
        return { ok: false, reason: format(audit.savedOther, { foundKind: read.doc.instrument.kind, found: read.doc.instrument.id, kind, id }) };
      }
      return read;
    },
    empty: () => emptyDoc(kind, id),
  };
}
