/**
 * The starting data of a new entry of each collection, for `npm run new`. Every required field is
 * filled with a placeholder that passes the content check: text fields say what to write (and
 * start with "TODO" so an author can find them), references name an entry that exists, and lists
 * have the fewest items the schema allows. Notes add guidance that depends on the playbook, such
 * as the ids a field may take.
 */
import { MENTOR_ROLES } from '../../schemas/mentor-criteria.ts';
import { PROTOCOL_KINDS } from '../../schemas/protocol.ts';
import { ORGANISATION_TYPES } from '../../schemas/case-study.ts';
import { RUBRIC_PURPOSES } from '../../schemas/rubric.ts';
import type { Taxonomy } from '../../schemas/common.ts';
import type { CollectionName } from '../content/collections.ts';

/** What a template needs to know about the playbook it writes into. */
export interface ScaffoldContext {
  /** The playbook's phases, subjects and improvement-model components, by id. */
  taxonomy: Taxonomy;
  /** The ids of the entries that exist, by collection. */
  ids: Partial<Record<CollectionName, readonly string[]>>;
  /** The `order` of each strand that exists. */
  strandOrders: readonly number[];
  /** This year, for a new source. */
  year: number;
}

/** A new entry's data, with guidance. */
export interface Scaffold {
  /** The fields, in the order they are written. */
  data: Record<string, unknown>;
  /** Extra guidance by field path (`strand`, `evidence[].source`), shown with the field's description. */
  notes: Record<string, string>;
  /** MDX only: the body below the frontmatter. */
  body?: string;
}

/** A new entry cannot be made yet, because the playbook lacks something it must name. */
export class ScaffoldError extends Error {}

/** The text of every placeholder starts with this, so `grep -rn TODO content/` finds them. */
export const TODO = 'TODO';

/** A short list of ids for a note: the first few, then how many more. */
export function idList(ids: readonly string[], limit = 12): string {
  const shown = ids.slice(0, limit).join(', ');
  return ids.length > limit ? `${shown} and ${ids.length - limit} more` : shown;
}

function first(context: ScaffoldContext, collection: CollectionName, singular: string, needs: string, route: string): string {
  const id = context.ids[collection]?.[0];
  if (id === undefined) {
    throw new ScaffoldError(`${needs}, and the playbook has no ${singular} yet. Add one first: npm run new -- ${route} "Its title"`);
  }
  return id;
}

function sourceNote(context: ScaffoldContext): string {
  return `Placeholder: change it to the source you draw on. Sources in this playbook: ${idList(context.ids.sources ?? [])}. Add one with: npm run new -- sources "Its title"`;
}

function termsNote(what: string, ids: readonly string[]): string {
  return ids.length > 0 ? `${what} in this playbook: ${idList(ids, 20)}.` : `This playbook has no ${what.toLowerCase()} yet: add them to content/playbook.yaml.`;
}

const MDX_BODY = (singular: string) =>
  `{/* Optional: more about this ${singular}, in Markdown, shown on its page below the fields. Delete this line if there is nothing to add. */}\n`;

function technique(title: string, context: ScaffoldContext): Scaffold {
  const strand = first(context, 'strands', 'strand', 'A technique belongs to a strand', 'strands');
  const source = first(context, 'sources', 'source', 'A technique cites its evidence', 'sources');
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

function sequence(title: string, context: ScaffoldContext): Scaffold {
  const technique = first(context, 'techniques', 'technique', 'A sequence is built from techniques', 'techniques');
  return {
    data: {
      title,
      audience: `${TODO}: who it is for, like "Early-career teachers in their first term".`,
      summary: `${TODO}: what it builds and why, in one or two sentences.`,
      steps: [{ technique, weeks: 2, notes: `${TODO}: guidance for whoever leads this step.` }],
    },
    notes: {
      'steps[].technique': `Placeholder: change it to the technique this step works on. Techniques in this playbook: ${idList(context.ids.techniques ?? [])}. The sequence builder page lists every technique and action step id, and writes this file for you.`,
    },
  };
}

function strand(title: string, context: ScaffoldContext): Scaffold {
  const order = context.strandOrders.length > 0 ? Math.max(...context.strandOrders) + 1 : 1;
  return {
    data: { title, summary: `${TODO}: what the strand is about, in one or two sentences.`, order },
    notes: { order: 'Placeholder: after the strands there are now. Change it to move the strand up or down the list.' },
  };
}

function source(title: string, context: ScaffoldContext): Scaffold {
  return {
    data: { authors: `${TODO}: Surname, A. and Surname, B.`, year: context.year, title },
    notes: { year: 'Placeholder: this year. Change it to the year the work was published, or "n.d." if it gives none.' },
  };
}

function rubric(title: string, context: ScaffoldContext): Scaffold {
  const source = first(context, 'sources', 'source', 'A rubric names its sources', 'sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it is for, in one or two sentences.`,
      purposes: [RUBRIC_PURPOSES[0]],
      levels: [
        { id: 'level-1', label: `${TODO}: the name of the lowest level` },
        { id: 'level-2', label: `${TODO}: the name of the next level` },
      ],
      criteria: [
        {
          id: 'first-criterion',
          title: `${TODO}: what the criterion looks at.`,
          descriptors: { 'level-1': `${TODO}: what it looks like at the lowest level.`, 'level-2': `${TODO}: what it looks like at the next level.` },
        },
      ],
      sources: [source],
    },
    notes: {
      levels: 'Placeholder levels: give them ids and names, and add more. Every criterion describes every level, keyed by the level id.',
      sources: sourceNote(context),
    },
    body: MDX_BODY('rubric'),
  };
}

