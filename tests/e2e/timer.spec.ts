/**
 * The protocol timer, driven by Playwright's controlled clock: counting down, pausing, moving on
 * by itself and announcing it, next, reset, large mode, and axe. Protocols without timed steps
 * have no timer.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { axeViolations } from './island-helpers.ts';

/** Opens, from the protocols index, the first protocol whose first step is timed; checks every page on the way has a timer exactly when it has timed steps. */
async function openTimedProtocol(page: Page): Promise<void> {
  await page.goto('protocols/');
  const hrefs = (await page.locator('main a[href*="protocols/"]').evaluateAll((anchors) => [...new Set(anchors.map((anchor) => (anchor as HTMLAnchorElement).href))])).filter((href) => /\/protocols\/[^/]+\/$/.test(href));
  for (const href of hrefs) {
    await page.goto(href);
    // The page lists timed steps as "(4 minutes)"; only those pages get a timer.
    const timed = await page.locator('ol.steps li strong').filter({ hasText: /\(\d+(\.\d+)? minutes?\)/ }).count();
    if (timed === 0) {
      await expect(page.getByRole('region', { name: /^Timer/ })).toHaveCount(0);
      continue;
    }
    await expect(page.getByRole('region', { name: /^Timer/ })).toBeVisible();
    const firstTimed = await page.locator('ol.steps li strong').first().filter({ hasText: /\(\d+(\.\d+)? minutes?\)/ }).count();
    if (firstTimed > 0) return;
  }
  throw new Error('no protocol in the default content starts with a timed step');
}

/** The steps as the timer lists them: title and length in milliseconds (null when untimed). */
async function timerSteps(page: Page): Promise<{ title: string; ms: number | null }[]> {
  const items = await page.locator('.timer__steps li').allTextContents();
  return items.map((text) => {
    const match = /^(.*) \((\d+):(\d{2})\)$/.exec(text.trim());
    if (match) return { title: match[1]!, ms: (Number(match[2]) * 60 + Number(match[3])) * 1000 };
    return { title: text.replace(/ \(untimed\)$/, '').trim(), ms: null };
  });
}

const clock = (ms: number) => `${Math.floor(Math.ceil(ms / 1000) / 60)}:${String(Math.ceil(ms / 1000) % 60).padStart(2, '0')}`;

