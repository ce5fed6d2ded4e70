/*
 * Print buttons on toolkit pages. The pages work without this script: they say how to print with the
 * browser, and the buttons stay hidden. When the script runs, each button (data-print) is shown and
 * opens the browser's print dialog.
 */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-print]");
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
