/** The home-screen icons (see src/lib/offline/icon.node.ts), drawn in the playbook's primary colour. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlaybook } from '../../data/entries.ts';
import { ICONS, iconPng, type IconSpec } from '../../lib/offline/icon.node.ts';

export const getStaticPaths = (() => ICONS.map((spec) => ({ params: { icon: spec.file.replace(/\.png$/, '') }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: IconSpec }> = ({ props }) =>
  new Response(new Uint8Array(iconPng(props.spec, getPlaybook().colours.primary)), { headers: { 'content-type': 'image/png' } });
