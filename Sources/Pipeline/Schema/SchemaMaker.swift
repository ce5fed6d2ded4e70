import BuurtCore
import YAML

/// Turns a `ValueShape` (what a decoder reads) into JSON Schema draft-07, as a `JSONValue` with its keys sorted.
/// A mapping allows no other keys (`additionalProperties: false`), as the decoder reports unknown keys; text
/// fields get the formats and choices of `SchemaVocabulary` by their names, and the site's own lists by
/// `SchemaLists`.
struct SchemaMaker {
    let lists: SchemaLists
    /// Dutch descriptions by dotted path within the file ("open_data.license"); these win over the vocabulary's.
    var descriptions: [String: String] = [:]
    /// Shapes that replace the decoder's at a dotted path (a raw node read by hand, a text from a list).
    var refinements: [String: ValueShape] = [:]
    /// Fields that a file cannot do without even though the decoder reads them as optional (a later check reports
    /// them), by dotted path of their mapping ("" for the top).
    var alsoRequired: [String: Set<String>] = [:]

    /// The schema of a value of `shape` at `path` (dotted, "" at the top).
    func schema(_ shape: ValueShape, path: String = "", name: String? = nil) -> JSONValue {
        var shape = refinements[path] ?? shape
        if let name, let named = SchemaVocabulary.shape(of: name), shape == .text || shape == .node { shape = named }
        var members = members(shape, path: path, name: name)
        if let text = descriptions[path] ?? name.flatMap(SchemaVocabulary.description(of:)) {
            members["description"] = .string(text)
        }
        return Self.object(members)
    }

    private func members(_ shape: ValueShape, path: String, name: String?) -> [String: JSONValue] {
        switch shape {
        case .text:
            return ["type": .array([.string("boolean"), .string("number"), .string("string")])]
        case .integer: return ["type": .string("integer")]
        case .number: return ["type": .string("number")]
        case .flag: return ["type": .string("boolean")]
        case .day: return TextFormat.date.members
        case .url: return ["type": .string("string"), "format": .string("uri-reference")]
        case .formatted(let format): return (TextFormat(rawValue: format) ?? .text).members
        case .choices(let words):
            return ["type": .string("string"), "enum": .array(words.map(JSONValue.string))]
        case .listed(let list):
            let values = lists.values(list)
            var members: [String: JSONValue] = ["type": .string("string")]
            if !values.isEmpty { members["enum"] = .array(values.map(JSONValue.string)) }
            return members
        case .list(let item):
            // Items are named after their list: "byday[]" is one weekday.
            let itemSchema = schema(item, path: path + "[]", name: name.map { $0 + "[]" })
            var members: [String: JSONValue] = ["type": .string("array"), "items": itemSchema]
            if let fewest = name.flatMap(SchemaVocabulary.minimumItems(of:)) { members["minItems"] = .int(fewest) }
            return members
        case .dictionary(let value):
            return ["type": .string("object"), "additionalProperties": schema(value, path: path + ".*")]
        case .mapping(let fields):
            return mapping(fields, path: path)
        case .oneOf(let shapes):
            return ["anyOf": .array(shapes.map { members($0, path: path, name: name) }.map(Self.object))]
        case .node:
            return [:]
        }
    }

    private func mapping(_ fields: [ShapeField], path: String) -> [String: JSONValue] {
        var properties: [String: JSONValue] = [:]
        var required: [String] = []
        let also = alsoRequired[path] ?? []
        for field in fields {
            let fieldPath = path.isEmpty ? field.name : path + "." + field.name
            let value = schema(field.shape, path: fieldPath, name: field.name)
            if field.required || also.contains(field.name) {
                required.append(field.name)
                properties[field.name] = value
            } else {
                properties[field.name] = Self.orNull(value)
            }
        }
        var members: [String: JSONValue] = [
            "type": .string("object"), "properties": Self.object(properties), "additionalProperties": .bool(false),
        ]
        if !required.isEmpty { members["required"] = .array(required.sorted().map(JSONValue.string)) }
        return members
    }

    /// `schema` or null: the decoder reads an optional key with nothing after it (`description:`) as absent.
    static func orNull(_ schema: JSONValue) -> JSONValue {
        guard case .object(let pairs) = schema else { return schema }
        var members = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        switch members["type"] {
        case .string(let type)?: members["type"] = .array([.string(type), .string("null")])
        case .array(let types)?: members["type"] = .array(types + [.string("null")])
        default:
            guard case .array(let branches)? = members["anyOf"] else { return schema }
            members["anyOf"] = .array(branches + [object(["type": .string("null")])])
        }
        if case .array(let words)? = members["enum"] { members["enum"] = .array(words + [.null]) }
        return object(members)
    }

    /// An object with its keys sorted, so that the same input gives the same bytes.
    static func object(_ members: [String: JSONValue]) -> JSONValue {
        .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}

/// Formats of text that content files write, as patterns the YAML language server and `check-jsonschema` check.
enum TextFormat: String {
    case text, date, time, email, webAddress, slug, cbsMunicipalityCode, cbsBuurtCode, weekday, language
    case postcode, countryCode
    /// A path inside a site, not a full web address and not the home page: "oud-adres/" (an alias).
    case sitePath

    var members: [String: JSONValue] {
        var members: [String: JSONValue] = ["type": .string("string")]
        switch self {
        case .text: break
        case .date:
            members["format"] = .string("date")
            members["pattern"] = .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        case .time: members["pattern"] = .string("^([01]?[0-9]|2[0-3]):[0-5][0-9]$")
        case .email:
            members["format"] = .string("email")
            members["pattern"] = .string("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$")
        case .webAddress:
            members["format"] = .string("uri")
            members["pattern"] = .string("^https?://[^\\s]+$")
        case .slug: members["pattern"] = .string("^[a-z0-9]+(-[a-z0-9]+)*$")
        case .cbsMunicipalityCode: members["pattern"] = .string("^GM[0-9]{4}$")
        case .cbsBuurtCode: members["pattern"] = .string("^BU[0-9]{8}$")
        case .weekday: members["pattern"] = .string("^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$")
        case .language: members["pattern"] = .string("^[a-z]{2}$")
        case .postcode: members["pattern"] = .string("^[1-9][0-9]{3} ?[A-Za-z]{2}$")
        case .countryCode: members["pattern"] = .string("^[A-Z]{2}$")
        case .sitePath: members["pattern"] = .string("^(?!(?:[Hh][Tt][Tt][Pp][Ss]?:)?//)(?!/?$)\\S+$")
        }
        return members
    }
}
