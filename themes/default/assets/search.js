/*
 * The search page: reads the index the build wrote beside it (docs/SEARCH.md) and shows results while you type.
 *   - The query and the filters live in the address (?q=…&soort=…): shareable, reloadable, and the back button
 *     goes to the query or the filters before.
 *   - Ranking: BM25 weights from the build, times each term's rarity; pages with every word come first, stop words
 *     count for little, the exact written form gets a bonus. A word that finds little is tried with one or two
 *     typos, fewer edits counting more (and "Bedoelde je …?" offered); a word the index does not know is split
 *     into the parts of a compound; the municipality's synonyms count as the word itself.
 *   - Filters by kind and by the items' own filters (the kaart's), with counts; on the portal by platform.
 *   - The number of results is announced in a role="status" region.
 * Plain ES2017: fetch and JSON only, no eval, no libraries, nothing from elsewhere (CSP script-src 'self').
 * The words are analysed by search/dutch-text.js (DutchText), the same way as the build does.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-search]");
  var text = window.DutchText;
  if (!root || !text || !window.fetch || !window.URLSearchParams || !window.history || !window.Promise) {
    return; // The form and the A–Z list keep working.
  }

  var form = root.querySelector("[data-search-form]");
  var input = root.querySelector("[data-search-input]");
  var status = root.querySelector("[data-search-status]");
  var suggestion = root.querySelector("[data-search-suggestion]");
  var layout = root.querySelector("[data-search-layout]");
  var filterBox = root.querySelector("[data-search-filters]");
  var list = root.querySelector("[data-search-results]");
  var moreButton = root.querySelector("[data-search-more]");
  var all = root.querySelector("[data-search-all]");
  var indexAddress = new URL(root.getAttribute("data-search-index"), document.baseURI);
  var folder = indexAddress.href.slice(0, indexAddress.href.lastIndexOf("/") + 1);

  var PAGE = 10;
  var PAUSE = 350;
  var STOP_WEIGHT = 0.1;
  var EXACT_BONUS = 1.25;
  var TITLE_START_BONUS = 1.5; // the title or name starts with the word: "Wijkhuiskamer De Molensteen"
  var TYPO_WEIGHT = 0.7; // a word one typo away from the query's; each further typo halves it
  var FURTHER_TYPO = 0.5;
  var PART_WEIGHT = 0.9;
  var SYNONYM_WEIGHT = 1; // the municipality says they mean the same: one word, with the rarity of the most common
  var FEW = 2; // a word in at most this many documents "finds little": typos are tried too

  // ---------- Files ----------

  var files = {};
  function load(name) {
    if (!files[name]) {
      files[name] = fetch(folder + name).then(function (response) {
        if (!response.ok) { throw new Error(name + ": " + response.status); }
        return response.json();
      });
    }
    return files[name];
  }
  var metaPromise = null;
  function loadMeta() {
    if (!metaPromise) {
      var name = indexAddress.href.slice(folder.length);
      metaPromise = load(name);
    }
    return metaPromise;
  }

  // The numbers of the index files: 5 bits per character, the first 32 characters end a number.
  var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < ALPHABET.length; d += 1) { DIGIT[ALPHABET.charCodeAt(d)] = d; }

  /** The last index whose key is at most `key` in a sorted list of rows (key at `at`), or -1. */
  function lastAtMost(rows, key, at) {
    var low = 0, high = rows.length - 1, found = -1;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (rows[mid][at] <= key) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return found;
  }

  // ---------- Terms and their postings ----------

  var postingCache = {};
  /** The postings of a term: {docs, weights, bits, forms}, or null when the index does not have it. */
  function postings(meta, term) {
    if (postingCache[term]) { return postingCache[term]; }
    var names = [];
    for (var i = Math.max(lastAtMost(meta.terms, term, 0), 0); i < meta.terms.length; i += 1) {
      var file = meta.terms[i];
      if (file[0] > term) { break; }
      if (file[1] >= term) { names.push("t" + i + "." + file[2] + ".json"); }
    }
    postingCache[term] = Promise.all(names.map(load)).then(function (shards) {
      var docs = [], weights = [], bits = [], forms = [];
      shards.forEach(function (shard) {
        var at = lastAtMost(shard, term, 0);
        // A long term is cut into runs, each its own entry, possibly several in one file.
        while (at > 0 && shard[at - 1][0] === term) { at -= 1; }
        for (; at >= 0 && at < shard.length && shard[at][0] === term; at += 1) {
          var entry = shard[at];
          decodeDocuments(entry[1], docs);
          for (var k = 0; k < entry[2].length; k += 1) { weights.push(DIGIT[entry[2].charCodeAt(k)]); }
          if (entry.length > 3) {
            for (k = 0; k < entry[3].length; k += 1) { bits.push(DIGIT[entry[3].charCodeAt(k)]); }
            forms = entry[4];
          }
        }
      });
      if (docs.length === 0) { return null; }
      return { docs: Int32Array.from(docs), weights: Uint8Array.from(weights),
        bits: bits.length ? Uint8Array.from(bits) : null, forms: forms };
    });
    return postingCache[term];
  }

  function decodeDocuments(code, into) {
    var value = 0, previous = -1;
    for (var i = 0; i < code.length; i += 1) {
      var digit = DIGIT[code.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + (digit - 32);
      } else {
        previous += value * 32 + digit + 1;
        into.push(previous);
        value = 0;
      }
    }
  }

  // ---------- Vocabulary: typos and compound parts ----------

  var vocabularyCache = {};
  /** Every word of the vocabulary that starts with `letter`, with its document count: {word: count}. */
  function wordsStartingWith(meta, letter) {
    if (vocabularyCache[letter]) { return vocabularyCache[letter]; }
    var names = [];
    var end = letter + "\uffff";
    for (var i = Math.max(lastAtMost(meta.words, letter, 0), 0); i < meta.words.length; i += 1) {
      if (meta.words[i][0] >= end) { break; }
      names.push("w" + i + "." + meta.words[i][1] + ".json");
    }
    vocabularyCache[letter] = Promise.all(names.map(load)).then(function (buckets) {
      var found = {};
      buckets.forEach(function (bucket) {
        for (var k = 0; k < bucket.length; k += 2) {
          if (bucket[k].charAt(0) === letter) { found[bucket[k]] = bucket[k + 1]; }
        }
      });
      return found;
    });
    return vocabularyCache[letter];
  }

  /** Words of the vocabulary within one typo (5–8 letters) or two (9 and more), closest and most frequent first. */
  function typos(meta, word) {
    var max = text.maxEdits(Array.from(word).length);
    if (max === 0) { return Promise.resolve([]); }
    var stem = text.stem(word);
    return wordsStartingWith(meta, word.charAt(0)).then(function (vocabulary) {
      var found = [];
      Object.keys(vocabulary).forEach(function (candidate) {
        if (candidate === word || Math.abs(candidate.length - word.length) > max) { return; }
        // "voedselbanken" for "voedselbank" is no typo but the same term, found already
        if (text.stem(candidate) === stem) { return; }
        var distance = text.editDistance(word, candidate, max);
        if (distance !== null) { found.push({ word: candidate, distance: distance, count: vocabulary[candidate] }); }
      });
      found.sort(function (a, b) {
        return a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1);
      });
      return found.slice(0, 3);
    });
  }

  /** The parts of a compound the index does not know as a whole, split like the build splits the pages' words:
   *  against the vocabulary's words and their stems (the buckets of every letter a part could start with). */
  function compoundParts(meta, lists, word) {
    var letters = Array.from(word);
    if (letters.length < 8) { return Promise.resolve([]); }
    var starts = {};
    starts[letters[0]] = true;
    for (var i = 4; i <= letters.length - 4; i += 1) { starts[letters[i]] = true; }
    return Promise.all(Object.keys(starts).map(function (letter) { return wordsStartingWith(meta, letter); }))
      .then(function (maps) {
        var vocabulary = new Set();
        maps.forEach(function (map) {
          Object.keys(map).forEach(function (w) {
            vocabulary.add(w);
            var stem = text.stem(w);
            if (Array.from(stem).length >= 4) { vocabulary.add(stem); }
          });
        });
        var parts = new text.CompoundSplitter(vocabulary, lists).split(word);
        return parts ? parts.map(function (part) { return part.word; }) : [];
      });
  }

  // ---------- A query ----------

  var lists = null;
  function wordLists(meta) {
    if (!lists) { lists = text.wordLists(meta.wordLists); }
    return lists;
  }

  /** Each word of the query: its written form, its term, whether it is a stop word, and its alternatives (the
   *  parts of a joined word: "wmo" and "loket" of "Wmo-loket", all of them together). */
  function analyse(query, meta) {
    var words = [];
    text.tokens(query).forEach(function (token) {
      if (token.kind === "part" && words.length) {
        var last = words[words.length - 1];
        last.parts.push(token.text);
        return;
      }
      words.push({ word: token.text, stop: wordLists(meta).isStopWord(token.text), parts: [],
        options: [{ terms: [text.stem(token.text)], weight: 1, exact: token.text }] });
    });
    words.forEach(function (w) {
      if (w.parts.length) {
        w.options.push({ terms: unique(w.parts.map(text.stem)), weight: PART_WEIGHT });
      }
    });
    // Synonyms: a member of a group in the query (one word or several in a row) brings the group's other members.
    var stems = words.map(function (w) { return w.options[0].terms[0]; });
    (meta.synonyms || []).forEach(function (group) {
      group.forEach(function (member) {
        for (var at = 0; at + member.length <= stems.length; at += 1) {
          var same = member.every(function (stem, k) { return stems[at + k] === stem; });
          if (!same) { continue; }
          group.forEach(function (other) {
            if (other !== member) {
              // one word for one word ("dokter", "huisarts") is one term to rank; "hulp thuis" for "wmo" is not
              var single = member.length === 1 && other.length === 1;
              words[at].options.push({ terms: other, weight: SYNONYM_WEIGHT, synonym: single });
            }
          });
          for (var k = 1; k < member.length; k += 1) { words[at + k].inPhrase = true; }
        }
      });
    });
    return words;
  }

  function unique(list) {
    return list.filter(function (item, index) { return list.indexOf(item) === index; });
  }

  function allTerms(words) {
    var terms = [];
    words.forEach(function (w) {
      w.options.forEach(function (option) {
        option.terms.forEach(function (term) { if (terms.indexOf(term) === -1) { terms.push(term); } });
      });
    });
    return terms;
  }

  /** Loads what the words need, tries typos and compound parts where a word finds little; gives the words. */
  function prepare(meta, words) {
    var found = {};
    function fetchTerms(terms) {
      return Promise.all(terms.map(function (term) {
        return postings(meta, term).then(function (list) { found[term] = list; });
      }));
    }
    return fetchTerms(allTerms(words)).then(function () {
      var extra = words.map(function (w) {
        if (w.stop || w.inPhrase) { return Promise.resolve(); }
        var own = found[w.options[0].terms[0]];
        var count = own ? own.docs.length : 0;
        var steps = [];
        if (count === 0) {
          steps.push(compoundParts(meta, wordLists(meta), w.word).then(function (parts) {
            if (parts.length > 1) { w.options.push({ terms: unique(parts.map(text.stem)), weight: PART_WEIGHT }); }
          }));
        }
        if (count <= FEW) {
          steps.push(typos(meta, w.word).then(function (close) {
            close.forEach(function (c) {
              // "buurthius": "buurthuis" (one swap) counts for more than "buurtbus" (two typos)
              var weight = TYPO_WEIGHT * Math.pow(FURTHER_TYPO, c.distance - 1);
              w.options.push({ terms: [text.stem(c.word)], weight: weight, exact: c.word, typo: true });
            });
            if (close.length && (count === 0 || close[0].count > count * 4)) { w.suggest = close[0].word; }
          }));
        }
        return Promise.all(steps);
      });
      return Promise.all(extra);
    }).then(function () {
      return fetchTerms(allTerms(words)).then(function () { return found; });
    });
  }

  /** Whether a word's alternative is ranked as the word itself: its own term, a one-word synonym, a typo reading. */
  function inConcept(option, at) {
    return option.terms.length === 1 && (at === 0 || option.synonym || option.typo);
  }

  /** The documents found, best first: those with every (non-stop) word first, then by score. */
  function rank(meta, words, found) {
    var n = meta.documents;
    var score = new Float64Array(n);
    var matched = new Uint8Array(n);
    var best = new Float64Array(n);
    var touched = [];
    var counted = words.filter(function (w) { return !w.stop && !w.inPhrase; }).length;
    words.forEach(function (w) {
      var factor = w.stop ? STOP_WEIGHT : 1;
      // A word, its one-word synonyms and the words it may be a typo of are one term to rank, with the rarity of
      // the most common of them, as Lucene's SynonymQuery does: "dokter", on one page, is as common as "huisarts",
      // and "buurthius" finds "buurthuis" (one typo) before the rarer "buurtbus" (two).
      var conceptDf = 0;
      w.options.forEach(function (option, at) {
        var list = inConcept(option, at) ? found[option.terms[0]] : null;
        if (list) { conceptDf = Math.max(conceptDf, list.docs.length); }
      });
      w.options.forEach(function (option, at) {
        var lists = option.terms.map(function (term) { return found[term]; });
        if (lists.some(function (l) { return !l; })) { return; }
        var concept = inConcept(option, at);
        var sum = new Float64Array(lists.length > 1 ? n : 0);
        var have = new Uint8Array(lists.length > 1 ? n : 0);
        lists.forEach(function (list, position) {
          var df = concept ? conceptDf : list.docs.length;
          var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          var formBit = option.exact && list.bits ? 1 << list.forms.indexOf(option.exact) : 0;
          for (var k = 0; k < list.docs.length; k += 1) {
            var doc = list.docs[k];
            // A weight of 1–15, plus 16 where the term starts the document's title or name.
            var code = list.weights[k];
            var value = idf * (code & 15) / 15 * option.weight * factor;
            if (code & 16) { value *= TITLE_START_BONUS; }
            if (formBit > 0 && (list.bits[k] & formBit)) { value *= EXACT_BONUS; }
            if (lists.length === 1) {
              if (best[doc] === 0) { touched.push(doc); }
              if (value > best[doc]) { best[doc] = value; }
            } else {
              sum[doc] += value;
              have[doc] += position === 0 || have[doc] === position ? 1 : 0;
            }
          }
        });
        if (lists.length > 1) {
          // Parts of a compound or a phrase count only where all of them stand.
          for (var doc = 0; doc < n; doc += 1) {
            if (have[doc] === lists.length) {
              var value = sum[doc] / lists.length;
              if (best[doc] === 0) { touched.push(doc); }
              if (value > best[doc]) { best[doc] = value; }
            }
          }
        }
      });
      touched.forEach(function (doc) {
        score[doc] += best[doc];
        if (!w.stop && !w.inPhrase) { matched[doc] += 1; }
        best[doc] = 0;
      });
      touched = [];
    });
    var results = [];
    for (var doc = 0; doc < n; doc += 1) {
      // Only stop words found: no result, unless the query is nothing but stop words.
      if (score[doc] > 0 && (matched[doc] > 0 || counted === 0)) { results.push(doc); }
    }
    results.sort(function (a, b) { return matched[b] - matched[a] || score[b] - score[a] || a - b; });
    return results;
  }

  // ---------- Filters ----------

  var facets = null;
  function loadFacets(meta) {
    if (!facets) {
      facets = load("f0." + meta.facets + ".json").then(function (file) {
        var kinds = new Uint8Array(file.kinds.length);
        for (var i = 0; i < kinds.length; i += 1) { kinds[i] = DIGIT[file.kinds.charCodeAt(i)]; }
        var groups = [{ field: "soort", label: "Soort", values: meta.kinds.map(function (kind, number) {
          return { value: kind, has: function (doc) { return kinds[doc] === number; } };
        }) }];
        file.filters.forEach(function (filter) {
          groups.push({ field: filter[0], label: filter[1], values: filter[2].map(function (pair) {
            var raw = atob(pair[1]);
            var bytes = new Uint8Array(raw.length);
            for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
            return { value: pair[0], has: function (doc) { return (bytes[doc >> 3] & (1 << (doc & 7))) !== 0; } };
          }) });
        });
        return groups;
      });
    }
    return facets;
  }

  var chosen = {}; // field → [values]

  /** The filters an address holds: every parameter but q, by field ("?q=hulp&soort=Wegwijzer"). */
  function filtersIn(search) {
    var params = new URLSearchParams(search);
    var filters = {};
    params.forEach(function (value, field) {
      if (field !== "q") { (filters[field] = filters[field] || []).push(value); }
    });
    return filters;
  }

  /** The address of a query with the filters chosen: shareable, and the back button steps back to it. */
  function addressOf(query) {
    if (!query) { return window.location.pathname; }
    var params = new URLSearchParams();
    params.append("q", query);
    Object.keys(chosen).sort().forEach(function (field) {
      chosen[field].forEach(function (value) { params.append(field, value); });
    });
    return "?" + params.toString();
  }

  function passes(groups, doc, except) {
    return groups.every(function (group) {
      var wanted = chosen[group.field] || [];
      if (group.field === except || wanted.length === 0) { return true; }
      return group.values.some(function (v) { return wanted.indexOf(v.value) !== -1 && v.has(doc); });
    });
  }

  function renderFilters(groups, results) {
    filterBox.textContent = "";
    var shown = groups.filter(function (group) {
      return group.values.some(function (v) { return results.some(function (doc) { return v.has(doc); }); });
    });
    // One kind and no other filter: nothing to choose.
    if (shown.length === 0 || (shown.length === 1 && shown[0].field === "soort" &&
        shown[0].values.filter(function (v) { return results.some(v.has); }).length < 2)) {
      return;
    }
    var heading = document.createElement("h2");
    heading.className = "search-filters__title";
    heading.textContent = "Filters";
    filterBox.appendChild(heading);
    shown.forEach(function (group, g) {
      var set = document.createElement("fieldset");
      var legend = document.createElement("legend");
      legend.textContent = group.label;
      set.appendChild(legend);
      group.values.forEach(function (v, i) {
        var count = results.filter(function (doc) { return v.has(doc) && passes(groups, doc, group.field); }).length;
        var checked = (chosen[group.field] || []).indexOf(v.value) !== -1;
        if (count === 0 && !checked) { return; }
        var row = document.createElement("div");
        row.className = "search-check";
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = "_filter-" + g + "-" + i;
        box.value = v.value;
        box.checked = checked;
        box.addEventListener("change", function () {
          var values = (chosen[group.field] || []).filter(function (x) { return x !== v.value; });
          if (box.checked) { values.push(v.value); }
          chosen[group.field] = values;
          window.history.pushState({ q: state.query }, "", addressOf(state.query));
          show(false, box.id);
        });
        var label = document.createElement("label");
        label.htmlFor = box.id;
        label.textContent = v.value + " (" + count + ")";
        row.appendChild(box);
        row.appendChild(label);
        set.appendChild(row);
      });
      filterBox.appendChild(set);
    });
  }

  // ---------- Results ----------

  var cardBlocks = {};
  function card(meta, doc) {
    var block = lastAtMost(meta.cards, doc, 0);
    var name = "c" + block + "." + meta.cards[block][1] + ".json";
    return load(name).then(function (cards) { return cards[doc - meta.cards[block][0]]; });
  }

  /** Where the words found stand in `value`: [{start, end}] of each word (or part of a joined word) whose term is
   *  in `terms` or whose form is in `forms`, in order, not overlapping. */
  function found(value, terms, forms) {
    var spans = [];
    text.tokens(value).forEach(function (token) {
      if (!(forms[token.text] || terms[text.stem(token.text)])) { return; }
      var last = spans[spans.length - 1];
      if (last && token.start < last.end) { return; } // a part inside a joined word already marked
      spans.push({ start: token.start, end: token.end });
    });
    return spans;
  }

  /** `value` as nodes, with the words found in <mark>. */
  function marked(value, terms, forms, into) {
    var last = 0;
    found(value, terms, forms).forEach(function (span) {
      into.appendChild(document.createTextNode(value.slice(last, span.start)));
      var mark = document.createElement("mark");
      mark.textContent = value.slice(span.start, span.end);
      into.appendChild(mark);
      last = span.end;
    });
    into.appendChild(document.createTextNode(value.slice(last)));
  }

  /** About 220 characters of the card's text around the first word found, or its beginning. */
  function excerpt(value, terms, forms) {
    var spans = found(value, terms, forms);
    var at = spans.length ? spans[0].start : -1;
    if (at < 80 || value.length <= 220) { return value.length > 220 ? value.slice(0, 220).replace(/\s\S*$/, "") + " …" : value; }
    var start = value.lastIndexOf(" ", at - 60);
    var piece = value.slice(start + 1, start + 221).replace(/\s\S*$/, "");
    return "… " + piece + (start + 221 < value.length ? " …" : "");
  }

  var state = { query: null, results: [], shown: 0, words: [] };
  var runs = 0;

  function highlightSets(words) {
    var terms = {}, forms = {};
    words.forEach(function (w) {
      if (w.stop) { return; }
      forms[w.word] = true;
      w.options.forEach(function (option) {
        option.terms.forEach(function (term) { terms[term] = true; });
        if (option.exact) { forms[option.exact] = true; }
      });
    });
    return { terms: terms, forms: forms };
  }

  function appendResults(meta, docs, focusFirst) {
    var sets = highlightSets(state.words);
    return Promise.all(docs.map(function (doc) { return card(meta, doc); })).then(function (cards) {
      var firstLink = null;
      cards.forEach(function (c) {
        var item = document.createElement("li");
        item.className = "search-result";
        var title = document.createElement("h3");
        title.className = "search-result__title";
        var link = document.createElement("a");
        link.setAttribute("href", c[1]);
        marked(c[0], sets.terms, sets.forms, link);
        title.appendChild(link);
        var kind = document.createElement("p");
        kind.className = "search-result__kind";
        kind.textContent = meta.kinds[c[2]] + (c[4] ? " · " + c[4].join(", ") : "");
        var snippet = document.createElement("p");
        snippet.className = "search-result__snippet";
        marked(excerpt(c[3], sets.terms, sets.forms), sets.terms, sets.forms, snippet);
        item.appendChild(title);
        item.appendChild(kind);
        item.appendChild(snippet);
        list.appendChild(item);
        if (!firstLink) { firstLink = link; }
      });
      if (focusFirst && firstLink) { firstLink.focus(); }
    });
  }

  function countText(count) {
    return count === 1 ? "1 resultaat" : count + " resultaten";
  }

  /** Shows the results that pass the filters; `announce` says the count in the status region. */
  function show(announce, keepFocus) {
    return loadMeta().then(function (meta) {
      return loadFacets(meta).then(function (groups) {
        var visible = state.results.filter(function (doc) { return passes(groups, doc, null); });
        renderFilters(groups, state.results);
        if (keepFocus) {
          var again = document.getElementById(keepFocus);
          if (again) { again.focus(); }
        }
        list.textContent = "";
        state.visible = visible;
        state.shown = Math.min(PAGE, visible.length);
        layout.hidden = state.results.length === 0;
        moreButton.hidden = state.shown >= visible.length;
        var filtered = visible.length !== state.results.length;
        status.textContent = visible.length === 0
          ? "Geen resultaten voor ‘" + state.query + "’."
          : countText(visible.length) + " voor ‘" + state.query + "’" +
            (filtered ? ", van de " + state.results.length + " zonder filters." : ".");
        return appendResults(meta, visible.slice(0, state.shown), false);
      });
    });
  }

  function showSuggestion(words) {
    suggestion.textContent = "";
    var changed = false;
    var better = words.map(function (w) {
      if (w.suggest) { changed = true; return w.suggest; }
      return w.word;
    });
    suggestion.hidden = !changed;
    if (!changed) { return; }
    var corrected = better.join(" ");
    suggestion.appendChild(document.createTextNode("Bedoelde je "));
    var link = document.createElement("a");
    link.href = "?q=" + encodeURIComponent(corrected);
    link.textContent = corrected;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      input.value = corrected;
      run(corrected, "push");
    });
    suggestion.appendChild(link);
    suggestion.appendChild(document.createTextNode("?"));
  }

  /** Searches for `query` and shows it; `history`: "push", "replace" or null (the address already says it).
   *  `filters`: the filters to choose (from the address); without, a new query starts without filters. */
  function run(query, history, filters) {
    query = query.trim();
    var run = (runs += 1);
    if (filters) { chosen = filters; } else if (query !== state.query) { chosen = {}; }
    if (history) {
      var address = addressOf(query);
      if (history === "push") { window.history.pushState({ q: query }, "", address); }
      else { window.history.replaceState({ q: query }, "", address); }
    }
    if (!query) {
      state = { query: null, results: [], shown: 0, words: [] };
      list.textContent = "";
      layout.hidden = true;
      suggestion.hidden = true;
      status.textContent = "";
      all.hidden = false;
      return Promise.resolve();
    }
    all.hidden = true;
    var started = window.performance ? performance.now() : 0;
    return loadMeta().then(function (meta) {
      var words = analyse(query, meta);
      loadFacets(meta);
      return prepare(meta, words).then(function (found) {
        if (run !== runs) { return null; }
        var begin = window.performance ? performance.now() : 0;
        var results = rank(meta, words, found);
        if (window.performance && performance.measure) {
          // For the benchmark (scripts/bench.py): the time to rank once the files are there.
          performance.measure("buurtsite-search-rank", { start: begin, end: performance.now() });
          performance.measure("buurtsite-search-query", { start: started, end: performance.now() });
        }
        state = { query: query, results: results, shown: 0, words: words };
        showSuggestion(words);
        return show(true);
      });
    }).catch(function () {
      if (run !== runs) { return; }
      status.textContent = "Zoeken lukt nu niet. Bekijk de lijst hieronder, of probeer het later opnieuw.";
      all.hidden = false;
    });
  }

  // ---------- Events ----------

  var timer = null;
  var committed = "";
  function commit(query) {
    // A new query gets its own step in the history; typing on (a longer or shorter version) replaces it.
    var extends_ = committed && (query.indexOf(committed) === 0 || committed.indexOf(query) === 0);
    var history = query === committed ? null : extends_ ? "replace" : "push";
    committed = query;
    return run(query, history);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { commit(input.value.trim()); }, PAUSE);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    var query = input.value.trim();
    committed = "";
    commit(query);
  });
  moreButton.addEventListener("click", function () {
    loadMeta().then(function (meta) {
      var next = state.visible.slice(state.shown, state.shown + PAGE);
      state.shown += next.length;
      moreButton.hidden = state.shown >= state.visible.length;
      return appendResults(meta, next, true);
    });
  });
  window.addEventListener("popstate", function () {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    committed = query.trim();
    if (query.trim() && query.trim() === state.query) {
      chosen = filtersIn(window.location.search); // the same query, other filters: no new search
      show(true);
    } else {
      run(query, null, filtersIn(window.location.search));
    }
  });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  if (initial) {
    input.value = initial;
    committed = initial.trim();
    run(initial, null, filtersIn(window.location.search));
  }
}());
