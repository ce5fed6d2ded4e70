/*
 * The sociale kaart's filters, on the kaart's home page (filters.js does the work, see there): each entry
 * (.kaart-item) carries its values as data-kaart-<filter>="zorg geld", the entries are grouped by the first
 * filter (data-kaart-group), and each value and group shows how many entries it holds.
 * Plain ES2017, no libraries, nothing loaded from elsewhere.
 */
(function () {
  "use strict";

  if (!window.buurtsite || !window.buurtsite.startFilters) {
    return; // Without filters.js the links keep working.
  }
  window.buurtsite.startFilters({
    name: "kaart",
    item: ".kaart-item",
    group: "[data-kaart-group]",
    attribute: function (box) { return "data-kaart-" + box.name; },
    countText: function (count) { return count === 1 ? "1 vermelding" : count + " vermeldingen"; }
  });
})();
