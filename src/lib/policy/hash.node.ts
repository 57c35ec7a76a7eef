/**
 * The Content Security Policy's hash of an inline script or style: "sha256-" and the base64
 * SHA-256 of its exact text. A page that writes a script or style into itself (the layout's
 * few lines, the playbook's colours) gives the policy this hash, so the browser runs exactly
 * that text and nothing else written inline.
 */
import { createHash } from 'node:crypto';

export function policyHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
