/** The words of evidence. */
export const evidence = {};
