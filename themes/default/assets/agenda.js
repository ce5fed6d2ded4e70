/*
 * The agenda's filters and the week sheet's print button. Without this script the agenda's home shows every
 * date and the filters are links to static filter pages, and the week sheet prints with the browser's own
 * command; with it:
 *   - on the agenda's home the filters become checkboxes that filter the dates at once: within one filter the
 *     values are alternatives (OR), between filters all must hold (AND). Each date carries the activity's
 *     values as data-categories="taal ontmoeten" and data-audiences="…"; each fieldset names its field in
 *     data-agenda-field. The choice is kept in the address (?onderwerp=taal,ontmoeten&voor-wie=ouderen), so it
 *     can be shared, bookmarked, reloaded and undone with the back button; the number of dates shown is
 *     announced in a polite live region, and a day whose dates are all filtered out is hidden;
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

  var root = document.querySelector("[data-agenda]");
  var form = root && root.querySelector("[data-agenda-form]");
  if (!form || !window.history || !window.URLSearchParams) {
    return; // The links keep working.
  }
  var links = root.querySelector("[data-agenda-links]");
  var status = root.querySelector("[data-agenda-status]");
  var empty = root.querySelector("[data-agenda-empty]");
  var resetButton = form.querySelector("[data-agenda-reset]");
  var days = Array.prototype.slice.call(root.querySelectorAll("[data-agenda-day]"));
  var items = Array.prototype.slice.call(root.querySelectorAll("[data-occurrence]"));

  // The filters in page order: the URL name (the checkboxes' name), the field they read and their boxes.
  var facets = Array.prototype.map.call(form.querySelectorAll("[data-agenda-field]"), function (fieldset) {
    var boxes = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox]"));
    return { name: boxes.length ? boxes[0].name : "", field: fieldset.getAttribute("data-agenda-field"), boxes: boxes };
  }).filter(function (facet) { return facet.boxes.length > 0; });

  // Each date's values per filter, read once.
  var dates = items.map(function (item) {
    var values = {};
    facets.forEach(function (facet) {
      values[facet.name] = (item.getAttribute("data-" + facet.field) || "").split(" ").filter(Boolean);
    });
    return { element: item, values: values };
  });

  function countText(count) {
    return count === 1 ? "1 datum" : count + " datums";
  }

  /** The chosen values per filter, from the checkboxes. */
  function chosen() {
    var state = {};
    facets.forEach(function (facet) {
      state[facet.name] = facet.boxes.filter(function (box) { return box.checked; })
        .map(function (box) { return box.value; });
    });
    return state;
  }

  function matches(date, state) {
    return facets.every(function (facet) {
      var wanted = state[facet.name];
      return wanted.length === 0 || wanted.some(function (value) {
        return date.values[facet.name].indexOf(value) !== -1;
      });
    });
  }

  /** Shows the dates that match, hides empty days, and tells screen readers how many dates there are. */
  function apply(state, announce) {
    var shown = 0;
    dates.forEach(function (date) {
      var match = matches(date, state);
      date.element.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    days.forEach(function (day) {
      day.hidden = day.querySelectorAll("[data-occurrence]:not([hidden])").length === 0;
    });
    if (empty) {
      empty.hidden = shown !== 0;
    }
    var filtered = facets.some(function (facet) { return state[facet.name].length > 0; });
    resetButton.hidden = !filtered;
    if (status && announce) {
      status.textContent = filtered
        ? countText(shown) + " gevonden, van de " + dates.length + " in totaal"
        : countText(dates.length);
    }
  }

  /** The state in the address: ?onderwerp=taal,ontmoeten&voor-wie=ouderen (repeated keys are read too). */
  function stateFromAddress() {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    facets.forEach(function (facet) {
      var offered = facet.boxes.map(function (box) { return box.value; });
      var values = [];
      params.getAll(facet.name).forEach(function (part) {
        part.split(",").forEach(function (value) {
          value = value.trim();
          if (offered.indexOf(value) !== -1 && values.indexOf(value) === -1) {
            values.push(value);
          }
        });
      });
      state[facet.name] = values;
    });
    return state;
  }

  function addressFor(state) {
    var parts = [];
    facets.forEach(function (facet) {
      if (state[facet.name].length > 0) {
        parts.push(encodeURIComponent(facet.name) + "=" + state[facet.name].map(encodeURIComponent).join(","));
      }
    });
    return window.location.pathname + (parts.length ? "?" + parts.join("&") : "") + window.location.hash;
  }

  function setBoxes(state) {
    facets.forEach(function (facet) {
      facet.boxes.forEach(function (box) {
        box.checked = state[facet.name].indexOf(box.value) !== -1;
      });
    });
  }

  form.addEventListener("change", function () {
    var state = chosen();
    window.history.pushState(state, "", addressFor(state));
    apply(state, true);
  });

  // Enter in a checkbox would send the form and reload the page: the dates have already been filtered.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });

  resetButton.addEventListener("click", function () {
    var state = chosen();
    Object.keys(state).forEach(function (name) { state[name] = []; });
    setBoxes(state);
    window.history.pushState(state, "", addressFor(state));
    apply(state, true);
    // The button disappears: keep the keyboard focus in the filters.
    if (facets.length) {
      facets[0].boxes[0].focus();
    }
  });

  window.addEventListener("popstate", function () {
    var state = stateFromAddress();
    setBoxes(state);
    apply(state, true);
  });

  // Swap the links for the checkboxes, and start from the address (a shared or reloaded link).
  if (links) {
    links.hidden = true;
  }
  form.hidden = false;
  var initial = stateFromAddress();
  setBoxes(initial);
  apply(initial, facets.some(function (facet) { return initial[facet.name].length > 0; }));
})();
