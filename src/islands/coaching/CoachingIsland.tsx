/**
 * The frame every coaching island shares: nothing until hydrated (the page's own text stands
 * alone without JavaScript), then the record's notices, then the island's content once the
 * playbook's techniques have arrived, or a message while they load or if they cannot.
 */
import type { ReactNode } from 'react';
import '../../styles/islands.css';
import '../../styles/coaching.css';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import { coaching as words } from '../../strings/index.ts';
import { useMounted } from '../shared/useMounted.ts';
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { RecordNotices } from './RecordNotices.tsx';
import { useCatalogue } from './useCatalogue.ts';

interface Props<Doc> {
  base: string;
  /** The record this island keeps, for its notices; none for an island that keeps nothing. */
  saved?: PersistentDoc<Doc>;
  className: string;
  label: string;
  children: (catalogue: Catalogue) => ReactNode;
}

export function CoachingIsland<Doc>({ base, saved, className, label, children }: Props<Doc>) {
  const mounted = useMounted();
  const catalogue = useCatalogue(base);
  if (!mounted || (saved && !saved.ready)) return null;
  return (
    <section className={`island coaching ${className}`} aria-label={label}>
      {saved && <RecordNotices saved={saved} fileStem={words.fileRecords} />}
      {catalogue.status === 'loading' && <p role="status">{words.loadingPlaybook}</p>}
      {catalogue.status === 'failed' && <p role="alert">{words.playbookFailed}</p>}
      {catalogue.status === 'ready' && children(catalogue.catalogue)}
    </section>
  );
}
