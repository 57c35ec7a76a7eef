/**
 * Starts the editor (Editor.tsx) in the page's editor element, in place of the start panel the
 * server rendered there, once the page's first script (boot.ts) asks for it.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import Editor, { type EditorProps, type Intent } from './Editor.tsx';

export function mount(root: HTMLElement, props: EditorProps, intent?: Intent): void {
  const place = document.createElement('div');
  const rendered = root.querySelector('[data-editor-static]');
  rendered?.after(place);
  // The server's panel goes as the editor's first render comes, in one step, so nothing jumps.
  flushSync(() => createRoot(place).render(createElement(Editor, { ...props, ...(intent ? { intent } : {}) })));
  rendered?.remove();
}
