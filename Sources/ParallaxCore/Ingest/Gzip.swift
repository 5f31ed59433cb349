import CZlib

/// gzip decompression through zlib, with a size cap and a clear error for truncated streams.
public enum Gzip {
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    public enum Failure: Error, CustomStringConvertible {
        case truncated, corrupt(String), tooLarge(Int)
        public var description: String {
            switch self {
            case .truncated: "truncated gzip stream"
            case .corrupt(let why): "corrupt gzip stream (\(why))"
            case .tooLarge(let limit): "gzip content larger than \(limit / 1_048_576) MB"
            }
        }
    }

    public static func inflate(_ input: [UInt8], limit: Int = IngestLimits.standard.maxInflatedBytes) throws -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header; 32 would also accept zlib.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        // The trailer's last four bytes give the (first member's) size mod 2^32: reserving it spares
        // regrowing the output many times over for a model of tens of megabytes.
        if input.count >= 18 {
            let size = input[(input.count - 4)...].reversed().reduce(0) { $0 << 8 | Int($1) }
            output.reserveCapacity(min(size, limit) + 1)
        }
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        var status: Int32 = Z_OK
        var input = input
        try input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunkBuffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { throw Failure.tooLarge(limit) }
                if status == Z_STREAM_END {
                    // Concatenated members are legal gzip: go on if input remains.
                    if stream.avail_in > 0 { status = inflateReset(&stream) } else { break }
                } else if status == Z_BUF_ERROR || (status == Z_OK && stream.avail_in == 0 && produced == 0) {
                    throw Failure.truncated
                } else if status != Z_OK {
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw Failure.corrupt(message)
                }
            } while true
        }
        return output
    }

    /// gzip compression at zlib's best level (for the model file the trainer writes).
    public static func deflate(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 64)
        var input = input
        let written: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return outputBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<written])
    }
}
