import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests: plain Node, no DOM. The browser tests in tests/e2e run under Playwright instead.
export default defineConfig({
  resolve: {
    // Astro's virtual module, for code that reads collections; tests mock it (see the stub).
    alias: { 'astro:content': path.resolve(import.meta.dirname, 'tests/unit/stubs/astro-content.ts') },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start Node processes that check a whole fixture playbook.
    testTimeout: 30_000,
  },
});
