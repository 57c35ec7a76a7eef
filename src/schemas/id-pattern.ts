/**
 * The pattern of an id: lower-case words joined by hyphens (`cold-call`, `early-years`,
 * `s1-item-3`). A module of its own, without zod, so that browser code checking a file's ids
 * (the self-audit's and the evidence form's files) does not load the content schemas' zod.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
