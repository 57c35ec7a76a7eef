/** The words of book. */
export const book = {};
