/**
 * ESLint, as the ecosystem sets it up for this stack: the recommended JavaScript and TypeScript
 * rules (typescript-eslint), React's rules of hooks (eslint-plugin-react-hooks) and accessibility
 * rules for JSX (eslint-plugin-jsx-a11y) in the islands, and Astro's own rules, with its JSX
 * accessibility set, in .astro files (eslint-plugin-astro). `npm run lint` runs it with no warning
 * allowed; `npm run check` runs it too.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  // Built sites, generated files and fixtures that are content, not code.
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'public/', 'schemas/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    // The plugin itself is registered by Astro's accessibility set above; these are its recommended rules for JSX.
    languageOptions: jsxA11y.flatConfigs.recommended.languageOptions,
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { format: _format, ...doc } = file` drops fields on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // A table or chart too wide for a phone scrolls in a focusable region (role="region" with a
    // label), so keyboard users can scroll it: axe's scrollable-region-focusable asks for that.
    files: ['**/*.astro'],
    rules: { 'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['region'], allowExpressionValues: true }] },
  },
  {
    // Browser tests take `test` from tests/e2e/helpers.ts, which fails a test on any Content
    // Security Policy violation on its pages.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/helpers.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import test from './helpers.ts': it fails a test on any Content Security Policy violation." }] }],
    },
  },
  {
    files: ['**/*.tsx'],
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['region'], allowExpressionValues: true }] },
  },
);
