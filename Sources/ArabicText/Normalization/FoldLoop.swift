/// The normalizer's single pass over UTF-8 bytes.
///
/// State lives in local variables: `delta` is the number of original scalars minus normalized
/// scalars so far, and a run is recorded only where that correspondence breaks. Output never
/// outgrows the input it came from except at expansions, which check that the room left covers the
/// rest of the input too; the one-to-one paths write unchecked.
struct FoldLoop {
    let tables: FoldTables
    let level: NormalizationLevel

    struct Result {
        var bytes: [UInt8]
        var normalizedCount: Int
        var originalCount: Int
    }

    /// Folds `input`; a text dense with ligatures is folded again with room for the worst case.
    func run<Recorder: OffsetRecorder>(_ input: UnsafeBufferPointer<UInt8>, recorder: inout Recorder) -> Result {
        var attempt = recorder
        var counts = (normalized: 0, original: 0)
        var overflowed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: input.count + 64) { output, written in
            if let result = fold(input, into: output, recorder: &attempt) {
                (written, counts) = (result.bytes, (result.normalized, result.original))
            } else {
                (written, overflowed) = (0, true)
            }
        }
        if !overflowed {
            recorder = attempt
            return Result(bytes: bytes, normalizedCount: counts.normalized, originalCount: counts.original)
        }
        let roomy = [UInt8](unsafeUninitializedCapacity: input.count * PresentationForms.maximumGrowth + 64) { output, written in
            let result = fold(input, into: output, recorder: &recorder)
            written = result?.bytes ?? 0
            counts = (result?.normalized ?? 0, result?.original ?? 0)
        }
        return Result(bytes: roomy, normalizedCount: counts.normalized, originalCount: counts.original)
    }

    private func fold<Recorder: OffsetRecorder>(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, recorder: inout Recorder
    ) -> (bytes: Int, normalized: Int, original: Int)? {
        tables.ascii.withUnsafeBufferPointer { ascii in
            tables.arabic.withUnsafeBufferPointer { arabic in
                tables.copy.withUnsafeBufferPointer { copy in
                    var state = FoldState(output: output)
                    var index = 0
                    var scalar = 0
                    let end = input.count
                    while index < end {
                        state.copyOneToOne(input, at: &index, scalar: &scalar, copy: copy)
                        guard index < end else { break }
                        let lead = input[index]
                        if lead < 0x80 {
                            index &+= 1
                            let mapped = ascii[Int(lead)]
                            if mapped < 0x80 {
                                state.emitByte(mapped, from: scalar, recorder: &recorder)
                            } else if mapped == FoldTables.carriageReturn {
                                // CR and CR LF are one line break: the CR becomes LF, the LF after it is dropped.
                                state.emitByte(0x0A, from: scalar, recorder: &recorder)
                                if index < end, input[index] == 0x0A {
                                    index &+= 1
                                    scalar &+= 1
                                    state.drop()
                                }
                            } else {
                                state.drop()
                            }
                            scalar &+= 1
                            continue
                        }
                        if lead & 0xFC == 0xD8, index &+ 1 < end, input[index &+ 1] & 0xC0 == 0x80 {
                            // U+0600–U+06FF: two bytes in, one table entry out.
                            let offset = Int(lead & 0x03) << 6 | Int(input[index &+ 1] & 0x3F)
                            index &+= 2
                            let entry = arabic[offset]
                            if entry >= FoldTables.composingMark, state.composeLast(with: 0x0600 + UInt32(offset), arabic: arabic) {
                                state.drop()
                            } else if entry & FoldTables.droppedFlag == 0 {
                                state.emitEntry(entry, from: scalar, recorder: &recorder)
                            } else {
                                state.drop()
                            }
                            scalar &+= 1
                            continue
                        }
                        let decoded = UTF8Decoding.decode(input, at: &index)
                        guard foldOther(decoded, from: scalar, state: &state, recorder: &recorder, arabic: arabic, inputLeft: end &- index)
                        else { return nil }
                        scalar &+= 1
                    }
                    return (state.count, scalar &- state.delta, scalar)
                }
            }
        }
    }

    /// Folds a scalar outside ASCII and the Arabic block; `false` when out of room.
    ///
    /// A kept or replaced scalar is never longer in UTF-8 than the scalar it came from, so only
    /// expansions check the room left.
    private func foldOther<Recorder: OffsetRecorder>(
        _ scalar: UInt32, from original: Int, state: inout FoldState, recorder: inout Recorder,
        arabic: UnsafeBufferPointer<UInt32>, inputLeft: Int
    ) -> Bool {
        switch ScalarRules.fold(scalar, level: level) {
        case .keep:
            state.emitScalar(scalar, from: original, recorder: &recorder)
        case .drop:
            state.drop()
        case .replace(let other):
            state.emitScalar(other, from: original, recorder: &recorder)
        case .expand(let scalars):
            // Expansions are Arabic letters, marks and spaces: fold each again at this level.
            var folded: [UInt32] = []
            for part in scalars {
                guard part >= 0x0600, part <= 0x06FF else {
                    folded.append(part)
                    continue
                }
                let entry = arabic[Int(part - 0x0600)]
                if entry & FoldTables.droppedFlag == 0 { folded.append(FoldTables.scalar(of: entry)) }
            }
            guard state.room - inputLeft >= folded.count * 4 else { return false }
            state.emitExpansion(folded, from: original, recorder: &recorder)
        }
        return true
    }
}

