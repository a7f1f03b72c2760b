// The offline crisis card (progressive enhancement; the site works fully without it).
// Registers the service worker (/sw.js, served by site/crisis/offline.py) and tells it which crisis page is this
// visitor's, from <script src=".../offline.js" data-crisis-page="/ur/crisis/">, so their phone keeps a copy in
// their language.
// Shows the "You are offline" notice while the browser has no network.
(function () {
  "use strict";

  var crisisPage = document.currentScript && document.currentScript.getAttribute("data-crisis-page");
  var notice = document.getElementById("offline-notice");
  function showWhetherOffline() {
    if (notice) {
      notice.hidden = navigator.onLine !== false;
    }
  }
  showWhetherOffline();
  window.addEventListener("online", showWhetherOffline);
  window.addEventListener("offline", showWhetherOffline);

  if (!("serviceWorker" in navigator) || !navigator.onLine) {
    return;
  }
  navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function (registration) {
      if (crisisPage && registration.active) {
        registration.active.postMessage({ crisisPage: crisisPage });
      }
    })
    .catch(function () {
      // No worker (private browsing, storage full): the site works as it does without JavaScript.
    });
})();
