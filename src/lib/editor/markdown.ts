/**
 * Markdown to HTML for the editor's previews, with GitHub's extensions as the site uses them.
 * Raw HTML in the text is shown as text, never run: micromark escapes it unless told otherwise.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function markdownHtml(text: string): string {
  return micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}
