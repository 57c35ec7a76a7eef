#!/usr/bin/env node
/**
 * `npm run lock:complete` — run it after `npm install` changes package-lock.json.
 *
 * Some packages list optional native builds for other platforms that a registry mirror may not
 * serve (for example @pagefind/darwin-arm64). `npm install` then leaves them out of the
 * lockfile, and `npm ci` rejects that lockfile as out of sync (npm/cli#9846). This script asks
 * `npm ci --dry-run` which entries it misses and records each as an optional package for its
 * own platform, which npm skips on every other platform, so `npm ci` works everywhere.
 * Plain JavaScript, so it runs under any Node.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', win32: 'win32', windows: 'win32', openbsd: 'openbsd', sunos: 'sunos', aix: 'aix' };
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

function missingEntries() {
  const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  return [...output.matchAll(/Missing: (.+?)@(\S*) from lock file/g)].map((match) => match[1]);
}

const missing = missingEntries();
if (missing.length === 0) {
  console.log('package-lock.json is complete: npm ci accepts it.');
  process.exit(0);
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
for (const name of missing) {
  const parent = Object.values(lock.packages).find((entry) => entry.optionalDependencies?.[name]);
  if (!parent) {
    console.error(`${name} is missing from the lockfile but is not an optional dependency of anything: run npm install.`);
    process.exit(1);
  }
  const entry = { version: parent.optionalDependencies[name], optional: true };
  const os = Object.keys(PLATFORMS).find((key) => new RegExp(`[-/]${key}(-|$)`).test(name));
  const cpu = CPUS.find((key) => new RegExp(`[-/]${key}(-|$)`).test(name));
  if (os) entry.os = [PLATFORMS[os]];
  if (cpu) entry.cpu = [cpu];
  lock.packages[`node_modules/${name}`] = entry;
  console.log(`recorded ${name}@${entry.version} (${[entry.os, entry.cpu].flat().filter(Boolean).join(', ') || 'any platform'})`);
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
const left = missingEntries();
if (left.length > 0) {
  console.error(`npm ci still misses: ${left.join(', ')}`);
  process.exit(1);
}
console.log('package-lock.json is complete: npm ci accepts it.');
