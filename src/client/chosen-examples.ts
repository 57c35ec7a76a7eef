/**
 * A technique page's worked examples for the reader's choice. A filtered list's links carry the
 * phase and subject chosen there (?phase=secondary&subject=maths, src/lib/facets.ts). Here the
 * examples set in that phase and subject (or, when none is set in both, in the subject, then in the
 * phase) are marked "For your choice: Secondary · Maths" in words as well as in colour, listed
 * first in the examples' index, and the link at the top of the page goes to the first of them.
 * A print button then prints the page with only those examples. With no choice, or none that
 * matches, the page is left as it was built.
 */
import { chosenExamples, type ExampleSetting } from '../lib/example-choice.ts';
// The words come in the page's data attributes, so only the formatter is loaded, not the strings table.
import { format } from '../strings/format.ts';

type Terms = Record<'phase' | 'subject', Record<string, string>>;

const settingOf = (element: HTMLElement): ExampleSetting => ({ phase: element.dataset.phase, subject: element.dataset.subject });

export function showChosenExamples(): void {
  const part = document.querySelector<HTMLElement>('.technique-examples');
  if (!part) return;
  const params = new URLSearchParams(location.search);
  const choice: ExampleSetting = { phase: params.get('phase') ?? undefined, subject: params.get('subject') ?? undefined };
  const examples = [...part.querySelectorAll<HTMLElement>('section.example')];
  const chosen = chosenExamples(examples.map(settingOf), choice);
  if (chosen.matched.length === 0) return;
  const terms = JSON.parse(part.dataset.terms ?? '{}') as Terms;
  const words = [chosen.by.phase && terms.phase[chosen.by.phase], chosen.by.subject && terms.subject[chosen.by.subject]].filter(Boolean).join(' · ');
  const matched = chosen.matched.map((index) => examples[index]!);

  for (const example of matched) {
    example.classList.add('example--chosen');
    const note = document.createElement('p');
    note.className = 'example__chosen';
    note.textContent = format(part.dataset.forChoice ?? '', { choice: words });
    example.prepend(note);
  }
  // The index lists the chosen examples first, marked in words too.
  const index = part.querySelector('.example-index ul');
  if (index) {
    const items = [...index.querySelectorAll<HTMLElement>('li')];
    const first = chosen.matched.map((at) => items[at]).filter((item): item is HTMLElement => item !== undefined);
    for (const item of first) item.classList.add('example-index__chosen');
    index.prepend(...first);
  }
  const jump = document.getElementById('examples-jump');
  if (jump instanceof HTMLAnchorElement) {
    jump.href = `#${matched[0]!.id}`;
    jump.textContent = format(part.dataset.jumpChosen ?? '', { choice: words });
  }
  // Print only these examples: the card, then the chosen examples after it.
  const actions = document.querySelector('.print-actions');
  if (actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'print-button print-hide';
    button.textContent = format(part.dataset.printChosen ?? '', { choice: words });
    button.addEventListener('click', () => {
      document.documentElement.dataset.print = 'chosen';
      print();
      delete document.documentElement.dataset.print;
    });
    actions.append(button);
  }
}
