/// Short descriptions for listings and `<meta name="description">`.
enum Summary {
    /// Whole sentences up to `maxLength` characters, else the text cut at a word boundary with "…".
    static func make(from text: String, maxLength: Int) -> String {
        guard maxLength > 0 else { return "" }
        // Only the start matters; looking two characters past the limit is enough to
        // see whether a sentence ends right at it.
        let head = Array(text.prefix(maxLength + 2))
        if head.count <= maxLength { return text }

        var sentenceEnd: Int?
        for index in 0..<maxLength where endsSentence(head, at: index) {
            sentenceEnd = index + 1
        }
        if let sentenceEnd { return String(head[..<sentenceEnd]) }

        // Leave room for the "…"; cut before the last space so no word is broken.
        let limit = maxLength - 1
        var cut = limit
        if let space = head[...limit].lastIndex(of: " "), space > 0 { cut = space }
        var result = head[..<cut]
        while let last = result.last, last == " " || ",;:–—-(".contains(last) { result.removeLast() }
        return String(result) + "…"
    }

    /// A full stop, "!" or "?" followed by a space and a capital. The capital keeps
    /// Dutch abbreviations such as "o.a. de" and "bijv. een" inside the sentence.
    private static func endsSentence(_ text: [Character], at index: Int) -> Bool {
        guard ".!?".contains(text[index]) else { return false }
        if index + 1 == text.count { return true }
        guard text[index + 1] == " " else { return false }
        guard index + 2 < text.count else { return true }
        return text[index + 2].isUppercase
    }
}
