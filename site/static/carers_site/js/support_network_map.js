// The support-network map (resources/templates/resources/support_network_map_page.html).
//
// The answers live only in this page. This script never sends them, stores them (no localStorage, no cookies)
// or makes any request. It adds the Print, Save as PDF, blank copy and Clear buttons, writes each answer out
// in full for printing (a printed text box cuts off long text), and warns before the page is closed with
// answers on it, because closing loses them.
(function () {
  var map = document.querySelector("[data-network-map]");
  if (!map) {
    return;
  }
  var questions = Array.prototype.slice.call(map.querySelectorAll("[data-network-map-question]"));
  var answers = Array.prototype.slice.call(map.querySelectorAll("[data-network-map-answer]"));
  var clearButton = map.querySelector("[data-network-map-clear]");
  var status = map.querySelector("[data-network-map-status]");
  var blankCopy = false;

  function hasAnswers() {
    return answers.some(function (answer) { return answer.value.trim() !== ""; });
  }

  // Fill the print-only parts: each answer in full, ruled lines where there is none, and today's date.
  function preparePrintout() {
    questions.forEach(function (question) {
      var text = blankCopy ? "" : question.querySelector("[data-network-map-answer]").value.trim();
      var printed = question.querySelector("[data-network-map-printed]");
      printed.textContent = text;
      printed.hidden = text === "";
      question.querySelector("[data-network-map-lines]").hidden = text !== "";
    });
    var today = map.querySelector("[data-network-map-today]");
    var now = new Date();
    // The page's language with a British region ("en" alone would write the date the American way).
    var lang = document.documentElement.lang || "en";
    today.textContent = now.toLocaleDateString(lang.indexOf("-") === -1 ? lang + "-GB" : lang, {
      day: "numeric", month: "long", year: "numeric"
    });
    today.dateTime = now.toISOString().slice(0, 10);
    // A blank copy gets a line to write the date on instead.
    map.querySelector("[data-network-map-date-printed]").hidden = blankCopy;
    map.querySelector("[data-network-map-date-blank]").hidden = !blankCopy;
  }

  function printCopy(blank) {
    blankCopy = blank;
    preparePrintout();
    window.print();
  }

  function say(message) {
    status.textContent = message;
  }

  map.classList.add("app-network-map--js");
  map.querySelector("[data-network-map-tools]").hidden = false;
  map.querySelector("[data-network-map-no-script]").hidden = true;

  Array.prototype.forEach.call(map.querySelectorAll("[data-network-map-print]"), function (button) {
    button.addEventListener("click", function () { printCopy(false); });
  });
  map.querySelector("[data-network-map-print-blank]").addEventListener("click", function () { printCopy(true); });

  clearButton.addEventListener("click", function () {
    if (!hasAnswers()) {
      say(clearButton.getAttribute("data-nothing"));
      return;
    }
    if (!window.confirm(clearButton.getAttribute("data-confirm"))) {
      return;
    }
    answers.forEach(function (answer) { answer.value = ""; });
    say(clearButton.getAttribute("data-cleared"));
    answers[0].focus();
  });
  answers.forEach(function (answer) {
    answer.addEventListener("input", function () { say(""); });
  });

  // The browser's own Print (Ctrl+P, the menu) also gets the answers written out in full.
  window.addEventListener("beforeprint", preparePrintout);
  window.addEventListener("afterprint", function () { blankCopy = false; });

  // Leaving or reloading the page loses the answers: ask the browser to check first.
  window.addEventListener("beforeunload", function (event) {
    if (hasAnswers()) {
      event.preventDefault();
      event.returnValue = ""; // older browsers show the prompt only when this is set
    }
  });
})();
