/**
 * The words of the guide for a PD lead, "Make it yours" (src/pages/make-it-yours.astro). Its long
 * paragraphs use the inline marks of ../inline.ts: `code`, **strong**, "quotation", and
 * [link text]{name} for a link the page fills in. Text in backticks is what a reader types or
 * sees in a file, so a translation keeps it as it is (the example values in it may change).
 */
export const guide = {
  title: 'Make it yours',
  type: 'Guide',
  summary:
    "How a PD lead turns this playbook into their school's or trust's own: set up a copy once in the web interface, then write and change techniques, sequences and everything else in the browser, with no terminal.",
  contentsHeading: 'On this page',
  intro:
    'This guide is for whoever codifies teaching in your school or trust: a director of teaching, a PD lead or a lead coach. You need a free GitHub account and a browser. You do not need a terminal, and you never type a command.',
  introRepository:
    'The playbook lives in a **repository**: a folder of files on GitHub that keeps every version of every file. Each technique, protocol, audit and sequence is one file in its `content/` folder. When a file changes on the main branch, GitHub rebuilds the site and publishes it. Changes are never made to the published site directly: someone **proposes** a change, an automatic check reads it, and a leader **accepts** it. That way nothing broken is ever published, and every change has a name and a date against it.',

  setUpHeading: 'Route one: set it up, once',
  setUpIntro: "Do this once, ideally with a technical colleague beside you the first time. It takes about half an hour, all of it in GitHub's web pages.",
  setUpCopy:
    "**Make your own copy.** Sign in to GitHub and open the playbook's repository. Choose **Use this template**, then **Create a new repository** (or **Fork**, if you want to take later improvements to the engine). Put it in your organisation's account and name it, for example `playbook`: the name becomes part of the site's address.",
  setUpName: '**Name the playbook.** In your copy, open the `content` folder, then `playbook.yaml`, and choose the pencil (**Edit this file**). Change:',
  setUpNameFields: '`name`, `organisation` and `tagline`: what the header and home page say;',
  setUpNameSite: '`site`: `url` is `https://<your-account>.github.io` and `base` is `/<repository-name>/`, like `/playbook/`;',
  setUpNameRepository:
    "`repository`: your copy's address and branch, like `repository: { url: https://github.com/your-trust/playbook, branch: main }`. This switches on the \"Edit this page\" links and the editor's \"Propose\" button.",
  setUpRepositorySet: "This site's is set to `{url}`, branch `{branch}`.",
  setUpRepositoryNone: 'This site has none set yet, so those links are hidden.',
  setUpNameCommit: 'Then choose **Commit changes** and commit straight to `main`: this first time, there is nothing to review yet.',
  setUpPages:
    "**Switch on the site.** In your copy's **Settings**, open **Pages** and set **Source** to **GitHub Actions**. The **Actions** tab then shows \"Deploy to GitHub Pages\" running; after a few minutes the site is at the address you gave in `site`. If the address and `base` disagree, the run stops and says which value to use.",
  setUpProtect:
    '**Protect the main branch** (recommended). In **Settings**, **Branches**, add a rule for `main`: tick **Require a pull request before merging** and **Require status checks to pass**, and choose the check called `check`. Now every change is proposed and checked before anyone can accept it.',
  setUpInvite:
    '**Invite your team.** In **Settings**, **Collaborators**, add the leaders who will write entries, with the **Write** role. They can then propose changes; you decide who may accept them.',

  everydayHeading: 'Route two: everyday work, in the browser',
  editPageHeading: 'Edit a page',
  editPageOpen: "On the published site, open the page and choose **Edit this page**, under its title. GitHub opens the page's file in its editor.",
  editPageChange:
    'Change the words you want. Each field is a line like `title: Exit tickets`; list items start with `-`. Keep the spaces at the start of lines as they are: they say what belongs to what.',
  editPageCommit:
    'Choose **Commit changes**, pick **Create a new branch for this commit and start a pull request**, then **Propose changes** and **Create pull request**. That proposal is called a pull request.',
  editPageEditor: 'For anything more than a few words, the [editor]{editor} is easier: choose **Change this in the editor**, beside **Edit this page**, and it gives you the entry as a form with every field explained.',
  writeHeading: 'Write a new technique in the editor, and propose it',
  writeOpen: 'Open the [editor]{newTechnique}. Under **Write a new entry**, choose **A technique** and **Start a new technique**.',
  writeFill:
    "Fill in the form. Every field says what to write, and whether it is optional. Add action steps, look-fors and pitfalls with the **Add** buttons, and put them in order with **Move up** and **Move down**. Strands, sources and related techniques are chosen from your playbook's own. Worked examples each have a phase, a subject, a title and their text; **Show how it looks** shows the text formatted.",
  writePreview:
    'Watch the preview beside the form (below it, on a phone). The box at the top lists what is still missing or wrong, with the same rules the site is built with; each item links to its field. Your work is kept in this browser as you type, so you can close the page and come back to it.',
  writePropose:
    "Choose **Check and finish**. When nothing is left to fix, **Propose it in the repository** opens GitHub's new-file page with the file's name and text filled in. Choose **Commit changes**, then **Create a new branch**, **Propose changes** and **Create pull request**.",
  writeChange:
    "To change an existing entry, open it under **Change an entry** instead. After **Check and finish**, choose **Copy the file**, follow the link to the file's edit page, select all of its text, paste over it, and propose the change in the same way. The editor also gives you the file to download if you would rather send it to a colleague.",
  writeSequences:
    'PD sequences have a page of their own, the [sequence builder]{sequenceBuilder}: it is the editor\'s sequence form, which lists the playbook\'s techniques by strand, adds up the weeks as you go and gives you the file to propose in the same way. Each sequence\'s page has an "Adapt it" link that opens it there. Group self-audit results for a team are on [group results]{groupResults}.',
  readCheckHeading: "Read the check's result",
  readCheckTick:
    "Every pull request is checked automatically. At the foot of the pull request's page, a green tick beside **Check** means the file is sound. A red cross means the check found problems.",
  readCheckFiles:
    'Open the **Files changed** tab: each problem is shown beside the line it is about, like "steps[2].title: expected text, found nothing", which means the third action step has no title.',
  readCheckFix: "To fix it, choose the file's **…** menu, **Edit file**, make the change, and commit it to the same branch. The check runs again by itself.",
  acceptHeading: 'Accept it, and see the site update',
  acceptRead: 'Read the proposed change in **Files changed**. Leave comments if you want a colleague to change something.',
  acceptMerge: 'When the check is green and you are happy, choose **Merge pull request** and **Confirm merge**.',
  acceptPublished: 'The **Actions** tab shows the site being rebuilt. A few minutes later the published site shows the change, and its search finds it.',

  wordsHeading: 'Your own words and language',
  wordsIntro:
    'Every word the site itself shows (its menus, buttons, headings and messages, and this guide) can be changed, so the playbook can speak in your own words, or in another language, with no change to its code.',
  wordsLanguage:
    "**The language.** Set `language` in `content/playbook.yaml` to a language tag, like `fr` or `cy`. It sets the pages' language, how dates and numbers are written, and the language search uses. It is optional: without it, the playbook is in British English (`en-GB`).",
  wordsStrings:
    '**The words.** In `content/strings.yaml`, give any string a new text under its area and its key (the files in `src/strings/en/` list every key with its English text), and rename a collection under `collections.<route>`, with its `singular`, `plural` and `type`. For example:',
  wordsExampleLabel: 'An example of strings.yaml',
  wordsExample: 'book:\n  coverKicker: Our handbook\ncollections:\n  techniques: { singular: move, plural: moves, type: Move }',
  wordsCheck:
    '`npm run check` checks the file key by key: a key the table does not have, a plural without its `other` form, or a placeholder in braces that the English text does not have is one problem, named with its key and what was expected. Keep the English text\'s placeholders, like `{count}`, and the marks of long paragraphs: backticks around code, two asterisks around bold text, straight double quotes around a quotation, and `[link text]{name}` for a link.',

  coachingHeading: 'Coaching records, and what leaves the device',
  coachingIntro:
    'Coaches keep their [coaching records]{coaching} on their own device: each drop-in, what went well against a technique\'s look-fors, one action step at a time with its rehearsal, and the follow-up, with a timeline for each teacher. Every technique\'s page has a **Set as an action step** link that starts a drop-in from it. The records hold no grades and no ratings, so they cannot become appraisal evidence.',
  coachingLeaves:
    '**Nothing leaves a device except the files a person saves.** A coach\'s export holds everything, to keep or to move to another device. A **trends file** for you holds no notes and no names unless the coach ticks to include them, and the page lists what it holds before it is saved. A teacher\'s copy of their step, by a link or a file, holds only the technique, the step and its dates; teachers keep theirs on [My steps]{mySteps}.',
  coachingTrends:
    'Load the coaches\' trends files on [coaching trends]{coachingTrends} to see which strands, techniques and steps are being set, how many days steps take to become secure, and how often visits happen against your target, by school or group and by term. The files are read in your browser and never uploaded.',
  coachingFloor:
    '**The privacy floor.** No figure about fewer than 5 teachers is shown, and the page says so where the figure would be. Set `privacyFloor` under `coaching` in `content/playbook.yaml` to raise it (it is never below 3), and `cycleWeeks` to your target time between visits (2 to 4 weeks unless set):',
  coachingExampleLabel: 'An example of the coaching settings in playbook.yaml',
  coachingExample: 'coaching:\n  cycleWeeks: { shortest: 2, longest: 4 }\n  privacyFloor: 5',
  coachingModel:
    'A step can link to a **model** of it done well, a video or document your trust hosts: give the step a `model` with its `url`, a `caption` and the `consent` it rests on. Its page shows a link, never an embedded player, so nothing is loaded from another site.',

  needsDeveloperHeading: 'What still needs a technical colleague',
  needsUpdates: 'Taking improvements to the engine from the original repository (see [Pull engine updates later]{update}).',
  needsCode: 'A check that fails on the code rather than the content (the message then names a file outside `content/`).',
  needsRename: 'Renaming or removing a phase or subject that many entries use: the check lists every entry to change, and a developer can change them all at once.',
  needsHost: 'Publishing somewhere other than GitHub Pages.',

  developersHeading: 'For developers: clone, npm and an editor',
  developersIntro:
    "The repository has two halves. `content/` (with `public/` for images) is the playbook: every technique, protocol, audit and sequence, and the file that names and colours the site. Everything else is the engine that checks the content and builds the site. **Change only `content/` and `public/`**, and you can take the engine's improvements later without a single conflict.",
  forkHeading: 'Fork it and run it',
  forkStep:
    "On GitHub, fork the repository (or use it as a template) into your organisation's account. Name the fork what you like; `playbook` is a good name, since it becomes part of the address.",
  forkRun: 'Clone your fork and, with Node.js 20 or newer installed, run `npm install && npm start`. The playbook opens at `http://localhost:4321/`.',
  renameHeading: 'Rename it',
  renameIntro: "Open `content/playbook.yaml`. It holds the playbook's identity and the lists every entry names:",
  fieldNameTerm: '`name`, `organisation`, `tagline`',
  fieldName: 'Shown in the header, page titles and the home page. This site is "{playbookName}", for {organisation}.',
  fieldLogo: 'Optional: an image you put in `public/`, like `/logo.svg`.',
  fieldColours:
    'Four colours as six-digit hex: `text` and `background`, `primary` (links, headings and buttons) and `accent` (highlights). The build fails if text, primary or accent has a contrast ratio below 4.5:1 against the background, or if white button text on primary falls below 4.5:1, so the site stays readable. The message names the field and the ratio it found.',
  fieldSiteTerm: '`site.url` and `site.base`',
  fieldSite:
    "Where the site will be published. For GitHub Pages, `url` is `https://<your-account>.github.io` and `base` is `/<repository-name>/`, like `/playbook/`. For a site at the root of its own domain, `base` is `/`. This site's base is `{base}`.",
  fieldRepository:
    "Optional: the repository's `url` and `branch`. With it, entry pages show \"Edit this page\" (Starlight's `<url>/edit/<branch>/<file>`) and the editor offers to propose files there.",
  fieldContact:
    'Optional: who readers contact about the site, with a `name`, an `email` and, if you like, a `phone`. The [accessibility statement]{accessibility} gives it as the way to report a problem; without it, the statement asks readers to contact your organisation.',
  fieldOffline:
    "`true` (the default) saves the whole site on a reader's device at their first visit, so it works with no connection and can be added to a phone's home screen; readers are told when you publish a new version. `false` saves nothing; if you turn it off after publishing with it on, the copy saved on readers' devices is removed the next time they visit online.",
  fieldVocabularyTerm: '`phases`, `subjects`, `components`',
  fieldVocabulary:
    'Your vocabulary: the phases and subjects entries are tagged with, and the parts of your improvement model that case studies show. Each has an `id` entries use and a `label` readers see. Rename labels freely; when you remove or rename an id, `npm run check` lists every entry that still names it.',
  renameCheck: 'Run `npm run check` after each change: every problem is one line naming the file, the field, what it found and what it expected.',
  strandsHeading: 'Replace the strands',
  strandsIntro: 'Strands are the domains techniques are grouped in, listed in `content/strands.yaml` with an `id`, `title`, `summary` and `order`. To use your own:',
  strandsWrite: 'Write your strands in `content/strands.yaml`, or add each with `npm run new -- strands "Behaviour for learning"`.',
  strandsCheck: 'Run `npm run check`. Every technique whose `strand` no longer exists is listed, file by file.',
  strandsFix:
    "Give each of those techniques one of your strand ids, or delete the techniques you do not want (the check then lists anything that referred to them, such as a sequence step or an audit's suggestions).",
  entriesHeading: 'Write and check entries',
  entriesIntro:
    'Start every new entry with `npm run new`. It makes the id from the title, never overwrites an entry, and writes a file that already passes the check, with a comment above every field saying what to write and a `TODO` in every placeholder:',
  newCaption: 'A new entry of each kind',
  newToAdd: 'To add',
  newRun: 'Run',
  newWrites: 'It writes',
  /** The command that starts an entry of a collection; {route} is the collection's route. */
  newCommand: '`npm run new -- {route} "Its title"`',
  /** The file it writes, for a collection of one file an entry. */
  newFile: '`content/{path}/its-title.{extension}`',
  /** The file it writes to, for a collection kept in one list file. */
  newListFile: '`content/{path}` (added at the end)',
  entriesTodo:
    'Replace every `TODO` (`grep -rn TODO content/` finds them), then run `npm run check`. The build stops on the same problems, so nothing broken is ever published.',
  entriesReference: 'Every field of every collection, with what it means, its default and the values it allows, is in `docs/frontmatter.md`.',
  entriesVsCode:
    "In VS Code, install the recommended YAML extension: `playbook.yaml`, `strands.yaml`, `sources.yaml` and sequence files then show each field's help, and mark mistakes, as you type.",
  entriesSources: 'Cite your evidence: techniques, protocols and case studies name sources by id from `content/sources.yaml`, and the check makes sure each one exists.',
  entriesDraft: 'A file whose name starts with `_` is a draft: the check and the build skip it.',
  entriesEditor: 'The [editor]{editor} writes the same files from a form, with the same checks, for colleagues who do not use a terminal.',
  entriesPullRequests:
    'On every pull request, `.github/workflows/check.yml` runs `npm run check` and shows each content problem beside its line (set `CHECK_ANNOTATIONS=1` to print the same annotations locally).',
  sequencesHeading: 'Build PD sequences',
  sequences:
    'Use the [sequence builder]{sequenceBuilder}, the entry editor\'s sequence form: pick techniques or single action steps, put them in order with the **Move up** and **Move down** buttons, set the weeks and notes, and download the file. It checks the file with the same rules as `npm run check`. Put the file in `content/sequences/` and commit it. The form runs on your copy of the site, so it offers your own techniques.',
  previewHeading: 'Preview it',
  previewDev: '`npm run dev` reloads the page as you save a file, and shows content problems in the terminal. Search is empty here: it needs a build.',
  previewStart: '`npm start` checks and builds the whole site with its search index, and serves it at `http://localhost:4321{base}`, exactly as it will be published.',
  previewTest: '`npm test` runs the unit tests and the browser tests, including an accessibility check of every page.',
  deployHeading: 'Deploy it',
  deployPagesHeading: 'On GitHub Pages',
  deploySite: 'Set `site.url` and `site.base` in `content/playbook.yaml` as above.',
  deploySource: "In your fork's settings, under **Pages**, set the source to **GitHub Actions**.",
  deployPush:
    'Push to `main`. The workflow in `.github/workflows/pages.yml` installs, checks the content, builds and publishes the site. It stops with a message if `site.base` does not match the address GitHub gives the site.',
  deployOtherHeading: 'On any other static host',
  deployBuild:
    'Build with `npm ci && npm run build` (Node.js 20 or newer). The whole site, search index included, is the `dist/` folder: upload it, or point the host at it (build command `npm run build`, output folder `dist`).',
  deployBase:
    "Set `site.base` to the path the site is served under, and serve `dist/` at that path. Every page is a folder with an `index.html`, so any web server that serves a folder's `index.html` works; set `404.html` as the page for addresses that do not exist.",
  deployNoServer: "No server code, database or other host is needed: search runs in the reader's browser, and no page loads anything from elsewhere.",
  deployHistory:
    "Build from a clone with the whole git history: each entry's page shows the day it last changed, read from that history. Where the host clones only the last few commits (many do by default; ask for a full clone, as `pages.yml` does with `fetch-depth: 0`) or the files come without `.git`, pages show no date rather than a wrong one.",
  updateHeading: 'Pull engine updates later',
  updateRemote: 'Once, add the original repository as a remote called `upstream`:',
  updateRemoteLabel: 'Add the original repository as a remote',
  /** The command itself; a translation may change the words standing for the original's owner and name. */
  updateRemoteCommand: 'git remote add upstream https://github.com/OWNER/REPOSITORY.git',
  updateWhenever: "Then, whenever you want the engine's improvements:",
  updateMergeLabel: 'Merge engine updates',
  updateConflicts:
    "Because your changes are all in `content/` and `public/` and the engine's are everywhere else, the merge has nothing to conflict over. The one exception is an entry of the original playbook that you edited or deleted and that was also changed upstream; git then asks which to keep. Keep yours: `git checkout --ours -- content public` for edited files, `git rm` for deleted ones, then `git commit`. If a new engine version needs a new field, `npm run check` says which files and fields.",
};
