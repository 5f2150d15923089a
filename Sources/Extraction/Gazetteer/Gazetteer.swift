/// Countries, cities, regions and organizations as Arabic media name them, compiled into the binary.
///
/// The gazetteer holds every UN member state and the other states and territories news treats as
/// countries, with their spelling variants (الولايات المتحدة، الولايات المتحدة الأمريكية، أمريكا، أميركا)
/// and their nisba adjectives (الأمريكي، الأميركية، الأمريكيين); the Arab capitals and major cities
/// and the world's capitals and big cities, each linked to its country; regions, seas and straits;
/// international and regional bodies, armed groups as news names them, and news agencies and outlets.
/// Names are compared at the `NormalizationLevel.matching` level, so every variant that
/// level folds (إيران، ايران; سورية، سوريه; diacritics, tatweel) matches without being listed. The
/// entries and rules are described in <doc:Gazetteers>.
///
/// ```swift
/// let words = ["وصلت", "القوات", "الأمريكية", "إلى", "بغداد"]
/// Gazetteer.match(words, at: 2)?.entry.id      // "country:US"
/// Gazetteer.match(words, at: 2)?.isAdjective   // true
/// Gazetteer.occurrences(in: "زار لواشنطن وفد من حلف الناتو").map(\.text)  // ["واشنطن", "حلف الناتو"]
/// ```
public enum Gazetteer {
    /// The parsed lexicon, built at first use.
    static let table = GazetteerTable(countries: countrySource, places: placeSource + "\n" + townSource + "\n" + localitySource + "\n" + districtSource + "\n" + worldSource + "\n" + worldTownSource, organizations: organizationSource)

    /// Every entry, in lexicon order: countries, then cities and regions, then organizations.
    public static var entries: [GazetteerEntry] { table.entries }

    /// The entry with identifier `id` (such as `country:IQ` or `org:reuters`), or `nil`.
    /// - Complexity: O(1) on average.
    public static func entry(id: String) -> GazetteerEntry? {
        table.indexByID[id].map { table.entries[$0] }
    }

    /// ``match(_:at:)`` at word `index` of an article's words folded once.
    static func match(in words: WordMatchingText, at index: Int) -> GazetteerMatch? {
        words.gazetteerMatches.match(at: index) {
            table.phrases.match(in: words, at: index, proclitics: true) { table.match(for: $0, wordCount: $1) }
        }
    }

    /// The longest gazetteer name that starts at `start` in `words`.
    ///
    /// Names may span several words (جامعة الدول العربية، المملكة العربية السعودية); the longest wins, so
    /// «كتائب حزب الله» is not «حزب الله». The first word may carry the proclitics و or ف and then ب، ل
    /// or ك (وبغداد، لواشنطن، بالعراق as ب + العراق، وللسعودية as و + ل + السعودية); the whole word is
    /// tried first, and a reading without proclitics that names another entry is kept as an
    /// alternative (وجدة: Oujda, or و + جدة). Punctuation at the ends of a word is ignored and ends a
    /// name: «بغداد،» is Baghdad, «جامعة، الدول» is no name.
    ///
    /// - Parameters:
    ///   - words: Words in any normalization, as a tokenizer or a split on white space gives them.
    ///   - start: The index of the first word.
    /// - Returns: The match, or `nil` when no name starts at `start` or the words there are a phrase
    ///   known not to be an entry (مجلس الأمن القومي).
    /// - Complexity: O(m) in the length of the word at `start` when no name starts with it (the usual
    ///   case); otherwise O(k·m) for the k words of the longest name.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> GazetteerMatch?
    where Words.Element: StringProtocol {
        table.phrases.match(words, at: start, proclitics: true) { table.match(for: $0, wordCount: $1) }
    }

    /// Every gazetteer name in `text`, in order, without overlaps.
    ///
    /// At each word the longest name wins and the search goes on after it, with the rules of
    /// ``match(_:at:)``. Names never span a line break.
    /// - Parameter text: The text to search, in any normalization.
    /// - Returns: The occurrences, with spans as Unicode scalar offsets into `text`; an occurrence's
    ///   ``GazetteerMatch/wordCount`` counts its word tokens.
    /// - Complexity: O(n) in the length of `text`.
    public static func occurrences(in text: String) -> [LexiconOccurrence<GazetteerMatch>] {
        table.phrases.occurrences(in: text, proclitics: true) { table.match(for: $0, wordCount: $1) }
    }

    /// ``occurrences(in:)`` on an article already normalized and tokenized for other lexicons.
    /// - Complexity: O(n) in the number of tokens.
    static func occurrences(
        in matching: MatchingText, original: inout OriginalText
    ) -> [LexiconOccurrence<GazetteerMatch>] {
        table.phrases.occurrences(in: matching, original: &original, proclitics: true) {
            table.match(for: $0, wordCount: $1)
        }
    }
}
