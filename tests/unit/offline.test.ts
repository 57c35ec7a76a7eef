/**
 * Offline use, without a browser (src/lib/offline/ and scripts/offline.ts): the icons are real
 * PNGs in the playbook's colour, the manifest honours the base path, the worker's settings, and
 * the build step that writes the worker, or removes it when playbook.yaml says `offline: false`.
 * The browser test tests/e2e/offline.spec.ts runs the worker itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ICONS, iconPng } from '../../src/lib/offline/icon.node.ts';
import { shortName, webManifest } from '../../src/lib/offline/manifest.ts';
import { RETIRING_WORKER } from '../../src/lib/offline/retiring-worker.ts';
import { precacheOptions } from '../../src/lib/offline/service-worker.node.ts';
import { isOnVisit, underBase } from '../../src/lib/offline/settings.ts';
import { PROJECT_ROOT, makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

/** Width, height and RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter 0 on every row). */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(chunks));
  const pixel = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)];
  return { width, height, pixel };
}

describe('icons', () => {
  it('are PNGs of their size: the white letter on the primary colour, corners transparent unless maskable', () => {
    for (const spec of ICONS) {
      const { width, height, pixel } = decode(iconPng(spec, '#5b2a86'));
      expect([width, height]).toEqual([spec.size, spec.size]);
      const at = (x: number, y: number) => pixel(Math.floor((x / 32) * spec.size), Math.floor((y / 32) * spec.size));
      expect(at(11, 20), `${spec.file}: the letter's stem`).toEqual([255, 255, 255, 255]);
      expect(at(16, 28), `${spec.file}: below the bowl`).toEqual([0x5b, 0x2a, 0x86, 255]);
      expect(at(0, 0)[3], `${spec.file}: the corner`).toBe(spec.purpose === 'maskable' ? 255 : 0);
    }
  });
});

describe('the web app manifest', () => {
  const playbook = { name: 'Harbourside Teaching Handbook', organisation: 'Harbourside', tagline: '', colours: { primary: '#5b2a86', accent: '#9a3412', text: '#1f1f29', background: '#fffdf8' } };

  it('starts and stays under the base path, with icons there too', () => {
    const manifest = webManifest(playbook, '/playbook/');
    expect(manifest).toMatchObject({ start_url: '/playbook/', scope: '/playbook/', id: '/playbook/', display: 'standalone', theme_color: '#5b2a86', background_color: '#fffdf8' });
    expect(manifest.icons.map((icon) => icon.src)).toEqual(['/playbook/icons/icon-192.png', '/playbook/icons/icon-512.png', '/playbook/icons/icon-maskable-512.png']);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(manifest.description).toBe('Harbourside Teaching Handbook: Harbourside');
  });

  it('shortens a long name for the home screen', () => {
    expect(shortName('Playbook')).toBe('Playbook');
    expect(shortName('Harbourside Teaching Handbook')).toBe('Harbourside');
    expect(shortName('Supercalifragilistic Handbook')).toBe('Supercalifr…');
  });
});

describe('the files the worker saves', () => {
  const options = precacheOptions('/site');
  it('never saves itself, an earlier version\'s Workbox runtime, source maps or the sitemaps', () => {
    expect(options.globIgnores).toEqual(expect.arrayContaining(['sw.js', 'workbox-*.js', '**/*.map', 'sitemap*.xml']));
  });
  it('saves filtered lists, the book and the editor once visited, and the whole search index at once', () => {
    expect(isOnVisit(underBase('/playbook/techniques/filter/strand/culture/', '/playbook/'))).toBe(true);
    expect(isOnVisit('techniques/filter/strand/culture/index.html')).toBe(true);
    expect(isOnVisit(underBase('/playbook/book/', '/playbook/'))).toBe(true);
    expect(isOnVisit('editor/techniques/cold-call.json')).toBe(true);
    expect(isOnVisit(underBase('/playbook/techniques/cold-call/', '/playbook/'))).toBe(false);
    // A technique whose id is "book" or "filter" is an entry page, saved at once.
    expect(isOnVisit('techniques/book/')).toBe(false);
    expect(isOnVisit('techniques/filter/')).toBe(false);
    // Pagefind's filter data, which search counts its filters from, is part of the index.
    expect(isOnVisit('pagefind/filter/en_1a2b3c.pf_filter')).toBe(false);
    expect(isOnVisit(underBase('/playbook/pagefind/filter/en_1a2b3c.pf_filter', '/playbook/'))).toBe(false);
  });
});

describe('scripts/offline.ts', () => {
  /** A small built site: a home page, a Pagefind entry file and filter file, and a filtered list. */
  function builtSite(): string {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'playbook-built-'));
    writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>Home</title>');
    mkdirSync(path.join(folder, 'pagefind', 'filter'), { recursive: true });
    writeFileSync(path.join(folder, 'pagefind', 'pagefind-entry.json'), '{"version":"1"}');
    writeFileSync(path.join(folder, 'pagefind', 'filter', 'en_1a2b.pf_filter'), 'filter data');
    mkdirSync(path.join(folder, 'techniques', 'filter', 'phase', 'primary'), { recursive: true });
    writeFileSync(path.join(folder, 'techniques', 'filter', 'phase', 'primary', 'index.html'), '<!doctype html><title>Primary</title>');
    writeFileSync(path.join(folder, 'sitemap-index.xml'), '<sitemapindex/>');
    return folder;
  }
  const run = (content: string, folder: string) =>
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/offline.ts'), folder], { cwd: PROJECT_ROOT, env: { ...process.env, PLAYBOOK_CONTENT: content }, encoding: 'utf8' });

  it('writes a worker that precaches the pages and the search index with its filters, not the sitemap or filtered lists', () => {
    const { content } = makePlaybook();
    const folder = builtSite();
    const output = run(content, folder);
    expect(output).toMatch(/^Offline: sw\.js precaches 3 files, [\d.]+ MiB \(\d+ bytes\)/m);
    const worker = readFileSync(path.join(folder, 'sw.js'), 'utf8');
    expect(worker).toContain('"index.html"');
    expect(worker).toContain('"pagefind/pagefind-entry.json"');
    expect(worker).toContain('"pagefind/filter/en_1a2b.pf_filter"');
    expect(worker).not.toContain('techniques/filter/phase/primary');
    expect(worker).not.toContain('sitemap-index.xml');
    // One file: Workbox's modules are bundled into the worker, which loads nothing else.
    expect(readdirSync(folder).filter((name) => name.endsWith('.js'))).toEqual(['sw.js']);
    expect(worker).not.toContain('importScripts');
    expect(worker).toContain('SKIP_WAITING');
    expect(worker).not.toContain('__WB_MANIFEST');
  });

  it('with offline: false saves nothing: an earlier build\'s worker is replaced by one that removes the saved copy', () => {
    const { content } = makePlaybook();
    const file = path.join(content, 'playbook.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\noffline: false\n`);
    const folder = builtSite();
    writeFileSync(path.join(folder, 'sw.js'), '// an old worker');
    writeFileSync(path.join(folder, 'workbox-0123abcd.js'), '// its runtime');
    expect(run(content, folder)).toContain('(replaced sw.js, workbox-0123abcd.js)');
    expect(readdirSync(folder).sort()).toEqual(['index.html', 'pagefind', 'sitemap-index.xml', 'sw.js', 'techniques']);
    const worker = readFileSync(path.join(folder, 'sw.js'), 'utf8');
    expect(worker).toBe(RETIRING_WORKER);
    expect(worker).toContain('self.registration.unregister()');
    expect(worker).not.toMatch(/precache|importScripts/);
  });
});
