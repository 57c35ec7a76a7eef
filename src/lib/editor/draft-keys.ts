/**
 * Where the editor keeps its drafts in this browser's storage, per site base path, so two
 * playbooks on one host keep theirs apart: the full editor's draft, a one-kind page's own (the
 * sequence page's), and the key the retired sequence builder used. Kept apart from the drafts'
 * reading (engine/editor/draft.ts) so that the page's first script can tell, with nothing else
 * loaded, whether there is a draft to bring back.
 */

/** A one-kind page (`only` is the kind's name) keeps its own draft, so it never opens, or writes over, a draft of another kind. */
export function editorDraftKey(base: string, only?: string): string {
  return only ? `playbook:${base}:editor:${only}:draft` : `playbook:${base}:editor:draft`;
}

/** Where the old sequence builder kept its draft. */
export function oldBuilderDraftKey(base: string): string {
  return `playbook:${base}:sequence-builder:draft`;
}
