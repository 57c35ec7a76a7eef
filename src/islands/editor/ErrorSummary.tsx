/**
 * The error summary above the form, as GOV.UK's: a heading that counts the problems, then each
 * problem in the order of the form, as a link to its field's control (or the nearest enclosing
 * control the form shows). Following a link moves focus there. The summary takes focus itself when
 * the author asks to finish with problems left (`alert`).
 */
import type { ReactNode, Ref } from 'react';
import { linkTargetFor, placeKey, placeWords, type FormProblem } from '../../engine/editor/form-problems.ts';
import { editor, format, formatPlural } from '../../strings/index.ts';

/** Where a link goes when its field has no control on the page: the form's heading. */
export const SUMMARY_FALLBACK = 'ed-heading';

/** A problem as a sentence for the summary: where, then what. */
export function summarySentence(item: FormProblem): string {
  return format(editor.problemInField, { field: placeWords(item), expected: item.problem.expected, found: item.problem.found });
}

export function ErrorSummary({ problems, alert, exists, ref }: {
  problems: readonly FormProblem[];
  /** The author asked to finish: the summary is an alert, and takes focus. */
  alert: boolean;
  /** Whether the page has a control with this id (the page's document; a test's own list). */
  exists: (id: string) => boolean;
  ref?: Ref<HTMLElement>;
}): ReactNode {
  if (problems.length === 0) return null;
  return (
    <section className={`ed-summary${alert ? ' ed-summary--alert' : ''}`} aria-labelledby="ed-summary-heading" tabIndex={-1} ref={ref}>
      <h3 id="ed-summary-heading">{formatPlural(editor.problemsHeading, problems.length)}</h3>
      <ul>
        {problems.map((item, i) => (
          <li key={`${placeKey(item.place)}-${i}`}>
            <a
              href={`#${linkTargetFor(item.place, exists, SUMMARY_FALLBACK)}`}
              onClick={(event) => {
                event.preventDefault();
                // The form may have changed since the link was drawn: look again.
                const element = document.getElementById(linkTargetFor(item.place, exists, SUMMARY_FALLBACK));
                element?.scrollIntoView({ block: 'center' });
                element?.focus();
              }}
            >
              {summarySentence(item)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
