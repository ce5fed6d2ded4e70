"""The reference check of WordListParityTests: both sides' Porter stems against PyPI snowballstemmer's
`dutch_porter` (Snowball 3.x; the pure-Python stemmer, whatever else is installed).

    reference_stems.py words.txt swift-words.txt js-words.txt

Each line of the answer files is: Porter's stem of the word lowercased, a tab, then each term of the word as
kind:text:porter-stem:stem (WordListParityTests.swift). Compares
  1. the stem of every word as written, lowercased (the stemmer alone, accents and all), and
  2. the stem of every folded word the tokenizer made of them (what the search stems),
prints the agreement of each side and the words where a side and the reference differ, and exits 1 when there
is any.
"""

import sys
import multiprocessing

from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer

# libstemmer 2.2's "dutch" (which the Swift side calls) and Snowball 3's "dutch_porter" differ in one place: 2.2
# counts "R1 starts at least 3 letters in" in UTF-8 bytes, 3.x in characters, which shows only in a word that
# starts with a two-byte vowel (è, ê) and a consonant. No word of wdutch does, so any difference fails the test.


def reference(words):
    stemmer = DutchPorterStemmer()
    return [stemmer.stemWord(word) for word in words]


def read(path):
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def parse(line):
    raw, _, terms = line.partition("\t")
    return raw, [term.split(":") for term in terms.split(" ") if term]


def main():
    words = read(sys.argv[1])
    sides = {"Swift": [parse(line) for line in read(sys.argv[2])],
             "JavaScript": [parse(line) for line in read(sys.argv[3])]}
    lowered = [word.lower() for word in words]
    folded = sorted({term[1] for answers in sides.values() for _, terms in answers for term in terms})
    inputs = sorted(set(lowered) | set(folded))
    chunks = [inputs[i::2] for i in range(2)]
    # Workers started afresh ("spawn"), not forked: one forked worker was once seen waiting forever on a lock it
    # had inherited, which hung the whole test.
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.map(reference, chunks)
    stems = {}
    for chunk, result in zip(chunks, results):
        stems.update(zip(chunk, result))

    unexpected = 0
    for side, answers in sides.items():
        if len(answers) != len(words):
            print(f"reference_stems: {side} answered {len(answers)} of {len(words)} words")
            unexpected += 1
            continue
        differ = [(word, raw, stems[low]) for word, low, (raw, _) in zip(words, lowered, answers) if raw != stems[low]]
        print(f"reference_stems: {side}, words as written: {len(words) - len(differ)} / {len(words)} equal "
              f"to dutch_porter")
        unexpected += len(differ)
        for word, ours, theirs in differ:
            print(f"  {word!r}: {side} {ours!r}, dutch_porter {theirs!r}")
        seen = {}
        for _, terms in answers:
            for term in terms:
                seen[term[1]] = term[2]
        differ = [(text, ours, stems[text]) for text, ours in sorted(seen.items()) if ours != stems[text]]
        print(f"reference_stems: {side}, folded words: {len(seen) - len(differ)} / {len(seen)} equal "
              f"to dutch_porter")
        unexpected += len(differ)
        for text, ours, theirs in differ:
            print(f"  {text!r}: {side} {ours!r}, dutch_porter {theirs!r}")
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
