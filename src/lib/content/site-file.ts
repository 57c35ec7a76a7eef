/**
 * The one rule for a file a page loads from the playbook (an image in a body, the logo): it is a
 * file of this site, in public/, named by an address that starts with one "/". Nothing is loaded
 * from another host, so "https://...", "//host/..." and "data:..." are refused, and so are the
 * forms a browser would read as another host ("/\host/...", or a tab or line break in "/ /host").
 * The body's sanitiser schema (safe-html-schema.ts) uses the pattern for `<img src>`; the content
 * check (files.node.ts) uses it for the logo, then makes sure the file is there.
 */

/** An address of a file on this site: one "/", then no backslash, tab or line break anywhere. */
export const SITE_FILE_ADDRESS = /^\/(?![/\\])[^\\\t\n\r]*$/;

/** What a file address must be, in the words of a problem's "expected". */
export const SITE_FILE_EXPECTED = 'a file in public/, as an address starting with "/" like "/images/diagram.png" (pages load nothing from another host)';

export function isSiteFileAddress(url: string): boolean {
  return SITE_FILE_ADDRESS.test(url);
}
