/**
 * The coaching records island (/coaching/): start a drop-in, see every coachee with the step they
 * are working on and the next visit (soonest first), and the record's data: export (JSON that
 * imports again, CSV for spreadsheets), a trends file for a PD lead (saying what it holds before
 * it is saved), import, and delete everything after a confirmation.
 *
 * Props:
 * - base: the site's base path.
 */
import { coaching as words } from '../../strings/index.ts';
import { CoachingIsland } from './CoachingIsland.tsx';
import { CoacheeList } from './CoacheeList.tsx';
import { RecordData } from './RecordData.tsx';
import { coachingPages } from './pages.ts';
import { useCoachingRecord } from './useCoachingRecord.ts';

export default function CoachingRecords({ base }: { base: string }) {
  const saved = useCoachingRecord(base);
  const pages = coachingPages(base);
  return (
    <CoachingIsland base={base} saved={saved} className="coaching-records" label={words.recordsIsland}>
      {(catalogue) => (
        <>
          <p>
            <a className="island-button coaching-start" href={pages.dropIn()}>
              {words.startDropIn}
            </a>
          </p>
          <CoacheeList base={base} catalogue={catalogue} doc={saved.doc} />
          <RecordData catalogue={catalogue} saved={saved} />
        </>
      )}
    </CoachingIsland>
  );
}
