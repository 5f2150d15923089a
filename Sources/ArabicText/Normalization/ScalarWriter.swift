/// Appends normalized scalars as UTF-8 and records where each came from.
struct ScalarWriter {
    private var output: [UInt8]
    private var offsets: OffsetMap.Builder?
    /// The last scalar written and where its bytes start, for canonical composition with a mark.
    private var lastScalar: UInt32 = 0
    private var lastScalarStart = 0

    init(output: [UInt8], offsets: OffsetMap.Builder?) {
        self.output = output
        self.offsets = offsets
    }

    consuming func finish() -> ([UInt8], OffsetMap.Builder?) {
        (output, offsets)
    }

    @inline(__always)
    mutating func writeASCII(_ byte: UInt8, from original: Int) {
        lastScalar = UInt32(byte)
        output.append(byte)
        offsets?.emit(from: original)
    }

    /// Writes a scalar of U+0080–U+07FF (two UTF-8 bytes).
    @inline(__always)
    mutating func writeArabic(_ scalar: UInt32, from original: Int) {
        if scalar < 0x80 {
            writeASCII(UInt8(scalar), from: original)
            return
        }
        lastScalar = scalar
        lastScalarStart = output.count
        output.append(UInt8(0xC0 | (scalar >> 6)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
        offsets?.emit(from: original)
    }

    mutating func write(_ scalar: UInt32, from original: Int) {
        if scalar < 0x800 {
            writeArabic(scalar, from: original)
            return
        }
        lastScalar = scalar
        lastScalarStart = output.count
        UTF8Decoding.encode(scalar, into: &output)
        offsets?.emit(from: original)
    }

    mutating func write(_ scalars: [UInt32], from original: Int) {
        guard scalars.count > 1 else {
            if let only = scalars.first { write(only, from: original) }
            return
        }
        for scalar in scalars { UTF8Decoding.encode(scalar, into: &output) }
        lastScalar = 0
        offsets?.emitExpansion(from: original, count: scalars.count)
    }

    /// Composes the last written letter with `mark` (U+0653–U+0655) where Unicode composes them, folds
    /// the result through `table`, and rewrites it in place. Returns `false` where nothing composes.
    mutating func composeLast(with mark: UInt32, table: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let composed = ScalarRules.composed(lastScalar, mark) else { return false }
        let folded = table[Int(composed - 0x0600)]
        output[lastScalarStart] = UInt8(0xC0 | (folded >> 6))
        output[lastScalarStart + 1] = UInt8(0x80 | (folded & 0x3F))
        lastScalar = folded
        return true
    }
}
