/**
 * The one-page note a coach prints for the teacher: their step, what it looks like done well, how
 * to rehearse it, and when the coach will come back. Hidden on screen; the print style sheet shows
 * it alone, on one A4 page, when "Print a note" marks the page (coaching.css).
 */
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import type { Coachee } from '../../lib/coaching/schema.ts';
import type { StepSpan, Visit } from '../../lib/coaching/timeline.ts';
import { longDate } from '../../lib/dates.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { StepCard } from './StepCard.tsx';

interface Props {
  catalogue: Catalogue;
  coachee: Coachee;
  span: StepSpan<Visit>;
  followUp: string;
}

export function TeacherNote({ catalogue, coachee, span, followUp }: Props) {
  return (
    <div className="coaching-note">
      <h2>{format(words.noteTitle, { coachee: coachee.label })}</h2>
      <p>{format(span.end?.outcome === 'secured' ? words.noteSecured : words.noteAgreed, { date: longDate(span.setOn), secured: span.end ? longDate(span.end.on) : '' })}</p>
      <StepCard catalogue={catalogue} step={span.step} level={3} />
      {followUp && <p className="coaching-note__next">{format(words.noteNextVisit, { date: longDate(followUp) })}</p>}
    </div>
  );
}
