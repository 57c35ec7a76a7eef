/**
 * The playbook's language and its own words, as this build sees them. Outside a build (Node
 * scripts, unit tests) this module reads the content folder; in a build, plugin.ts replaces it with
 * the values themselves, so the browser gets them without reading any file.
 */
import { contentFolder } from '../lib/content/site-config.ts';
import { readStringsSource } from './read.ts';

export const { language, overrides } = readStringsSource(contentFolder());
