/**
 * The engine's words in English, the default language, one module an area. A fork overrides any
 * of them in content/strings.yaml (see ../README.md); it never edits these files.
 */
export { common } from './common.ts';
