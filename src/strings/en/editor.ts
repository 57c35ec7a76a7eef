/** The words of editor. */
export const editor = {};
