/**
 * The coaching pages in Chromium, at 390 px: a full cycle by keyboard only and then by touch (a
 * drop-in from a technique, one step set with its rehearsal, the follow-up's calendar file read by
 * ical.js, then secure at the next visit, with the days it took); the teacher's copy by link and by
 * file; export and import in a fresh browser, with nothing duplicated or lost; two tabs; a corrupt
 * store; a full storage quota (a message beside the field, and the typed text kept and offered as a
 * file); deleting a drop-in, a coachee and everything; the pages without JavaScript; axe and the Nu
 * HTML Checker in every state. The techniques come from the built site, so any playbook passes.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import type { TechniqueInfo } from '../../src/lib/coaching/catalogue.ts';
import type { CoachingDoc } from '../../src/lib/coaching/schema.ts';
import { emptyDoc, saveCoachee, saveDropIn } from '../../src/lib/coaching/record.ts';
import { toTrendsFile, WITHOUT_NOTES_OR_LABELS } from '../../src/lib/coaching/trend-export.ts';
import { axeViolations } from './island-helpers.ts';
import { coachingIsland, dayFromToday, keyboardHands, markupNow, nuErrors, readCalendar, RECORD_KEY, someTechnique, storedRecord, TEACHER_KEY, touchHands, type Hands } from './coaching-helpers.ts';

const PHONE = { viewport: { width: 390, height: 844 } };

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

/** The drop-in form's region. */
const dropInIsland = (page: Page) => coachingIsland(page, 'Drop-in record');
const coacheeIsland = (page: Page) => coachingIsland(page, 'Coachee record');
const recordsIsland = (page: Page) => coachingIsland(page, 'Your coaching records');

