/** Serves src/scripts/update-notice.js, the offline registration and update notice, as written. */
import type { APIRoute } from 'astro';
import source from '../scripts/update-notice.js?raw';

export const GET: APIRoute = () => new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
