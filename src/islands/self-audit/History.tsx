/**
 * History and compare: "No attempts yet", or the attempts so far and any two compared
 * (HistoryDetail.tsx), whose code is loaded once there is an attempt to show.
 */
import { lazy } from 'react';
import type { Attempt } from '../../lib/audit/attempts.ts';
import type { Instrument } from '../../lib/audit/instrument.ts';
import { LazyPart } from '../shared/LazyPart.tsx';
import { audit } from '../../strings/index.ts';

const HistoryDetail = lazy(() => import('./HistoryDetail.tsx'));

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempts: readonly Attempt[];
}

export function History({ idPrefix, instrument, attempts }: Props) {
  return (
    <section className="island-part" aria-labelledby={idPrefix}>
      <h3 id={idPrefix}>{audit.partHistory}</h3>
      {attempts.length === 0 ? (
        <p>{audit.historyNone}</p>
      ) : (
        <LazyPart failed={audit.partNotLoaded}>
          <HistoryDetail idPrefix={idPrefix} instrument={instrument} attempts={attempts} />
        </LazyPart>
      )}
    </section>
  );
}
