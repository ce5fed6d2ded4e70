/// A JSON value with object members in the order given, for `JSONWriter`: data whose keys have a fixed order,
/// such as an open-data format's, written the same way every build.
public enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in the order written.
    case object([(String, JSONValue)])
    /// A string given later, when the value is used: see `JSONWriter.Template`.
    case slot
    /// JSON written before (by a `JSONWriter.Template`), in the format and at the indent it is used at.
    case raw([UInt8])

    /// A string, or null for nil.
    public static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}
