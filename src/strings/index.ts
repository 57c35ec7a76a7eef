/**
 * The strings table: every word the engine shows, by area, in the playbook's language. Each area
 * is the English table (en/) with the fork's own words from content/strings.yaml put over it.
 * Code imports the areas it needs (`import { common } from '../strings/index.ts'`); each is its own
 * export, so a page's script carries only the areas it uses.
 */
import * as english from './en/index.ts';
import { withOverrides } from './merge.ts';
import { overrides } from './source.ts';

export { language } from './source.ts';
export { format, formatDate, formatNumber, formatPlural } from './format.ts';

/** A fork's names for the collections, by route ("techniques", "case-studies"); the registry puts them over each definition's own. */
export const collectionWords = overrides.collections;

export const common = /* @__PURE__ */ withOverrides(english.common, overrides.areas.common);
