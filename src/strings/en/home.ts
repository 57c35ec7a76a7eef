import { plural } from '../table.ts';

/** The home page: three ways in, the search box, the strands and a featured PD sequence. */
export const home = {
  searchFormLabel: 'Home',
  searchLabel: 'Search techniques, protocols and case studies',
  waysHeading: 'Three ways in',
  teachTitle: 'I teach',
  teachText: 'Find a technique for what you see in class: steps, look-fors and worked examples for your phase.',
  mentorTitle: 'I mentor or coach',
  mentorText: 'Record coaching drop-ins and one action step at a time, take a self-audit, see what to develop next, and run coaching and lesson-study protocols with your teachers.',
  coachingRecords: 'Coaching records',
  selfAudits: 'Self-audits',
  leadTitle: 'I lead PD or a trust',
  leadText: 'Write your own techniques and PD sequences in the browser, see how a team rates itself and how coaching is going, and make the playbook your own.',
  writeEntry: 'Write or change an entry',
  buildSequence: 'Build a PD sequence',
  coachingTrends: 'Coaching trends',
  makeItYoursGuide: 'Make it yours: the guide',
  featuredHeading: 'A PD sequence to start with',
  /** Under the featured sequence: its audience, then {steps} and {weeks} (the two plurals below). */
  featuredFacts: '{audience} · {steps} over {weeks}',
  steps: plural({ one: '{count} step', other: '{count} steps' }),
  weeks: plural({ one: '{count} week', other: '{count} weeks' }),
};
