// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.node.ts';
import { contentFolder, readPlaybook } from './src/core/playbook-folder.node.ts';
import { stringsPlugin } from './src/strings/plugin.node.ts';
import { browserZodPlugin } from './src/integrations/browser-zod.node.ts';

// The site's address and base path come from content/playbook.yaml, so a fork sets them there.
const playbook = readPlaybook(contentFolder());

export default defineConfig({
  site: playbook?.site.url ?? 'http://localhost:4321',
  base: playbook?.site.base ?? '/',
  // PLAYBOOK_OUT_DIR builds somewhere other than dist/, so a second playbook (the browser tests'
  // sub-path fixture) does not overwrite the first; `astro preview` then serves that folder.
  outDir: process.env.PLAYBOOK_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Four pages at a time: while one page's files are written, others render. At 1,000 techniques a
  // cold `astro build` took 0.80 of the time it takes one page at a time (median of 4 pairs), with
  // the same peak memory. Every shared lookup in src/data is a promise made once, so order does not matter.
  build: { format: 'directory', concurrency: 4 },
  // Remark plugins run only under the unified processor; MDX extends this configuration.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // Filtered index views are alternate views of an index, so they are left out of the sitemap.
  integrations: [contentCheck(), mdx(), react(), sitemap({ filter: (page) => !page.includes('/filter/') })],
  // The playbook's language and its own words (content/strings.yaml), for pages and islands alike;
  // and a zod of their own for the islands' file checks, trimmed apart from the editor's.
  vite: { plugins: [stringsPlugin(), browserZodPlugin()] },
  devToolbar: { enabled: false },
  prefetch: false,
});
