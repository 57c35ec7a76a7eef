/**
 * `npm run bench:islands`: the JavaScript each island makes a page load, measured in the built
 * site (dist/, or SERVE_DIR), raw and gzipped (zlib's default level, as most servers send it).
 *
 * For each island the built pages hydrate, it follows the island's static imports through
 * dist/_astro and counts every file once: the island's own code plus the chunks it shares with
 * other islands (React, the engine, zod). The React renderer that hydrates every island is
 * listed on its own line, and the last column is what a page with that island loads in all.
 *
 * Usage: npm run build && npm run bench:islands
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(process.env.SERVE_DIR ?? 'dist');
const assets = path.join(dist, '_astro');
if (!existsSync(assets)) {
  console.error(`${assets} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return item.name === '_astro' ? [] : htmlFiles(full);
    return item.name.endsWith('.html') ? [full] : [];
  });
}

/** Island component and renderer files, by the URL's file name, with how many pages use each. */
const components = new Map<string, number>();
const renderers = new Set<string>();
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  for (const match of html.matchAll(/<astro-island[^>]*?component-url="([^"]+)"[^>]*?renderer-url="([^"]+)"/g)) {
    const component = path.basename(match[1]!);
    components.set(component, (components.get(component) ?? 0) + 1);
    renderers.add(path.basename(match[2]!));
  }
}

/** A file and every file it imports, statically, through dist/_astro. */
function closure(start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const code = readFileSync(path.join(assets, start), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) closure(match[1]!, seen);
  return seen;
}

function size(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rendererFiles = new Set([...renderers].flatMap((renderer) => [...closure(renderer)]));
const renderer = size(rendererFiles);
console.log(`Island JavaScript in ${path.relative(process.cwd(), dist) || dist}/_astro (gzip at zlib's default level)\n`);
console.log(`${'island'.padEnd(28)}${'pages'.padStart(6)}${'own + shared, raw'.padStart(20)}${'gzip'.padStart(11)}${'page total, raw'.padStart(18)}${'gzip'.padStart(11)}`);
for (const [component, pages] of [...components.entries()].sort()) {
  const own = [...closure(component)].filter((file) => !rendererFiles.has(file));
  const island = size(own);
  const total = size(new Set([...own, ...rendererFiles]));
  const name = component.replace(/\.[\w-]+\.js$/, '');
  console.log(`${name.padEnd(28)}${String(pages).padStart(6)}${kb(island.raw).padStart(20)}${kb(island.gzip).padStart(11)}${kb(total.raw).padStart(18)}${kb(total.gzip).padStart(11)}`);
}
console.log(`${'React renderer (shared)'.padEnd(28)}${''.padStart(6)}${kb(renderer.raw).padStart(20)}${kb(renderer.gzip).padStart(11)}`);
