// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSanitize from 'rehype-sanitize';
import { contentCheck } from './src/integrations/content-check.node.ts';
import { contentFolder, readPlaybook } from './src/core/playbook-folder.node.ts';
import { stringsPlugin } from './src/strings/plugin.node.ts';
import { browserZodPlugin } from './src/integrations/browser-zod.node.ts';
import { zodJitlessPlugin } from './src/integrations/zod-jitless.node.ts';
import { SAFE_HTML_SCHEMA } from './src/lib/content/safe-html-schema.ts';

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
  // Remark plugins run only under the unified processor; MDX extends this configuration. Entry
  // bodies are rendered and sanitised by the content check (src/lib/content/body.ts), not here;
  // any other Markdown Astro renders goes through the same sanitiser schema, as a second guard.
  // No syntax highlighting: Shiki colours code with inline styles, which the Content Security
  // Policy below refuses, and Prism's would need a stylesheet for code a playbook rarely has. A
  // code block is plain <pre><code>, styled by the site's own CSS.
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeSanitize, SAFE_HTML_SCHEMA]] }),
    syntaxHighlight: false,
  },
  // Filtered index views are alternate views of an index, so they are left out of the sitemap.
  integrations: [contentCheck(), mdx(), react(), sitemap({ filter: (page) => !page.includes('/filter/') })],
  // The playbook's language and its own words (content/strings.yaml), for pages and islands alike;
  // a zod of their own for the islands' file checks, trimmed apart from the editor's; and, in the
  // browser, zod that never tries Function(), which the Content Security Policy below forbids.
  vite: { plugins: [stringsPlugin(), browserZodPlugin(), zodJitlessPlugin()] },
  // A Content Security Policy on every page, as a <meta> (static hosting such as GitHub Pages cannot
  // send headers, so frame-ancestors, which only a header can set, is not here). Nothing comes from
  // another host; each source says what needs it:
  security: {
    csp: {
      directives: [
        // Everything else (images, fonts, fetches, frames, media) from this site only: Pagefind's
        // index and the update check fetch from here, images are files in public/.
        "default-src 'self'",
        // The offline service worker (sw.js) and Pagefind's search worker are this site's files.
        "worker-src 'self'",
        // The web app manifest, for adding the playbook to a phone's home screen.
        "manifest-src 'self'",
        // No plugins, no <base> that could send links and scripts elsewhere, and forms (the
        // header's search box) submit only to this site: these three do not fall back to default-src.
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Scripts: this site's bundled files (islands, the search page, update-notice.js); Astro adds
      // the hashes of its island hydration scripts, and the layout those of its two inline scripts
      // (src/layouts/Base.astro). 'wasm-unsafe-eval' is for Pagefind: it runs its WebAssembly search
      // engine in a worker, which this policy does not govern, but when the worker cannot start it
      // runs it on the page, and compiling WebAssembly there needs this. It allows no eval() of text.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Styles: this site's CSS files; Astro adds the hashes of its inline styles, and the layout
      // that of the playbook's colours. No style attribute runs (React sets styles through the DOM,
      // which the policy allows).
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
