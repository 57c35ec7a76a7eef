/**
 * The book page's chooser (src/components/book/Chooser.astro). Ticking a part ticks its chapters,
 * and a part's box shows whether all, some or none of its chapters are ticked. "Show my choice"
 * shows what is ticked, in place (the whole book is one long page, so it is not loaded again), and
 * puts the choice in the address, where the browser's back button and a saved link find it. The
 * print button does the same and then prints, so what prints is what is ticked, counted as chosen
 * (src/lib/book/choose.ts). Nothing ticked is said, next to the buttons, rather than printed.
 */
import { applyChoice, choiceIn, choiceOf, isChosen, searchFor } from '../lib/book/choose.ts';
import { book, formatPlural } from '../strings/index.ts';

export function startBookChooser(form: HTMLFormElement): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="include"]')];
  const partBoxes = boxes.filter((box) => box.dataset.part);
  const chaptersOf = (part: string) => boxes.filter((box) => box.dataset.chapterOf === part);
  const status = form.querySelector<HTMLElement>('[data-book-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  // A part's box stands for all its chapters: ticking it ticks them, and it shows whether all, some or none are ticked.
  const syncPart = (partBox: HTMLInputElement) => {
    const chapters = chaptersOf(partBox.dataset.part!);
    if (chapters.length === 0) return;
    const ticked = chapters.filter((box) => box.checked).length;
    partBox.checked = ticked === chapters.length;
    partBox.indeterminate = ticked > 0 && ticked < chapters.length;
  };
  const tick = (choice: readonly string[]) => {
    for (const box of boxes) box.checked = isChosen(box.value, choice);
    partBoxes.forEach(syncPart);
  };
  const ticked = () => choiceOf(boxes.map((box) => ({ value: box.value, checked: box.checked, part: box.dataset.part, chapterOf: box.dataset.chapterOf })));

  /** Shows a choice and says what shows; `remember` puts it in the address as a new history entry when it changed. */
  const show = (choice: readonly string[], remember: boolean) => {
    const search = searchFor(choice);
    if (remember && search !== window.location.search) {
      const url = new URL(window.location.href);
      url.search = search;
      window.history.pushState(null, '', url);
    }
    const shown = applyChoice(document, choice);
    say(choice.length === 0 ? book.showingWhole : formatPlural(book.showingChoice, shown.total, { shown: shown.entries, titles: shown.titles.join(', ') || book.showingNothing }));
  };
  /** Shows what is ticked; false (and a word next to the buttons) when nothing is. */
  const showTicked = () => {
    const choice = ticked();
    if (choice === null) {
      say(book.chooseSomething);
      return false;
    }
    show(choice, true);
    return true;
  };

  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.dataset.part) chaptersOf(box.dataset.part).forEach((chapter) => (chapter.checked = box.checked));
    else if (box.dataset.chapterOf) syncPart(partBoxes.find((partBox) => partBox.dataset.part === box.dataset.chapterOf)!);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showTicked();
  });
  form.querySelector('[data-book-all]')?.addEventListener('click', (event) => {
    event.preventDefault();
    tick([]);
    show([], true);
  });
  form.querySelector('[data-book-print]')?.addEventListener('click', () => {
    if (showTicked()) window.print();
  });
  // The back and forward buttons move between choices shown.
  window.addEventListener('popstate', () => {
    const choice = choiceIn(window.location.search);
    tick(choice);
    show(choice, false);
  });

  const chosen = choiceIn(window.location.search);
  if (chosen.length > 0) tick(chosen);
  show(chosen, false);
  form.hidden = false;
}
