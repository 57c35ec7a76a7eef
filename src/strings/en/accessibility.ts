/** The words of accessibility. */
export const accessibility = {};
