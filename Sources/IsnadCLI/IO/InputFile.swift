#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input, read in chunks and cut into lines.
struct InputFile: Sequence {
    /// `-` for standard input, otherwise a path.
    let name: String
    private let descriptor: Int32

    /// Opens `name`; `-` is standard input.
    /// - Throws: ``InputError`` naming the file and the reason when it cannot be opened.
    init(name: String) throws(InputError) {
        self.name = name
        if name == "-" {
            descriptor = 0
        } else {
            let opened = open(name, O_RDONLY)
            guard opened >= 0 else { throw InputError(input: name, reason: String(cString: strerror(errno))) }
            var status = stat()
            if fstat(opened, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                close(opened)
                throw InputError(input: name, reason: "is a folder; give the files in it")
            }
            descriptor = opened
        }
    }

    func makeIterator() -> Iterator {
        Iterator(descriptor: descriptor, ownsDescriptor: name != "-")
    }

    /// Reads 64 KiB at a time and hands out complete lines.
    final class Iterator: IteratorProtocol {
        private let descriptor: Int32
        private let ownsDescriptor: Bool
        private var splitter = LineSplitter()
        private var ready: [InputLine] = []
        private var readyIndex = 0
        private var isFinished = false
        private var buffer = [UInt8](repeating: 0, count: 1 << 16)

        init(descriptor: Int32, ownsDescriptor: Bool) {
            self.descriptor = descriptor
            self.ownsDescriptor = ownsDescriptor
        }

        deinit {
            if ownsDescriptor { close(descriptor) }
        }

        func next() -> InputLine? {
            while readyIndex >= ready.count {
                if isFinished { return nil }
                ready = readChunk()
                readyIndex = 0
            }
            defer { readyIndex += 1 }
            return ready[readyIndex]
        }

        private func readChunk() -> [InputLine] {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return splitter.feed(buffer[0..<count]) }
            isFinished = true
            return splitter.finish().map { [$0] } ?? []
        }
    }
}

/// An input that could not be read.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The file, URL or `-` that failed.
    public var input: String
    /// Why, in words a person understands.
    public var reason: String

    public var description: String { "\(input): \(reason)" }
}