/** The file an action downloads: its name and text. */
async function downloaded(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Axe passes now; `state` names the state in the failure. */
async function expectAxe(page: Page, state: string) {
  expect(await axeViolations(page), `axe: ${state}`).toEqual([]);
}

/**
 * A full coaching cycle as a new coach would do it on a phone: from a technique's page, a drop-in
 * for a new coachee, two look-fors seen (one with a note), one action step, a follow-up saved to the
 * calendar; then at the next visit the step is marked secure and a new one set.
 */
async function fullCycle(page: Page, hands: Hands, technique: TechniqueInfo, label: string) {
  const markup: { name: string; html: string }[] = [];
  const followUp = dayFromToday(14);
  await page.goto(technique.href);
  await hands.press(page.getByRole('link', { name: 'Set as an action step' }));
  await expect(page).toHaveURL(/coaching\/drop-in\/\?technique=/);
  let island = await dropInIsland(page);
  await expectAxe(page, 'an empty drop-in');
  markup.push(await markupNow(page, 'drop-in empty'));

  // Who: a new coachee, by a label the coach chooses.
  await hands.type(island.getByLabel('Their first name or initials'), label);
  await hands.type(island.getByLabel('School or group (optional, for the trends)'), 'Oak School');
  await hands.press(island.getByRole('button', { name: 'Add and choose' }));
  await expect(island.getByLabel('Who are you visiting?')).toHaveValue(/.+/);
  await expect(island.getByLabel('Technique you watched for')).toHaveValue(technique.id);

  // What went well: two look-fors, one with what the coach saw; then notes.
  const lookFors = island.getByRole('group', { name: /Seen done well/ });
  await hands.press(lookFors.getByRole('checkbox', { name: technique.lookFors[0]! }), ' ');
  await hands.type(island.getByRole('textbox', { name: `What you saw (optional) for “${technique.lookFors[0]!}”` }), 'A pause before every name.');
  await hands.press(lookFors.getByRole('checkbox', { name: technique.lookFors[1]! }), ' ');
  await hands.type(island.getByLabel('Other notes (optional)'), 'A calm start to the lesson.');

  // One action step, with its detail and the technique's rehearsal.
  const steps = island.getByRole('group', { name: `The steps of ${technique.title}` });
  const first = technique.steps[0]!;
  await hands.choose(steps.getByRole('radio', { name: first.title }));
  await expect(steps.getByRole('radio', { name: first.title })).toBeChecked();
  const agreed = island.locator('.coaching-step-chosen');
  await expect(agreed).toContainText(first.detail);
  await expect(agreed.getByRole('heading', { name: 'Rehearse it' })).toBeVisible();
  await expect(agreed).toContainText(technique.rehearsal.setup);
  await expectAxe(page, 'a drop-in filled in');
  markup.push(await markupNow(page, 'drop-in filled'));

  // The follow-up, to the calendar.
  await hands.date(island.getByLabel('Day of your next visit'), followUp);
  const calendar = await downloaded(page, () => hands.press(island.getByRole('button', { name: 'Add to my calendar (.ics file)' })));
  expect(calendar.name).toMatch(/\.ics$/);
  const event = readCalendar(calendar.text);
  expect(event).toMatchObject({ start: followUp, allDay: true, summary: `Coaching follow-up: ${label}` });
  expect(event.description).toContain(first.title);
  const saved = island.locator('.island-notice--local');
  await expect(saved).toContainText('to your calendar');
  await expect(saved).toBeFocused();
  await expect(saved).toBeInViewport();

  // Everything typed is saved: the page reopens the same drop-in.
  await page.reload();
  island = await dropInIsland(page);
  await expect(island.getByLabel('Other notes (optional)')).toHaveValue('A calm start to the lesson.');
  await expect(island.getByLabel('Day of your next visit')).toHaveValue(followUp);
  const record = (await storedRecord(page))!;
  expect(record.dropIns).toHaveLength(1);
  expect(record.dropIns[0]).toMatchObject({ technique: technique.id, step: { technique: technique.id, step: first.id }, followUp, notes: 'A calm start to the lesson.', wentWell: [{ lookFor: technique.lookFors[0], note: 'A pause before every name.' }, { lookFor: technique.lookFors[1], note: '' }] });
  expect(JSON.stringify(record)).not.toMatch(/grade|rating|score/i);

  // The next visit, from the coachee's record: the step is secure, and a new one is set.
  await hands.press(island.getByRole('link', { name: `See ${label}’s record` }));
  let coachee = await coacheeIsland(page);
  await expect(coachee.getByText(`Working on:`)).toBeVisible();
  await expectAxe(page, 'a coachee with a step open');
  markup.push(await markupNow(page, 'coachee'));
  await hands.press(coachee.getByRole('link', { name: `Record a drop-in for ${label}` }));
  island = await dropInIsland(page);
  await hands.date(island.getByLabel('Day of the drop-in'), followUp);
  const review = island.getByRole('group', { name: /How has .*’s step .* gone\?/ });
  await hands.choose(review.getByRole('radio', { name: 'Secure' }));
  const next = island.getByRole('group', { name: `The steps of ${technique.title}` });
  await expect(next.getByRole('radio', { name: first.title })).toBeDisabled();
  await hands.choose(next.getByRole('radio', { name: technique.steps[2]!.title }));
  await expectAxe(page, 'a drop-in reviewing the last step');
  markup.push(await markupNow(page, 'drop-in review'));
  await hands.press(island.getByRole('link', { name: `See ${label}’s record` }));
  coachee = await coacheeIsland(page);
  const table = coachee.getByRole('table', { name: `The steps ${label} has worked on` });
  await expect(table.locator('tbody tr').first()).toContainText('Secure on');
  await expect(table.locator('tbody tr').first()).toContainText('14 days');
  await expect(table.locator('tbody tr').nth(1)).toContainText('Still being worked on');
  await expect(coachee.getByText(`Working on:`)).toBeVisible();
  await expect(coachee.locator('.coaching-step__name').first()).toContainText(technique.steps[2]!.title);
  return markup;
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('a full cycle by keyboard only: drop-in, step, rehearsal, follow-up in the calendar, secure at the next visit', async ({ page }) => {
    test.setTimeout(120_000);
    const technique = await someTechnique(page);
    const markup = await fullCycle(page, keyboardHands(page), technique, 'Sam');
    // The Nu HTML Checker on each state the cycle went through.
    expect(nuErrors(markup)).toEqual([]);
  });

  test.describe('by touch', () => {
    test.use({ ...PHONE, hasTouch: true, isMobile: true });
    test('a full cycle by touch', async ({ page }) => {
      test.setTimeout(120_000);
      await fullCycle(page, touchHands(), await someTechnique(page), 'JT');
    });
  });
});