/// The output side of a ``FoldLoop``: bytes written and the offset bookkeeping.
struct FoldState {
    private let output: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    /// Original scalars read minus normalized scalars written.
    private(set) var delta = 0
    /// Whether the next scalar written starts a new run of the offset map.
    private var runBroken = true

    init(output: UnsafeMutableBufferPointer<UInt8>) {
        self.output = output
    }

    /// Bytes still free.
    var room: Int { output.count - count }

    /// Notes that the original scalar just read produced nothing.
    @inline(__always)
    mutating func drop() {
        delta &+= 1
        runBroken = true
    }

    @inline(__always)
    private mutating func noteEmit<Recorder: OffsetRecorder>(from original: Int, recorder: inout Recorder) {
        if Recorder.isRecording, runBroken {
            recorder.startRun(normalized: original &- delta, original: original)
            runBroken = false
        }
    }

    @inline(__always)
    mutating func emitByte<Recorder: OffsetRecorder>(_ byte: UInt8, from original: Int, recorder: inout Recorder) {
        noteEmit(from: original, recorder: &recorder)
        output[count] = byte
        count &+= 1
    }

    /// Copies scalars of ASCII and the Arabic block that fold one to one (kept or replaced; not
    /// dropped, composed or a line break) while a run of the offset map is open, and stops at the first
    /// other scalar. It is the bulk of any text, so its state stays in locals.
    ///
    /// One- and two-byte scalars take separate branches on purpose: a branchless select made each
    /// step wait for the table load of the step before, and ran at half the speed.
    @inline(__always)
    mutating func copyOneToOne(
        _ input: UnsafeBufferPointer<UInt8>, at index: inout Int, scalar: inout Int,
        copy: UnsafeBufferPointer<UInt32>
    ) {
        guard !runBroken, let source = input.baseAddress, let target = output.baseAddress else { return }
        // The last byte is left to the general path, so that every step may read two bytes.
        let end = input.count &- 1
        var read = index
        var written = count
        var scalars = scalar
        while read < end {
            let lead = source[read]
            if lead < 0x80 {
                let entry = copy[Int(lead)]
                guard entry < FoldTables.stopsCopy else { break }
                target[written] = UInt8(truncatingIfNeeded: entry)
                written &+= 1
                read &+= 1
            } else {
                let next = source[read &+ 1]
                guard lead & 0xFC == 0xD8, next & 0xC0 == 0x80 else { break }
                let entry = copy[FoldTables.arabicCopyStart &+ (Int(lead & 0x03) << 6 | Int(next & 0x3F))]
                guard entry < FoldTables.stopsCopy else { break }
                // Both bytes are stored; a one-byte fold's second byte is overwritten next, and the
                // output always has room past the input's length.
                UnsafeMutableRawPointer(target + written).storeBytes(of: UInt16(truncatingIfNeeded: entry), as: UInt16.self)
                written &+= Int(entry >> 16)
                read &+= 2
            }
            scalars &+= 1
        }
        index = read
        count = written
        scalar = scalars
    }

