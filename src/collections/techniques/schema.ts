/**
 * `content/techniques/*.mdx`: one classroom technique. The file name is the id.
 * The frontmatter holds the fields below; the body holds worked examples as
 * `<Example phase="…" subject="…" title="…">` blocks.
 *
 * Where a technique comes from: published evidence (`evidence`, sources it cites), the school's or
 * trust's own practice (`ownPractice`, a description its page shows), or both. It needs at least
 * one: a technique with no evidence must say that it comes from the playbook's own practice and
 * how. So the default content's evidence stays required (a technique whose evidence is taken
 * away, with nothing said of its own practice, fails the check), while a trust can write down what
 * it developed itself honestly, without citing a source that does not support it.
 */
import { z } from 'astro/zod';
import { evidence, id, oneOf, ref, refs, text, type Taxonomy } from '../../schemas/common.ts';
import { longText } from '../../schemas/editor-hints.ts';

/** One action step: a short imperative title and what doing it involves. */
export const actionStep = () =>
  z
    .object({
      id: id()
        .optional()
        .describe('Optional: the id sequences use to name this step. Default: made from the title, like "name-the-pupil-last".'),
      title: text().describe('A short imperative, like "Ask the question, pause, then name the pupil".'),
      detail: text().meta(longText).describe('What doing the step involves, in two or three sentences.'),
      model: stepModel()
        .optional()
        .describe(
          'Optional: a model of the step done well, a video or document the trust hosts. The page shows it as a link and never embeds it, so no page loads anything from another host. Default: none.',
        ),
    })
    .strict();

/** A link to a model of an action step: where it is, what it shows, and the consent it rests on. */
const stepModel = () =>
  z
    .object({
      url: z
        .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'a web address starting http:// or https://, like "https://media.example.org/cold-call-pause.mp4"' })
        .describe('Where the video or document is, as a web address starting http:// or https://, like "https://media.example.org/cold-call-pause.mp4".'),
      caption: text().describe('What the model shows, as the link\'s words, like "Year 5 maths: the pause before naming a pupil (2 minutes)".'),
      consent: text().describe(
        'The consent it rests on and who may watch it, like "Filmed with the consent of the teacher and of the parents of the pupils shown; for staff of the trust only".',
      ),
    })
    .strict();

/** The name of the rule that a technique cites evidence or describes its own practice (the editor says it in its own words). */
export const OWN_PRACTICE_RULE = 'evidence-or-own-practice';

export const techniqueSchema = (taxonomy: Taxonomy) =>
  z
    .object({
      title: text().describe('The technique\'s name, like "Cold call".'),
      summary: text().meta(longText).describe('What it is and why it matters, in one or two sentences.'),
      strand: ref('a strand in content/strands.yaml', 'strands').describe('The strand it belongs to: an id from content/strands.yaml.'),
      phases: z.array(oneOf(taxonomy.phases, 'phases')).min(1).describe('The phases it suits. At least one.'),
      subjects: z.array(oneOf(taxonomy.subjects, 'subjects')).default([]).describe('Subjects it is especially suited to. Default: none, meaning any subject.'),
      problems: z.array(text().meta(longText)).min(1).describe('Learning problems it addresses, as a teacher would say them, like "The same few pupils answer every question". At least one.'),
      steps: z.array(actionStep()).min(3).max(7).describe('The action steps, in order: 3 to 7.'),
      lookFors: z.array(text().meta(longText)).min(1).describe('What an observer sees or hears when it works. At least one.'),
      pitfalls: z.array(text().meta(longText)).min(1).describe('How it goes wrong. At least one.'),
      rehearsal: z
        .object({
          setup: text().meta(longText).describe('How to set up the practice: who plays whom, what is needed.'),
          script: text().meta(longText).describe('A short script the teacher rehearses.'),
          feedback: z.array(text().meta(longText)).min(1).describe('What the coach or colleagues give feedback on. At least one.'),
        })
        .strict()
        .describe('How to practise it in a practice clinic.'),
      evidence: z
        .array(evidence())
        .default([])
        .describe('The published sources behind it, each with a note. At least one, unless `ownPractice` says it comes from your own practice. Default: none.'),
      ownPractice: text()
        .meta(longText)
        .optional()
        .describe(
          'Optional: where the technique comes from your own school\'s or trust\'s practice rather than a published source: where and how it was developed, and what you saw. Its page shows it under "From our own practice". Give this, `evidence`, or both.',
        ),
      related: refs('related techniques', 'techniques'),
    })
    .strict()
    // Checked whatever else is wrong, so that the editor can say it from the start.
    .check(
      z.refine((data) => !data || typeof data !== 'object' || (Array.isArray(data.evidence) && data.evidence.length > 0) || data.ownPractice !== undefined, {
        when: () => true,
        path: ['evidence'],
        message: 'at least one source, or an `ownPractice` saying how it comes from your own practice',
        params: { rule: OWN_PRACTICE_RULE, other: ['ownPractice'] },
      }),
    );