/** A record made by the engine's own code: Sam with a step set and continued, Jo with another step. Notes and labels are marked to be looked for. */
function seededRecord(technique: TechniqueInfo): CoachingDoc {
  const at = (day: string) => `${day}T09:00:00.000Z`;
  const [first, second] = technique.steps;
  const base = { className: '7B', phase: '', subject: '', technique: technique.id, wentWell: [], notes: '' };
  let doc = emptyDoc('coach-seeded');
  doc = saveCoachee(doc, { id: 'coachee-sam', label: 'Sam Label', group: 'Oak School' }, at('2026-09-01'));
  doc = saveCoachee(doc, { id: 'coachee-jo', label: 'Jo Label', group: 'Ash School' }, at('2026-09-01'));
  doc = saveDropIn(
    doc,
    { ...base, id: 'dropin-sam-1', coachee: 'coachee-sam', date: '2026-09-07', wentWell: [{ lookFor: technique.lookFors[0]!, note: 'Secret look-for note' }], notes: 'Secret drop-in notes', step: { technique: technique.id, step: first!.id }, followUp: '2026-09-21' },
    at('2026-09-07'),
  );
  doc = saveDropIn(doc, { ...base, id: 'dropin-sam-2', coachee: 'coachee-sam', date: '2026-09-21', review: { of: 'dropin-sam-1', outcome: 'continued' }, step: { technique: technique.id, step: first!.id }, followUp: '2026-10-05' }, at('2026-09-21'));
  doc = saveDropIn(doc, { ...base, id: 'dropin-jo-1', coachee: 'coachee-jo', date: '2026-09-08', step: { technique: technique.id, step: second!.id }, followUp: '' }, at('2026-09-08'));
  return doc;
}

