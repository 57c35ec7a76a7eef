/** The words of the parts the islands share: notices, confirmations, saving in the browser and reading files. */
export const shared = {};
