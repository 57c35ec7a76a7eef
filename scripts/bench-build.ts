/**
 * `npm run bench`: times the content check and full builds (check, Astro, Pagefind) of the
 * playbook in PLAYBOOK_CONTENT (default content/), and measures what the build produces.
 * Usage: npm run bench -- [runs]   (default 3 runs; the median is reported)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/engine/check.node.ts';

const runs = Number(process.argv[2] ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function walk(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    return item.isDirectory() ? walk(full) : [{ file: full, bytes: statSync(full).size }];
  });
}

const checkTimes: number[] = [];
let entries = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  entries = checkContent(process.cwd()).entries.length;
  checkTimes.push(performance.now() - started);
}

const buildTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
  if (result.status !== 0) {
    console.error('The build failed; run `npm run build` to see why.');
    process.exit(1);
  }
  buildTimes.push(performance.now() - started);
}

const files = walk('dist');
const pages = files.filter((item) => item.file.endsWith('.html'));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (list: { bytes: number }[]) => list.reduce((total, item) => total + item.bytes, 0);
const pagefind = files.filter((item) => item.file.startsWith(`dist${path.sep}pagefind`));
const scripts = files.filter((item) => item.file.endsWith('.js') && !item.file.startsWith(`dist${path.sep}pagefind`));

console.log(`entries: ${entries}`);
console.log(`content check: median ${median(checkTimes).toFixed(0)} ms over ${runs} runs`);
console.log(`full build (check + astro build + pagefind): median ${(median(buildTimes) / 1000).toFixed(1)} s over ${runs} runs (${buildTimes.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`);
console.log(`dist: ${files.length} files, ${kib(sum(files))}`);
console.log(`  html: ${pages.length} pages, ${kib(sum(pages))} (largest ${kib(Math.max(...pages.map((page) => page.bytes)))})`);
console.log(`  pagefind index: ${pagefind.length} files, ${kib(sum(pagefind))}`);
console.log(`  our javascript: ${scripts.map((item) => `${path.basename(item.file)} ${kib(item.bytes)}`).join(', ') || 'none'}`);
