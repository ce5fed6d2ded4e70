extension String {
    /// Whether any UTF-8 byte of the text passes `test`. Checked over the bytes in place: the generic walk
    /// over `utf8` costs several times more per byte, and these checks run on every value of every page.
    @inlinable public func anyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }

    /// Whether every UTF-8 byte of the text passes `test` (true for empty text).
    @inlinable public func allUTF8Bytes(_ test: (UInt8) -> Bool) -> Bool {
        !anyUTF8Byte { !test($0) }
    }
}
