/// The words of numeral expressions, keyed by their matching-normalized spelling.
///
/// The lexicon is compiled into the binary as the string ``standardEntries`` and parsed once, at
/// first use, into a dictionary. Lookup strips the clitics that numerals take in running text — the
/// conjunctions و and ف, the prepositions ب، ل، ك and the article ال (also as the ل of لل after the
/// preposition ل) — trying the whole word first, so words that begin with those letters (واحد، ألف،
/// آلاف) are found as they are.
struct NumeralLexicon: Sendable {
    /// A matching-normalized spelling packed into two words: one byte per scalar of the Arabic block
    /// (its offset from U+0600), so that lookup hashes two integers rather than a `String` (whose
    /// hashing normalizes to NFC, and dominated the finder's profile).
    struct Key: Hashable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// The longest spelling a key holds, in scalars.
        static let capacity = 16

        /// The key of `scalars`, or `nil` when a scalar is outside U+0601–U+06FF or there are more
        /// than ``capacity``.
        init?<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) {
            var position = 0
            for scalar in scalars {
                let value = scalar.value
                guard value > 0x0600, value <= 0x06FF, position < Self.capacity else { return nil }
                let byte = UInt64(value - 0x0600)
                if position < 8 {
                    low |= byte << (8 * position)
                } else {
                    high |= byte << (8 * (position - 8))
                }
                position += 1
            }
        }
    }

    /// Meanings by matching-normalized spelling.
    private(set) var words: [Key: [NumeralWord]] = [:]
    /// Lines of the entries that could not be read; empty for a well-formed lexicon.
    private(set) var invalidLines: [String] = []
    /// The longest word, in scalars, that lookup tries (the longest entry with four clitics).
    private(set) var longestWord = 0

    /// Article lengths tried at lookup, in order: none, ال, the ل of لل.
    private static let articleLengths = [0, 2, 1]

    /// The lexicon of ``standardEntries``.
    static let standard = NumeralLexicon(entries: standardEntries)

    /// Builds a lexicon from entry lines; see ``standardEntries`` for the format.
    /// - Complexity: O(n) in the length of `entries`.
    init(entries: String, normalizer: ArabicNormalizer = .matching) {
        var longestStem = 0
        for rawLine in entries.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.drop { $0 == " " }
            if line.isEmpty || line.first == "#" { continue }
            guard let colon = line.firstIndex(of: ":"),
                let meaning = Self.meaning(fromHead: line[..<colon])
            else {
                invalidLines.append(String(line))
                continue
            }
            let spellings = line[line.index(after: colon)...].split(separator: " ")
            if spellings.isEmpty { invalidLines.append(String(line)) }
            for spelling in spellings {
                let normalized = normalizer.normalizedString(String(spelling))
                guard let key = Key(normalized.unicodeScalars) else {
                    invalidLines.append(String(line))
                    continue
                }
                longestStem = max(longestStem, normalized.unicodeScalars.count)
                if words[key, default: []].contains(meaning) == false {
                    words[key, default: []].append(meaning)
                }
            }
        }
        longestWord = longestStem + 4
    }

    /// The meanings of a normalized stem, without clitic stripping.
    func meanings(of stem: String) -> [NumeralWord]? { Key(stem.unicodeScalars).flatMap { words[$0] } }

    /// Reads a matching-normalized word, stripping clitics where the whole word is not an entry.
    ///
    /// A stem left after stripping a conjunction or preposition must have three letters or more, two
    /// with the article: «لست» (I am not) and «وست» (West) are not «ست» (six), «الست» is.
    /// - Complexity: O(k) in the length of the word, with at most twelve dictionary lookups.
    func reading(of word: ArraySlice<Unicode.Scalar>) -> NumeralReading? {
        guard word.count >= 1, word.count <= longestWord else { return nil }
        let start = word.startIndex
        let end = word.endIndex
        for conjunction in 0...1 {
            if conjunction == 1, !(word.count > 1 && Self.isConjunction(word[start])) { continue }
            let prepositionStart = start + conjunction
            for preposition in 0...1 {
                if preposition == 1, !(prepositionStart < end && Self.isPreposition(word[prepositionStart])) {
                    continue
                }
                let articleStart = prepositionStart + preposition
                for article in Self.articleLengths {
                    guard
                        isArticle(
                            length: article, in: word, at: articleStart,
                            afterPrepositionAt: preposition == 1 ? prepositionStart : nil)
                    else { continue }
                    let stemStart = articleStart + article
                    let stripped = stemStart - start
                    let minimum = stripped == 0 ? 1 : (article > 0 ? 2 : 3)
                    guard end - stemStart >= minimum else { continue }
                    guard let key = Key(word[stemStart..<end]), let meanings = words[key] else { continue }
                    return NumeralReading(
                        meanings: meanings,
                        cliticLength: conjunction + preposition,
                        articleLength: article,
                        hasConjunction: conjunction == 1,
                        hasPreposition: preposition == 1
                    )
                }
            }
        }
        return nil
    }

    private func isArticle(
        length: Int, in word: ArraySlice<Unicode.Scalar>, at index: Int, afterPrepositionAt preposition: Int?
    ) -> Bool {
        switch length {
        case 0: return true
        case 2:
            // U+0627 ARABIC LETTER ALEF, U+0644 ARABIC LETTER LAM
            return index + 1 < word.endIndex && word[index].value == 0x0627 && word[index + 1].value == 0x0644
        default:
            // لل: the preposition ل before the article drops its alef.
            guard let preposition else { return false }
            return word[preposition].value == 0x0644 && index < word.endIndex && word[index].value == 0x0644
        }
    }

    /// U+0648 ARABIC LETTER WAW, U+0641 ARABIC LETTER FEH.
    private static func isConjunction(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0648 || scalar.value == 0x0641
    }

    /// U+0628 ARABIC LETTER BEH, U+0644 ARABIC LETTER LAM, U+0643 ARABIC LETTER KAF.
    private static func isPreposition(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0628 || scalar.value == 0x0644 || scalar.value == 0x0643
    }

    /// The meaning an entry head (`kind [value] [form]`) stands for, or `nil` when it is malformed.
    private static func meaning(fromHead head: Substring) -> NumeralWord? {
        let parts = head.split(separator: " ")
        guard let kind = parts.first else { return nil }
        let number = parts.count > 1 ? Int(parts[1]) : nil
        let option = parts.count > 2 ? String(parts[2]) : nil
        switch (kind, number, option, parts.count) {
        case ("zero", _, _, 1): return .zero
        case ("ten", _, _, 1): return .ten
        case ("decimalPoint", _, _, 1): return .decimalPoint
        case ("conjunction", _, _, 1): return .conjunction
        case ("unit", .some(let n), nil, 2) where (1...9).contains(n): return .unit(n)
        case ("compoundUnit", .some(let n), nil, 2) where (1...9).contains(n): return .compoundUnit(n)
        case ("tens", .some(let n), nil, 2) where n % 10 == 0 && (20...90).contains(n): return .tens(n)
        case ("hundreds", .some(let n), nil, 2) where n % 100 == 0 && (100...900).contains(n): return .hundreds(n)
        case ("ordinal", .some(let n), nil, 2) where (1...10).contains(n): return .ordinal(n)
        case ("compoundOrdinal", .some(let n), nil, 2) where (1...9).contains(n): return .compoundOrdinal(n)
        case ("fractionDual", .some(let n), nil, 2) where n >= 2: return .fractionDual(n)
        case ("fractionPlural", .some(let n), nil, 2) where n >= 2: return .fractionPlural(n)
        case ("scale", .some(let n), .some(let form), 3) where n >= 1000:
            return NumeralWord.ScaleForm(rawValue: form).map { .scale(n, $0) }
        case ("fraction", .some(let n), .some(let use), 3) where n >= 2:
            return NumeralWord.FractionUse(rawValue: use).map { .fraction(n, $0) }
        case ("context", _, _, 2):
            return NumeralWord.Context(rawValue: String(parts[1])).map { .context($0) }
        default: return nil
        }
    }
}
