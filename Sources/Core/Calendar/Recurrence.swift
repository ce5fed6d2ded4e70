/// How often a recurrence repeats: RFC 5545's `FREQ`, the two values the kaart needs.
public enum Frequency: String, Decodable, CaseIterable, Hashable, Sendable {
    case weekly, monthly
}
