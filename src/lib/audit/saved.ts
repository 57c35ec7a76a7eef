/**
 * Where a self-audit's answers are kept in the browser, and how they are read back: any stored
 * version, through the schemas in schema.ts, migrated to the current one, and only if they are
 * this instrument's answers.
 */
import type { InstrumentKind } from './instrument.ts';
import { emptyDoc, storedFormat, type AuditDoc } from './schema.ts';
import type { DocCodec } from '../storage/store.ts';
import { readVersioned } from '../storage/versioned.ts';
import { audit, format } from '../../strings/index.ts';

/**
 * The storage key of one instrument's answers. It includes the site's base path, so two
 * playbooks served from the same host keep their answers apart.
 */
export function auditStorageKey(base: string, kind: InstrumentKind, id: string): string {
  return `playbook:${base}:self-audit:${kind}:${id}`;
}

/** Reads stored answers for one instrument: any stored version, migrated to the current one. */
export function auditCodec(kind: InstrumentKind, id: string): DocCodec<AuditDoc> {
  const stored = storedFormat(kind);
  return {
    read(value) {
      const read = readVersioned(value, stored);
      if (!read.ok) return read;
      if (read.doc.instrument.id !== id || read.doc.instrument.kind !== kind) {
        return { ok: false, reason: format(audit.savedOther, { foundKind: read.doc.instrument.kind, found: read.doc.instrument.id, kind, id }) };
      }
      return read;
    },
    empty: () => emptyDoc(kind, id),
  };
}
