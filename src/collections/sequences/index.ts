/** Sequences: ordered PD sequences built from techniques, one `.yaml` file each in `content/sequences/`. */
import { stepId } from '../../lib/content/step-id.ts';
import { defineCollection } from '../define.ts';
import { sequenceSchema } from './schema.ts';
import { template } from './template.ts';
import { weekRanges } from '../../lib/sequence.ts';
import { editor, entries as words, format, formatPlural } from '../../strings/index.ts';

/** A draft sequence's length for the editor's preview, counted as its page counts it; weeks not yet a whole number count as none. */
function draftLength(data: Record<string, unknown>): string {
  const steps = Array.isArray(data.steps) ? data.steps : [];
  const weeks = steps.map((step: unknown) => {
    const value: unknown = step && typeof step === 'object' ? Reflect.get(step, 'weeks') : undefined;
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
  });
  const total = weekRanges(weeks).at(-1)?.end ?? 0;
  return format(editor.sequenceLength, { steps: formatPlural(editor.sequenceSteps, steps.length), weeks: formatPlural(editor.sequenceWeeks, total) });
}

export const sequences = defineCollection({
  name: 'sequences',
  path: 'sequences',
  format: 'yaml',
  labels: { singular: 'sequence', plural: 'sequences', type: 'Sequence' },
  route: 'sequences',
  nav: 4,
  schema: sequenceSchema,
  references: (data) => data.steps.map((step, i) => ({ path: ['steps', i, 'technique'], target: 'techniques', id: step.technique })),
  check(checker, entry) {
    entry.data.steps.forEach((step, i) => {
      const technique = checker.find('techniques', step.technique);
      if (!technique || step.step === undefined) return;
      const ids = technique.data.steps.map(stepId);
      if (!ids.includes(step.step)) {
        checker.report(entry, ['steps', i, 'step'], `an action step of ${JSON.stringify(step.technique)}: one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`, `${JSON.stringify(step.step)}, which it does not have`, { rule: 'no-part', collection: 'techniques', id: step.technique });
      }
    });
  },
  template,
  editorNote: draftLength,
  index: {
    facts: (entry) => format(words.sequenceFacts, { audience: entry.data.audience, weeks: formatPlural(words.weeks, entry.data.steps.reduce((sum, step) => sum + step.weeks, 0)) }),
    intro: { text: words.sequencesIntro, link: { href: 'sequence-builder/', label: words.sequencesIntroLink }, after: words.sequencesIntroAfter },
  },
  jsonSchema: { file: 'sequence.schema.json', title: 'A PD sequence', description: 'An ordered PD sequence built from techniques. The file name is its id. Which techniques and action steps exist is checked by `npm run check`.' },
});
