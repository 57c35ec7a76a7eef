/**
 * The playbook's language and its own words, as this build sees them. Outside a build (Node
 * scripts, unit tests) this module reads the content folder; in a build, plugin.ts replaces it with
 * the values themselves, so the browser gets them without reading any file.
 */
import { contentFolder } from '../core/playbook-folder.node.ts';
import { readStringsSource } from './read.node.ts';

export const { language, overrides } = readStringsSource(contentFolder());
