/**
 * Zod, told not to compile its parsers with `Function`. Before compiling an object schema, full
 * zod (the content schemas the editor checks entries with) tries `Function("")` to see whether it
 * may; the pages' Content Security Policy forbids that, so the try fails and the browser reports a
 * policy violation. Set once, before any schema is made, zod checks without compiling (for one
 * entry the difference cannot be seen). The editor imports this first; the setting is zod's own,
 * shared by every copy of zod on the page. The other islands read files with `zod/mini`, which
 * never compiles, and need nothing.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
