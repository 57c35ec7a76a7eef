/** The words of entries. */
export const entries = {};
