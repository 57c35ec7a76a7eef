/**
 * A coaching file chosen with a file input: read as the kind expected, with the input cleared so
 * the same file can be chosen again, and the message that says why it was refused (its name, a
 * reason to act on, and the technical detail folded away).
 */
import type { ChangeEvent } from 'react';
import { parseCoachingFile, type FileFailure, type FileKind } from '../../lib/coaching/exchange.ts';
import { coaching as words, format } from '../../strings/index.ts';
import type { LocalMessage } from '../shared/LocalNotice.tsx';

/** The file chosen, read; undefined when none was. */
export async function chosenFile<K extends FileKind>(event: ChangeEvent<HTMLInputElement>, kind: K) {
  const input = event.target;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  return { name: file.name, read: parseCoachingFile(await file.text(), kind) };
}

/** The message beside the file input when a file is refused. */
export function refused(name: string, failure: FileFailure): Omit<LocalMessage, 'serial'> {
  return { tone: 'error', content: format(words.importRefused, { file: name, reason: failure.summary }), ...(failure.detail ? { detail: failure.detail } : {}) };
}
