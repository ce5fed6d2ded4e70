/// What kind of file an attachment is, in words a resident knows: "PDF", "Word-document".
public enum FileKind {
    private static let labels: [String: String] = [
        "pdf": "PDF",
        "doc": "Word-document", "docx": "Word-document",
        "odt": "Tekstdocument (ODT)", "rtf": "Tekstdocument (RTF)", "txt": "Tekstbestand",
        "xls": "Excel-bestand", "xlsx": "Excel-bestand", "ods": "Rekenblad (ODS)", "csv": "CSV-bestand",
        "ppt": "PowerPoint-presentatie", "pptx": "PowerPoint-presentatie", "odp": "Presentatie (ODP)",
        "svg": "Afbeelding (SVG)", "png": "Afbeelding (PNG)", "jpg": "Afbeelding (JPEG)", "jpeg": "Afbeelding (JPEG)",
        "gif": "Afbeelding (GIF)", "webp": "Afbeelding (WebP)", "avif": "Afbeelding (AVIF)",
        "mp3": "Geluid (MP3)", "m4a": "Geluid (M4A)", "mp4": "Video (MP4)", "webm": "Video (WebM)",
        "zip": "ZIP-bestand", "epub": "E-book (EPUB)", "ics": "Agenda-afspraak (ICS)",
    ]

    /// Extensions that a browser would run as a page of the site itself: not allowed as attachments.
    static let refused: Set<String> = ["html", "htm", "xhtml", "shtml", "xht", "js", "mjs", "php"]

    /// The lowercased extension of a file name, without the dot; empty when there is none.
    public static func fileExtension(of fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }

    /// "PDF", "Word-document", "Afbeelding (SVG)"; unknown kinds: "Bestand (KEY)", or "Bestand" without extension.
    public static func label(forFileName fileName: String) -> String {
        let ext = fileExtension(of: fileName)
        if let label = labels[ext] { return label }
        return ext.isEmpty ? "Bestand" : "Bestand (\(ext.uppercased()))"
    }
}

/// File sizes in Dutch notation, as shown next to a download: "182 kB", "1,2 MB".
public enum FileSize {
    /// Decimal units (1 kB = 1000 bytes), as file managers on most systems show them; a decimal comma.
    public static func text(forBytes bytes: Int) -> String {
        if bytes < 1000 { return bytes == 1 ? "1 byte" : "\(max(0, bytes)) bytes" }
        let kilobytes = (bytes + 500) / 1000
        if kilobytes < 1000 { return "\(kilobytes) kB" }
        let units = ["MB", "GB", "TB"]
        var value = Double(bytes) / 1_000_000
        var unit = 0
        while unit < units.count - 1 && value.rounded() >= 1000 {
            value /= 1000
            unit += 1
        }
        return oneDecimal(value) + " " + units[unit]
    }

    /// "1,2" below 10, "12" from 10 on (a decimal there is noise).
    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths >= 100 { return String(Int(value.rounded())) }
        return "\(tenths / 10),\(tenths % 10)"
    }
}