test('the timer counts down, pauses, moves on by itself with an announcement, and resets', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-09-14T09:00:00Z') });
  await openTimedProtocol(page);
  const timer = page.getByRole('region', { name: /^Timer/ });
  const steps = await timerSteps(page);
  const first = steps[0]!;
  const timeLeft = timer.getByRole('timer');
  const live = timer.locator('[aria-live="polite"]');
  await expect(timer.locator('.timer__step')).toHaveText(`Step 1 of ${steps.length}: ${first.title}`);
  expect(await axeViolations(page), 'ready').toEqual([]);

  expect(first.ms).not.toBeNull();
  await expect(timeLeft).toContainText(clock(first.ms!));
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(30_000);
  await expect(timeLeft).toContainText(clock(first.ms! - 30_000));
  await timer.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(5 * 60_000);
  await expect(timeLeft).toContainText(clock(first.ms! - 30_000));
  await expect(timer).toContainText('Paused');
  expect(await axeViolations(page), 'paused').toEqual([]);
  await timer.getByRole('button', { name: 'Resume' }).click();
  // Run past the end of the first step: the timer moves on by itself and says so.
  await page.clock.runFor(first.ms! - 30_000 + 1_000);
  const second = steps[1]!;
  await expect(timer.locator('.timer__step')).toHaveText(`Step 2 of ${steps.length}: ${second.title}`);
  await expect(live).toHaveText(new RegExp(`^Step 2 of ${steps.length}: ${second.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
  // The change is shown on screen, not only announced.
  await expect(live).toBeVisible();
  await expect(live).toBeInViewport();
  if (second.ms !== null) await expect(timeLeft).toContainText(clock(second.ms - 1_000));
  await expect(timer.locator('.timer__steps li[aria-current="step"]')).toContainText(second.title);

  // Next step skips ahead and announces the step.
  await timer.getByRole('button', { name: 'Next step' }).click();
  await expect(timer.locator('.timer__step')).toHaveText(`Step 3 of ${steps.length}: ${steps[2]!.title}`);
  await expect(live).toContainText(`Step 3 of ${steps.length}`);

  // Large mode for a projector; the same button leaves it, and so does Escape.
  await timer.getByRole('button', { name: 'Large display' }).click();
  await expect(timer).toHaveClass(/timer--large/);
  const leave = timer.getByRole('button', { name: 'Leave large display' });
  await expect(leave).toBeVisible();
  await expect(live).toBeVisible();
  expect(await axeViolations(page), 'large').toEqual([]);
  await leave.click();
  await expect(timer).not.toHaveClass(/timer--large/);
  const large = timer.getByRole('button', { name: 'Large display' });
  await expect(large).toBeFocused();
  await large.click();
  await expect(timer).toHaveClass(/timer--large/);
  await page.keyboard.press('Escape');
  await expect(timer).not.toHaveClass(/timer--large/);
  await expect(large).toBeFocused();

  await timer.getByRole('button', { name: 'Reset' }).click();
  await expect(timer.locator('.timer__step')).toHaveText(`Step 1 of ${steps.length}: ${first.title}`);
  await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
  if (first.ms !== null) await expect(timeLeft).toContainText(clock(first.ms));
});

test('the total time left is shown, and a beep can be chosen (off by default)', async ({ page }) => {
  // Count the tones Web Audio is asked to play; nothing else about the audio is changed.
  await page.addInitScript(() => {
    const played = { count: 0 };
    (window as unknown as { played: typeof played }).played = played;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      played.count++;
      return original.call(this);
    };
  });
  await page.clock.install({ time: new Date('2026-09-14T09:00:00Z') });
  await openTimedProtocol(page);
  const timer = page.getByRole('region', { name: /^Timer/ });
  const steps = await timerSteps(page);
  const timed = steps.filter((step) => step.ms !== null).reduce((sum, step) => sum + step.ms!, 0);
  const untimed = steps.filter((step) => step.ms === null).length;
  const total = timer.locator('.timer__total');
  await expect(total).toHaveText(`${clock(timed)} left in all${untimed > 0 ? `, plus ${untimed} untimed step${untimed === 1 ? '' : 's'}` : ''}`);
  const played = () => page.evaluate(() => (window as unknown as { played: { count: number } }).played.count);

  const beep = timer.getByRole('checkbox', { name: 'Beep when the step changes' });
  await expect(beep).not.toBeChecked();
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(steps[0]!.ms! + 500);
  await expect(timer.locator('.timer__step')).toContainText('Step 2');
  expect(await played(), 'silent by default').toBe(0);
  await expect(total).toContainText('left in all');

  await beep.check();
  const sample = await played();
  expect(sample, 'a sample beep when it is turned on').toBeGreaterThan(0);
  await timer.getByRole('button', { name: 'Next step' }).click();
  await expect(timer.locator('.timer__step')).toContainText('Step 3');
  await expect.poll(played).toBeGreaterThan(sample);
  expect(await axeViolations(page), 'with the total and the sound choice').toEqual([]);
});

test('running to the end finishes the protocol and says so', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-09-14T09:00:00Z') });
  await openTimedProtocol(page);
  const timer = page.getByRole('region', { name: /^Timer/ });
  const steps = await timerSteps(page);
  await timer.getByRole('button', { name: 'Start' }).click();
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    if (step.ms === null) await timer.getByRole('button', { name: 'Next step' }).click();
    else await page.clock.runFor(step.ms);
  }
  await expect(timer).toContainText('Finished');
  await expect(timer.locator('[aria-live="polite"]')).toHaveText(/^Time is up: .* is finished\.$/);
  await expect(timer.getByRole('button', { name: 'Start' })).toBeDisabled();
});
