import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { contentFolder, readPlaybook } from './src/core/playbook-folder.node.ts';

// The browser tests run against the built site (dist/), served by scripts/serve-static.ts.
// scripts/test-e2e.ts finds a Chromium and passes it in PLAYBOOK_CHROMIUM.
const port = Number(process.env.E2E_PORT ?? 4391);
const base = readPlaybook(contentFolder())?.site.base ?? '/';
// other-playbook.spec.ts checks that the sub-path fixture shows none of the default content, so it
// runs only against that fixture (scripts/test-e2e.ts's second pass).
const isOtherPlaybook = contentFolder() === path.resolve('tests/fixtures/other-playbook');
// language.spec.ts checks that no English word of the engine is left, so it runs only against a
// playbook in another language (scripts/test-e2e.ts's third pass, the French fixture).
const isEnglish = (readPlaybook(contentFolder())?.language ?? 'en').toLowerCase().startsWith('en');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: [...(isOtherPlaybook ? [] : ['**/other-playbook.spec.ts']), ...(isEnglish ? ['**/language.spec.ts'] : [])],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // A test that fails is run once more: a shared, loaded machine can miss a timing the test waits
  // for. It must then pass; Playwright marks it flaky, and scripts/test-all.ts names it at the end.
  retries: 1,
  // scripts/test-all.ts asks for a JSON report too, to count every test in one closing line.
  reporter: process.env.E2E_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    // The offline service worker saves the whole site (about 6 MB) in each new browser context. Only
    // the specs about it let it run (test.use({ serviceWorkers: 'allow' }) in every-page.spec.ts and
    // offline.spec.ts), so the other tests neither wait for nor compete with it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.PLAYBOOK_CHROMIUM || undefined,
      // Keep Chromium from calling home: this machine's network is closed, and tests must see only the site's own requests.
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-static.ts ${port} ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
