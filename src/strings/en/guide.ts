/** The words of guide. */
export const guide = {};
