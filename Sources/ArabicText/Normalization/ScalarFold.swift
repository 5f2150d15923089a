/// What normalization does with one Unicode scalar.
enum ScalarFold: Equatable, Sendable {
    /// The scalar stays as it is.
    case keep
    /// The scalar is removed (marks, tatweel, invisible controls).
    case drop
    /// The scalar becomes another single scalar.
    case replace(UInt32)
    /// The scalar becomes several scalars (ligatures such as U+FEFB → لا).
    case expand([UInt32])
}

/// The scalar rules of both normalization levels, one function per concern.
///
/// Rules for the Arabic block are evaluated once per level into a 256-entry table
/// (``ArabicBlockTable``); everything else goes through ``fold(_:level:)`` directly.
enum ScalarRules {
    /// Marker in an ``ArabicBlockTable`` for a scalar that is dropped.
    static let dropMarker: UInt32 = 0xFFFF_FFFF

    /// The fold of `scalar` at `level`, before any expansion is folded again.
    static func fold(_ scalar: UInt32, level: NormalizationLevel) -> ScalarFold {
        if isInvisible(scalar) { return .drop }
        if let digit = asciiDigit(scalar) { return .replace(digit) }
        if let space = unifiedSpace(scalar) { return space == scalar ? .keep : .replace(space) }
        if scalar >= PresentationForms.firstScalar, scalar <= PresentationForms.lastScalar {
            let folding = PresentationForms.foldings[Int(scalar - PresentationForms.firstScalar)]
            if folding.count > 1 { return .expand(folding) }
            if let single = folding.first {
                // The folded letter may itself fold further (U+FB8E → U+06A9 KEHEH → U+0643 KAF).
                switch fold(single, level: level) {
                case .keep: return .replace(single)
                case let other: return other
                }
            }
        }
        if let letter = displayLetter(scalar) { return foldMatching(letter, level: level, replaced: true) }
        return foldMatching(scalar, level: level, replaced: false)
    }

    /// Applies the matching-level rules to a scalar that display normalization left as `scalar`.
    private static func foldMatching(_ scalar: UInt32, level: NormalizationLevel, replaced: Bool) -> ScalarFold {
        if level == .matching {
            if isDiacritic(scalar) { return .drop }
            if let letter = matchingLetter(scalar) { return .replace(letter) }
        }
        return replaced ? .replace(scalar) : .keep
    }

    /// U+0640 ARABIC TATWEEL, zero-width characters, bidi controls, variation selectors, soft hyphen,
    /// U+FEFF BYTE ORDER MARK and C0 controls other than line breaks.
    static func isInvisible(_ s: UInt32) -> Bool {
        switch s {
        case 0x0640, 0x00AD, 0x061C, 0x180E, 0xFEFF: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFE00...0xFE0F: return true
        case 0x0000...0x0008, 0x000E...0x001F, 0x007F: return true
        default: return false
        }
    }

