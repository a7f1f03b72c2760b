// "Copy link" in the "Share this page" box (templates/components/share_box.html). The button stays hidden
// where the browser cannot copy (no JavaScript, or an insecure connection); the link is there to select.
(function () {
  "use strict";
  if (!navigator.clipboard || typeof navigator.clipboard.writeText !== "function") {
    return;
  }
  function announce(status, message) {
    if (!status) {
      return;
    }
    // Empty first, so a second copy is announced again by screen readers.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 100);
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-share-copy]"), function (button) {
    var status = document.getElementById(button.getAttribute("data-share-status"));
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-share-copy")).then(
        function () { announce(status, button.getAttribute("data-copied")); },
        function () { announce(status, button.getAttribute("data-failed")); }
      );
    });
  });
})();
