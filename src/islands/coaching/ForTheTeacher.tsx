/**
 * For the teacher: a one-page note to print (their step, what it looks like done well, the
 * rehearsal and the next visit), and their own copy of the step, by a link or as a file. The copy
 * holds only the technique, the step and its dates (teacher-copy.ts): never a note, and never the
 * label the coach uses. The step is the one being worked on, or else the latest one set.
 */
import { useRef } from 'react';
import { stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import { coachingFileName, jsonText } from '../../lib/coaching/exchange.ts';
import type { CoacheeRecord } from '../../lib/coaching/record.ts';
import type { Coachee } from '../../lib/coaching/schema.ts';
import { teacherFile, teacherLink, teacherStepOf } from '../../lib/coaching/teacher-copy.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { downloadText } from '../shared/download.ts';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';
import { coachingPages } from './pages.ts';
import { TeacherNote } from './TeacherNote.tsx';

interface Props {
  base: string;
  catalogue: Catalogue;
  coachee: Coachee;
  record: CoacheeRecord;
  followUp: string;
}

/** Prints the page with only the teacher's note (the print style sheet keeps it alone while <html> is marked). */
function printNote() {
  const root = document.documentElement;
  root.classList.add('print-coaching-note');
  const done = () => {
    root.classList.remove('print-coaching-note');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function ForTheTeacher({ base, catalogue, coachee, record, followUp }: Props) {
  const local = useLocalNotices<'copy'>();
  const copyButton = useRef<HTMLButtonElement>(null);
  const span = record.open?.span ?? record.spans.at(-1);
  if (!span) return null;
  const step = teacherStepOf(span);
  const link = teacherLink(new URL(coachingPages(base).mySteps, window.location.href).href, step);
  const name = stepName(catalogue, span.step);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      local.show('copy', { tone: 'success', content: format(words.linkCopied, { coachee: coachee.label }) });
    } catch {
      local.show('copy', { tone: 'error', content: words.linkNotCopied });
    }
  };
  const saveFile = () => {
    const file = coachingFileName('step', 'json', new Date());
    downloadText(file, jsonText(teacherFile(step)), 'application/json');
    local.show('copy', { tone: 'success', content: format(words.stepFileSaved, { file, coachee: coachee.label }) });
  };
  return (
    <>
      <section className="island-part island-controls" aria-labelledby="cr-teacher">
        <h2 id="cr-teacher">{format(words.forTeacherHeading, { coachee: coachee.label })}</h2>
        <p>{format(record.open ? words.forTeacherOpen : words.forTeacherLatest, { step: name })}</p>
        <h3>{words.noteHeading}</h3>
        <p>{words.noteIntro}</p>
        <div className="island-buttons">
          <button type="button" className="island-button" onClick={printNote}>
            {format(words.printNote, { coachee: coachee.label })}
          </button>
        </div>
        <h3>{words.copyHeading}</h3>
        <p id="cr-copy-what">{format(words.copyIntro, { coachee: coachee.label })}</p>
        <p>
          <label htmlFor="cr-link">{words.linkLabel}</label>
          <input id="cr-link" className="coaching-link-box" type="text" readOnly value={link} aria-describedby="cr-copy-what" onFocus={(event) => event.target.select()} />
        </p>
        <div className="island-buttons">
          <button ref={copyButton} type="button" className="island-button" onClick={copy}>
            {words.copyLink}
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={saveFile}>
            {words.saveStepFile}
          </button>
        </div>
        <LocalNotice
          message={local.messages.copy}
          onDismiss={() => {
            local.clear('copy');
            copyButton.current?.focus();
          }}
        />
      </section>
      {/* Outside the controls, which the print style sheet hides. */}
      <TeacherNote catalogue={catalogue} coachee={coachee} span={span} followUp={record.open ? followUp : ''} />
    </>
  );
}
