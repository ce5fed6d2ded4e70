/*
 * The text analysis of the search, the same as the build's (Sources/Features/Search): a query's words become the
 * index's terms. A stand-in until the Dutch analysis lands: folding and words only.
 */
(function () {
  "use strict";

  var STOP = ["de", "het", "een", "en", "van", "in", "op", "met", "voor", "ik", "je", "is", "te", "aan", "er",
    "dat", "die"];
  var stop = {};
  STOP.forEach(function (word) { stop[word] = true; });

  function words(text) {
    var folded = text.toLowerCase().normalize("NFKD").replace(/\p{Mn}/gu, "");
    return folded.split(/[^\p{Alphabetic}0-9]+/u).filter(Boolean);
  }

  window.buurtsiteText = {
    words: words,
    stem: function (word) { return word; },
    isStopWord: function (word) { return stop[word] === true; },
    parts: function () { return []; },
    distance: function (a, b, max) {
      // Restricted Damerau-Levenshtein with a cut-off: more than max is max + 1.
      if (Math.abs(a.length - b.length) > max) { return max + 1; }
      var prev2 = null, prev = [], cur, i, j;
      for (j = 0; j <= b.length; j += 1) { prev.push(j); }
      for (i = 1; i <= a.length; i += 1) {
        cur = [i];
        var best = i;
        for (j = 1; j <= b.length; j += 1) {
          var cost = a[i - 1] === b[j - 1] ? 0 : 1;
          var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
          if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            v = Math.min(v, prev2[j - 2] + 1);
          }
          cur.push(v);
          if (v < best) { best = v; }
        }
        if (best > max) { return max + 1; }
        prev2 = prev;
        prev = cur;
      }
      return Math.min(prev[b.length], max + 1);
    }
  };
}());
