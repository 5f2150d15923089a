/// How well bytes read as text in one single-byte code page.
///
/// Only bytes 0x80–0xFF tell the pages apart (the lower half is ASCII in all of them), so the score
/// is a balance per high byte, from −∞ to 1:
///
/// - **Credit** for an Arabic letter in a word of Arabic letters only; for a Latin letter outside
///   ASCII in a word that also has ASCII letters, or alone (`à`, `é`); for a haraka after a letter or
///   another haraka; for Arabic punctuation (، ؛ ؟).
/// - **Debit** for every letter of a word that mixes Arabic and Latin letters (`ÇáÚÇã` is Latin
///   mojibake of العام, `عçن` is Windows-1256 reading ISO-8859-6), for a word of two or more
///   non-ASCII Latin letters with no ASCII letter, for a haraka with no letter before it, three for a
///   C1 control and six for an unassigned byte, which real text in that page never contains.
/// - Symbols (€, «, », …) are neutral: they count in the denominator only.
///
/// Real Arabic text in its own page scores close to 1; in the wrong Arabic page or in Windows-1252 it
/// scores far lower, usually below zero.
struct PlausibilityScore: Sendable, Hashable {
    /// Credit minus debit, divided by ``highByteCount``; 0 when there are no high bytes.
    var value: Double
    /// The number of bytes 0x80–0xFF that were scored.
    var highByteCount: Int
    /// The number of high bytes that decoded to Arabic letters in words of Arabic letters only.
    var arabicLetterCount: Int
    /// The number of unassigned bytes.
    var unassignedCount: Int
    /// The number of bytes that decoded to C1 controls.
    var controlCount: Int

    /// The most high bytes scored: enough for a stable figure, bounded cost on very large inputs.
    static let highByteLimit = 32_768

    /// Scores bytes in a code page.
    ///
    /// - Complexity: O(*n*) in the number of bytes, stopping after ``highByteLimit`` high bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>, in page: SingleByteCodePage) {
        var credit = 0
        var debit = 0
        var high = 0
        var arabicLetters = 0
        var unassigned = 0
        var controls = 0
        var wordArabic = 0
        var wordLatin = 0
        var wordASCII = 0
        var previous = PlausibilityClass.space

        func endWord() {
            if wordArabic > 0 {
                if wordASCII + wordLatin > 0 {
                    debit += wordArabic + wordLatin
                } else {
                    credit += wordArabic
                    arabicLetters += wordArabic
                }
            } else if wordLatin > 0 {
                if wordASCII > 0 || wordLatin == 1 { credit += wordLatin } else { debit += wordLatin }
            }
            wordArabic = 0
            wordLatin = 0
            wordASCII = 0
        }

        page.classes.withUnsafeBufferPointer { classes in
            for byte in bytes {
                if byte >= 0x80 {
                    if high == PlausibilityScore.highByteLimit { break }
                    high += 1
                }
                let kind = classes[Int(byte)]
                switch kind {
                case .asciiLetter: wordASCII += 1
                case .arabicLetter: wordArabic += 1
                case .latinLetter: wordLatin += 1
                case .formatControl: continue
                case .arabicMark:
                    if previous == .arabicLetter || previous == .arabicMark { credit += 1 } else { debit += 1 }
                case .arabicPunctuation:
                    endWord()
                    credit += 1
                case .digit, .space, .boundary:
                    endWord()
                case .control:
                    endWord()
                    if byte >= 0x80 {
                        debit += 3
                        controls += 1
                    }
                case .unassigned:
                    endWord()
                    debit += 6
                    unassigned += 1
                }
                previous = kind
            }
        }
        endWord()
        self.value = high == 0 ? 0 : Double(credit - debit) / Double(high)
        self.highByteCount = high
        self.arabicLetterCount = arabicLetters
        self.unassignedCount = unassigned
        self.controlCount = controls
    }

    /// The value with two decimals, for evidence strings (`0.98`, `-1.40`).
    var formattedValue: String {
        // Rounds half away from zero without `rounded()`, which needs libm's `round` at link time.
        let hundredths = Int(value * 100 + (value < 0 ? -0.5 : 0.5))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
