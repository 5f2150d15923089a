#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output and standard error.
struct StandardStreams {
    private var pending: [UInt8] = []

    /// Appends `line` and a line feed to standard output, flushing every 64 KiB.
    mutating func writeLine(_ line: String) {
        pending.append(contentsOf: line.utf8)
        pending.append(0x0A)
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes what is pending to standard output.
    mutating func flush() {
        Self.writeAll(pending, to: 1)
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes `message` and a line feed to standard error at once.
    static func report(_ message: String) {
        writeAll(Array("isnad: \(message)\n".utf8), to: 2)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
