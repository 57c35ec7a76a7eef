/**
 * `npm run book`: the playbook as a PDF, with a contents list and page numbers.
 *
 *   npm run book                               writes dist/playbook.pdf (dist/ is built first if it has no book page),
 *                                              where the site publishes it and its book page links to it
 *   npm run book -- out/clinic.pdf --include techniques/questioning --include techniques/feedback
 *   npm run book -- --build                    rebuilds the site first
 *
 * `--include` takes the keys the book page's chooser uses: a part (`protocols`) or a chapter of one
 * (`techniques/<strand id>`); give it more than once for more. It serves the built site on
 * 127.0.0.1 and prints the book page with Chromium (found as the browser tests find it). Set
 * PLAYBOOK_OUT_DIR (or SERVE_DIR) to print another build, such as dist-subpath/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, NoChromiumError } from './find-chromium.ts';
import { serve } from './serve-static.ts';
import { writeBookPdf } from './book-writer.ts';
import { contentFolder, readPlaybook } from '../src/core/playbook-folder.node.ts';
import { BOOK_PDF_FILE, megabytes, showPdfLink } from '../src/lib/book/published.ts';
import { writeOfflineWorker } from '../src/lib/offline/build-step.node.ts';
import { book as words, format, formatNumber } from '../src/strings/index.ts';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run book -- [out.pdf] [--include <part or part/chapter>]... [--build]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const include: string[] = [];
let out: string | undefined;
let rebuild = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--include') include.push(args[++i] ?? usage('--include needs a part or chapter key.'));
  else if (arg.startsWith('--include=')) include.push(arg.slice('--include='.length));
  else if (arg === '--build') rebuild = true;
  else if (arg.startsWith('-')) usage(`Unknown option ${arg}.`);
  else if (out) usage(`Give one output file, not ${out} and ${arg}.`);
  else out = arg;
}

const started = performance.now();
const root = path.resolve(process.env.SERVE_DIR ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist');
const target = path.resolve(out ?? path.join(root, BOOK_PDF_FILE));
const playbook = readPlaybook(contentFolder());
if (!playbook) usage(`${path.join(contentFolder(), 'playbook.yaml')} is missing or invalid: run \`npm run check\`.`);
const base = playbook.site.base.endsWith('/') ? playbook.site.base : `${playbook.site.base}/`;

if (rebuild || !existsSync(path.join(root, 'book', 'index.html'))) {
  console.log(rebuild ? 'Building the site...' : `${path.relative(process.cwd(), root) || '.'}/ has no book page yet: building the site...`);
  const built = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

let executablePath: string;
try {
  executablePath = await findChromium();
} catch (error) {
  if (error instanceof NoChromiumError) {
    console.error(`The book page is at book/ in the built site; print it from a browser, or get a Chromium for the PDF.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

console.log(`Printing with ${executablePath}`);

/** A free port on the loopback interface. */
const port = await new Promise<number>((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => resolve(port));
  });
});
const server = serve(root, base, port);
await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const browser = await chromium.launch({ executablePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const book = await writeBookPdf(browser, { url: `http://127.0.0.1:${port}${base}book/`, include, footer: format(words.footer, { name: playbook.name, organisation: playbook.organisation }) });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, book.pdf);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${path.relative(process.cwd(), target)}: ${book.pages} pages, ${(book.pdf.length / 1024 / 1024).toFixed(1)} MB, in ${seconds} s (${book.passes} passes to number the contents).`);
  if (book.unnumbered.length > 0) console.warn(`No page number found for: ${book.unnumbered.slice(0, 10).join(', ')}${book.unnumbered.length > 10 ? ', ...' : ''}`);
  if (target === path.join(root, BOOK_PDF_FILE)) await linkFromBookPage(book.pdf.length);
} finally {
  await browser.close();
  server.close();
}

/**
 * The PDF is now part of the site: show the book page's link to it, with its size, and write the
 * offline worker again, so that it saves the changed page (the PDF itself is not saved offline).
 */
async function linkFromBookPage(bytes: number): Promise<void> {
  const pagePath = path.join(root, 'book', 'index.html');
  const shown = showPdfLink(readFileSync(pagePath, 'utf8'), format(words.pdfSize, { size: formatNumber(megabytes(bytes)) }));
  if (!shown) {
    console.warn(`${path.relative(process.cwd(), pagePath)} has no hidden link to the PDF to show: was it built by this version of the playbook?`);
    return;
  }
  writeFileSync(pagePath, shown);
  await writeOfflineWorker(root);
  console.log(`The book page now links to ${BOOK_PDF_FILE}.`);
}