    /// ASCII digit for a decimal digit of the Arabic-Indic (U+0660–U+0669), Extended Arabic-Indic
    /// (U+06F0–U+06F9) or fullwidth (U+FF10–U+FF19) scripts.
    static func asciiDigit(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x0660...0x0669: return s - 0x0660 + 0x30
        case 0x06F0...0x06F9: return s - 0x06F0 + 0x30
        case 0xFF10...0xFF19: return s - 0xFF10 + 0x30
        default: return nil
        }
    }

    /// U+0020 SPACE for horizontal white space and U+000A LINE FEED for vertical white space; carriage
    /// returns are handled by the normalizer because `\r\n` is one break.
    static func unifiedSpace(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x20, 0x0A: return s
        case 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        case 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return 0x0A
        default: return nil
        }
    }

    /// Persian, Urdu and other letter forms that stand for an Arabic letter, folded at both levels.
    static func displayLetter(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x06CC, 0x06CD, 0x06D0, 0x06D2: return 0x064A  // ی ۍ ې ے → ي
        case 0x06A9, 0x06AA: return 0x0643  // ک ڪ → ك
        case 0x06D5, 0x06BE, 0x06C1, 0x06C0, 0x06C2: return 0x0647  // ە ھ ہ ۀ ۂ → ه
        case 0x06C3: return 0x0629  // ۃ → ة
        case 0x06D3, 0x0678: return 0x0626  // ۓ ٸ → ئ
        case 0x0676, 0x0677: return 0x0624  // ٶ ٷ → ؤ
        case 0x0675: return 0x0623  // ٵ → أ
        default: return nil
        }
    }

    /// Diacritics removed at the matching level: harakat and tanwin (U+064B–U+065F), U+0670 ARABIC
    /// LETTER SUPERSCRIPT ALEF, Quranic annotation signs (U+0610–U+061A, U+06D6–U+06ED less the letters
    /// in it) and the isolated harakat of U+08D3–U+08FF.
    static func isDiacritic(_ s: UInt32) -> Bool {
        switch s {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
             0x06EA...0x06ED, 0x08D3...0x08FF:
            return true
        default: return false
        }
    }

    /// Letters folded at the matching level.
    static func matchingLetter(_ s: UInt32) -> UInt32? {
        switch s {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627  // آ أ إ ٱ ٲ ٳ → ا
        case 0x0649: return 0x064A  // ى → ي
        case 0x0629: return 0x0647  // ة → ه
        case 0x0624, 0x0626: return 0x0621  // ؤ ئ → ء (see NormalizationRules: مسؤول = مسئول)
        case 0x06A4, 0x06A5: return 0x0641  // ڤ ڥ → ف
        case 0x06AF, 0x06AD, 0x06B3: return 0x0643  // گ ڭ ڳ → ك
        case 0x06A8, 0x06A7: return 0x0642  // ڨ ڧ → ق
        case 0x067E: return 0x0628  // پ → ب
        case 0x0686: return 0x062C  // چ → ج
        case 0x0698: return 0x0632  // ژ → ز
        case 0x41...0x5A: return s + 0x20  // Latin capitals to lower case
        default: return nil
        }
    }

    /// The precomposed letter for a base letter followed by U+0653 MADDA ABOVE, U+0654 HAMZA ABOVE or
    /// U+0655 HAMZA BELOW (canonical composition), or `nil` where they do not compose.
    static func composed(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        switch (base, mark) {
        case (0x0627, 0x0653): return 0x0622  // ا + ٓ → آ
        case (0x0627, 0x0654): return 0x0623  // ا + ٔ → أ
        case (0x0627, 0x0655): return 0x0625  // ا + ٕ → إ
        case (0x0648, 0x0654): return 0x0624  // و + ٔ → ؤ
        case (0x064A, 0x0654), (0x0649, 0x0654): return 0x0626  // ي/ى + ٔ → ئ
        default: return nil
        }
    }
}

/// The folds of the Arabic block (U+0600–U+06FF) at one level, evaluated once.
struct ArabicBlockTable: Sendable {
    /// For each scalar of the block: the replacement scalar (itself when kept) or
    /// ``ScalarRules/dropMarker``. No scalar of the block expands.
    let replacements: [UInt32]

    init(level: NormalizationLevel) {
        replacements = (UInt32(0x0600)...UInt32(0x06FF)).map { scalar in
            switch ScalarRules.fold(scalar, level: level) {
            case .keep: return scalar
            case .drop: return ScalarRules.dropMarker
            case .replace(let other): return other
            case .expand(let scalars): return scalars.first ?? ScalarRules.dropMarker
            }
        }
    }

    static let display = ArabicBlockTable(level: .display)
    static let matching = ArabicBlockTable(level: .matching)

    static func forLevel(_ level: NormalizationLevel) -> ArabicBlockTable {
        level == .display ? display : matching
    }
}
