/// The generic words that head organization names in Arabic news (وزارة، قيادة، مجلس، حركة، حزب،
/// قوات، الحرس، الحكومة، البنك المركزي …), from which an entity recognizer builds genitive chains:
/// «وزارة» + «الخارجية» + «العراقية».
///
/// Heads that need a complement (وزارة، وكالة، هيئة) also match with the article (الوزارة), which
/// refers back to an organization named earlier; heads such as الحكومة، البرلمان، الجيش name one on
/// their own. Words are compared at the `NormalizationLevel.matching` level.
///
/// ```swift
/// let words = "وقالت وزارة الدفاع".split(separator: " ")
/// OrganizationHeadLexicon.match(words, at: 1)?.head  // "وزارة"
/// ```
public enum OrganizationHeadLexicon {
    /// What one head form stands for.
    struct Form: Sendable, Hashable {
        var head: String
        var isDefinite: Bool
        var isStandalone: Bool
        var isMedia: Bool
    }

    /// The parsed lexicon, every head form in source order, and the lines that could not be read.
    static let table: (phrases: PhraseTable<Form>, heads: [String], problems: [String]) = parse(source)

    /// Every head, as listed and in its generated definite form, in lexicon order.
    public static var heads: [String] { table.heads }

    /// ``match(_:at:)`` at word `index` of an article's words folded once.
    static func match(in words: WordMatchingText, at index: Int) -> OrganizationHeadMatch? {
        words.headMatches.match(at: index) { table.phrases.match(in: words, at: index, proclitics: true, makeMatch) }
    }

    /// The longest head that starts at `start` in `words`.
    ///
    /// The first word may carry the proclitics و or ف and then ب، ل or ك (ووزارة، لوزارة، بالحكومة).
    /// Punctuation at the ends of a word is ignored and ends a head.
    /// - Parameters:
    ///   - words: Words in any normalization.
    ///   - start: The index of the first word.
    /// - Returns: The match, or `nil` when no head starts at `start`.
    /// - Complexity: O(m) in the length of the word at `start` when no head starts with it; otherwise
    ///   O(k·m) for the k words of the longest head.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> OrganizationHeadMatch?
    where Words.Element: StringProtocol {
        table.phrases.match(words, at: start, proclitics: true, makeMatch)
    }

    /// Every head in `text`, in order, without overlaps, with the rules of ``match(_:at:)``.
    /// - Parameter text: The text to search, in any normalization.
    /// - Returns: The occurrences, with spans as Unicode scalar offsets into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public static func occurrences(in text: String) -> [LexiconOccurrence<OrganizationHeadMatch>] {
        table.phrases.occurrences(in: text, proclitics: true, makeMatch)
    }

    /// ``occurrences(in:)`` on an article already normalized and tokenized for other lexicons.
    /// - Complexity: O(n) in the number of tokens.
    static func occurrences(
        in matching: MatchingText, original: inout OriginalText
    ) -> [LexiconOccurrence<OrganizationHeadMatch>] {
        table.phrases.occurrences(in: matching, original: &original, proclitics: true, makeMatch)
    }

    private static func makeMatch(_ hit: PhraseTable<Form>.Hit, _ wordCount: Int) -> OrganizationHeadMatch? {
        guard let form = table.phrases.payloads(of: hit).first else { return nil }
        return OrganizationHeadMatch(
            head: form.head, wordCount: wordCount, procliticLength: hit.procliticLength, isDefinite: form.isDefinite,
            isStandalone: form.isStandalone, isMedia: form.isMedia)
    }

    /// Reads lines `CLASS | head، head …`, where CLASS is `genitive` (needs a complement; the
    /// definite form of a one-word head is added), `adjective` (a definite head that takes an
    /// adjective: الحرس الثوري), `standalone` or `media` (a genitive head naming an outlet).
    /// - Complexity: O(n) in the length of `source`.
    static func parse(_ source: String) -> (PhraseTable<Form>, [String], [String]) {
        var phrases = PhraseTableBuilder<Form>()
        var heads: [String] = []
        var problems: [String] = []
        var seen: Set<String> = []
        func add(_ form: Form, _ raw: Substring) {
            // A head listed as standalone and also generated from a genitive head (الحكومة) is standalone.
            let inserted = phrases.insert(form.head, form) { old, new in
                Form(
                    head: old.head, isDefinite: old.isDefinite, isStandalone: old.isStandalone || new.isStandalone,
                    isMedia: old.isMedia || new.isMedia)
            }
            guard inserted else { return problems.append(String(raw)) }
            if seen.insert(form.head).inserted { heads.append(form.head) }
        }
        for raw in source.split(separator: "\n") {
            let content = raw.prefix { $0 != "#" }
            let fields = content.split(separator: "|", omittingEmptySubsequences: false)
            if fields.count == 1, fields[0].allSatisfy(\.isWhitespace) { continue }
            let headClass = fields[0].trimmingWhitespace()
            guard fields.count == 2, ["genitive", "adjective", "standalone", "media"].contains(headClass) else {
                problems.append(String(raw))
                continue
            }
            for part in fields[1].split(separator: "،") {
                let head = part.trimmingWhitespace()
                guard !head.isEmpty else { continue }
                // A construct is definite when one of its words carries the article (مجلس النواب).
                let isDefinite = head.split(separator: " ").contains { $0.hasPrefix("ال") }
                let isMedia = headClass == "media"
                add(
                    Form(head: head, isDefinite: isDefinite, isStandalone: headClass == "standalone", isMedia: isMedia),
                    raw)
                if headClass == "genitive" || isMedia, !isDefinite, !head.contains(" ") {
                    add(Form(head: "ال" + head, isDefinite: true, isStandalone: false, isMedia: isMedia), raw)
                }
            }
        }
        return (PhraseTable(phrases), heads, problems)
    }
}
