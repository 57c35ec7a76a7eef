/** The words of review. */
export const review = {};
