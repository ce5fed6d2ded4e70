import CZlib

/// How many bytes a file takes when a web server sends it gzipped (zlib's default level, as most servers use):
/// the index keeps each of its files under a size a browser fetches quickly.
enum Gzip {
    static func size(of bytes: [UInt8]) -> Int {
        var stream = z_stream()
        // windowBits 15 + 16: a gzip header and trailer, as on the wire.
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return bytes.count }
        defer { deflateEnd(&stream) }
        var total = 0
        var output = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            var status = Z_OK
            repeat {
                output.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = deflate(&stream, Z_FINISH)
                    total += out.count - Int(stream.avail_out)
                }
            } while status == Z_OK
        }
        return total
    }
}
