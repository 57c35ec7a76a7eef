/**
 * The coachee island (/coaching/coachee/?id=…): one coachee's record. Their name and school or
 * group (changed here), the step they are working on, a one-page note to print for them, their
 * copy of the step (a link or a file that holds only the technique, the step and the dates), the
 * timeline of drop-ins and steps with how long each step took to become secure, and deleting one
 * drop-in or the coachee, each after a confirmation.
 *
 * Props:
 * - base: the site's base path.
 * - cycle: the playbook's target days between visits, inclusive.
 */
import { useState } from 'react';
import { coaching as words } from '../../strings/index.ts';
import { CoachingIsland } from './CoachingIsland.tsx';
import { CoacheeView } from './CoacheeView.tsx';
import { pageParam } from './pages.ts';
import { useCoachingRecord } from './useCoachingRecord.ts';

interface Props {
  base: string;
  cycle: { shortest: number; longest: number };
}

export default function CoacheeRecord({ base, cycle }: Props) {
  const saved = useCoachingRecord(base);
  // Read once: the address names the coachee for as long as the page is open.
  const [id] = useState(() => (typeof window === 'undefined' ? '' : pageParam('id')));
  return (
    <CoachingIsland base={base} saved={saved} className="coaching-coachee-record" label={words.coacheeIsland}>
      {(catalogue) => <CoacheeView base={base} cycle={cycle} catalogue={catalogue} saved={saved} id={id} />}
    </CoachingIsland>
  );
}
