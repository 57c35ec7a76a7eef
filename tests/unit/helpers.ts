/**
 * Test helpers: build a temporary playbook from the good fixture with a bad fixture's files
 * copied over it, and run the content check on it. The copy lives at <tmp>/content and <tmp> is
 * the root, so problems name files like the real check does: `content/techniques/cold-call.mdx`.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, type CheckResult } from '../../src/engine/check.node.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');
export const GOOD = path.join(FIXTURES, 'good');
export const BAD = path.join(FIXTURES, 'bad');

/** The file in each bad fixture that says which problem it must cause; it is not copied. */
export const EXPECT_FILE = 'expect.json';

export interface Expectation {
  file: string;
  field: string;
  expected?: string;
  found?: string;
  count?: number;
  /** Set when a bug in src/ keeps the check from reporting this yet: what the bug is. */
  knownBug?: string;
}

export interface TempPlaybook {
  /** The folder file names are shown relative to. */
  root: string;
  /** The content folder: `<root>/content`. */
  content: string;
}

const made: string[] = [];

/** Copies the good fixture to a fresh temp dir, then each overlay (a bad fixture's name or path) over it, in order. */
export function makePlaybook(...overlays: string[]): TempPlaybook {
  const root = mkdtempSync(path.join(os.tmpdir(), 'playbook-test-'));
  made.push(root);
  const content = path.join(root, 'content');
  cpSync(GOOD, content, { recursive: true });
  for (const overlay of overlays) {
    const from = path.isAbsolute(overlay) ? overlay : path.join(BAD, overlay);
    if (!existsSync(from)) throw new Error(`No such fixture: ${from}`);
    cpSync(from, content, { recursive: true, force: true, filter: (source) => source !== path.join(from, EXPECT_FILE) });
  }
  return { root, content };
}

/** Runs the content check on the good fixture with the given overlays. */
export function checkFixture(...overlays: string[]): CheckResult {
  const { root, content } = makePlaybook(...overlays);
  return checkContent(root, content);
}

/** Removes every temp playbook made so far (call from afterAll). */
export function removePlaybooks(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The names of the bad fixtures, sorted. */
export function badFixtureNames(): string[] {
  return readdirSync(BAD, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readExpectation(name: string): Expectation {
  return JSON.parse(readFileSync(path.join(BAD, name, EXPECT_FILE), 'utf8')) as Expectation;
}
