/**
 * What importing a file into an island did, in words for the person: saved (with what was
 * imported, when there is something to say), or refused (why, with technical detail). The
 * self-audit's and the evidence form's imports both give one, and their islands show it.
 */
export type ImportOutcome = { ok: true; message?: string } | { ok: false; reason: string; detail?: string };

/** A refused import, with its technical detail when there is one. */
export function refused(reason: string, detail?: string): ImportOutcome {
  return { ok: false, reason, ...(detail ? { detail } : {}) };
}
