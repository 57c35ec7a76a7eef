/**
 * The facets each collection's index can be filtered by, built from the playbook's own
 * taxonomies and strands, and each entry's values for them.
 */
import type { CollectionName } from '../lib/content/collections.ts';
import type { Facet, FacetItem } from '../lib/facets.ts';
import { ORGANISATION_TYPE_LABELS, PROTOCOL_KIND_LABELS } from '../lib/labels.ts';
import { entriesOf, getPlaybook, type Entry } from './entries.ts';

export interface CollectionFacets {
  facets: Facet[];
  items: (FacetItem & { entry: Entry })[];
}

function taxonomyFacet(key: string, label: string, list: 'phases' | 'subjects' | 'components'): Facet {
  return { key, label, values: getPlaybook()[list].map((term) => ({ id: term.id, label: term.label })) };
}

function labelsFacet(key: string, label: string, labels: Record<string, string>): Facet {
  return { key, label, values: Object.entries(labels).map(([id, text]) => ({ id, label: text })) };
}

/** The facets and faceted items of a collection; no facets for collections that are not filtered. */
export async function facetsFor(name: CollectionName): Promise<CollectionFacets> {
  switch (name) {
    case 'techniques': {
      const strands = await entriesOf('strands');
      const facets = [
        { key: 'strand', label: 'Strand', values: strands.map((strand) => ({ id: strand.id, label: strand.data.title })) },
        taxonomyFacet('phase', 'Phase', 'phases'),
        taxonomyFacet('subject', 'Subject', 'subjects'),
      ];
      const items = (await entriesOf('techniques')).map((entry) => ({
        id: entry.id,
        entry: entry as Entry,
        values: { strand: [entry.data.strand], phase: entry.data.phases, subject: entry.data.subjects },
      }));
      return { facets, items };
    }
    case 'caseStudies': {
      const facets = [
        taxonomyFacet('component', 'Model component', 'components'),
        labelsFacet('type', 'Organisation type', ORGANISATION_TYPE_LABELS),
        taxonomyFacet('phase', 'Phase', 'phases'),
      ];
      const items = (await entriesOf('caseStudies')).map((entry) => ({
        id: entry.id,
        entry: entry as Entry,
        values: { component: entry.data.components, type: [entry.data.type], phase: entry.data.phases },
      }));
      return { facets, items };
    }
    case 'protocols': {
      const facets = [labelsFacet('kind', 'Kind', PROTOCOL_KIND_LABELS)];
      const items = (await entriesOf('protocols')).map((entry) => ({ id: entry.id, entry: entry as Entry, values: { kind: [entry.data.kind] } }));
      return { facets, items };
    }
    default: {
      const items = (await entriesOf(name)).map((entry) => ({ id: entry.id, entry: entry as Entry, values: {} }));
      return { facets: [], items };
    }
  }
}
