/** The web app manifest (see src/lib/offline/manifest.ts), built from playbook.yaml. */
import type { APIRoute } from 'astro';
import { getPlaybook } from '../data/entries.ts';
import { webManifest } from '../lib/offline/manifest.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(getPlaybook(), import.meta.env.BASE_URL), null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
