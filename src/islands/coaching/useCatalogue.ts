/**
 * The playbook as the coaching islands need it (techniques, steps, look-fors, rehearsals; strands,
 * phases, subjects), fetched once from the build's coaching/catalogue.json (src/pages/coaching/),
 * which the offline worker saves with the site. Until it arrives the island says it is loading;
 * if it cannot be fetched, it says so.
 */
import { useEffect, useState } from 'react';
import { catalogueFrom, type Catalogue, type CatalogueLists } from '../../lib/coaching/catalogue.ts';
import { withBase } from '../../lib/url.ts';

export type CatalogueState = { status: 'loading' } | { status: 'ready'; catalogue: Catalogue } | { status: 'failed' };

let pending: Promise<Catalogue> | undefined;

function load(base: string): Promise<Catalogue> {
  pending ??= fetch(withBase(base, 'coaching/catalogue.json'))
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      // The endpoint writes this file from this very type (src/pages/coaching/catalogue.json.ts).
      return response.json() as Promise<CatalogueLists>;
    })
    .then(catalogueFrom);
  pending.catch(() => (pending = undefined));
  return pending;
}

export function useCatalogue(base: string): CatalogueState {
  const [state, setState] = useState<CatalogueState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load(base).then(
      (catalogue) => live && setState({ status: 'ready', catalogue }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [base]);
  return state;
}
