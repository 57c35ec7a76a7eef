/** Serves src/client/update-notice.js, the offline registration and update notice, as written. */
import type { APIRoute } from 'astro';
import source from '../client/update-notice.js?raw';

export const GET: APIRoute = () => new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
