/**
 * Zod, told not to compile its parsers with `Function`. Before compiling one, zod tries
 * `Function("")` to see whether it may; the pages' Content Security Policy forbids that, so the try
 * fails and the browser reports a policy violation on every page with an island. Set once, before
 * any schema is made, zod checks without compiling (for files this size the difference cannot be
 * seen). Each island imports this first; the setting is zod's own, shared by every copy of zod on
 * the page.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
