/** /coaching/catalogue.json: the playbook as the coaching pages need it (see _catalogue.ts). */
import type { APIRoute } from 'astro';
import { coachingCatalogue } from './_catalogue.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await coachingCatalogue()), { headers: { 'Content-Type': 'application/json' } });
