/**
 * /editor/entries.json: every entry of the playbook the editor can open or offer as a choice, with
 * its title and, where its collection's index groups entries (techniques under their strands), its
 * group, in the index's order. Built once with the site; the editor fetches it when it starts, so
 * the page stays the same size however many entries the playbook has.
 */
import type { APIRoute } from 'astro';
import { COLLECTIONS } from '../../collections/index.ts';
import type { EditorIndex } from '../../engine/editor/page-data.ts';
import { editor } from '../../strings/index.ts';
import { choicesOf } from './_choices.ts';

export const GET: APIRoute = async () => {
  const lists = await Promise.all(COLLECTIONS.map((definition) => choicesOf(definition, definition.name)));
  const index: EditorIndex = { entries: [...lists.flat(), { kind: 'playbook', id: 'playbook', title: editor.playbookSettingsTitle }] };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
