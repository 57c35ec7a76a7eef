/**
 * The finder on "What's the problem?" (src/pages/problems.astro): narrows the list as a teacher
 * types, to the problems that have every word typed (in any of their wordings, or in the names of
 * their techniques: src/lib/learning-problems.ts), and by phase, hiding the techniques for other
 * phases and the problems left with none. Areas with nothing left are hidden, the areas' counts
 * follow, a status line says how many are shown, and the choice is kept in the address
 * (?q=marking&phase=primary) so the list can be shared or come back to. The page is the whole
 * list until this runs; the finder itself is shown only when JavaScript runs (`js-only`).
 */
import { matchesQuery } from '../lib/learning-problems.ts';
import { formatPlural, problems as words } from '../strings/index.ts';

const hasPhase = (element: HTMLElement, phase: string) => !phase || (element.dataset.phases ?? '').split(' ').includes(phase);

/** The finder's parts, or undefined on a page without it. */
function finderParts() {
  const form = document.getElementById('problem-finder');
  const input = document.getElementById('problem-q');
  const select = document.getElementById('problem-phase');
  const status = document.getElementById('problem-status');
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !(select instanceof HTMLSelectElement) || !status) return undefined;
  return { form, input, select, status };
}

export function startProblemFinder(): void {
  const parts = finderParts();
  if (!parts) return;
  const { form, input, select, status } = parts;
  const total = Number(form.dataset.total ?? 0);
  const problems = [...document.querySelectorAll<HTMLElement>('.problem')].map((element) => ({
    element,
    text: element.textContent ?? '',
    techniques: [...element.querySelectorAll<HTMLElement>('.chips li')],
  }));
  const areas = [...document.querySelectorAll<HTMLElement>('.problem-area')];

  const params = new URLSearchParams(location.search);
  if (!input.value) input.value = params.get('q') ?? '';
  const phase = params.get('phase');
  if (phase && [...select.options].some((option) => option.value === phase)) select.value = phase;

  function update(): void {
    const query = input.value;
    const chosenPhase = select.value;
    let shown = 0;
    for (const problem of problems) {
      let left = 0;
      for (const technique of problem.techniques) {
        technique.hidden = !hasPhase(technique, chosenPhase);
        if (!technique.hidden) left++;
      }
      problem.element.hidden = left === 0 || !matchesQuery(problem.text, query);
      if (!problem.element.hidden) shown++;
    }
    for (const area of areas) {
      const count = area.querySelectorAll('.problem:not([hidden])').length;
      area.hidden = count === 0;
      const entry = document.querySelector<HTMLElement>(`.toc li[data-area="${area.querySelector('h2')?.id ?? ''}"]`);
      if (entry) {
        entry.hidden = count === 0;
        const counter = entry.querySelector('.toc__count');
        if (counter) counter.textContent = String(count);
      }
    }
    const narrowed = query.trim() !== '' || chosenPhase !== '';
    status.textContent = !narrowed ? '' : shown === 0 ? words.noneFound : formatPlural(words.showing, shown, { total });
    const next = new URLSearchParams();
    if (query.trim()) next.set('q', query.trim());
    if (chosenPhase) next.set('phase', chosenPhase);
    const search = next.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  input.addEventListener('input', update);
  select.addEventListener('change', update);
  // Enter in the box keeps the teacher on the page: the list is already narrowed.
  form.addEventListener('submit', (event) => event.preventDefault());
  if (input.value || select.value) update();
}
