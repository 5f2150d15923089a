/// Normalizes Arabic text at one ``NormalizationLevel``, optionally keeping an ``OffsetMap``.
///
/// The normalizer walks the UTF-8 bytes of the text once and decides per Unicode scalar, from a table
/// for the Arabic block and from range rules elsewhere. Canonical compositions of a letter with
/// U+0653 MADDA ABOVE, U+0654 HAMZA ABOVE or U+0655 HAMZA BELOW are composed first (ا + ٔ is أ), so
/// decomposed and precomposed input normalize alike. Both levels are idempotent.
///
/// ```swift
/// let normalized = ArabicNormalizer.matching.normalize("قالَ المسؤولُ")
/// normalized.text  // "قال المسءول"
/// ```
public struct ArabicNormalizer: Sendable {
    /// The level this normalizer folds to.
    public let level: NormalizationLevel
    private let arabicBlock: ArabicBlockTable

    /// A normalizer for `level`.
    public init(level: NormalizationLevel) {
        self.level = level
        self.arabicBlock = ArabicBlockTable.forLevel(level)
    }

    /// The display-level normalizer.
    public static let display = ArabicNormalizer(level: .display)
    /// The matching-level normalizer.
    public static let matching = ArabicNormalizer(level: .matching)

    /// Normalizes `text` and keeps the map back to it.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func normalize(_ text: String) -> NormalizedText {
        var builder: OffsetMap.Builder? = OffsetMap.Builder()
        let (bytes, originalCount) = fold(text, offsets: &builder)
        let map = builder.map { $0.finish(originalCount: originalCount) } ?? OffsetMap()
        return NormalizedText(level: level, text: String(decoding: bytes, as: UTF8.self), offsetMap: map)
    }

    /// Normalizes `text` without keeping an offset map.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func normalizedString(_ text: String) -> String {
        var none: OffsetMap.Builder? = nil
        return String(decoding: fold(text, offsets: &none).bytes, as: UTF8.self)
    }

    /// Normalizes UTF-8 bytes into `output` (appending), returning the number of scalars read.
    ///
    /// Ill-formed sequences are read as U+FFFD REPLACEMENT CHARACTER, one per maximal bad subpart.
    /// - Complexity: O(n) in the length of `input`.
    public func normalize(utf8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
        var none: OffsetMap.Builder? = nil
        return fold(input, into: &output, offsets: &none)
    }

    private func fold(_ text: String, offsets: inout OffsetMap.Builder?) -> (bytes: [UInt8], originalCount: Int) {
        var text = text
        var output: [UInt8] = []
        let count = text.withUTF8 { input in
            output.reserveCapacity(input.count + 16)
            return fold(input, into: &output, offsets: &offsets)
        }
        return (output, count)
    }

    // The hot loop: one pass over bytes, one decision per scalar.
    private func fold(
        _ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], offsets: inout OffsetMap.Builder?
    ) -> Int {
        let isMatching = level == .matching
        let drop = ScalarRules.dropMarker
        var writer = ScalarWriter(output: output, offsets: offsets)
        output = []
        var index = 0
        var scalarIndex = 0
        let end = input.count
        arabicBlock.replacements.withUnsafeBufferPointer { arabic in
            while index < end {
                let lead = input[index]
                if lead < 0x80 {
                    index += 1
                    switch lead {
                    case 0x20...0x7E:
                        let byte = isMatching && lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead
                        writer.writeASCII(byte, from: scalarIndex)
                    case 0x0A:
                        writer.writeASCII(0x0A, from: scalarIndex)
                    case 0x0D:
                        // CR and CR LF are one line break: the CR becomes LF, the LF after it is dropped.
                        writer.writeASCII(0x0A, from: scalarIndex)
                        if index < end, input[index] == 0x0A {
                            index += 1
                            scalarIndex += 1
                        }
                    case 0x09:
                        writer.writeASCII(0x20, from: scalarIndex)
                    case 0x0B, 0x0C:
                        writer.writeASCII(0x0A, from: scalarIndex)
                    default:
                        break  // other C0 controls and DEL are dropped
                    }
                    scalarIndex += 1
                    continue
                }
                let scalar = UTF8Decoding.decode(input, at: &index)
                if scalar >= 0x0600, scalar <= 0x06FF {
                    if scalar >= 0x0653, scalar <= 0x0655, writer.composeLast(with: scalar, table: arabic) {
                        scalarIndex += 1
                        continue
                    }
                    let replacement = arabic[Int(scalar - 0x0600)]
                    if replacement != drop { writer.writeArabic(replacement, from: scalarIndex) }
                } else {
                    writeOther(scalar, from: scalarIndex, into: &writer, arabic: arabic)
                }
                scalarIndex += 1
            }
        }
        (output, offsets) = writer.finish()
        return scalarIndex
    }

    private func writeOther(
        _ scalar: UInt32, from original: Int, into writer: inout ScalarWriter, arabic: UnsafeBufferPointer<UInt32>
    ) {
        switch ScalarRules.fold(scalar, level: level) {
        case .keep: writer.write(scalar, from: original)
        case .drop: break
        case .replace(let other): writer.write(other, from: original)
        case .expand(let scalars):
            // Expansions are Arabic letters, marks and spaces: fold each again at this level.
            var folded: [UInt32] = []
            folded.reserveCapacity(scalars.count)
            for part in scalars {
                if part >= 0x0600, part <= 0x06FF {
                    let replacement = arabic[Int(part - 0x0600)]
                    if replacement != ScalarRules.dropMarker { folded.append(replacement) }
                } else {
                    folded.append(part)
                }
            }
            writer.write(folded, from: original)
        }
    }
}
