/*
 * The filters of a list page, the kaart's home and the agenda's home: kaart.js and agenda.js, which load after
 * this script, start them with what differs (which items, which groups, how a count reads). Without JavaScript
 * such a page shows the whole list and the filters are links to static filter pages; with it, the filters
 * become checkboxes that filter the list at once:
 *   - within one filter the values are alternatives (OR): "zorg" or "geld";
 *   - between filters all must hold (AND): ("zorg" or "geld") and "formeel".
 * Each item carries its values per filter in an attribute, separated by spaces (data-kaart-onderwerp="zorg geld").
 * The choice is kept in the address (?onderwerp=zorg,geld&soort=formeel), so it can be shared, bookmarked,
 * reloaded and undone with the back button. The number of items shown is announced in a polite live region; a
 * group whose items are all filtered out is hidden. The page's elements are found by data attributes named after
 * the list (`name`): data-<name> around it all, data-<name>-form, -links, -status, -empty, -reset, and where the
 * page has them -count (beside a value), -group-count (in a group's heading), -toggle and -fields (the button
 * that folds the filters away on a small screen, and what it folds).
 * Plain ES2017, no libraries, nothing loaded from elsewhere, no inline code: it runs under a
 * Content-Security-Policy of script-src 'self'.
 */
(function () {
  "use strict";

  /**
   * Starts the filters of the list `options.name` ("kaart", "agenda"), when the page has them. Options:
   *   item: the selector of one item of the list; group: the selector of a group of items;
   *   attribute(box): the name of the item attribute that holds the values of the box's filter;
   *   countText(count): the number of items in words ("1 vermelding", "3 vermeldingen").
   */
  function startFilters(options) {
    var name = options.name;
    var root = document.querySelector("[data-" + name + "]");
    var form = root && root.querySelector("[data-" + name + "-form]");
    if (!form || !window.history || !window.URLSearchParams) {
      return; // The links keep working.
    }
    var links = root.querySelector("[data-" + name + "-links]");
    var status = root.querySelector("[data-" + name + "-status]");
    var empty = root.querySelector("[data-" + name + "-empty]");
    var resetButton = form.querySelector("[data-" + name + "-reset]");
    var toggle = form.querySelector("[data-" + name + "-toggle]");
    var fields = form.querySelector("[data-" + name + "-fields]");
    var narrow = window.matchMedia ? window.matchMedia("(max-width: 59.99rem)") : null;
    var groups = Array.prototype.slice.call(root.querySelectorAll(options.group));
    var items = Array.prototype.slice.call(root.querySelectorAll(options.item));
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));

    // The filters in page order, each with the values it offers and the attribute the items hold them in.
    var facets = [];
    boxes.forEach(function (box) {
      var facet = facets.find(function (f) { return f.name === box.name; });
      if (!facet) {
        facet = { name: box.name, attribute: options.attribute(box), boxes: [] };
        facets.push(facet);
      }
      facet.boxes.push(box);
    });

    // Each item's values per filter, read once.
    var entries = items.map(function (item) {
      var values = {};
      facets.forEach(function (facet) {
        values[facet.name] = (item.getAttribute(facet.attribute) || "").split(" ").filter(Boolean);
      });
      return { element: item, values: values };
    });

    /** The chosen values per filter, from the checkboxes. */
    function chosen() {
      var state = {};
      facets.forEach(function (facet) {
        state[facet.name] = facet.boxes.filter(function (box) { return box.checked; })
          .map(function (box) { return box.value; });
      });
      return state;
    }

    /** Whether an item passes every filter, leaving out the filter named `except`. */
    function matches(entry, state, except) {
      return facets.every(function (facet) {
        var wanted = state[facet.name];
        if (facet.name === except || wanted.length === 0) {
          return true;
        }
        return wanted.some(function (value) { return entry.values[facet.name].indexOf(value) !== -1; });
      });
    }

    /** Shows the items that match, updates the counts and tells screen readers how many there are. */
    function apply(state, announce) {
      var shown = 0;
      entries.forEach(function (entry) {
        var match = matches(entry, state, null);
        entry.element.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      groups.forEach(function (group) {
        var visible = group.querySelectorAll(options.item + ":not([hidden])").length;
        group.hidden = visible === 0;
        var counter = group.querySelector("[data-" + name + "-group-count]");
        if (counter) {
          counter.textContent = "(" + visible + ")";
        }
      });
      // How many items each value would give, with the choices in the other filters kept.
      facets.forEach(function (facet) {
        facet.boxes.forEach(function (box) {
          var counter = box.parentNode.querySelector("[data-" + name + "-count]");
          if (counter) {
            var count = entries.filter(function (entry) {
              return entry.values[facet.name].indexOf(box.value) !== -1 && matches(entry, state, facet.name);
            }).length;
            counter.textContent = "(" + count + ")";
          }
        });
      });
      if (empty) {
        empty.hidden = shown !== 0;
      }
      var filtered = facets.some(function (facet) { return state[facet.name].length > 0; });
      resetButton.hidden = !filtered;
      if (toggle) {
        var count = facets.reduce(function (sum, facet) { return sum + state[facet.name].length; }, 0);
        toggle.textContent = count > 0 ? "Filters kiezen (" + count + " gekozen)" : "Filters kiezen";
      }
      if (status && announce) {
        status.textContent = filtered
          ? options.countText(shown) + " gevonden, van de " + entries.length + " in totaal"
          : options.countText(entries.length);
      }
    }

    /** The state in the address: ?onderwerp=zorg,geld&soort=formeel (repeated keys are read too). */
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
          // Values are slugs (lowercase letters, digits, hyphens): readable as they are.
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

    // Enter in a checkbox would send the form and reload the page: the list has already been filtered.
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });

    resetButton.addEventListener("click", function () {
      var state = chosen();
      Object.keys(state).forEach(function (facetName) { state[facetName] = []; });
      setBoxes(state);
      window.history.pushState(state, "", addressFor(state));
      apply(state, true);
      // The button disappears: keep the keyboard focus in the filters.
      if (fields && fields.hidden && toggle) {
        toggle.focus();
      } else if (boxes.length) {
        boxes[0].focus();
      }
    });

    window.addEventListener("popstate", function () {
      var state = stateFromAddress();
      setBoxes(state);
      apply(state, true);
    });

    // On a small screen the filters sit above the list: they fold away behind a button, open on request.
    function setOpen(open) {
      fields.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    }

    function layout() {
      var folded = Boolean(narrow && narrow.matches);
      toggle.hidden = !folded;
      setOpen(!folded);
    }

    if (toggle && fields) {
      toggle.addEventListener("click", function () {
        setOpen(fields.hidden);
      });
      if (narrow && narrow.addEventListener) {
        narrow.addEventListener("change", layout);
      } else if (narrow && narrow.addListener) {
        narrow.addListener(layout);
      }
      layout();
    }

    // Swap the links for the checkboxes, and start from the address (a shared or reloaded link).
    if (links) {
      links.hidden = true;
    }
    form.hidden = false;
    var initial = stateFromAddress();
    setBoxes(initial);
    apply(initial, facets.some(function (facet) { return initial[facet.name].length > 0; }));
  }

  window.buurtsite = window.buurtsite || {};
  window.buurtsite.startFilters = startFilters;
})();
