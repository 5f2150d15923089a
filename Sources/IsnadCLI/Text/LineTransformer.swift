/// Runs a ``TextStage`` over a stream of lines: one output line per input line, so that `isnad text`
/// composes with other line tools.
///
/// A line that is not valid UTF-8 is reported (the input, the line number and the byte offset of the
/// first bad byte) and still transformed, with each bad sequence read as U+FFFD REPLACEMENT CHARACTER.
public struct LineTransformer: Sendable {
    /// The stage applied to every line.
    public let stage: TextStage

    /// A transformer for `stage`.
    public init(stage: TextStage) {
        self.stage = stage
    }

    /// Transforms every line of `input`, writing output lines to `output` and problems to `report`.
    /// - Parameters:
    ///   - input: lines without their line breaks, in order.
    ///   - inputName: how messages name the input (a path, or `-` for standard input).
    ///   - output: receives each output line, without a line break.
    ///   - report: receives each problem, as a sentence that names the input.
    /// - Returns: the number of lines that were not valid UTF-8.
    @discardableResult
    public func run(
        lines input: some Sequence<InputLine>, inputName: String,
        output: (String) -> Void, report: (String) -> Void
    ) -> Int {
        var invalidLines = 0
        for line in input {
            if let offset = Self.firstInvalidByte(in: line.bytes) {
                invalidLines += 1
                report("\(inputName):\(line.number): invalid UTF-8 at byte \(offset) of the line "
                    + "(byte \(line.offset + offset) of the input); bad bytes read as U+FFFD")
            }
            output(stage.transform(String(decoding: line.bytes, as: UTF8.self)))
        }
        return invalidLines
    }

    /// The offset of the first byte of the first ill-formed UTF-8 sequence, or `nil` when all is valid.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
