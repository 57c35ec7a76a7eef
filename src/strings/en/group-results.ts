/** The words of groupResults. */
export const groupResults = {};
