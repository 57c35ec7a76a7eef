/**
 * Zod as the browser gets it: in a client build `astro/zod` resolves here (zodJitlessPlugin, in
 * src/integrations/zod-jitless.node.ts), so every module that makes a schema gets the same zod,
 * told not to compile its parsers with `Function`. Before compiling an object schema, full zod
 * (the content schemas the editor checks entries with) tries `Function("")` to see whether it may;
 * the pages' Content Security Policy forbids that, so the try would fail and the browser would
 * report a policy violation. With `jitless` set here, before any importer can make a schema, zod
 * checks without compiling (for one entry the difference cannot be seen). `zod/mini`, which the
 * other islands read files with, never compiles.
 */
import * as zod from 'zod/v4';

zod.config({ jitless: true });

export * from 'zod/v4';
export default zod;
