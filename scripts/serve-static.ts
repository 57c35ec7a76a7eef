/**
 * A small static file server for the built site, used by the browser tests so that several test
 * runs (and `npm start`) never compete for Astro's one preview server. It serves `dist/` (or
 * SERVE_DIR) under the site's base path, answers folders with their index.html and anything
 * missing with 404.html and status 404, and listens on 127.0.0.1 only. Text (HTML, CSS, scripts,
 * JSON, SVG) is gzipped for a browser that accepts it, as the hosts a playbook is published on do,
 * so what the tests and Lighthouse measure is what readers get.
 * Usage: node scripts/serve-static.ts <port> [base]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yaml': 'text/yaml; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The file a request path maps to inside `root`, or undefined when there is none. */
export function resolveFile(root: string, base: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  const candidate = path.resolve(root, `./${relative}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined; // no escaping the folder
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

export function serve(root: string, base: string, port: number) {
  const server = createServer((request, response) => {
    const file = resolveFile(root, base, request.url ?? '/');
    const notFound = path.join(root, '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const gzip = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const length = gzip ? {} : { 'content-length': statSync(target).size };
    response.writeHead(file ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding', ...length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    if (gzip) createReadStream(target).pipe(createGzip()).pipe(response);
    else createReadStream(target).pipe(response);
  });
  server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4391);
  const base = process.argv[3] ?? '/';
  serve(path.resolve(process.env.SERVE_DIR ?? 'dist'), base.endsWith('/') ? base : `${base}/`, port);
}
