import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody, type BodyTerms } from '../../src/lib/content/body.ts';
import { fileBodyCache } from '../../src/lib/content/body-cache.node.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'body-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const terms: BodyTerms = { phases: new Map([['primary', 'Primary']]), subjects: new Map() };
const body = '<Example phase="primary" title="Counting">\n\nCount to ten.\n\n</Example>\n';

describe('fileBodyCache', () => {
  it('gives back a sound body rendered in an earlier run, and nothing for a changed body', () => {
    const file = path.join(folder, 'a.json');
    const first = fileBodyCache(file, terms);
    expect(first.get(body, 10, true)).toBeUndefined();
    first.set(body, 10, renderBody(body, 'f.mdx', 10, terms));
    first.save();
    const second = fileBodyCache(file, terms);
    expect(second.get(body, 10, true)?.html).toContain('<section class="example"');
    expect(second.get(body, 10, true)?.examples[0]?.line).toBe(10);
    expect(second.get(`${body}More.\n`, 10, true)).toBeUndefined();
  });

  it('does not reuse a result when the body starts on another line, or the terms changed', () => {
    const file = path.join(folder, 'b.json');
    const cache = fileBodyCache(file, terms);
    cache.set(body, 10, renderBody(body, 'f.mdx', 10, terms));
    cache.save();
    expect(fileBodyCache(file, terms).get(body, 12, true)).toBeUndefined();
    expect(fileBodyCache(file, { ...terms, phases: new Map([['primary', 'Primary school']]) }).get(body, 10, true)).toBeUndefined();
  });

  it('keeps no body with problems, and a check-only result does not serve a build', () => {
    const file = path.join(folder, 'c.json');
    const cache = fileBodyCache(file, terms);
    cache.set('<Note>x</Note>\n', 1, renderBody('<Note>x</Note>\n', 'f.mdx', 1, terms));
    cache.set(body, 1, renderBody(body, 'f.mdx', 1, terms, false));
    cache.save();
    const again = fileBodyCache(file, terms);
    expect(again.get('<Note>x</Note>\n', 1, false)).toBeUndefined();
    expect(again.get(body, 1, false)?.examples).toHaveLength(1);
    expect(again.get(body, 1, true)).toBeUndefined();
  });

  it('treats an unreadable file as empty', () => {
    const file = path.join(folder, 'd.json');
    writeFileSync(file, '{not json');
    expect(fileBodyCache(file, terms).get(body, 1, false)).toBeUndefined();
    fileBodyCache(file, terms).save();
    expect(readFileSync(file, 'utf8')).toBe('{not json');
  });
});