/** Puts a record in this browser's storage and opens `path`. */
async function seed(page: Page, doc: CoachingDoc, path = 'coaching/') {
  await page.goto('coaching/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [RECORD_KEY, JSON.stringify(doc)]);
  await page.goto(path);
}

/** Fills the rest of this origin's storage. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${index++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

async function freeStorage(page: Page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

/** A message shown beside the control used: focused, and on screen. */
async function expectBeside(message: Locator, text: string | RegExp) {
  await expect(message).toContainText(text);
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
}

test.describe('records, files and storage', () => {
  test.use(PHONE);

  test('export, then import in a fresh browser: nothing duplicated or lost, and a second import adds nothing', async ({ page, browser }) => {
    const technique = await someTechnique(page);
    const doc = seededRecord(technique);
    await seed(page, doc);
    const island = await recordsIsland(page);
    await expect(island.getByRole('heading', { name: 'Sam Label' })).toBeVisible();
    await expectAxe(page, 'the records page with coachees');
    const markup = [await markupNow(page, 'records')];
    const exported = await downloaded(page, () => island.getByRole('button', { name: 'Export records' }).click());
    expect(exported.name).toMatch(/^coaching-records-\d{4}-\d{2}-\d{2}\.json$/);
    await expectBeside(island.locator('.island-notice--local'), 'notes and names included');
    const spreadsheet = await downloaded(page, () => island.getByRole('button', { name: 'Export as a spreadsheet (CSV)' }).click());
    expect(spreadsheet.text).toContain('Secret drop-in notes');
    expect(spreadsheet.text.split('\r\n').filter(Boolean)).toHaveLength(1 + doc.dropIns.length);

    const fresh = await browser.newContext(PHONE);
    const other = await fresh.newPage();
    await other.goto('coaching/');
    const there = await recordsIsland(other);
    await expect(there.getByText('No one yet.')).toBeVisible();
    const input = there.getByLabel('Import records from a file (JSON)');
    await input.setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await expectBeside(there.locator('.island-notice--local'), `Imported ${exported.name}: 3 drop-ins and 2 coachees added`);
    const imported = (await storedRecord(other))!;
    expect(imported.coachees).toEqual(doc.coachees);
    expect(imported.dropIns).toEqual(doc.dropIns);
    expect(imported.coach).toBe(doc.coach);
    await expect(there.getByRole('heading', { name: 'Jo Label' })).toBeVisible();
    // The same file again: nothing is added twice.
    await input.setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await expectBeside(there.locator('.island-notice--local'), '0 drop-ins and 0 coachees added, 0 records updated, 5 already here');
    expect(await storedRecord(other)).toEqual(imported);
    // A file that is not a coaching record is refused beside the control, and nothing is lost.
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "playbook-self-audit", "version": 3}') });
    await expectBeside(there.locator('.island-notice--local'), 'notes.json was not imported: This is not a coaching record.');
    await expectAxe(other, 'an import refused');
    markup.push(await markupNow(other, 'import refused'));
    expect(await storedRecord(other)).toEqual(imported);
    await fresh.close();
    expect(nuErrors(markup)).toEqual([]);
  });

  test('two tabs: each keeps what it typed, and a drop-in changed in one shows in the other', async ({ page, context }) => {
    const technique = await someTechnique(page);
    await seed(page, seededRecord(technique), 'coaching/drop-in/?coachee=coachee-sam');
    const one = await dropInIsland(page);
    await one.getByLabel('Other notes (optional)').fill('Typed in tab one');
    const second = await context.newPage();
    await second.goto('coaching/drop-in/?coachee=coachee-jo');
    const two = await dropInIsland(second);
    await two.getByLabel('Other notes (optional)').fill('Typed in tab two');
    // Back in the first tab, which has not reloaded.
    await one.getByLabel('Other notes (optional)').pressSequentially(', and more');
    const stored = (await storedRecord(page))!;
    expect(stored.dropIns.map((dropIn) => dropIn.notes).filter(Boolean).sort()).toEqual(['Secret drop-in notes', 'Typed in tab one, and more', 'Typed in tab two']);
    // The second tab opens the first tab's drop-in and changes it: the first tab shows the change.
    const id = new URL(page.url()).searchParams.get('id');
    expect(id).toBeTruthy();
    await second.goto(`coaching/drop-in/?id=${id}`);
    const same = await dropInIsland(second);
    await expect(same.getByLabel('Other notes (optional)')).toHaveValue('Typed in tab one, and more');
    await same.getByLabel('Other notes (optional)').fill('Changed in tab two');
    await expect(one.getByLabel('Other notes (optional)')).toHaveValue('Changed in tab two');
    // The records page in a third tab lists every coachee with their latest drop-in.
    await second.goto('coaching/');
    const records = await recordsIsland(second);
    await expect(records.locator('.coaching-coachee')).toHaveCount(2);
  });

  test('a corrupt store is set aside, offered for download, and recording starts afresh', async ({ page }) => {
    const broken = '{"version": 1, "coachees": [ oops';
    await seed(page, seededRecord(await someTechnique(page)));
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [RECORD_KEY, broken]);
    await page.goto('coaching/drop-in/');
    const island = await dropInIsland(page);
    const alert = island.getByRole('alert');
    await expect(alert).toContainText('could not be read');
    await expect(alert).toContainText('set aside in a backup');
    await expectAxe(page, 'unreadable records set aside');
    const markup = [await markupNow(page, 'corrupt')];
    const unreadable = await downloaded(page, () => island.getByRole('button', { name: 'Download the unreadable data' }).click());
    expect(unreadable.text).toBe(broken);
    await island.getByLabel('Their first name or initials').fill('New');
    await island.getByRole('button', { name: 'Add and choose' }).click();
    await island.getByLabel('Other notes (optional)').fill('Afresh');
    expect((await storedRecord(page))!.dropIns.map((dropIn) => dropIn.notes)).toEqual(['Afresh']);
    const backups = await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:backup:`)).map((name) => localStorage.getItem(name)), RECORD_KEY);
    expect(backups).toEqual([broken]);
    // Still offered on the next visit, on every coaching page.
    await page.goto('coaching/');
    await expect((await recordsIsland(page)).getByRole('alert')).toContainText('set aside in a backup');
    expect(nuErrors(markup)).toEqual([]);
  });

  test('storage full: the message is beside the field being typed in, the text stays, and it can be saved as a file that imports', async ({ page, browser }) => {
    const technique = await someTechnique(page);
    await seed(page, seededRecord(technique), 'coaching/drop-in/?coachee=coachee-sam');
    const island = await dropInIsland(page);
    const notes = island.getByLabel('Other notes (optional)');
    await notes.fill('Before the storage filled');
    await fillStorage(page);
    try {
      await notes.pressSequentially(', and after');
      const alert = island.locator('.coaching-went-well [role="alert"]');
      await expect(alert).toContainText('Not saved: this browser’s storage for this site is full');
      await expect(alert).toContainText('What you typed is still here on the screen');
      await expect(alert).toBeInViewport();
      // Beside the field: just under it, not at the top of the page.
      const field = (await notes.boundingBox())!;
      const box = (await alert.boundingBox())!;
      expect(box.y - (field.y + field.height)).toBeLessThan(40);
      await expect(notes).toHaveValue('Before the storage filled, and after');
      // What is stored stops where the storage filled up (a byte or two may still have fitted).
      const stored = (await storedRecord(page))!.dropIns.find((dropIn) => dropIn.notes.startsWith('Before'))!.notes;
      expect('Before the storage filled, and after'.startsWith(stored) && stored.length < 'Before the storage filled, and after'.length).toBe(true);
      await expectAxe(page, 'a save that failed');
      expect(nuErrors([await markupNow(page, 'storage full')])).toEqual([]);
      const unsaved = await downloaded(page, () => alert.getByRole('button', { name: 'Download what is not saved' }).click());
      expect(JSON.parse(unsaved.text).dropIns.some((dropIn: { notes: string }) => dropIn.notes === 'Before the storage filled, and after')).toBe(true);

      // The file is a records export: another browser imports it, typed text included.
      const fresh = await browser.newContext(PHONE);
      const other = await fresh.newPage();
      await other.goto('coaching/');
      await (await recordsIsland(other)).getByLabel('Import records from a file (JSON)').setInputFiles({ name: unsaved.name, mimeType: 'application/json', buffer: Buffer.from(unsaved.text) });
      await expect(other.locator('.island-notice--local')).toContainText('Imported');
      expect((await storedRecord(other))!.dropIns.some((dropIn) => dropIn.notes === 'Before the storage filled, and after')).toBe(true);
      await fresh.close();
    } finally {
      await freeStorage(page);
    }
    // With room again, the next keystroke saves everything typed, and the message goes.
    await notes.pressSequentially('!');
    await expect(island.locator('.coaching-went-well [role="alert"]')).toHaveCount(0);
    expect((await storedRecord(page))!.dropIns.some((dropIn) => dropIn.notes === 'Before the storage filled, and after!')).toBe(true);
  });

  test('delete one drop-in, one coachee, then everything, each after a confirmation', async ({ page }) => {
    await seed(page, seededRecord(await someTechnique(page)), 'coaching/coachee/?id=coachee-sam');
    const island = await coacheeIsland(page);
    await expectAxe(page, 'a coachee with a timeline');
    await island.getByRole('button', { name: 'Delete the drop-in of 7 September 2026' }).click();
    const question = island.getByRole('group', { name: /Delete the drop-in of 7 September 2026 from Sam Label’s record\?/ });
    await expect(question).toBeFocused();
    await expectAxe(page, 'confirming a drop-in\'s deletion');
    const markup = [await markupNow(page, 'confirm drop-in deletion')];
    await question.getByRole('button', { name: 'Yes, delete this drop-in' }).click();
    await expectBeside(island.locator('.island-notice--local'), 'The drop-in of 7 September 2026 has been deleted.');
    expect((await storedRecord(page))!.dropIns.map((dropIn) => dropIn.id).sort()).toEqual(['dropin-jo-1', 'dropin-sam-2']);

    await island.getByRole('button', { name: 'Delete Sam Label and their drop-ins' }).click();
    await expect(island.getByRole('group', { name: /Delete Sam Label and their 1 drop-in/ })).toBeFocused();
    await island.getByRole('button', { name: 'Yes, delete Sam Label' }).click();
    await expectBeside(island.locator('.island-notice--local'), 'Sam Label and their drop-ins have been deleted');
    expect(await storedRecord(page)).toMatchObject({ coachees: [{ id: 'coachee-jo' }], dropIns: [{ id: 'dropin-jo-1' }] });
    await expectAxe(page, 'a coachee deleted');

    await page.goto('coaching/');
    const records = await recordsIsland(page);
    await records.getByRole('button', { name: 'Delete my data' }).click();
    await expect(records.getByRole('group', { name: /Delete all your coaching records from this browser: 1 coachee and 1 drop-in\?/ })).toBeFocused();
    await records.getByRole('button', { name: 'Yes, delete my data' }).click();
    await expectBeside(records.locator('.island-notice--local'), 'Your coaching records have been deleted from this browser.');
    expect(await storedRecord(page)).toBeNull();
    await expect(records.getByText('No one yet.')).toBeVisible();
    expect(nuErrors(markup)).toEqual([]);
  });

  test('the trends file leaves out notes and names unless the coach ticks to include them, and says so before it is saved', async ({ page }) => {
    await seed(page, seededRecord(await someTechnique(page)));
    const island = await recordsIsland(page);
    const holds = island.locator('#cr-trends-holds');
    await expect(holds).toContainText('3 drop-ins');
    await expect(holds.getByRole('heading', { name: 'It leaves out' })).toBeVisible();
    await expect(holds).toContainText('Coachees’ names or initials');
    const plain = await downloaded(page, () => island.getByRole('button', { name: 'Export for trends' }).click());
    for (const secret of ['Secret', 'Sam Label', 'Jo Label', '7B']) expect(plain.text).not.toContain(secret);
    expect(JSON.parse(plain.text)).toMatchObject({ format: 'playbook-coaching-trends', includes: { notes: false, labels: false } });
    await island.getByLabel('My notes, what went well in my words, and the class').check();
    await island.getByLabel('The names or initials of the teachers I coach').check();
    await expect(holds.getByRole('heading', { name: 'It leaves out' })).toHaveCount(0);
    await expect(holds).toContainText('Each coachee’s name or initials, as you wrote them');
    await expectAxe(page, 'a trends file with notes and names ticked');
    const full = await downloaded(page, () => island.getByRole('button', { name: 'Export for trends' }).click());
    for (const secret of ['Secret drop-in notes', 'Secret look-for note', 'Sam Label', '7B']) expect(full.text).toContain(secret);
  });
});

test.describe('the teacher', () => {
  test.use(PHONE);

  test('gets their step by a link and by a file that hold only the technique, the step and the dates, keeps it, and gets a printed note on one page', async ({ page, browser }) => {
    const technique = await someTechnique(page);
    await seed(page, seededRecord(technique), 'coaching/coachee/?id=coachee-sam');
    const island = await coacheeIsland(page);
    const link = await island.getByLabel('The link to their step').inputValue();
    const url = new URL(link);
    expect(url.pathname).toMatch(/\/my-step\/$/);
    expect(url.search).toBe('');
    expect(Object.fromEntries(new URLSearchParams(url.hash.slice(1)))).toEqual({ v: '1', technique: technique.id, step: technique.steps[0]!.id, set: '2026-09-07', followUp: '2026-10-05' });
    const file = await downloaded(page, () => island.getByRole('button', { name: 'Save the step as a file' }).click());
    expect(JSON.parse(file.text)).toEqual({ format: 'playbook-teacher-step', version: 1, step: { technique: technique.id, step: technique.steps[0]!.id, set: '2026-09-07', followUp: '2026-10-05' } });

    // The note prints alone on one A4 page: the step, what it looks like done well, the rehearsal; never the coach's notes.
    await page.evaluate(() => document.documentElement.classList.add('print-coaching-note'));
    await page.emulateMedia({ media: 'print' });
    const note = page.locator('.coaching-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText(technique.steps[0]!.title);
    await expect(note).toContainText(technique.rehearsal.setup);
    await expect(note).toContainText('5 October 2026');
    await expect(note).not.toContainText('Secret');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // On the teacher's own device.
    const teacherContext = await browser.newContext(PHONE);
    const teacher = await teacherContext.newPage();
    teacher.on('pageerror', (error) => {
      throw error;
    });
    await teacher.goto(link);
    const mine = await coachingIsland(teacher, 'My steps');
    await expect(mine.getByRole('heading', { name: 'The step your coach sent you' })).toBeVisible();
    await expect(mine).toContainText(technique.steps[0]!.detail);
    await expect(mine).toContainText('Your coach will come back to see it on 5 October 2026.');
    await expectAxe(teacher, 'a step received by link');
    const markup = [await markupNow(teacher, 'my step received')];
    await mine.getByRole('button', { name: 'Keep it in my record on this device' }).click();
    await expectBeside(mine.locator('.island-notice--local'), 'is in your record on this device');
    await teacher.reload();
    const again = await coachingIsland(teacher, 'My steps');
    await expect(again.getByRole('heading', { name: 'Step set on 7 September 2026' })).toBeVisible();
    const calendar = await downloaded(teacher, () => again.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click());
    expect(readCalendar(calendar.text)).toMatchObject({ start: '2026-10-05', allDay: true });
    // The file of the same step adds nothing twice.
    await again.getByLabel('Open a step file from your coach (JSON)').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(again.locator('.island-notice--local')).toContainText('is in your record');
    const kept = JSON.parse((await teacher.evaluate((key) => localStorage.getItem(key), TEACHER_KEY))!);
    expect(kept.steps).toHaveLength(1);
    await expectAxe(teacher, 'a step kept');
    markup.push(await markupNow(teacher, 'my step kept'));
    // A broken link says so, and keeps nothing.
    // (From another page: a change of the part after "#" alone does not load the page again.)
    await teacher.goto('coaching/');
    await teacher.goto(link.replace(/technique=[^&]+/, 'technique=%3Cscript%3E'));
    const broken = await coachingIsland(teacher, 'My steps');
    await expect(broken).toContainText('This link could not be read.');
    await expectAxe(teacher, 'a broken link');
    await teacherContext.close();
    expect(nuErrors(markup)).toEqual([]);
  });
});

/** A coach's trends file, made by the engine's own code: `count` coachees, each with a step set and secured `days` later. */
function trendsFile(coach: string, count: number, technique: TechniqueInfo, step: number, group: string, days = 14) {
  const at = (day: string) => `${day}T09:00:00.000Z`;
  let doc = emptyDoc(`coach-${coach}`);
  for (let index = 0; index < count; index++) {
    const id = `${coach}-coachee-${index}`;
    doc = saveCoachee(doc, { id, label: `Named ${coach} ${index}`, group }, at('2026-09-01'));
    const ref = { technique: technique.id, step: technique.steps[step]!.id };
    const base = { coachee: id, className: 'Class name', phase: '', subject: '', technique: technique.id, wentWell: [], notes: 'Private notes' };
    doc = saveDropIn(doc, { ...base, id: `${id}-set`, date: '2026-09-07', step: ref, followUp: '' }, at('2026-09-07'));
    const secured = new Date(Date.UTC(2026, 8, 7 + days + index)).toISOString().slice(0, 10);
    doc = saveDropIn(doc, { ...base, id: `${id}-secure`, date: secured, review: { of: `${id}-set`, outcome: 'secured' }, followUp: '' }, at(secured));
  }
  return { name: `${coach}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, new Date('2026-12-01T12:00:00Z')))) };
}

