/** The words of timer. */
export const timer = {};
