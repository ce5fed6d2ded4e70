#!/usr/bin/env node
/*
 * The JavaScript side of WordListParityTests (WordListParityTests.swift): reads the inputs Swift wrote into
 * the folder given as the argument, answers them with the theme's dutch-text.js, and writes the answers in
 * the same line formats beside them (js-*.txt). Swift compares.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const DutchText = require(path.join(__dirname, "../../themes/default/assets/search/dutch-text.js"));
const folder = process.argv[2];

function readLines(name) {
  const text = fs.readFileSync(path.join(folder, name), "utf8");
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function writeLines(name, lines) {
  fs.writeFileSync(path.join(folder, name), lines.join("\n") + "\n");
}

const started = Date.now();
const kind = (token) => (token.kind === "word" ? "w" : "p");

const words = readLines("words.txt");
writeLines(
  "js-words.txt",
  words.map((word) => {
    const terms = DutchText.tokens(word).map(
      (t) => `${kind(t)}:${t.text}:${DutchText.porterStem(t.text)}:${DutchText.stem(t.text)}`
    );
    return DutchText.porterStem(word.toLowerCase()) + "\t" + terms.join(" ");
  })
);
const wordSeconds = (Date.now() - started) / 1000;

writeLines(
  "js-texts.txt",
  readLines("texts.txt").map((text) =>
    DutchText.tokens(text).map((t) => `${kind(t)}:${t.text}:${t.start}:${t.end}`).join(" ")
  )
);

const splitStarted = Date.now();
const lists = DutchText.wordLists(fs.readFileSync(path.join(folder, "word-lists.json"), "utf8"));
const splitter = new DutchText.CompoundSplitter(new Set(readLines("vocabulary.txt")), lists);
writeLines(
  "js-splits.txt",
  readLines("candidates.txt").map((word) => {
    const parts = splitter.split(word);
    return parts === null ? "-" : parts.map((p) => (p.link ? `${p.word}(${p.link})` : p.word)).join(" ");
  })
);

const splitSeconds = (Date.now() - splitStarted) / 1000;

writeLines(
  "js-distances.txt",
  readLines("pairs.txt").map((line) => {
    const [a, b, bound] = line.split("\t");
    const distance = DutchText.editDistance(a, b, Number(bound));
    return distance === null ? "-" : String(distance);
  })
);
writeLines("js-lengths.txt", words.slice(0, 2000).map((word) => String(DutchText.maxEdits(Array.from(word).length))));

console.log(
  `word_list_parity.js: node ${process.version}, ${words.length} words in ${wordSeconds.toFixed(1)} s, ` +
    `compounds in ${splitSeconds.toFixed(1)} s, ` +
    `all in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
