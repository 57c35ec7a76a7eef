import { plural } from '../table.ts';

/** Offline use: the notice that a new version has been published (src/client/update-notice.js reads these from the notice's data attributes), the footer's note once the site is saved, and the page that says what is saved (src/pages/offline.astro). */
export const offline = {
  updatePublished: 'A new version of this playbook has been published.',
  /** After updatePublished, in the same paragraph. */
  updateReloadHint: 'Reload to read it. Your saved answers stay on this device.',
  updateReload: 'Reload',
  updateLater: 'Not now',
  /** In the footer of every page once the playbook is saved on the device; a link to the page below. */
  savedForOffline: 'Saved for offline use',
  /** The page about offline use, also shown with no connection for a page not saved yet. */
  pageTitle: 'Reading offline',
  pageDescription: 'What this playbook saves on your device to read with no connection, and what it saves only once you open it.',
  /** Shown when this page stands in for another with no connection; {page} is that page's address, a link. */
  notSavedHere: 'There is no connection, and {page} is not saved on this device yet. Open it once while you are online to save it.',
  lede: 'After your first visit, this playbook is kept on your device, so you can read it, search it and answer the self-audits with no connection. Nothing you enter leaves your device.',
  offLede: 'This playbook is not saved on your device: reading it needs a connection.',
  savedHeading: 'Saved on your first visit',
  /** {collections}: the playbook's collections, by their names, as a list ("techniques, strands and sources"). */
  savedEntries: 'Every page of the {collections}.',
  savedSearch: 'Search, with its filters.',
  savedAnswers: 'The self-audits, and the answers you give, which are kept on this device.',
  onVisitHeading: 'Saved once you open them',
  onVisitIntro: 'These are large, so each is saved only after you open it while you are online:',
  /** A filtered list is a collection's index narrowed by a filter, such as techniques for one phase. */
  onVisitFiltered: 'Filtered lists, such as the techniques for one phase (search filters the same entries with no connection)',
  /** After a page's name, on this device: whether it is saved yet. */
  isSaved: 'saved on this device',
  isNotSaved: 'not saved yet',
  /** After "Filtered lists…": how many are saved on this device. */
  filteredSaved: plural({ one: '{count} saved on this device', other: '{count} saved on this device' }),
  goHome: 'Go to the home page',
};
