import BuurtCalendar
import Foundation

/// Values that stand in for failed ones while decoding goes on to find more problems.
enum StandIn {
    /// The obvious empty value of common types, or the first case of an enum; nil for other types.
    static func empty<T>(_ type: T.Type) -> T? {
        if T.self == String.self { return "" as? T }
        if T.self == Bool.self { return false as? T }
        if T.self == URL.self { return URL(string: "about:blank") as? T }
        if T.self == Day.self { return Day(year: 2000, month: 1, day: 1) as? T }
        if T.self == YAMLNode.self { return YAMLNode(.scalar("", plain: true), at: .init(file: "")) as? T }
        if let integer = T.self as? any FixedWidthInteger.Type { return zero(integer) as? T }
        if let float = T.self as? any BinaryFloatingPoint.Type { return zero(float) as? T }
        if let optional = T.self as? any ExpressibleByNilLiteral.Type { return none(optional) as? T }
        if let array = T.self as? any ExpressibleByArrayLiteral.Type { return emptyArray(array) as? T }
        if let dictionary = T.self as? any ExpressibleByDictionaryLiteral.Type {
            return emptyDictionary(dictionary) as? T
        }
        if let cases = T.self as? any CaseIterable.Type { return firstCase(cases) as? T }
        return nil
    }

    /// Raw values of an enum that lists its cases (`CaseIterable` with raw values), for "expected one of …".
    static func choices<T>(_ type: T.Type) -> [String]? {
        guard let cases = T.self as? any (CaseIterable & RawRepresentable).Type else { return nil }
        return rawValues(cases)
    }

    static func listHint(for node: YAMLNode) -> String? {
        if node.isNull { return "write [] for an empty list" }
        if node.scalar != nil { return "write a list as lines starting with '- ', or as [first, second]" }
        return nil
    }

    private static func zero<I: FixedWidthInteger>(_: I.Type) -> I { 0 }
    private static func zero<F: BinaryFloatingPoint>(_: F.Type) -> F { 0 }
    private static func none<O: ExpressibleByNilLiteral>(_: O.Type) -> O { nil }
    private static func emptyArray<A: ExpressibleByArrayLiteral>(_: A.Type) -> A { [] }
    private static func emptyDictionary<D: ExpressibleByDictionaryLiteral>(_: D.Type) -> D { [:] }
    private static func firstCase<C: CaseIterable>(_: C.Type) -> C? { C.allCases.first }
    private static func rawValues<C: CaseIterable & RawRepresentable>(_: C.Type) -> [String] {
        C.allCases.map { "\($0.rawValue)" }
    }
}
