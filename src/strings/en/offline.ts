/** The words of offline. */
export const offline = {};
