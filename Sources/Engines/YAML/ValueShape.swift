import BuurtCalendar
import Foundation

/// What a `Decodable` type reads, as its own `init(from:)` asks for it: the keys of each mapping (required when
/// read with `decode`, optional with `decodeIfPresent`), their kinds of value, lists, choices. Made by running
/// `init(from:)` against a recording decoder (`ValueShape.of(_:)`), so a schema made from it cannot drift from the
/// decoder: a key added to a type's `CodingKeys` and read in `init(from:)` is in its shape too.
public indirect enum ValueShape: Sendable, Equatable {
    /// Any scalar except null: the YAML decoder reads `title: 2026` as the text "2026".
    case text
    case integer
    case number
    /// true or false.
    case flag
    /// A date written YYYY-MM-DD (`Day`).
    case day
    /// A web address (`URL`), relative ones included.
    case url
    /// One of these words (an enum of choices, `CaseIterable` with raw values).
    case choices([String])
    case list(ValueShape)
    /// A mapping with keys of the writer's choosing (a dictionary), each holding this.
    case dictionary(ValueShape)
    /// A mapping with these keys, in the order the type asks for them; no other key is allowed.
    case mapping([ShapeField])
    /// A raw node the type reads by hand (`YAMLNode`): anything, as far as the decoder knows.
    case node
    /// Text that must be one of the values of a list of the site (the municipality's categories, its buurten),
    /// named as the schema maker knows it: "categories.value", "buurten".
    case listed(String)
    /// One of these shapes (a value that may be written in two ways).
    case oneOf([ValueShape])
    /// Text in this format, named for the schema maker: "email", "time", "slug".
    case formatted(String)

    /// The shape `T`'s decoding reads.
    public static func of<T: Decodable>(_ type: T.Type) -> ValueShape {
        ShapeProbe.shape(of: T.self).shape
    }

    /// The fields of a mapping shape; empty for other shapes.
    public var fields: [ShapeField] {
        if case .mapping(let fields) = self { return fields }
        return []
    }

    /// The field named `name` of a mapping shape.
    public func field(_ name: String) -> ShapeField? {
        fields.first { $0.name == name }
    }
}

/// One key of a mapping shape.
public struct ShapeField: Sendable, Equatable {
    public var name: String
    public var shape: ValueShape
    /// Read with `decode` rather than `decodeIfPresent`: the decoder reports a file without it.
    public var required: Bool

    public init(_ name: String, _ shape: ValueShape, required: Bool = false) {
        self.name = name
        self.shape = shape
        self.required = required
    }
}
