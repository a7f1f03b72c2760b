// Family pack (carers_site/sharing/family_pack.py). Everything works without this script; it only adds:
// - the Print button on the made pack (hidden until this script runs, since it needs JavaScript);
// - a count of the characters left in the note, updated as you type.
(function () {
  "use strict";

  document.querySelectorAll("[data-pack-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  document.querySelectorAll("[data-pack-note-count]").forEach(function (group) {
    var field = group.querySelector("textarea");
    var message = group.querySelector(".nhsuk-character-count__message");
    var status = group.querySelector("[data-pack-note-status]");
    if (!field || !message || !status) { return; }
    var max = parseInt(group.getAttribute("data-max"), 10);
    var timer = null;

    function describe() {
      var left = max - field.value.length;
      var template = left >= 0 ? group.getAttribute("data-left") : group.getAttribute("data-over");
      return template.replace("%s", String(Math.abs(left)));
    }

    function update() {
      var text = describe();
      message.textContent = text;
      message.classList.toggle("nhsuk-error-message", field.value.length > max);
      // Screen readers hear the count once typing pauses, not after every key.
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { status.textContent = text; }, 1000);
    }

    field.addEventListener("input", update);
    message.textContent = describe();
  });
})();