test.describe('trends for a PD lead', () => {
  test.use(PHONE);

  test('no figure about fewer coachees than the floor, the reason on the page, files that cannot be used listed, and a report that holds only what is shown', async ({ page }) => {
    const technique = await someTechnique(page);
    await page.goto('coaching/trends/');
    const input = page.getByLabel('Add coaches’ trends files (JSON)');
    await expect(input).toBeEnabled();
    await expectAxe(page, 'trends with no files');
    const markup = [await markupNow(page, 'trends empty')];
    // Watch for the progress bar while the files are read.
    await page.evaluate(() => {
      new MutationObserver(() => {
        if (document.querySelector('progress')) document.documentElement.dataset.sawProgress = 'yes';
      }).observe(document.body, { subtree: true, childList: true });
    });

    // Four coachees: nothing is shown, and the page says why.
    await input.setInputFiles([trendsFile('a', 4, technique, 0, 'Oak School')]);
    const report = page.locator('[data-trends-ready]');
    await expect(report).toContainText('This file covers fewer than 5 teachers, so no figure is shown');
    await expect(report.locator('table')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.dataset.sawProgress)).toBe('yes');
    await expectAxe(page, 'trends under the floor');

    // One more coachee, from another coach and school, and a file that is a coach's full record: five coachees give figures.
    await input.setInputFiles([trendsFile('b', 1, technique, 1, 'Ash School', 28), { name: 'full-record.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'playbook-coaching', version: 1 })) }]);
    await expect(page.getByRole('status').filter({ hasText: 'Added 2 files; 1 could not be used. 3 files loaded in all.' })).toBeVisible();
    await expect(page.locator('.gr-failures')).toContainText('full-record.json: This is a coach’s full record');
    await expect(report.getByRole('heading', { name: 'Overall' })).toBeVisible();
    await expect(report).toContainText('2 files by 2 coaches: 5 coachees, 10 drop-ins');
    await expect(report).toContainText('5 set, 5 secure, 0 refined');
    // The median days to secure: 14, 15, 16, 17 and 28 days.
    await expect(report).toContainText('16 days (of 5 steps made secure)');
    // By step: four coachees on one step, one on another; pooled, they reach the floor as "others".
    const bySchool = report.getByRole('table', { name: 'By school or group' });
    await expect(bySchool).not.toContainText('Ash School');
    await expect(bySchool).toContainText('Others (2 rows)');
    await expect(report).toContainText('withheld');
    await expectAxe(page, 'trends with figures');
    markup.push(await markupNow(page, 'trends report'));
    const csv = await downloaded(page, () => report.getByRole('button', { name: 'Download the trends (CSV)' }).click());
    for (const absent of ['Named', 'Private notes', 'Class name', 'Ash School', 'Oak School']) expect(csv.text).not.toContain(absent);
    expect(csv.text).toContain('Others (2 rows)');
    expect(nuErrors(markup)).toEqual([]);
  });
});

test.describe('as the islands draw themselves', () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`nothing in view moves on any coaching page at ${viewport.width} px (no layout shift)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Every layout shift from the first paint on, with what moved.
      await page.addInitScript(() => {
        const shifts: string[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
            shifts.push(`${entry.value.toFixed(3)}: ${entry.sources.map((source) => source.node?.textContent?.slice(0, 40) ?? '?').join(' | ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of ['coaching/', 'coaching/drop-in/', 'coaching/coachee/', 'coaching/trends/', 'my-step/']) {
        await page.goto(path);
        await expect(page.locator('main section.island').first()).toBeVisible();
        await expect(page.getByText('Loading the playbook’s techniques…')).toHaveCount(0);
        await page.waitForLoadState('networkidle');
        // Two frames, so a shift from the last render is reported.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts), path).toEqual([]);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });

  test('each coaching page says what it is for, and that keeping records needs JavaScript', async ({ page }) => {
    for (const [path, title, needs] of [
      ['coaching/', 'Coaching records', 'Keeping coaching records needs JavaScript'],
      ['coaching/drop-in/', 'Record a drop-in', 'Keeping coaching records needs JavaScript'],
      ['coaching/coachee/', 'A coachee’s record', 'Keeping coaching records needs JavaScript'],
      ['coaching/trends/', 'Coaching trends', 'Coaching trends needs JavaScript'],
      ['my-step/', 'My steps', 'Keeping coaching records needs JavaScript'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('.lede')).toBeVisible();
      await expect(page.locator('.coaching-noscript')).toContainText(needs);
      await expect(page.locator('.coaching-noscript')).toBeInViewport();
      // Nothing that would not work is shown.
      await expect(page.locator('input, select, textarea').filter({ visible: true }).and(page.locator('main *'))).toHaveCount(0);
    }
  });
});

test.describe('offline', () => {
  test.use({ ...PHONE, serviceWorkers: 'allow' });

  test('after a first visit to the home page, a drop-in is recorded with no connection, and the other coaching pages open', async ({ page, context }) => {
    test.setTimeout(120_000);
    const technique = await someTechnique(page);
    await page.goto('');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    try {
      const read = await page.goto(`coaching/drop-in/?technique=${technique.id}`);
      expect(read?.fromServiceWorker()).toBe(true);
      const island = await dropInIsland(page);
      await island.getByLabel('Their first name or initials').fill('Offline');
      await island.getByRole('button', { name: 'Add and choose' }).click();
      await island.getByRole('group', { name: `The steps of ${technique.title}` }).getByRole('radio', { name: technique.steps[0]!.title }).check();
      await island.getByLabel('Other notes (optional)').fill('No signal at the back of the room');
      expect((await storedRecord(page))!.dropIns[0]).toMatchObject({ notes: 'No signal at the back of the room', step: { step: technique.steps[0]!.id } });
      await island.getByRole('link', { name: 'See Offline’s record' }).click();
      await expect((await coacheeIsland(page)).getByText('Working on:')).toBeVisible();
      await page.goto('coaching/');
      await expect((await recordsIsland(page)).getByRole('heading', { name: 'Offline' })).toBeVisible();
      await page.goto('coaching/trends/');
      await expect(page.getByLabel('Add coaches’ trends files (JSON)')).toBeEnabled();
      await page.goto('my-step/');
      await coachingIsland(page, 'My steps');
    } finally {
      await context.setOffline(false);
    }
  });
});
