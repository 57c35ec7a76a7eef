/**
 * The self-assessment engine's view of what is being answered: an "instrument". Audits and
 * rubrics used as a self-review both become one, so one engine answers, scores, compares and
 * exports them. Built from the content entry only; nothing here knows any particular audit.
 *
 * - An audit gives its scale, its sections and items, and what to develop next.
 * - A rubric gives one section whose items are its criteria; the scale is its levels, lowest
 *   first, valued 1, 2, 3…; each criterion describes every level in its own words, so each item
 *   carries its own option descriptions, and each criterion has its own note (see notes.ts).
 */
import { WHOLE_REVIEW_NOTE } from './notes.ts';
import { audit as words } from '../../strings/index.ts';

/** A link the island can show as it is: the page has already resolved the id to a title and URL. */
export interface Link {
  title: string;
  href: string;
}

/** One point of the response scale. */
export interface ScalePoint {
  /** The score saved for this answer; values rise through the scale. */
  value: number;
  label: string;
  /** What choosing it means, for the whole scale. Empty for a rubric, whose items describe each level. */
  description: string;
}

export interface InstrumentItem {
  id: string;
  text: string;
  /**
   * What each scale value looks like for this item, by value, when it differs from the scale's
   * own description (a rubric's descriptors). Missing: use the scale's descriptions.
   */
  descriptors?: Record<string, string>;
  /** Techniques and protocols that develop this item; the section's own links follow them. */
  develop: Link[];
}

export interface InstrumentSection {
  id: string;
  title: string;
  summary: string;
  items: InstrumentItem[];
  develop: Link[];
}

export type InstrumentKind = 'audit' | 'rubric';

/** What an attempt's notes are kept for: each section (keyed by its id) or each item (keyed by its id). */
export type NotesBy = 'section' | 'item';

export interface Instrument {
  kind: InstrumentKind;
  /** The content entry's id. Saved data and exported files name it. */
  id: string;
  title: string;
  scale: ScalePoint[];
  sections: InstrumentSection[];
  notesBy: NotesBy;
}

/** Resolves an entry id in a collection to a link; the page supplies it. */
export type LinkResolver = (collection: string, id: string) => Link;

interface DevelopIds {
  techniques: readonly string[];
  protocols: readonly string[];
}

/** The shape of an audit entry's data that the engine reads (the audit schema's output). */
export interface AuditLike {
  title: string;
  scale: readonly { value: number; label: string; description: string }[];
  sections: readonly {
    id: string;
    title: string;
    summary?: string;
    develop: DevelopIds;
    items: readonly { id: string; text: string; develop: DevelopIds }[];
  }[];
}

/** The shape of a rubric entry's data that the engine reads (the rubric schema's output). */
export interface RubricLike {
  title: string;
  levels: readonly { id: string; label: string }[];
  criteria: readonly { id: string; title: string; descriptors: Readonly<Record<string, string>> }[];
}

function links(ids: DevelopIds, resolve: LinkResolver): Link[] {
  return [...ids.techniques.map((id) => resolve('techniques', id)), ...ids.protocols.map((id) => resolve('protocols', id))];
}

/** An audit entry as an instrument, with its develop-next ids resolved to links. */
export function instrumentFromAudit(id: string, audit: AuditLike, resolve: LinkResolver): Instrument {
  return {
    kind: 'audit',
    id,
    title: audit.title,
    notesBy: 'section',
    scale: audit.scale.map((point) => ({ value: point.value, label: point.label, description: point.description })),
    sections: audit.sections.map((section) => ({
      id: section.id,
      title: section.title,
      summary: section.summary ?? '',
      develop: links(section.develop, resolve),
      items: section.items.map((item) => ({ id: item.id, text: item.text, develop: links(item.develop, resolve) })),
    })),
  };
}

/** A rubric entry as an instrument: its levels become the scale (1 for the lowest), its criteria the items. */
export function instrumentFromRubric(id: string, rubric: RubricLike): Instrument {
  const clash = rubric.criteria.find((criterion) => criterion.id === WHOLE_REVIEW_NOTE);
  if (clash) throw new Error(`Rubric "${id}": a criterion cannot have the id "${WHOLE_REVIEW_NOTE}", which saved self-reviews use for a note on the whole review. Rename the criterion.`);
  return {
    kind: 'rubric',
    id,
    title: rubric.title,
    notesBy: 'item',
    scale: rubric.levels.map((level, index) => ({ value: index + 1, label: level.label, description: '' })),
    sections: [
      {
        id: 'criteria',
        title: words.criteriaSection,
        summary: '',
        develop: [],
        items: rubric.criteria.map((criterion) => ({
          id: criterion.id,
          text: criterion.title,
          develop: [],
          descriptors: Object.fromEntries(rubric.levels.map((level, index) => [String(index + 1), criterion.descriptors[level.id] ?? ''])),
        })),
      },
    ],
  };
}

/** "this audit" or "this self-review", for the sentences that say `{this}`. */
export function thisInstrument(instrument: Pick<Instrument, 'kind'>): string {
  return instrument.kind === 'rubric' ? words.thisReview : words.thisAudit;
}

/** Every item, in order, with the section it sits in. */
export function itemsOf(instrument: Instrument): { item: InstrumentItem; section: InstrumentSection }[] {
  return instrument.sections.flatMap((section) => section.items.map((item) => ({ item, section })));
}

/** How many items the instrument has. */
export function itemCount(instrument: Instrument): number {
  return instrument.sections.reduce((sum, section) => sum + section.items.length, 0);
}

/** The scale point with this value, if the scale has one. */
export function scalePoint(instrument: Instrument, value: number): ScalePoint | undefined {
  return instrument.scale.find((point) => point.value === value);
}

/** What develops an item: its own links, then its section's, without repeats. */
export function developLinks(item: InstrumentItem, section: InstrumentSection): Link[] {
  const seen = new Set<string>();
  const all: Link[] = [];
  for (const link of [...item.develop, ...section.develop]) {
    if (seen.has(link.href)) continue;
    seen.add(link.href);
    all.push(link);
  }
  return all;
}

/** The lowest and highest values on the scale. */
export function scaleRange(instrument: Instrument): { min: number; max: number } {
  const values = instrument.scale.map((point) => point.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}
