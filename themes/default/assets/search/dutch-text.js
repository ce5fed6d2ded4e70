/*
 * Dutch text analysis for the search, in the browser: the twin of the Swift module DutchText
 * (Sources/Engines/DutchText), which analyses the pages when the site is built. Both must give the same
 * words and stems for every text, or a query would miss what the index holds; the parity test
 * (Tests/DutchTextTests) checks them against each other on Debian's whole Dutch word list (413,288 words).
 * The rules are in docs/SEARCH.md.
 *
 * One global object, DutchText (and module.exports under Node):
 *   DutchText.tokens(text)        [{text, kind: "word" | "part", start, end}], start/end as in text.slice
 *   DutchText.stem(word)          the stem of a folded word: Porter's, a final z → s and v → f, 4 exceptions
 *   DutchText.porterStem(word)    Snowball's Porter-based Dutch stemmer alone (libstemmer 2.2 "dutch")
 *   DutchText.terms(text)         the tokens, each with its stem
 *   DutchText.wordLists(json)     the stop words and bound morphemes the build writes (DutchWordLists.json)
 *   new DutchText.CompoundSplitter(vocabulary, wordLists).split(word)   [{word, link}] or null
 *   DutchText.maxEdits(length), DutchText.editDistance(a, b, bound)       typo tolerance
 *
 * Plain ES2018 (Unicode property escapes), no libraries, no eval: it runs under script-src 'self'.
 */
