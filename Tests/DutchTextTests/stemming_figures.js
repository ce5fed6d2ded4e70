#!/usr/bin/env node
/*
 * The figures behind the stemmer's own steps in docs/SEARCH.md ("Stems"), measured with dutch-text.js (which the
 * parity test holds equal to the Swift side). Not a test: run it by hand, with Debian's wdutch installed:
 *   node Tests/DutchTextTests/stemming_figures.js
 * 1. the pairs, Porter alone and with our steps;
 * 2. what the devoicing (a final z → s, v → f) merges in the whole of wdutch, with a seeded sample to read;
 * 3. which different words share a stem in the example municipality's content.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const D = require(path.join(__dirname, "../../themes/default/assets/search/dutch-text.js"));

const pairs = [
  ["gezin", "zin", "apart"], ["gewoon", "woning", "apart"], ["begeleiding", "beleid", "apart"],
  ["gezondheid", "zon", "apart"], ["gemeente", "mening", "apart"], ["ouderen", "ouders", "apart"],
  ["weten", "wet", "apart"], ["buurthuis", "buurthuizen", "together"], ["prijs", "prijzen", "together"],
  ["bedrijf", "bedrijven", "together"], ["actief", "actieve", "together"], ["dakloos", "daklozen", "together"],
  ["vraag", "vragen", "together"], ["ouderen", "oudere", "together"],
];
console.log("1. pairs: porter | ours");
let right = [0, 0];
for (const [a, b, want] of pairs) {
  const porter = D.porterStem(a) === D.porterStem(b) ? "together" : "apart";
  const ours = D.stem(a) === D.stem(b) ? "together" : "apart";
  right[0] += porter === want;
  right[1] += ours === want;
  const porterStems = `${D.porterStem(a)}/${D.porterStem(b)}`;
  console.log(`  ${a}/${b} (${want}): ${porterStems} ${porter} | ${D.stem(a)}/${D.stem(b)} ${ours}`);
}
console.log(`  right: porter ${right[0]}/${pairs.length}, ours ${right[1]}/${pairs.length}`);

// 2. devoicing over wdutch's folded words
const words = new Set();
for (const line of fs.readFileSync("/usr/share/dict/dutch", "utf8").split("\n")) {
  for (const token of D.tokens(line)) if (/^\p{L}+$/u.test(token.text)) words.add(token.text);
}
const porterClasses = new Map();
let changed = 0;
const devoicedClasses = new Map();
for (const word of words) {
  const porter = D.porterStem(word);
  const devoiced = D.devoiced(porter);
  if (devoiced !== porter) changed++;
  if (!devoicedClasses.has(devoiced)) devoicedClasses.set(devoiced, new Set());
  devoicedClasses.get(devoiced).add(porter);
  if (!porterClasses.has(porter)) porterClasses.set(porter, []);
  porterClasses.get(porter).push(word);
}
const merges = [...devoicedClasses].filter(([, porters]) => porters.size > 1);
console.log(`2. wdutch: ${words.size} folded words, ${porterClasses.size} Porter stems; devoicing changes the stem` +
  ` of ${changed} words and merges ${merges.length} pairs of stems`);
let seed = 20261206;
function below(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
for (let i = 0; i < 50; i++) {
  const [stem, porters] = merges[below(merges.length)];
  console.log(`  ${stem}: ` + [...porters].map((p) => porterClasses.get(p).slice(0, 3).join(", ")).join(" | "));
}

// 3. the example's content
function walk(folder) {
  return fs.readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return fs.statSync(file).isDirectory() ? walk(file) : /\.(md|yml)$/.test(name) ? [file] : [];
  });
}
const content = new Set();
for (const file of walk(path.join(__dirname, "../../content"))) {
  for (const token of D.tokens(fs.readFileSync(file, "utf8"))) if (token.kind === "word") content.add(token.text);
}
for (const [name, stemOf] of [["porter", D.porterStem], ["ours", D.stem]]) {
  const byStem = new Map();
  for (const word of content) {
    const stem = stemOf(word);
    if (!byStem.has(stem)) byStem.set(stem, []);
    byStem.get(stem).push(word);
  }
  const shared = [...byStem].filter(([, list]) => list.length > 1);
  console.log(`3. content, ${name}: ${content.size} words, ${byStem.size} stems, ${shared.length} shared by` +
    ` several words`);
  if (name === "ours") for (const [stem, list] of shared) console.log(`  ${stem}: ${list.sort().join(", ")}`);
}
