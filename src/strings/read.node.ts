/**
 * Reads a playbook's language and its own words from its content folder. The build does this once
 * (plugin.ts writes the result into the pages' scripts); Node scripts and unit tests read the
 * folder directly through source.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import * as english from './en/index.ts';
import { readPlaybook } from '../core/playbook-folder.node.ts';
import { checkOverrides, STRINGS_FILE, type Overrides } from './overrides.ts';

/** The language of a playbook that names none. */
export const DEFAULT_LANGUAGE = 'en-GB';

export interface StringsSource {
  /** The playbook's language, a BCP 47 tag like "en-GB" or "fr". */
  language: string;
  /** The sound part of content/strings.yaml; its problems are the content check's to report. */
  overrides: Overrides;
}

export function readStringsSource(folder: string): StringsSource {
  const language = readPlaybook(folder)?.language ?? DEFAULT_LANGUAGE;
  const file = path.join(folder, STRINGS_FILE);
  if (!existsSync(file)) return { language, overrides: { areas: {}, collections: {} } };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch {
    data = undefined; // the content check reports the syntax error with its line
  }
  return { language, overrides: checkOverrides(data, file, english, undefined).overrides };
}
