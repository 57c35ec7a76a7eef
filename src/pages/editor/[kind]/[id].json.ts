/**
 * The text of each entry's file, for the entry editor to open: /editor/<kind>/<id>.json, and
 * /editor/playbook/playbook.json for playbook.yaml. Built once with the site; fetched only when
 * someone opens that entry, so the editor page itself stays small.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entrySources } from '../../../engine/editor/build-data.node.ts';

export function getStaticPaths() {
  return entrySources().map((source) => ({ params: { kind: source.kind, id: source.id }, props: { source } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => new Response(JSON.stringify(props.source), { headers: { 'Content-Type': 'application/json' } });
