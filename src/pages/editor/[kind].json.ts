/**
 * /editor/<kind>.json: what the editor's form for one kind of entry is made from, fetched when
 * that form first opens: the JSON Schema of an entry with this playbook's phases, subjects and
 * components, and the editor hints its collection's schema gives (src/schemas/editor-hints.ts).
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { KINDS } from '../../engine/editor/kinds.ts';
import { editorTaxonomy, kindForm } from '../../engine/editor/build-data.node.ts';

export function getStaticPaths() {
  const taxonomy = editorTaxonomy();
  return KINDS.map((spec) => ({ params: { kind: spec.kind }, props: { form: kindForm(spec.kind, taxonomy) } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => new Response(JSON.stringify(props.form), { headers: { 'Content-Type': 'application/json' } });
