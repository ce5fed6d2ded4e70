/*
 * The agenda's filters and the week sheet's print button. Without this script the agenda's home shows every
 * date and the filters are links to static filter pages, and the week sheet prints with the browser's own
 * command; with it:
 *   - on the agenda's home the filters become checkboxes that filter the dates at once (filters.js does the
 *     work, see there). Each date carries the activity's values as data-categories="taal ontmoeten" and
 *     data-audiences="…"; each fieldset names its field in data-agenda-field. A day whose dates are all
 *     filtered out is hidden;
 *   - every button marked data-print is shown and opens the browser's print dialog.
 * Plain ES2017, no libraries, nothing loaded from elsewhere, no inline code: it runs under a
 * Content-Security-Policy of script-src 'self'.
 */
(function () {
  "use strict";

  Array.prototype.forEach.call(document.querySelectorAll("button[data-print]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  if (!window.buurtsite || !window.buurtsite.startFilters) {
    return; // The week sheet has no filters; elsewhere the links keep working.
  }
  window.buurtsite.startFilters({
    name: "agenda",
    item: "[data-occurrence]",
    group: "[data-agenda-day]",
    attribute: function (box) {
      var fieldset = box.closest("[data-agenda-field]");
      return "data-" + (fieldset ? fieldset.getAttribute("data-agenda-field") : box.name);
    },
    countText: function (count) { return count === 1 ? "1 datum" : count + " datums"; }
  });
})();
