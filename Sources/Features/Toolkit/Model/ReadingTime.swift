/// How long an article takes to read, from the words of its Markdown.
public enum ReadingTime {
    /// Words a minute of an average reader of plain Dutch text.
    public static let wordsPerMinute = 200

    /// Minutes for `words` words, rounded to the nearest minute and at least 1.
    public static func minutes(forWords words: Int) -> Int {
        max(1, (words + wordsPerMinute / 2) / wordsPerMinute)
    }

    /// Words of a Markdown text as a reader sees them, roughly: the addresses of links and images, HTML tags
    /// and Markdown punctuation (`#`, `*`, `|`, `-` as a list marker) are not words; alt texts and link texts are.
    public static func wordCount(ofMarkdown markdown: String) -> Int {
        var count = 0
        for line in markdown.split(whereSeparator: \.isNewline) {
            count += words(inLine: withoutAddresses(line))
        }
        return count
    }

    /// A line without the `(address)` of `[text](address)` and the `<...>` of HTML tags and autolinks.
    private static func withoutAddresses(_ line: Substring) -> String {
        var result = ""
        result.reserveCapacity(line.utf8.count)
        var previous: Character = " "
        var skipping: Character?  // the closing character we are waiting for
        var depth = 0
        for character in line {
            if let closing = skipping {
                if character == "(" && closing == ")" { depth += 1 }
                if character == closing {
                    if depth == 0 {
                        skipping = nil
                        result.append(" ")
                    } else {
                        depth -= 1
                    }
                }
                continue
            }
            if character == "(" && previous == "]" {
                skipping = ")"
            } else if character == "<" {
                skipping = ">"
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// Runs of characters with at least one letter or digit, split at white space.
    private static func words(inLine line: String) -> Int {
        line.split(whereSeparator: \.isWhitespace).reduce(0) { count, token in
            token.contains { $0.isLetter || $0.isNumber } ? count + 1 : count
        }
    }
}