function audit(title: string, context: ScaffoldContext): Scaffold {
  const source = first(context, 'sources', 'source', 'An audit names its sources', 'sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it helps the user find out, in one or two sentences.`,
      audience: `${TODO}: who completes it, like "School-based ITT mentors".`,
      scale: [
        { value: 1, label: 'Not yet', description: `${TODO}: what choosing it means.` },
        { value: 2, label: 'Sometimes', description: `${TODO}: what choosing it means.` },
        { value: 3, label: 'Consistently', description: `${TODO}: what choosing it means.` },
      ],
      sections: [
        {
          id: 'first-section',
          title: `${TODO}: the section's name`,
          items: [{ id: 'first-section-item-1', text: `${TODO}: a statement the user rates themselves against.` }],
        },
      ],
      sources: [source],
    },
    notes: {
      'sections[].items[].id': 'Choose item ids with care: saved answers are kept by them, so never reuse one for a different statement.',
      sources: sourceNote(context),
    },
    body: MDX_BODY('audit'),
  };
}

function mentorCriteria(title: string, context: ScaffoldContext): Scaffold {
  const source = first(context, 'sources', 'source', 'A set of mentor criteria names its sources', 'sources');
  return {
    data: {
      title,
      summary: `${TODO}: what the set is for, in one or two sentences.`,
      role: MENTOR_ROLES[0],
      criteria: [
        {
          id: 'first-criterion',
          title: `${TODO}: the criterion, in a few words`,
          description: `${TODO}: what meeting it looks like.`,
          evidencePrompt: `${TODO}: the question a mentor answers with evidence, like "Describe a time you…".`,
        },
      ],
      stages: [],
      sources: [source],
    },
    notes: {
      sources: sourceNote(context),
      audit: (context.ids.audits ?? []).length > 0 ? `Audits in this playbook: ${idList(context.ids.audits ?? [])}.` : '',
    },
    body: MDX_BODY('set of criteria'),
  };
}

function protocol(title: string, context: ScaffoldContext): Scaffold {
  const source = first(context, 'sources', 'source', 'A protocol names its sources', 'sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it is for, in one or two sentences.`,
      kind: PROTOCOL_KINDS[0],
      roles: [{ name: `${TODO}: a role, like "Facilitator"`, description: `${TODO}: what the role does.` }],
      steps: [{ title: `${TODO}: the first step, in a few words`, detail: `${TODO}: what happens in the step.` }],
      norms: [],
      records: [],
      pitfalls: [],
      techniques: [],
      sources: [source],
    },
    notes: { sources: sourceNote(context) },
    body: MDX_BODY('protocol'),
  };
}

function caseStudy(title: string, context: ScaffoldContext): Scaffold {
  const source = first(context, 'sources', 'source', 'A case study names its sources', 'sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it did and what changed, in one or two sentences.`,
      organisation: `${TODO}: the organisation, as the source names it`,
      type: ORGANISATION_TYPES[0],
      phases: [],
      region: '',
      size: '',
      period: '',
      focus: `${TODO}: what the work focused on, in a phrase`,
      components: [],
      protocols: [],
      techniques: [],
      impact: [],
      sources: [source],
    },
    notes: {
      phases: termsNote('Phases', context.taxonomy.phases),
      components: termsNote('Components', context.taxonomy.components),
      sources: sourceNote(context),
    },
    body: MDX_BODY('case study'),
  };
}

const TEMPLATES: Record<CollectionName, (title: string, context: ScaffoldContext) => Scaffold> = {
  strands: strand,
  sources: source,
  techniques: technique,
  sequences: sequence,
  rubrics: rubric,
  audits: audit,
  mentorCriteria: mentorCriteria,
  protocols: protocol,
  caseStudies: caseStudy,
};

/**
 * The data of a new entry titled `title`. For a list collection (strands, sources) the data
 * starts with its `id`. Throws ScaffoldError when the playbook lacks an entry the new one must name.
 */
export function scaffold(collection: CollectionName, title: string, id: string, context: ScaffoldContext): Scaffold {
  const made = TEMPLATES[collection](title, context);
  if (collection === 'strands' || collection === 'sources') made.data = { id, ...made.data };
  return made;
}
