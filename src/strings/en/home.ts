/** The words of home. */
export const home = {};
