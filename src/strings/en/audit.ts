/** The words of audit. */
export const audit = {};
