import BuurtCore

/// schema.org data for search engines, written so that it is safe inside `<script type="application/ld+json">`:
/// titles from content can never close the script element (see `JSONWriter`).
public enum JSONLD {
    /// Compact JSON of `object` with "@context" first and the other keys sorted (same input, same bytes).
    public static func script(_ object: [String: Any]) -> String {
        var writer = JSONWriter(reservingCapacity: 512)
        writer.writeObject(object, first: ("@context", "https://schema.org"))
        return writer.text
    }
}
