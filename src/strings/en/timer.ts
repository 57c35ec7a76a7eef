/** The protocol timer (a protocol's page): its display, buttons and announcements. Step names come from the content. */
import { plural } from '../table.ts';

export const timer = {
  heading: 'Timer',
  /** The heading in large display, which hides the rest of the page. */
  headingLarge: 'Timer: {title}',
  step: 'Step {number} of {total}: {title}',
  /** A clock reading: minutes and two-digit seconds ("4:05"). */
  clock: '{minutes}:{seconds}',
  /** The clock, then words for screen readers only: "4:05 left in this step". */
  leftInStep: '{time} left in this step',
  soFarInUntimedStep: '{time} so far in this untimed step',
  statusReady: 'Not started',
  statusRunning: 'Running',
  statusPaused: 'Paused',
  statusFinished: 'Finished',
  /** The status at an untimed step: "Running · untimed step: press Next step when ready". */
  statusUntimed: '{status} · untimed step: press Next step when ready',
  totalLeft: '{time} left in all',
  totalLeftUntimed: plural({ one: '{time} left in all, plus {count} untimed step', other: '{time} left in all, plus {count} untimed steps' }),
  totalFinished: 'No time left: the protocol is finished.',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  nextStep: 'Next step',
  reset: 'Reset',
  largeDisplay: 'Large display',
  leaveLargeDisplay: 'Leave large display',
  escapeHint: 'Or press Escape.',
  beep: 'Beep when the step changes',
  /** The list of steps, each with its length. */
  stepTimed: '{title} ({time})',
  stepUntimed: '{title} (untimed)',

  // Announced to screen readers (and shown) when the step changes.
  /** Put before the announcement on screen ("Now: Step 2 of 6: …"). */
  now: 'Now:',
  announceStep: 'Step {number} of {total}: {title}, {duration}.',
  announceUntimedStep: 'Step {number} of {total}: {title}, untimed: press Next step when ready.',
  announceFinished: 'Time is up: {title} is finished.',
  /** Lengths said in words: "4 minutes 5 seconds". */
  minutes: plural({ one: '{count} minute', other: '{count} minutes' }),
  seconds: plural({ one: '{count} second', other: '{count} seconds' }),
  minutesAndSeconds: '{minutes} {seconds}',
};
