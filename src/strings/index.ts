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
export { capitalise, format, formatDate, formatNumber, formatPlural } from './format.ts';

/** A fork's names for the collections, by route ("techniques", "case-studies"); the registry puts them over each definition's own. */
export const collectionWords = overrides.collections;

export const common = /* @__PURE__ */ withOverrides(english.common, overrides.areas.common);
export const search = /* @__PURE__ */ withOverrides(english.search, overrides.areas.search);
export const home = /* @__PURE__ */ withOverrides(english.home, overrides.areas.home);
export const review = /* @__PURE__ */ withOverrides(english.review, overrides.areas.review);
export const problems = /* @__PURE__ */ withOverrides(english.problems, overrides.areas.problems);
export const entries = /* @__PURE__ */ withOverrides(english.entries, overrides.areas.entries);
export const offline = /* @__PURE__ */ withOverrides(english.offline, overrides.areas.offline);
export const guide = /* @__PURE__ */ withOverrides(english.guide, overrides.areas.guide);
export const accessibility = /* @__PURE__ */ withOverrides(english.accessibility, overrides.areas.accessibility);
export const book = /* @__PURE__ */ withOverrides(english.book, overrides.areas.book);
export const audit = /* @__PURE__ */ withOverrides(english.audit, overrides.areas.audit);
export const evidence = /* @__PURE__ */ withOverrides(english.evidence, overrides.areas.evidence);
export const timer = /* @__PURE__ */ withOverrides(english.timer, overrides.areas.timer);
export const groupResults = /* @__PURE__ */ withOverrides(english.groupResults, overrides.areas.groupResults);
export const coaching = /* @__PURE__ */ withOverrides(english.coaching, overrides.areas.coaching);
export const editor = /* @__PURE__ */ withOverrides(english.editor, overrides.areas.editor);
export const fields = /* @__PURE__ */ withOverrides(english.fields, overrides.areas.fields);
export const shared = /* @__PURE__ */ withOverrides(english.shared, overrides.areas.shared);
