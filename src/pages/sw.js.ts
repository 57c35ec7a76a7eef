/**
 * sw.js as Astro writes it: the retiring worker (src/lib/offline/retiring-worker.ts). The build's
 * last step (scripts/offline.ts) replaces it with the offline worker when playbook.yaml has
 * `offline: true`; under `npm run dev` it clears a worker an earlier `npm start` left at the same address.
 */
import type { APIRoute } from 'astro';
import { RETIRING_WORKER } from '../lib/offline/retiring-worker.ts';

export const GET: APIRoute = () => new Response(RETIRING_WORKER, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
