extension String {
    /// The folder part of a root-relative path, found by byte: "content/pages/hulp/x.md" → "content/pages/hulp";
    /// "" when the path has no "/".
    public var pathFolder: Substring {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self[startIndex..<startIndex] }
        return self[..<slash]
    }

    /// The last part of a root-relative path: "content/pages/hulp/x.md" → "x.md"; the whole path when it has no "/".
    public var pathName: Substring {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self[...] }
        return self[utf8.index(after: slash)...]
    }
}
