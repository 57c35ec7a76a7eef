/**
 * The editor page's first script, small on purpose: the page is fast on a phone because the
 * editor itself (React, the schemas, the checks) loads only when someone uses it. The start panel
 * is on the page already, as the server rendered it (StartPanel.tsx); this script lists the
 * playbook's entries in it, and starts the editor when the author asks to write or change one. It
 * starts the editor at once where there is work to show: a draft kept in this browser (or set
 * aside as unreadable), a draft the old sequence builder left, or an address that asks for an
 * entry (`?new=`, `?open=`, `?sequence=`).
 */
import { editorDraftKey, oldBuilderDraftKey } from '../../lib/editor/draft-keys.ts';
import { withBase } from '../../lib/url.ts';
import type { EditorIndex } from '../../engine/editor/page-data.ts';
import type { EditorProps, Intent } from './Editor.tsx';

const BASE = import.meta.env.BASE_URL;

/** Whether this browser holds a draft for the page, or one set aside, or the old builder's. */
function hasKeptWork(props: EditorProps): boolean {
  try {
    const keys = [editorDraftKey(BASE, props.only), ...(props.oldBuilderDraft ? [oldBuilderDraftKey(BASE)] : [])];
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key && keys.some((kept) => key === kept || key.startsWith(`${kept}:backup:`))) return true;
    }
  } catch {
    // Storage refused: nothing can have been kept.
  }
  return false;
}

/** Whether the address asks for an entry. */
function addressAsks(props: EditorProps): boolean {
  const params = new URLSearchParams(window.location.search);
  const singular = props.only?.replace(/ies$/, 'y').replace(/s$/, '');
  return params.has('new') || (props.only ? params.has(singular ?? '') : params.has('open'));
}

/** Lists the playbook's entries in the start panel's list, grouped by kind as the server said to head them. */
async function listEntries(select: HTMLSelectElement, button: HTMLButtonElement): Promise<void> {
  const response = await fetch(withBase(BASE, 'editor/entries.json'));
  if (!response.ok) return;
  const index = (await response.json()) as EditorIndex;
  const only = select.dataset.only || undefined;
  const labels = JSON.parse(select.dataset.groups ?? '{}') as Record<string, string>;
  const option = (kind: string, id: string, title: string) => new Option(kind === 'playbook' ? (select.dataset.playbook ?? title) : title, `${kind}/${id}`);
  const entries = index.entries.filter((entry) => !only || entry.kind === only);
  if (entries.length === 0) return;
  const children: HTMLElement[] = [];
  if (only) children.push(...entries.map((entry) => option(entry.kind, entry.id, entry.title)));
  else {
    for (const kind of Object.keys(labels)) {
      const ofKind = entries.filter((entry) => entry.kind === kind);
      if (ofKind.length === 0) continue;
      const group = document.createElement('optgroup');
      group.label = labels[kind]!;
      group.append(...ofKind.map((entry) => option(entry.kind, entry.id, entry.title)));
      children.push(group);
    }
  }
  select.replaceChildren(...children);
  select.disabled = false;
  button.disabled = false;
}

/** Loads the editor's code without starting it; starting later finds it loaded. */
function warmUp(): void {
  void Promise.all([import('./mount.tsx'), import('./Workspace.tsx')]).catch(() => undefined);
}

/** Starts the editor in place of the start panel, with what the author chose. */
function starter(root: HTMLElement, props: EditorProps): (intent?: Intent) => void {
  let started = false;
  return (intent) => {
    if (started) return;
    started = true;
    const status = root.querySelector('.ed-booting');
    if (status) status.textContent = root.dataset.loading ?? '';
    void import('./mount.tsx').then(({ mount }) => mount(root, props, intent));
  };
}

export function boot(): void {
  const root = document.querySelector<HTMLElement>('[data-editor]');
  if (!root) return;
  const props = JSON.parse(root.dataset.editor ?? '{}') as EditorProps;
  const start = starter(root, props);
  if (hasKeptWork(props) || addressAsks(props)) return start();

  const kind = root.querySelector<HTMLSelectElement>('#ed-start-kind');
  const startButton = root.querySelector<HTMLButtonElement>('#ed-start-new');
  const open = root.querySelector<HTMLSelectElement>('#ed-open');
  const openButton = root.querySelector<HTMLButtonElement>('#ed-open-button');
  // The button says what it starts.
  kind?.addEventListener('change', () => {
    const words = kind.selectedOptions[0]?.dataset.start;
    if (startButton && words) startButton.textContent = words;
  });
  startButton?.addEventListener('click', () => start({ new: kind?.value || startButton.dataset.kind || '' }));
  // The editor's code starts loading as soon as the author heads for a button (focus, a pointer over
  // it, a touch), so it is mostly here when they press it and focus reaches the first field sooner.
  for (const control of [kind, startButton, open, openButton]) {
    for (const event of ['focus', 'pointerenter', 'touchstart'] as const) control?.addEventListener(event, warmUp, { once: true, passive: true });
  }
  openButton?.addEventListener('click', () => {
    if (open?.value) start({ open: open.value });
  });
  if (open && openButton) void listEntries(open, openButton).catch(() => undefined);
}