(function (root) {
  "use strict";

  // ---- Folding: one character at a time (DutchFolding.swift) ----

  // A folded character is a number: a code point (> 0) for a word character, BOUNDARY, or a joiner.
  var BOUNDARY = 0;
  var HYPHEN = -1;
  var APOSTROPHE = -2;
  var INVISIBLE = -3;

  function joinerOf(cp) {
    switch (cp) {
      case 0x2d: case 0x2010: case 0x2011:
        return HYPHEN;
      case 0x27: case 0x60: case 0xb4: case 0x2bc: case 0x2019:
        return APOSTROPHE;
      case 0xad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
        return INVISIBLE;
      default:
        return 0;
    }
  }

  // Lowercase letters that decomposition leaves whole, as in slugs.
  var EXTRA_FOLDINGS = { 0xdf: "ss", 0xe6: "ae", 0x153: "oe", 0xf8: "o", 0x142: "l", 0x111: "d", 0xfe: "th" };
  var NONSPACING_MARK = /^\p{Mn}$/u;
  var WORD_CHARACTER = /^[\p{L}\p{N}\p{Mc}\p{Me}]$/u;
  var LETTERS = /^\p{L}+$/u;

  function asciiUnit(cp) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return cp;
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
    return BOUNDARY;
  }

  function unitsOfLowercase(character, units) {
    var cp = character.codePointAt(0);
    var joiner = joinerOf(cp);
    if (joiner) {
      units.push(joiner);
    } else if (cp < 0x80) {
      units.push(asciiUnit(cp));
    } else if (EXTRA_FOLDINGS[cp]) {
      for (var i = 0; i < EXTRA_FOLDINGS[cp].length; i++) units.push(EXTRA_FOLDINGS[cp].charCodeAt(i));
    } else {
      units.push(WORD_CHARACTER.test(character) ? cp : BOUNDARY);
    }
  }

  function computeUnits(cp) {
    var joiner = joinerOf(cp);
    if (joiner) return [joiner];
    if (cp < 0x80) return [asciiUnit(cp)];
    var units = [];
    for (var decomposed of String.fromCodePoint(cp).normalize("NFKD")) {
      if (NONSPACING_MARK.test(decomposed)) continue;
      var value = decomposed.codePointAt(0);
      joiner = joinerOf(value);
      if (joiner) {
        units.push(joiner);
      } else if (value < 0x80) {
        units.push(asciiUnit(value));
      } else {
        for (var lower of decomposed.toLowerCase()) {
          if (!NONSPACING_MARK.test(lower)) unitsOfLowercase(lower, units);
        }
      }
    }
    return units;
  }

  var foldCache = new Map();
  function unitsOf(cp) {
    var units = foldCache.get(cp);
    if (units === undefined) {
      units = computeUnits(cp);
      foldCache.set(cp, units);
    }
    return units;
  }

  // ---- Words (DutchTokenizer.swift) ----

  function tokens(text) {
    var out = [];
    var pieces = [], starts = [], ends = [], joiners = [];
    var current = "", start = -1, end = -1, pending = 0;

    function emit(textOfToken, kind, from, to) {
      out.push({ text: textOfToken, kind: kind, start: from, end: to });
    }

    function finish() {
      if (start < 0) {
        pending = 0;
        return;
      }
      pieces.push(current);
      starts.push(start);
      ends.push(end);
      if (pieces.length === 1) {
        emit(pieces[0], "word", start, end);
      } else {
        emit(pieces.join(""), "word", starts[0], end);
        var partCount = 1;
        for (var j = 0; j < joiners.length; j++) if (joiners[j] !== APOSTROPHE) partCount++;
        var first = 0;
        while (first < pieces.length) {
          var last = first;
          while (last < joiners.length && joiners[last] === APOSTROPHE) last++;
          if (partCount > 1) emit(pieces.slice(first, last + 1).join(""), "part", starts[first], ends[last]);
          if (last > first) emit(pieces[first], "part", starts[first], ends[first]);
          first = last + 1;
        }
      }
      pieces = [];
      starts = [];
      ends = [];
      joiners = [];
      current = "";
      start = -1;
      end = -1;
      pending = 0;
    }

    function addJoiner(joiner) {
      if (start >= 0 && pending === 0) {
        pending = joiner;
      } else {
        finish();
      }
    }

    function add(unit, from, to) {
      if (unit > 0) {
        if (pending !== 0) {
          pieces.push(current);
          starts.push(start);
          ends.push(end);
          joiners.push(pending);
          current = "";
          start = from;
          pending = 0;
        } else if (start < 0) {
          start = from;
        }
        current += String.fromCodePoint(unit);
        end = to;
      } else if (unit === BOUNDARY) {
        finish();
      } else {
        addJoiner(unit);
      }
    }

    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var next = i + (cp > 0xffff ? 2 : 1);
      if (cp < 0x80) {
        var joiner = joinerOf(cp);
        if (joiner) addJoiner(joiner);
        else add(asciiUnit(cp), i, next);
      } else {
        var units = unitsOf(cp);
        for (var u = 0; u < units.length; u++) add(units[u], i, next);
      }
      i = next;
    }
    finish();
    return out;
  }

  // ---- Stems (DutchStemmer.swift) ----
  // Snowball's Porter-based Dutch stemmer as Debian's libstemmer 2.2 runs it (snowball v2.2.0,
  // algorithms/dutch.sbl; described at snowballstem.org/algorithms/dutch/stemmer.html), written out by hand.
  // The word is an array of characters (code points). libstemmer counts positions in UTF-8 bytes, which shows
  // in one place: "R1 starts at least 3 bytes in".

  var VOWELS = "aeiouy\u00e8";
  var PRELUDE = {
    "\u00e4": "a", "\u00e1": "a", "\u00eb": "e", "\u00e9": "e", "\u00ef": "i",
    "\u00ed": "i", "\u00f6": "o", "\u00f3": "o", "\u00fc": "u", "\u00fa": "u",
  };

  function isVowel(ch) {
    return ch !== undefined && VOWELS.indexOf(ch) >= 0;
  }

  // A character other than a vowel; false before the start of the word.
  function isNonVowel(ch) {
    return ch !== undefined && !isVowel(ch);
  }

  function utf8Length(ch) {
    var cp = ch.codePointAt(0);
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  function endsWith(s, suffix) {
    if (suffix.length > s.length) return false;
    for (var i = 0; i < suffix.length; i++) {
      if (s[s.length - suffix.length + i] !== suffix[i]) return false;
    }
    return true;
  }

  function porterStem(word) {
    var s = Array.from(word);
    var i;

    // prelude: accented vowels lose their accent; y at the start, and i and y between vowels, are consonants
    for (i = 0; i < s.length; i++) if (PRELUDE[s[i]]) s[i] = PRELUDE[s[i]];
    if (s[0] === "y") s[0] = "Y";
    var cursor = 0;
    for (;;) {
      var found = false;
      for (var p = cursor; p < s.length; p++) {
        if (!isVowel(s[p])) continue;
        // Snowball's goto leaves the cursor where the match began, so the vowel after a marked i is looked
        // at again, as the vowel before the next i or y ("zaaiuien" → zaaIuIen).
        if (s[p + 1] === "i" && isVowel(s[p + 2])) {
          s[p + 1] = "I";
          cursor = p + 1;
          found = true;
          break;
        }
        if (s[p + 1] === "y") {
          s[p + 1] = "Y";
          cursor = p + 1;
          found = true;
          break;
        }
      }
      if (!found) break;
    }

    // mark_regions: R1 after the first non-vowel that follows a vowel, at least 3 bytes in; R2 the same in R1
    var p1 = s.length, p2 = s.length;
    var at = 0;
    while (at < s.length && !isVowel(s[at])) at++;
    if (at < s.length) {
      at++;
      while (at < s.length && isVowel(s[at])) at++;
      if (at < s.length) {
        at++;
        p1 = at;
        var bytes = 0;
        for (i = 0; i < p1; i++) bytes += utf8Length(s[i]);
        if (bytes < 3) {
          p1 = s.length + 1;
          bytes = 0;
          for (i = 0; i < s.length; i++) {
            if (bytes >= 3) {
              p1 = i;
              break;
            }
            bytes += utf8Length(s[i]);
          }
          if (p1 > s.length && bytes >= 3) p1 = s.length;
        }
        while (at < s.length && !isVowel(s[at])) at++;
        if (at < s.length) {
          at++;
          while (at < s.length && isVowel(s[at])) at++;
          if (at < s.length) p2 = at + 1;
        }
      }
    }
    function r1(position) { return p1 <= position; }
    function r2(position) { return p2 <= position; }

    function undouble() {
      if (endsWith(s, ["k", "k"]) || endsWith(s, ["d", "d"]) || endsWith(s, ["t", "t"])) s.length -= 1;
    }

    function enEnding(position) {
      // R1 non-v and not 'gem' delete undouble
      if (!r1(position) || !isNonVowel(s[position - 1])) return false;
      if (position >= 3 && s[position - 3] === "g" && s[position - 2] === "e" && s[position - 1] === "m") {
        return false;
      }
      s.length = position;
      undouble();
      return true;
    }

    var eFound = false;
    function eEnding() {
      eFound = false;
      var position = s.length - 1;
      if (s[position] !== "e" || !r1(position) || !isNonVowel(s[position - 1])) return;
      s.length = position;
      eFound = true;
      undouble();
    }

    // standard_suffix
    var n = s.length;
    if (endsWith(s, Array.from("heden"))) {
      if (r1(n - 5)) s.splice(n - 5, 5, "h", "e", "i", "d");
    } else if (endsWith(s, ["e", "n", "e"])) {
      enEnding(n - 3);
    } else if (endsWith(s, ["e", "n"])) {
      enEnding(n - 2);
    } else if (endsWith(s, ["s", "e"]) || endsWith(s, ["s"])) {
      var start = endsWith(s, ["s", "e"]) ? n - 2 : n - 1;
      var before = s[start - 1];
      if (r1(start) && isNonVowel(before) && before !== "j") s.length = start;
    }

    eEnding();

    n = s.length;
    if (endsWith(s, ["h", "e", "i", "d"]) && r2(n - 4) && s[n - 5] !== "c") {
      s.length = n - 4;
      if (endsWith(s, ["e", "n"])) enEnding(s.length - 2);
    }

    n = s.length;
    if (endsWith(s, ["l", "i", "j", "k"])) {
      if (r2(n - 4)) {
        s.length = n - 4;
        eEnding();
      }
    } else if (endsWith(s, ["b", "a", "a", "r"])) {
      if (r2(n - 4)) s.length = n - 4;
    } else if (endsWith(s, ["e", "n", "d"]) || endsWith(s, ["i", "n", "g"])) {
      if (r2(n - 3)) {
        s.length = n - 3;
        var m = s.length;
        if (endsWith(s, ["i", "g"]) && r2(m - 2) && s[m - 3] !== "e") s.length = m - 2;
        else undouble();
      }
    } else if (endsWith(s, ["b", "a", "r"])) {
      if (r2(n - 3) && eFound) s.length = n - 3;
    } else if (endsWith(s, ["i", "g"])) {
      if (r2(n - 2) && s[n - 3] !== "e") s.length = n - 2;
    }

    // undouble a vowel: a non-vowel (not I), after aa, ee, oo or uu, after a non-vowel: "maan" → "man"
    n = s.length;
    var lastCharacter = s[n - 1];
    if (isNonVowel(lastCharacter) && lastCharacter !== "I" && n >= 4) {
      var pair = s[n - 3];
      if ((pair === "a" || pair === "e" || pair === "o" || pair === "u") && s[n - 2] === pair && isNonVowel(s[n - 4])) {
        s.splice(n - 2, 1);
      }
    }

    // postlude
    for (i = 0; i < s.length; i++) {
      if (s[i] === "Y") s[i] = "y";
      else if (s[i] === "I") s[i] = "i";
    }
    return s.join("");
  }

  // Our step after Porter's: a final z or v after another character than z or v becomes s or f.
  function devoiced(stem) {
    var s = Array.from(stem);
    var n = s.length;
    if (n < 3 || (s[n - 1] !== "z" && s[n - 1] !== "v") || s[n - 2] === "z" || s[n - 2] === "v") return stem;
    s[n - 1] = s[n - 1] === "z" ? "s" : "f";
    return s.join("");
  }

  // Words Porter joins to words of another meaning, with the stem they get instead (DutchStemmer.exceptions).
  var EXCEPTIONS = new Map([["oudere", "oudere"], ["ouderen", "oudere"], ["weet", "weten"], ["weten", "weten"]]);

  var stemCache = new Map();
  function stem(word) {
    var known = stemCache.get(word);
    if (known !== undefined) return known;
    var result = EXCEPTIONS.has(word) ? EXCEPTIONS.get(word) : devoiced(porterStem(word));
    if (stemCache.size >= 100000) stemCache.clear();
    stemCache.set(word, result);
    return result;
  }

  function terms(text) {
    return tokens(text).map(function (token) {
      return { text: token.text, kind: token.kind, start: token.start, end: token.end, stem: stem(token.text) };
    });
  }

  // ---- Word lists (DutchWordLists.swift, written by the build as JSON) ----

  function wordLists(json) {
    var lists = typeof json === "string" ? JSON.parse(json) : json;
    var stopWords = new Set(lists.stopWords);
    var nonParts = new Set(lists.stopWords.concat(lists.boundMorphemes));
    return {
      stopWords: lists.stopWords.slice(),
      boundMorphemes: lists.boundMorphemes.slice(),
      nonParts: nonParts,
      isStopWord: function (word) { return stopWords.has(word); },
    };
  }

  // ---- Compounds (CompoundSplitter.swift) ----

  var MINIMUM_PART_LENGTH = 4;
  var MAXIMUM_WORD_LENGTH = 60;
  var LINKS = [[], ["s"], ["e"], ["e", "n"]];

  // vocabulary: a Set of folded words; lists: DutchText.wordLists(...)
  function CompoundSplitter(vocabulary, lists) {
    this.vocabulary = vocabulary;
    this.nonParts = lists.nonParts;
    var longest = 0;
    var beginnings = new Set();
    vocabulary.forEach(function (word) {
      var characters = Array.from(word);
      if (characters.length > longest) longest = characters.length;
      if (characters.length >= MINIMUM_PART_LENGTH) beginnings.add(characters.slice(0, MINIMUM_PART_LENGTH).join(""));
    });
    this.longestWord = longest;
    // The first four characters of every word: where no part can start, no part is looked up.
    this.beginnings = beginnings;
  }

  // Fewer parts; then, from the last part to the first, the longer part, then the one ending later.
  function better(current, candidate) {
    if (current === null) return candidate;
    if (candidate.length !== current.length) return candidate.length < current.length ? candidate : current;
    for (var k = 1; k <= current.length; k++) {
      var old = current[current.length - k], now = candidate[candidate.length - k];
      var oldLength = old.end - old.start, newLength = now.end - now.start;
      if (newLength !== oldLength) return newLength > oldLength ? candidate : current;
      if (now.end !== old.end) return now.end > old.end ? candidate : current;
    }
    return current;
  }

  CompoundSplitter.prototype.split = function (word) {
    var s = Array.from(word);
    var count = s.length;
    var minimum = MINIMUM_PART_LENGTH;
    if (count < 2 * minimum || count > MAXIMUM_WORD_LENGTH || !LETTERS.test(word)) return null;
    var best = new Array(count + 1).fill(null);
    for (var start = count - minimum; start >= 0; start--) {
      var chosen = null;
      var lastEnd = Math.min(count, start + this.longestWord);
      if (!this.beginnings.has(s.slice(start, start + minimum).join(""))) lastEnd = -1;
      for (var end = start + minimum; end <= lastEnd; end++) {
        var part = s.slice(start, end).join("");
        if (!this.vocabulary.has(part) || this.nonParts.has(part)) continue;
        if (end === count) {
          if (start > 0) chosen = better(chosen, [{ start: start, end: end, link: 0 }]);
          continue;
        }
        for (var l = 0; l < LINKS.length; l++) {
          var link = LINKS[l];
          var next = end + link.length;
          if (next + minimum > count || best[next] === null) continue;
          var matches = true;
          for (var c = 0; c < link.length; c++) if (s[end + c] !== link[c]) matches = false;
          if (!matches) continue;
          chosen = better(chosen, [{ start: start, end: end, link: link.length }].concat(best[next]));
        }
      }
      best[start] = chosen;
    }
    if (best[0] === null) return null;
    return best[0].map(function (piece) {
      return {
        word: s.slice(piece.start, piece.end).join(""),
        link: s.slice(piece.end, piece.end + piece.link).join(""),
      };
    });
  };

  // ---- Typos (TypoTolerance.swift) ----

  function maxEdits(length) {
    return length < 5 ? 0 : length < 9 ? 1 : 2;
  }

  // Restricted Damerau–Levenshtein (optimal string alignment) in characters; null when more than bound.
  function editDistance(first, second, bound) {
    var a = Array.from(first), b = Array.from(second);
    if (bound < 0 || Math.abs(a.length - b.length) > bound) return null;
    if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
    var width = b.length + 1;
    var beforePrevious = new Array(width).fill(0);
    var previous = [];
    for (var j = 0; j < width; j++) previous.push(j);
    var current = new Array(width).fill(0);
    var previousMinimum = 0;
    for (var i = 1; i <= a.length; i++) {
      current[0] = i;
      var rowMinimum = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, beforePrevious[j - 2] + 1);
        }
        current[j] = value;
        if (value < rowMinimum) rowMinimum = value;
      }
      if (rowMinimum > bound && previousMinimum > bound) return null;
      previousMinimum = rowMinimum;
      var spare = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = spare;
    }
    var distance = previous[b.length];
    return distance <= bound ? distance : null;
  }

  var api = {
    tokens: tokens,
    terms: terms,
    stem: stem,
    porterStem: porterStem,
    devoiced: devoiced,
    wordLists: wordLists,
    CompoundSplitter: CompoundSplitter,
    maxEdits: maxEdits,
    editDistance: editDistance,
  };
  root.DutchText = api;
  if (typeof module === "object" && module && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
