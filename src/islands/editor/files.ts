/** The finished files' shared actions: their names, downloading one, copying text, and the id of each file's text box. */
import type { OutputFile } from '../../engine/editor/output.ts';
import { downloadText } from '../shared/download.ts';
import { editor } from '../../strings/index.ts';

export function fileNameOf(file: string): string {
  return file.split('/').at(-1) ?? file;
}

/** Downloads one of the finished files. */
export function download(output: OutputFile): void {
  downloadText(fileNameOf(output.file), output.text, output.markdown ? 'text/markdown' : 'text/yaml');
}

/** Copies text, or selects it in its box where the browser does not let the page copy; says which. */
export async function copyText(text: string, boxId: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return editor.copied;
  } catch {
    const box = document.getElementById(boxId);
    if (box instanceof HTMLTextAreaElement) box.select();
    return editor.copyBlocked;
  }
}

/** The id of a file's text box. */
export const fileTextId = (index: number) => (index === 0 ? 'ed-file-text' : `ed-file-text-${index}`);
