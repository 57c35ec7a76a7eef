/**
 * Shows only the chosen parts of the book. The page marks each part with `data-book-part`, each
 * chapter with `data-book-chapter` (its key is `<part>/<chapter>`) and each line of the contents
 * with `data-book-key`; a choice is a list of part and chapter keys, and an empty choice is the
 * whole book. A cross-reference into a part that is hidden goes back to the entry's own page.
 */
import { book, format } from '../../strings/index.ts';

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

/** Hides what is not chosen in `root` (the document) and says what is shown. */
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
