/// One line of an input, without its line break.
public struct InputLine: Sendable, Hashable {
    /// The line's bytes, without the line feed and without a carriage return before it.
    public var bytes: [UInt8]
    /// The line's number, from 1.
    public var number: Int
    /// The byte offset of the line's first byte in the input.
    public var offset: Int

    /// A line of an input.
    public init(bytes: [UInt8], number: Int, offset: Int) {
        self.bytes = bytes
        self.number = number
        self.offset = offset
    }

    /// The lines of an input held in memory; a final line without a line feed counts, an empty
    /// input has no lines.
    public static func lines(of bytes: [UInt8]) -> [InputLine] {
        var reader = LineSplitter()
        var lines = reader.feed(bytes[...])
        if let last = reader.finish() { lines.append(last) }
        return lines
    }
}

/// Cuts a stream of byte chunks into ``InputLine``s.
struct LineSplitter {
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var nextNumber = 1
    private var consumed = 0

    /// The lines completed by `chunk`.
    mutating func feed(_ chunk: ArraySlice<UInt8>) -> [InputLine] {
        var lines: [InputLine] = []
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            pending.append(contentsOf: chunk[start..<newline])
            lines.append(take())
            consumed += newline - start + 1
            pendingOffset = consumed
            start = newline + 1
        }
        pending.append(contentsOf: chunk[start...])
        consumed += chunk.endIndex - start
        return lines
    }

    /// The last line, where the input did not end with a line feed.
    mutating func finish() -> InputLine? {
        pending.isEmpty ? nil : take()
    }

    private mutating func take() -> InputLine {
        if pending.last == 0x0D { pending.removeLast() }
        let line = InputLine(bytes: pending, number: nextNumber, offset: pendingOffset)
        nextNumber += 1
        pending.removeAll(keepingCapacity: true)
        return line
    }
}