    /// Writes an Arabic-block table entry (one or two bytes).
    @inline(__always)
    mutating func emitEntry<Recorder: OffsetRecorder>(_ entry: UInt32, from original: Int, recorder: inout Recorder) {
        let scalar = FoldTables.scalar(of: entry)
        if entry & (3 << 24) == 1 << 24 {
            emitByte(UInt8(truncatingIfNeeded: scalar), from: original, recorder: &recorder)
            return
        }
        noteEmit(from: original, recorder: &recorder)
        output[count] = UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6))
        output[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
        count &+= 2
    }

    /// Writes any one scalar.
    mutating func emitScalar<Recorder: OffsetRecorder>(_ scalar: UInt32, from original: Int, recorder: inout Recorder) {
        if scalar >= 0x80, scalar < 0x800 {
            emitEntry(FoldTables.entry(for: scalar), from: original, recorder: &recorder)
            return
        }
        noteEmit(from: original, recorder: &recorder)
        writeBytes(of: scalar)
    }

    /// Writes several scalars that all came from one original scalar.
    mutating func emitExpansion<Recorder: OffsetRecorder>(_ scalars: [UInt32], from original: Int, recorder: inout Recorder) {
        guard scalars.count > 1 else {
            if let only = scalars.first { emitScalar(only, from: original, recorder: &recorder) } else { drop() }
            return
        }
        if Recorder.isRecording {
            recorder.recordExpansion(normalized: original &- delta, original: original, count: scalars.count)
        }
        for scalar in scalars { writeBytes(of: scalar) }
        delta &-= scalars.count &- 1
        runBroken = true
    }

    private mutating func writeBytes(of scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            output[count] = UInt8(scalar)
            count &+= 1
        case 0x80..<0x800:
            output[count] = UInt8(0xC0 | (scalar >> 6))
            output[count &+ 1] = UInt8(0x80 | (scalar & 0x3F))
            count &+= 2
        case 0x800..<0x10000:
            output[count] = UInt8(0xE0 | (scalar >> 12))
            output[count &+ 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            output[count &+ 2] = UInt8(0x80 | (scalar & 0x3F))
            count &+= 3
        default:
            output[count] = UInt8(0xF0 | (scalar >> 18))
            output[count &+ 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            output[count &+ 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            output[count &+ 3] = UInt8(0x80 | (scalar & 0x3F))
            count &+= 4
        }
    }

    /// Composes the last written scalar with `mark` (U+0653–U+0655) where Unicode composes them,
    /// folds the result through `arabic`, and rewrites it in place. Returns `false` where nothing
    /// composes.
    ///
    /// The last scalar is read back from the output: a byte D8–DB two bytes from the end can only be
    /// the lead byte of a two-byte letter of the Arabic block, never a continuation byte.
    mutating func composeLast(with mark: UInt32, arabic: UnsafeBufferPointer<UInt32>) -> Bool {
        guard count >= 2, output[count &- 2] & 0xFC == 0xD8 else { return false }
        let start = count &- 2
        let last = UInt32(output[start] & 0x1F) << 6 | UInt32(output[start &+ 1] & 0x3F)
        guard let composed = ScalarRules.composed(last, mark) else { return false }
        let folded = FoldTables.scalar(of: arabic[Int(composed - 0x0600)])
        output[start] = UInt8(truncatingIfNeeded: 0xC0 | (folded >> 6))
        output[start &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (folded & 0x3F))
        return true
    }
}
