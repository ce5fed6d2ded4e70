/// How far a query word may be from a word of the index and still be taken for it, exactly as
/// `DutchText.maxEdits` and `DutchText.editDistance` in `dutch-text.js` (docs/SEARCH.md, "Typos").
public enum TypoTolerance {
    /// The edits allowed for a word of `length` characters: none below 5, one for 5 to 8, two from 9
    /// (as Meilisearch does).
    public static func maxEdits(length: Int) -> Int {
        length < 5 ? 0 : length < 9 ? 1 : 2
    }

    /// The edits allowed for a word, by its number of characters (Unicode scalars).
    public static func maxEdits(for word: String) -> Int {
        maxEdits(length: word.unicodeScalars.count)
    }

    /// The restricted Damerau–Levenshtein distance (optimal string alignment) between two words, counted in
    /// characters: an insertion, a deletion, a change or a swap of two neighbours is one edit ("buurthius" is
    /// one from "buurthuis"), and no part is edited twice. Nil when it is more than `bound`; the work stops as
    /// soon as that is certain.
    public static func editDistance(_ first: String, _ second: String, bound: Int) -> Int? {
        let a = Array(first.unicodeScalars)
        let b = Array(second.unicodeScalars)
        guard bound >= 0, abs(a.count - b.count) <= bound else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        // Three rows: the one before the previous (for swaps), the previous and the current.
        var beforePrevious = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        var previousMinimum = 0
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A swap reaches back two rows, so only two rows over the bound in a row rule every later one out.
            if rowMinimum > bound && previousMinimum > bound { return nil }
            previousMinimum = rowMinimum
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        let distance = previous[b.count]
        return distance <= bound ? distance : nil
    }
}
