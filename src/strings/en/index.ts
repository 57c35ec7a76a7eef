/**
 * The engine's words in English, the default language, one module an area. A fork overrides any
 * of them in content/strings.yaml (see ../README.md); it never edits these files.
 */
export { common } from './common.ts';
export { search } from './search.ts';
export { home } from './home.ts';
export { review } from './review.ts';
export { problems } from './problems.ts';
export { entries } from './entries.ts';
export { offline } from './offline.ts';
export { guide } from './guide.ts';
export { accessibility } from './accessibility.ts';
export { book } from './book.ts';
export { audit } from './audit.ts';
export { evidence } from './evidence.ts';
export { timer } from './timer.ts';
export { groupResults } from './group-results.ts';
export { coaching } from './coaching.ts';
export { editor } from './editor.ts';
export { fields } from './fields.ts';
export { shared } from './shared.ts';
