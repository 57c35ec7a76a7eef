/**
 * The error summary above the form, as GOV.UK's: shown once the author asks to finish, with a
 * heading that counts the problems, then each problem in the order of the form, as a plain
 * sentence that links to its field's control (or the nearest enclosing control the form shows).
 * Following a link opens the "More options" the control is in, if it is closed, and moves focus
 * there. The summary takes focus itself when the author asks to finish with problems left.
 */
import type { ReactNode, Ref } from 'react';
import { linkTargetFor, placeKey, type Place } from '../../engine/editor/form-problems.ts';
import { editor, formatPlural } from '../../strings/index.ts';

/** Where a link goes when its field has no control on the page: the form's heading. */
export const SUMMARY_FALLBACK = 'ed-heading';

/** A problem as the summary lists it: where it is, and its sentence. */
export interface SummaryItem {
  place: Place;
  sentence: string;
}

/** Opens every folded part (a `<details>`) an element sits in, so that it can be seen and focused. */
export function reveal(element: Element | null): void {
  for (let at = element?.parentElement; at; at = at.parentElement) if (at instanceof HTMLDetailsElement) at.open = true;
}

/** Moves focus to the control with this id, opening what hides it. */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  reveal(element);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

export function ErrorSummary({ problems, exists, ref }: {
  problems: readonly SummaryItem[];
  /** Whether the page has a control with this id (the page's document; a test's own list). */
  exists: (id: string) => boolean;
  ref?: Ref<HTMLElement>;
}): ReactNode {
  if (problems.length === 0) return null;
  return (
    <section className="ed-summary" aria-labelledby="ed-summary-heading" tabIndex={-1} ref={ref}>
      <h3 id="ed-summary-heading">{formatPlural(editor.problemsHeading, problems.length)}</h3>
      <ul>
        {problems.map((item, i) => (
          <li key={`${placeKey(item.place)}-${i}`}>
            <a
              href={`#${linkTargetFor(item.place, exists, SUMMARY_FALLBACK)}`}
              onClick={(event) => {
                event.preventDefault();
                // The form may have changed since the link was drawn: look again.
                focusControl(linkTargetFor(item.place, exists, SUMMARY_FALLBACK));
              }}
            >
              {item.sentence}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
