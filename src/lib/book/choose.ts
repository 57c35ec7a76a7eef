/**
 * Shows only the chosen parts of the book. The page marks each part with `data-book-part`, each
 * chapter with `data-book-chapter` (its key is `<part>/<chapter>`) and each line of the contents
 * with `data-book-key`; a choice is a list of part and chapter keys, and an empty choice is the
 * whole book. The chooser's ticked boxes make a choice (choiceOf), which the address carries as
 * `?include=<key>` for each key. What shows is what prints: a part's size under its title counts
 * only its chapters that show, and a cross-reference into a part that is hidden goes back to the
 * entry's own page.
 */
import { book, format } from '../../strings/index.ts';
import { partSize } from './size.ts';

export interface ChoiceResult {
  /** Entries shown, and entries in the whole book. */
  entries: number;
  total: number;
  /** The titles of the parts and chapters shown. */
  titles: string[];
}

/** Whether a part or chapter key is in the choice (a chapter is in when its part is). */
export function isChosen(key: string, chosen: readonly string[]): boolean {
  if (chosen.length === 0) return true;
  const part = key.split('/')[0]!;
  return chosen.includes(key) || chosen.includes(part) || (!key.includes('/') && chosen.some((item) => item.startsWith(`${key}/`)));
}

/** One of the chooser's boxes: a part's (`part` is its key) or a chapter's (`chapterOf` is its part's key). */
export interface ChoiceBox {
  value: string;
  checked: boolean;
  part?: string;
  chapterOf?: string;
}

/**
 * The choice the boxes make, as short as it can be said: a part whose chapters are all ticked is its
 * part's key alone, and everything ticked is the whole book (an empty list). Nothing ticked is null.
 */
export function choiceOf(boxes: readonly ChoiceBox[]): string[] | null {
  const keys: string[] = [];
  let whole = true;
  for (const partBox of boxes.filter((box) => box.part !== undefined)) {
    const chapters = boxes.filter((box) => box.chapterOf === partBox.part);
    const ticked = chapters.filter((box) => box.checked);
    const all = chapters.length > 0 ? ticked.length === chapters.length : partBox.checked;
    if (all) keys.push(partBox.part!);
    else {
      whole = false;
      keys.push(...ticked.map((box) => box.value));
    }
  }
  if (keys.length === 0) return null;
  return whole ? [] : keys;
}

/** The choice an address's query carries (`?include=techniques/questioning&include=protocols`). */
export function choiceIn(search: string): string[] {
  return new URLSearchParams(search).getAll('include');
}

/** The query that carries a choice: empty for the whole book. */
export function searchFor(choice: readonly string[]): string {
  const query = new URLSearchParams(choice.map((key) => ['include', key])).toString();
  return query ? `?${query}` : '';
}

/** Hides what is not chosen in `root` (the document), counts what shows under each part's title, and says what is shown. */
export function applyChoice(root: ParentNode, chosen: readonly string[]): ChoiceResult {
  const titles: string[] = [];
  for (const part of root.querySelectorAll<HTMLElement>('[data-book-part]')) {
    const key = part.dataset.bookPart!;
    part.hidden = !isChosen(key, chosen);
    const chapters = [...part.querySelectorAll<HTMLElement>('[data-book-chapter]')];
    for (const chapter of chapters) chapter.hidden = !isChosen(chapter.dataset.bookChapter!, chosen);
    const title = part.dataset.bookTitle ?? key;
    if (!part.hidden) {
      const shownChapters = chapters.filter((chapter) => !chapter.hidden);
      const chapterTitles = shownChapters.map((chapter) => chapter.dataset.bookTitle ?? chapter.dataset.bookChapter).join(', ');
      titles.push(chapters.length > 0 && shownChapters.length < chapters.length ? format(book.partWithChapters, { part: title, chapters: chapterTitles }) : title);
      const size = part.querySelector<HTMLElement>('[data-book-size]');
      if (size && chapters.length > 0) {
        const entries = shownChapters.reduce((sum, chapter) => sum + Number(chapter.dataset.bookEntries ?? 0), 0);
        size.textContent = partSize({ entries, chapters: shownChapters.length, singular: size.dataset.singular ?? '', plural: size.dataset.plural ?? '' });
      }
    }
  }
  for (const line of root.querySelectorAll<HTMLElement>('[data-book-key]')) line.hidden = !isChosen(line.dataset.bookKey!, chosen);
  const all = [...root.querySelectorAll<HTMLElement>('.book-entry')];
  const shown = all.filter((entry) => !entry.closest('[hidden]'));
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-href]')) {
    link.dataset.bookAnchor ??= link.getAttribute('href') ?? '';
    const anchor = link.dataset.bookAnchor;
    const target = anchor.startsWith('#') ? root.querySelector(`[id="${anchor.slice(1).replace(/["\\]/g, '\\$&')}"]`) : null;
    const inBook = target !== null && target.closest('[hidden]') === null;
    link.setAttribute('href', inBook ? anchor : link.dataset.href!);
    link.classList.toggle('xref', inBook);
  }
  return { entries: shown.length, total: all.length, titles };
}
