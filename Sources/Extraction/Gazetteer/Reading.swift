/// One way to read the first token of a phrase: from which byte, whether ل of لل stands for the
/// article's alef, how many proclitic letters were removed, and how many letters are left.
struct Reading {
    var start: Int
    var restoresAlef: Bool
    var procliticLength: Int
    var letters: Int
}

/// The readings of a token with and without proclitics, held inline (at most five), so that preparing
/// them allocates nothing.
struct Readings {
    private var storage: (Reading, Reading, Reading, Reading, Reading)
    /// The number of readings.
    private(set) var count = 0

    private static let none = Reading(start: 0, restoresAlef: false, procliticLength: 0, letters: 0)

    /// The token read whole, as it is.
    init(whole span: Range<Int>) {
        storage = (Self.none, Self.none, Self.none, Self.none, Self.none)
        append(Reading(start: span.lowerBound, restoresAlef: false, procliticLength: 0, letters: Int.max))
    }

    // The two UTF-8 bytes of the proclitic letters.
    private static let waw: (UInt8, UInt8) = (0xD9, 0x88)  // U+0648 ARABIC LETTER WAW, "and"
    private static let feh: (UInt8, UInt8) = (0xD9, 0x81)  // U+0641 ARABIC LETTER FEH, "so"
    private static let beh: (UInt8, UInt8) = (0xD8, 0xA8)  // U+0628 ARABIC LETTER BEH, "in, with"
    private static let lam: (UInt8, UInt8) = (0xD9, 0x84)  // U+0644 ARABIC LETTER LAM, "for"
    private static let kaf: (UInt8, UInt8) = (0xD9, 0x83)  // U+0643 ARABIC LETTER KAF, "like"

    /// Whether the token at `span` starts with a letter proclitics are made of (lead byte 0xD8 or
    /// 0xD9) and is long enough to carry one; most words do not, and need only be read whole.
    @inline(__always)
    static func mayHaveProclitics(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Bool {
        guard span.count > 4 else { return false }
        let lead = bytes[span.lowerBound]
        let second = bytes[span.lowerBound + 1]
        // و 0xD9 0x88، ف 0xD9 0x81، ل 0xD9 0x84، ك 0xD9 0x83، ب 0xD8 0xA8
        return (lead == 0xD9 && (second == 0x88 || second == 0x81 || second == 0x84 || second == 0x83))
            || (lead == 0xD8 && second == 0xA8)
    }

    /// The readings of the token at `span` of `bytes`: the whole token, then the token without و or
    /// ف, then without ب، ل or ك after them, with لل read as ل + ال. Stems keep at least two letters.
    /// - Complexity: O(m) in the length of the token.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) {
        storage = (Self.none, Self.none, Self.none, Self.none, Self.none)
        append(Reading(start: span.lowerBound, restoresAlef: false, procliticLength: 0, letters: Int.max))
        guard Self.mayHaveProclitics(bytes, span) else { return }
        func isLetter(_ at: Int, _ letter: (UInt8, UInt8)) -> Bool {
            at + 1 < span.upperBound && bytes[at] == letter.0 && bytes[at + 1] == letter.1
        }
        var letters = 0
        for byte in bytes[span] where byte & 0xC0 != 0x80 { letters += 1 }
        var start = span.lowerBound
        var removed = 0
        if isLetter(start, Self.waw) || isLetter(start, Self.feh) {
            start += 2
            removed = 1
            if letters - removed >= 2 {
                append(Reading(start: start, restoresAlef: false, procliticLength: removed, letters: letters - removed))
            }
        }
        let isLam = isLetter(start, Self.lam)
        guard isLam || isLetter(start, Self.beh) || isLetter(start, Self.kaf) else { return }
        start += 2
        removed += 1
        if isLam, isLetter(start, Self.lam), letters - removed >= 2 {
            // ل + ال is written لل: read from the second lam with the article's alef restored.
            append(Reading(start: start, restoresAlef: true, procliticLength: removed, letters: letters - removed + 1))
        }
        if letters - removed >= 2 {
            append(Reading(start: start, restoresAlef: false, procliticLength: removed, letters: letters - removed))
        }
    }

    private mutating func append(_ reading: Reading) {
        switch count {
        case 0: storage.0 = reading
        case 1: storage.1 = reading
        case 2: storage.2 = reading
        case 3: storage.3 = reading
        default: storage.4 = reading
        }
        count += 1
    }

    /// The reading at `slot`, from 0 to `count - 1`.
    subscript(slot: Int) -> Reading {
        switch slot {
        case 0: storage.0
        case 1: storage.1
        case 2: storage.2
        case 3: storage.3
        default: storage.4
        }
    }
}
