/**
 * The problems of the entry being edited, as the content check would report them, each with its
 * place in the form: its fields' (checked as it is typed) and its MDX body's (checked a moment
 * after typing stops, with the body check loaded the first time a body is checked). In the order of
 * the form, and grouped by place for each control to find its own; `pending` while the body as it
 * is now waits for its check.
 */
import { useEffect, useMemo, useState } from 'react';
import { loadBodyCheck, type Problem, type Taxonomy } from '../../../engine/editor/engine.ts';
import { entryProblems, type EntryUnderEdit, type PlaybookContext } from '../../../engine/editor/validate.ts';
import { byPlace, inFormOrder, type FormProblem, type Place } from '../../../engine/editor/form-problems.ts';

export interface CheckedBody {
  text: string;
  /** The line the body starts on, for the check's lines: 1 counts lines within the body. */
  line: number;
}

/**
 * `order` is the form's top-level places in the order it shows them (EntryForm.tsx's formPlaces);
 * `bodyPlace` places a body problem in the form (a worked example's field, by its line).
 */
export function useProblems(entry: EntryUnderEdit, body: CheckedBody | undefined, context: PlaybookContext, taxonomy: Taxonomy, order: readonly string[], bodyPlace: (problem: Problem) => Place) {
  const fields = useMemo(() => entryProblems(entry, context), [entry, context]);

  const [checked, setChecked] = useState<{ file: string; text: string; line: number; problems: Problem[] }>({ file: '', text: '', line: 0, problems: [] });
  const text = body?.text;
  const line = body?.line ?? 1;
  const { file } = entry;
  useEffect(() => {
    if (text === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      void loadBodyCheck().then((check) => {
        if (live) setChecked({ file, text, line, problems: check(text, file, line, taxonomy).problems });
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, file, line, taxonomy]);
  // The last check's problems stand until the next check, but never another file's.
  const bodyProblems = text !== undefined && checked.file === file ? checked.problems : [];
  // The body as it is now has not been checked yet.
  const pending = text !== undefined && (checked.file !== file || checked.text !== text || checked.line !== line);

  const all = useMemo(() => inFormOrder([...fields, ...bodyProblems.map((problem): FormProblem => ({ problem, place: bodyPlace(problem) }))], order), [fields, bodyProblems, order, bodyPlace]);
  const places = useMemo(() => byPlace(all), [all]);
  return { all, places, pending };
}
