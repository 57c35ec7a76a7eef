/**
 * The strings table: every word the engine shows, by area, in the playbook's language. Each area
 * is the English table (en/) with the fork's own words from content/strings.yaml put over it.
 * Code imports the areas it needs (`import { common } from '../strings/index.ts'`). Each area is a
 * module of its own (areas/), because a module is what the bundler shares between islands: an
 * island that uses the self-audit's words does not load the editor's.
 */
import { overrides } from './source.ts';

export { language } from './source.ts';
export { capitalise, format, formatDate, formatNumber, formatPlural } from './format.ts';

/** A fork's names for the collections, by route ("techniques", "case-studies"); the registry puts them over each definition's own. */
export const collectionWords = overrides.collections;

export { common } from './areas/common.ts';
export { search } from './areas/search.ts';
export { home } from './areas/home.ts';
export { review } from './areas/review.ts';
export { problems } from './areas/problems.ts';
export { entries } from './areas/entries.ts';
export { offline } from './areas/offline.ts';
export { guide } from './areas/guide.ts';
export { accessibility } from './areas/accessibility.ts';
export { book } from './areas/book.ts';
export { audit } from './areas/audit.ts';
export { evidence } from './areas/evidence.ts';
export { timer } from './areas/timer.ts';
export { groupResults } from './areas/group-results.ts';
export { coaching } from './areas/coaching.ts';
export { editor } from './areas/editor.ts';
export { fields } from './areas/fields.ts';
export { shared } from './areas/shared.ts';
