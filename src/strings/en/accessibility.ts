/**
 * The words of the accessibility statement (src/pages/accessibility.astro). Long paragraphs use the
 * inline marks of ../inline.ts: [link text]{name} for a link the page fills in.
 */
export const accessibility = {
  title: 'Accessibility statement',
  description: 'How accessible {name} is, how it is tested, and how to report a problem.',
  lede: 'This statement is about {name}, published at [{address}]{home}. The site is run by {organisation}. We want everyone who needs it to be able to use it, whatever device, settings or assistive technology they use.',
  contentsHeading: 'On this page',
  usingHeading: 'Using this site',
  howAccessibleHeading: 'How accessible this site is',
  cannotUseHeading: 'If you cannot use part of this site',
  reportHeading: 'Reporting accessibility problems',
  enforcementHeading: 'Enforcement procedure',
  standardHeading: 'The standard this site is held to',
  testingHeading: 'How this site is tested',
  usingIntro: 'You should be able to:',
  usingKeyboard: 'reach every link, button and form field with a keyboard alone, and always see where the focus is;',
  usingPhone: 'read every page on a narrow phone screen, or zoomed in, without scrolling sideways;',
  usingScreenReader: 'find your way with a screen reader: each page has a main heading, landmarks and labelled form fields, and each chart has a table with the same figures;',
  usingTextSize: 'use your own text size, and the light or dark colours your device is set to;',
  usingPrint: 'print any page, and print a self-audit as a paper form to fill in by hand;',
  usingOffline: 'keep reading, searching and answering self-audits with no connection, once you have visited the site;',
  usingPrivacy: 'use the site without it tracking you: it loads nothing from any other website, and your answers to self-audits and forms stay on your device.',
  howAccessible:
    'We know of no part of this site that fails the standard below. Automated checks find only some kinds of problem, though, and the site has not yet been reviewed by an accessibility specialist or tested by disabled people, so there may be problems we have not found. If you meet one, please tell us (see below).',
  cannotUse:
    'If a page or tool does not work for you, or you need its content in another form (such as large print, easy read, audio or braille), contact us as described below. Tell us the address of the page, what you were trying to do and, if you need one, the form you would like. We will reply to say what we can do and when.',
  reportIntro: 'We are always working to make the site easier to use. If you find a problem, or think the site does not meet the accessibility requirements, please tell us.',
  contactWho: 'Who to contact',
  contactName: '{name}, {organisation}',
  contactEmail: 'Email',
  contactPhone: 'Phone',
  contactNone: 'Contact {organisation} and ask for the people who look after this site.',
  enforcementBritain:
    'In Great Britain the Equality and Human Rights Commission (EHRC) enforces the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, known as the accessibility regulations. If you have told us about a problem and are not happy with our answer, contact the [Equality Advisory and Support Service (EASS)]{eass}.',
  enforcementNorthernIreland:
    'In Northern Ireland the [Equality Commission for Northern Ireland (ECNI)]{ecni} enforces the accessibility regulations: contact it if you are not happy with our answer.',
  standard:
    '{organisation} is committed to making this site accessible, in line with the accessibility regulations. The site is built and tested to meet the [Web Content Accessibility Guidelines (WCAG) version 2.2]{wcag} at level AA. Because the checks described below cannot cover everything, we do not yet claim that it fully complies.',
  testingIntro: "The site's code includes automated tests that run in a real browser (Chromium) against a full build of the site. They check that:",
  testingEveryPage:
    'every page in the [sitemap]{sitemap}, and the page shown for a missing address, has no failures found by axe-core against the WCAG 2.0, 2.1 and 2.2 level A and AA rules, and its best-practice rules;',
  testingDark: 'key pages pass the same checks in the dark colour scheme, and the interactive tools (self-audits, the sequence builder, group results, evidence forms and timers) pass them as the tests use them;',
  testingKeyboard: 'the keyboard reaches everything on the home page with a visible focus, and the tools can be used with a keyboard alone;',
  testingNarrow: 'pages fit a screen 320 pixels wide without sideways scrolling, and print cleanly on paper;',
  testingNoOtherHost: 'no page asks for anything from another website, and no page reports a script error;',
  testingContrast: "the playbook's colours have a contrast of at least 4.5 to 1 for text, links and buttons (checked before every build).",
  testingAfter: 'The tests are kept with the site\'s code, so they can be run again after any change to it. They do not replace testing by people who use assistive technology.',
};
