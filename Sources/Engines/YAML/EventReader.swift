import BuurtCore
import CYAML

/// One libyaml event, copied out of C memory.
enum YAMLEvent {
    enum Style { case plain, quoted, block }
    case streamStart, streamEnd
    case documentStart(SourceLocation)
    case documentEnd
    case alias(String, SourceLocation)
    case scalar(String, style: Style, tag: String?, anchor: String?, SourceLocation)
    case collectionStart(isMapping: Bool, tag: String?, anchor: String?, SourceLocation)
    case collectionEnd
}

/// Pulls events from libyaml's event API over a UTF-8 buffer that must outlive the reader.
final class EventReader {
    // libyaml keeps a pointer to the parser inside the parser (its read handler's data), so it must not move: heap, not
    // a Swift var.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let lineOffset: Int
    private var initialized = false

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int) {
        self.bytes = bytes
        self.file = file
        self.lineOffset = lineOffset
        if yaml_parser_initialize(parser) != 0 {
            initialized = true
            // No yaml_parser_set_encoding: detection is what skips a leading byte-order mark.
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        }
    }

    func close() {
        if initialized { yaml_parser_delete(parser) }
        initialized = false
        parser.deallocate()
        event.deallocate()
    }

    func next() throws(Diagnostic) -> YAMLEvent {
        guard initialized else { throw .error(at: SourceLocation(file: file), "out of memory while reading YAML") }
        guard yaml_parser_parse(parser, event) != 0 else {
            throw SyntaxError.diagnostic(for: parser.pointee, in: bytes, file: file, lineOffset: lineOffset)
        }
        defer { yaml_event_delete(event) }
        let data = event.pointee.data
        let location = self.location(event.pointee.start_mark)
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_DOCUMENT_START_EVENT: return .documentStart(location)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(string(data.alias.anchor) ?? "", location)
        case YAML_SCALAR_EVENT:
            let scalar = data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: YAMLEvent.Style
            switch scalar.style {
            case YAML_PLAIN_SCALAR_STYLE: style = .plain
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
            default: style = .quoted
            }
            return .scalar(text, style: style, tag: string(scalar.tag), anchor: string(scalar.anchor), location)
        case YAML_SEQUENCE_START_EVENT:
            return .collectionStart(
                isMapping: false, tag: string(data.sequence_start.tag),
                anchor: string(data.sequence_start.anchor), location)
        case YAML_MAPPING_START_EVENT:
            return .collectionStart(
                isMapping: true, tag: string(data.mapping_start.tag),
                anchor: string(data.mapping_start.anchor), location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: return .collectionEnd
        default: return .streamEnd
        }
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
