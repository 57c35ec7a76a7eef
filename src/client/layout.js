/**
 * The few lines of script every page has, written inline at its end by src/layouts/Base.astro
 * (the page's policy runs exactly this text, by its hash, and no handler written in an attribute):
 * on a wide screen the menu is always open, on a phone Escape closes it, "/" focuses the search
 * box, and a print button (src/components/PrintButton.astro) prints the page in its print mode.
 * Plain JavaScript, as the browser runs it.
 */
// On a wide screen the navigation is always shown: keep the menu open there.
(function () {
  const menu = document.getElementById('site-menu');
  const wide = window.matchMedia('(min-width: 56rem)');
  if (!menu) return;
  const fit = function () { if (wide.matches) menu.open = true; };
  fit();
  wide.addEventListener('change', fit);
  // On a phone, Escape closes the open menu and returns to its button.
  menu.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || wide.matches || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
})();
// The search loader: "/" focuses the search box, unless the reader is typing somewhere.
document.addEventListener('keydown', function (event) {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.getElementById('search-q') || document.getElementById('site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
// A print button prints the page; one with a print mode (a technique's one-page card) sets it on <html> while printing.
document.addEventListener('click', function (event) {
  const button = event.target instanceof Element ? event.target.closest('.print-button') : null;
  if (!button) return;
  const mode = button.dataset.printMode;
  if (mode) document.documentElement.dataset.print = mode;
  print();
  if (mode) delete document.documentElement.dataset.print;
});
