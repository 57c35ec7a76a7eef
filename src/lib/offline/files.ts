/** Where the offline pieces are published, under the site's base path. Kept apart from the worker's generator, which pages must not import. */

/** The web app manifest. */
export const MANIFEST_FILE = 'manifest.webmanifest';

/** The service worker, at the root of the site so that its scope is the whole playbook. */
export const SERVICE_WORKER_FILE = 'sw.js';
