/** Offline use: the notice that a new version has been published (src/client/update-notice.js reads these from the notice's data attributes). */
export const offline = {
  updatePublished: 'A new version of this playbook has been published.',
  /** After updatePublished, in the same paragraph. */
  updateReloadHint: 'Reload to read it. Your saved answers stay on this device.',
  updateReload: 'Reload',
  updateLater: 'Not now',
};
