/**
 * `npm run test:e2e`: finds a Chromium, builds the site (static pages and the Pagefind index) and
 * runs the Playwright tests against it. Set E2E_SKIP_BUILD=1 to test the dist/ you already have.
 * Extra arguments go to Playwright: `npm run test:e2e -- --grep search`.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NoChromiumError } from './find-chromium.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

let chromium: string;
try {
  chromium = await findChromium();
} catch (error) {
  if (error instanceof NoChromiumError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
console.log(`Browser tests use ${chromium}`);
const env = { ...process.env, PLAYBOOK_CHROMIUM: chromium };

if (!process.env.E2E_SKIP_BUILD) {
  const status = run('npm', ['run', 'build', '--silent'], env);
  if (status !== 0) process.exit(status);
}
process.exit(run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], env));
