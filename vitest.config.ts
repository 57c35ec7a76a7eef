import { defineConfig } from 'vitest/config';

// Unit tests: plain Node, no DOM. The browser tests in tests/e2e run under Playwright instead.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start Node processes that check a whole fixture playbook.
    testTimeout: 30_000,
  },
});
