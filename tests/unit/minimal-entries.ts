/** Small valid entries of every collection, shared by the schema and message tests. */
import type { CollectionName } from '../../src/collections/index.ts';

/** The smallest valid entry of each collection: only required fields, so defaults show. */
export const MINIMAL: Record<CollectionName, Record<string, unknown>> = {
  strands: { id: 'questioning', title: 'Questioning', summary: 'Asking questions.', order: 0 },
  sources: { id: 'a-source', authors: 'A. Author', year: 'n.d.', title: 'A title' },
  techniques: {
    title: 'Cold call',
    summary: 'Ask, pause, name.',
    strand: 'questioning',
    phases: ['primary'],
    problems: ['Few pupils answer'],
    steps: [
      { title: 'Ask the question', detail: 'Ask first.' },
      { title: 'Pause', detail: 'Wait.' },
      { title: 'Name the pupil', detail: 'Then name.' },
    ],
    lookFors: ['Everyone thinks'],
    pitfalls: ['Naming first'],
    rehearsal: { setup: 'Colleagues play pupils.', script: 'What is 7 x 8? ... Priya.', feedback: ['Pause length'] },
    evidence: [{ source: 'a-source', note: 'Describes it.' }],
  },
  frameworks: { title: 'Teaching framework', summary: 'What good teaching is here.', elements: [{ id: 'ask', title: 'Ask well', description: 'Everyone answers.' }], sources: ['a-source'] },
  sequences: { title: 'First term', audience: 'ECTs', summary: 'Questioning first.', steps: [{ technique: 'cold-call', weeks: 2 }] },
  rubrics: {
    title: 'Questioning rubric',
    summary: 'For drop-ins.',
    purposes: ['observation'],
    levels: [
      { id: 'developing', label: 'Developing' },
      { id: 'secure', label: 'Secure' },
    ],
    criteria: [{ id: 'involvement', title: 'Involvement', descriptors: { developing: 'Some', secure: 'All' } }],
    sources: ['a-source'],
  },
  audits: {
    title: 'Self-audit',
    summary: 'How confident are you?',
    audience: 'Teachers',
    scale: [
      { value: 1, label: 'Not yet', description: 'Not tried.' },
      { value: 2, label: 'Yes', description: 'Every lesson.' },
    ],
    sections: [{ id: 'asking', title: 'Asking', items: [{ id: 'asking-1', text: 'I ask first.' }] }],
    sources: ['a-source'],
  },
  mentorCriteria: {
    title: 'Mentor criteria',
    summary: 'What a mentor shows.',
    role: 'coach',
    criteria: [{ id: 'feedback', title: 'Feedback', description: 'Specific.', evidencePrompt: 'Describe a time…' }],
    sources: ['a-source'],
  },
  protocols: {
    title: 'Practice clinic',
    summary: 'Weekly rehearsal.',
    kind: 'coaching',
    groupSize: { min: 2, max: 2 },
    roles: [{ name: 'Lead', description: 'Runs it.' }],
    steps: [{ title: 'Rehearse', detail: 'Everyone rehearses.' }],
    sources: ['a-source'],
  },
  caseStudies: {
    title: 'A school coaches',
    summary: 'It coached.',
    organisation: 'A School',
    type: 'school',
    phases: ['secondary'],
    focus: 'Coaching',
    sources: ['a-source'],
  },
};
