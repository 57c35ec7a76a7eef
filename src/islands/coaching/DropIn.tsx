/**
 * The drop-in island (/coaching/drop-in/): a coach records a ten-minute visit, standing at the back
 * of a classroom, perhaps offline. Opened as `?technique=<id>` from a technique's page, as
 * `?coachee=<id>` from a coachee's record, or as `?id=<drop-in id>` to go on with one recorded.
 * Everything is saved on this device as it is typed (DropInForm.tsx).
 *
 * Props:
 * - base: the site's base path (the record's storage key and the pages' addresses).
 * - cycle: the playbook's target days between visits, inclusive, for the follow-up's hint.
 */
import { coaching as words } from '../../strings/index.ts';
import { CoachingIsland } from './CoachingIsland.tsx';
import { DropInForm } from './DropInForm.tsx';
import { useCoachingRecord } from './useCoachingRecord.ts';

interface Props {
  base: string;
  cycle: { shortest: number; longest: number };
}

export default function DropIn({ base, cycle }: Props) {
  const saved = useCoachingRecord(base);
  return (
    <CoachingIsland base={base} saved={saved} className="coaching-drop-in" label={words.dropInIsland}>
      {(catalogue) => <DropInForm base={base} cycle={cycle} catalogue={catalogue} saved={saved} />}
    </CoachingIsland>
  );
}
