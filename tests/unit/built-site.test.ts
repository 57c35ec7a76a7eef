/** The folder the steps after `astro build` work on (src/lib/built-site.node.ts): the one the build wrote. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtSiteFolder } from '../../src/lib/built-site.node.ts';

const made: string[] = [];
function builtSite(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'playbook-built-'));
  writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>x</title>');
  made.push(folder);
  return folder;
}
const saved = process.env.PLAYBOOK_OUT_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.PLAYBOOK_OUT_DIR;
  else process.env.PLAYBOOK_OUT_DIR = saved;
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('builtSiteFolder', () => {
  it('follows PLAYBOOK_OUT_DIR, where astro.config.mjs makes Astro build, when no folder is named', () => {
    const folder = builtSite();
    process.env.PLAYBOOK_OUT_DIR = folder;
    expect(builtSiteFolder(undefined)).toBe(folder);
  });

  it('takes a folder named on the command line over the variable', () => {
    const named = builtSite();
    process.env.PLAYBOOK_OUT_DIR = builtSite();
    expect(builtSiteFolder(named)).toBe(named);
  });

  it('says what to do when nothing was built there', () => {
    process.env.PLAYBOOK_OUT_DIR = path.join(tmpdir(), 'playbook-never-built');
    expect(() => builtSiteFolder(undefined)).toThrow(/no built site here .*run `npx astro build` first/);
  });
});
