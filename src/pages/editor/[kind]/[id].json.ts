/**
 * The text of each entry's file, for the entry editor to open: /editor/<kind>/<id>.json, and
 * /editor/playbook/playbook.json for playbook.yaml. Built once with the site; fetched only when
 * someone opens that entry, so the editor page itself stays small.
 */
import type { APIRoute } from 'astro';
import { entrySources } from '../../../engine/editor/build-data.node.ts';
import type { EntrySource } from '../../../engine/editor/document.ts';

export function getStaticPaths() {
  return entrySources().map((source) => ({ params: { kind: source.kind, id: source.id }, props: { source } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { source: EntrySource }).source), { headers: { 'Content-Type': 'application/json' } });
