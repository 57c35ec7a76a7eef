/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { first, firstSource, idList, ScaffoldError, sourceNote, termsNote, TODO } from '../template-helpers.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const strand = first(context, 'strands', 'strand', 'A technique belongs to a strand', 'strands');
  const source = firstSource(context, 'A technique cites its evidence');
  const phase = context.taxonomy.phases[0];
  if (phase === undefined) throw new ScaffoldError('A technique names the phases it suits, and content/playbook.yaml has no phases yet.');
  return {
    data: {
      title,
      summary: `${TODO}: what it is and why it matters, in one or two sentences.`,
      strand,
      phases: [phase],
      subjects: [],
      problems: [`${TODO}: a learning problem it addresses, in a teacher's words.`],
      steps: [
        { title: `${TODO}: the first action step, as a short imperative`, detail: `${TODO}: what doing it involves, in two or three sentences.` },
        { title: `${TODO}: the second action step`, detail: `${TODO}: what doing it involves.` },
        { title: `${TODO}: the third action step`, detail: `${TODO}: what doing it involves.` },
      ],
      lookFors: [`${TODO}: what an observer sees or hears when it works.`],
      pitfalls: [`${TODO}: how it goes wrong.`],
      rehearsal: {
        setup: `${TODO}: how to set up the practice: who plays whom, what is needed.`,
        script: `${TODO}: a short script the teacher rehearses.`,
        feedback: [`${TODO}: what colleagues give feedback on.`],
      },
      evidence: [{ source, note: `${TODO}: what the source shows about this technique, in a sentence.` }],
      related: [],
    },
    notes: {
      strand: `Placeholder: change it to the strand it belongs to. Strands in this playbook: ${idList(context.ids.strands ?? [])}.`,
      phases: termsNote('Phases', context.taxonomy.phases),
      subjects: `${termsNote('Subjects', context.taxonomy.subjects)} Leave the list empty for any subject.`,
      'steps[].id': 'Each step may also have an id; sequences name a step by it.',
      'evidence[].source': sourceNote(context),
      evidence: 'For a technique from your own practice rather than a published source, give `ownPractice: <where and how it was developed>` instead of (or as well as) evidence.',
      related: `Technique ids, like: ${idList(context.ids.techniques ?? [], 6)}.`,
    },
    body: [
      `{/* Worked examples: one <Example> for each phase or subject you can show. phase and title are required, subject is optional. */}`,
      '',
      `<Example phase="${phase}" title="${TODO}: a worked example">`,
      `${TODO}: what the teacher says and does, step by step, and what the pupils do.`,
      '</Example>',
      '',
    ].join('\n'),
  };
}
