/**
 * The reader's side of offline use (served as update-notice.js by src/pages/update-notice.js.ts,
 * and loaded by src/components/UpdateNotice.astro on every page when playbook.yaml has
 * `offline: true`): registers the service worker that scripts/offline.ts generates, and fills the
 * page's update notice when a new version has been published.
 *
 * The new version waits until the reader presses Reload (or closes every tab), so no open page
 * mixes two versions; pressing Reload lets it take over and reloads the page. A tab that another
 * tab's Reload has moved to the new version shows the notice too, and its button just reloads.
 * The worker never touches localStorage, where readers' answers are kept.
 * Once the playbook is saved on the device (a worker controls the page), the footer says so
 * quietly: announced once (a polite live region) on the page where saving finishes; plain text on later pages.
 * Plain JavaScript, served as written: one small file, cached once, rather than the same lines in
 * every page. Its words are the strings table's (`offline` area), which UpdateNotice.astro puts in the
 * notice's data attributes, so the file itself holds none.
 */
(function () {
  var region = document.getElementById('update-notice');
  if (!region || !('serviceWorker' in navigator)) return;
  var container = navigator.serviceWorker;
  var hadController = Boolean(container.controller);
  var reloadWhenReady = false;

  function clear() {
    region.replaceChildren();
    region.classList.remove('update-notice--shown');
    document.documentElement.style.scrollPaddingBottom = '';
  }

  // worker: the new version, waiting; null when it already controls this page (another tab let it in).
  function show(worker) {
    if (region.childElementCount > 0) return;
    var text = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = region.dataset.published;
    text.append(strong, ' ', region.dataset.reloadHint);
    var reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = region.dataset.reload;
    reload.addEventListener('click', function () {
      reload.disabled = true;
      if (worker) {
        reloadWhenReady = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
      } else {
        location.reload();
      }
    });
    var later = document.createElement('button');
    later.type = 'button';
    later.className = 'update-notice__later';
    later.textContent = region.dataset.later;
    later.addEventListener('click', function () {
      clear();
      document.getElementById('main').focus();
    });
    var actions = document.createElement('p');
    actions.className = 'update-notice__actions';
    actions.append(reload, ' ', later);
    region.append(text, actions);
    region.classList.add('update-notice--shown');
    document.documentElement.style.scrollPaddingBottom = region.offsetHeight + 16 + 'px';
  }

  // The footer's note that the playbook is saved: a link to the page about reading offline.
  var state = document.getElementById('offline-state');
  function saved() {
    if (!state || state.childElementCount > 0) return;
    var link = document.createElement('a');
    link.href = state.dataset.href;
    link.textContent = state.dataset.saved;
    state.append(link);
  }
  if (hadController) saved();

  container.addEventListener('controllerchange', function () {
    if (reloadWhenReady) {
      reloadWhenReady = false;
      location.reload();
    } else if (hadController) {
      show(null);
    }
    hadController = true;
  });

  container.register(region.dataset.worker, { scope: region.dataset.scope }).then(function (registration) {
    if (!hadController && state) {
      // Saving happens during this visit: say so once it is done, politely.
      state.setAttribute('aria-live', 'polite');
      container.ready.then(saved);
    }
    if (registration.waiting && container.controller) show(registration.waiting);
    registration.addEventListener('updatefound', function () {
      var installing = registration.installing;
      if (!installing) return;
      installing.addEventListener('statechange', function () {
        if (installing.state === 'installed' && container.controller) show(installing);
      });
    });
    // A reader who comes back to an open tab (a phone app left in the background) checks for a new version.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
  }).catch(function (error) {
    console.warn('This playbook cannot be saved for offline use in this browser:', error);
  });
})();
