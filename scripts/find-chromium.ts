/**
 * Finds a Chromium for the browser tests, in this order:
 * 1. the one named by PLAYBOOK_CHROMIUM (or CHROMIUM_PATH);
 * 2. the system's: /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome;
 * 3. Playwright's own download, if it is there or `playwright install chromium` can fetch it;
 * 4. Debian's package, installed with apt-get where we are root and apt-get exists.
 * Otherwise it stops with one message saying how to get one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export class NoChromiumError extends Error {}

function log(message: string): void {
  process.stderr.write(`[chromium] ${message}\n`);
}

async function playwrightsOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function tryPlaywrightInstall(): boolean {
  log('no system Chromium; trying Playwright\'s own download (`playwright install chromium`)...');
  const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  return result.status === 0;
}

function tryDebianPackage(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) return false;
  log('installing Debian\'s chromium package with apt-get...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', timeout: 600_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', timeout: 900_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return existsSync('/usr/bin/chromium');
  } catch {
    return false;
  }
}

export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<string> {
  const named = env.PLAYBOOK_CHROMIUM ?? env.CHROMIUM_PATH;
  if (named) {
    if (existsSync(named)) return named;
    throw new NoChromiumError(`PLAYBOOK_CHROMIUM is set to ${named}, but there is no file there. Point it at a Chromium or Chrome executable, or unset it.`);
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  const own = await playwrightsOwn();
  if (own) return own;
  if (tryPlaywrightInstall()) {
    const downloaded = await playwrightsOwn();
    if (downloaded) return downloaded;
  }
  if (tryDebianPackage()) return '/usr/bin/chromium';
  throw new NoChromiumError(
    'No Chromium found for the browser tests. Install one (on Debian or Ubuntu: `sudo apt-get install chromium`), or set PLAYBOOK_CHROMIUM to the path of a Chromium or Chrome executable, then run the tests again.',
  );
}

// Run directly, it prints the path it found.
if (import.meta.url === `file://${process.argv[1]}`) {
  findChromium()
    .then((path) => console.log(path))
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
