/** The words of problems. */
export const problems = {};
