/** The words of search. */
export const search = {};
