/// Titles and roles that precede person names in Arabic news: offices, ranks, royal, religious and
/// academic titles, honorifics and professions, compiled into the binary.
///
/// Each role is a phrase of one or more words (الرئيس، رئيس الوزراء، الفريق أول، المتحدث باسم، آية
/// الله، د.). Ministers are listed with their portfolios (وزير الخارجية، وزيرة الصحة …) and also as
/// the bare head (وزير) that takes a genitive. Words are compared at the
/// `NormalizationLevel.matching` level. The list is described in <doc:Gazetteers>.
///
/// ```swift
/// let words = "وأكد المتحدث باسم الحكومة".split(separator: " ")
/// RoleLexicon.match(words, at: 1)?.role           // "المتحدث باسم"
/// RoleLexicon.match(words, at: 1)?.takesGenitive  // true
/// ```
public enum RoleLexicon {
    /// What one role form stands for.
    struct Form: Sendable, Hashable {
        var role: String
        var kind: RoleKind
        var takesGenitive: Bool
        var isFeminine: Bool
        var isAmbiguous: Bool
    }

    /// The parsed lexicon and the lines that could not be read, built at first use.
    static let table: (phrases: PhraseTable<Form>, problems: [String]) = parse(source, portfolios: portfolios)

    /// The number of role forms in the lexicon.
    public static var count: Int { table.phrases.count }

    /// ``match(_:at:)`` at word `index` of an article's words folded once.
    static func match(in words: WordMatchingText, at index: Int) -> RoleMatch? {
        words.roleMatches.match(at: index) { table.phrases.match(in: words, at: index, proclitics: true, makeMatch) }
    }

    /// The longest role that starts at `start` in `words`.
    ///
    /// The first word may carry the proclitics و or ف and then ب، ل or ك (والرئيس، للوزير); the
    /// article stays part of the role (الرئيس and رئيس are different roles: the first precedes a name,
    /// the second a genitive). An abbreviation with its full stop may be one word («د.») or two
    /// («د» «.»). Punctuation at the ends of a word is ignored and ends a role.
    /// - Parameters:
    ///   - words: Words in any normalization.
    ///   - start: The index of the first word.
    /// - Returns: The match, or `nil` when no role starts at `start`.
    /// - Complexity: O(m) in the length of the word at `start` when no role starts with it; otherwise
    ///   O(k·m) for the k words of the longest role.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> RoleMatch?
    where Words.Element: StringProtocol {
        table.phrases.match(words, at: start, proclitics: true, makeMatch)
    }

    /// Every role in `text`, in order, without overlaps, with the rules of ``match(_:at:)``.
    /// - Parameter text: The text to search, in any normalization.
    /// - Returns: The occurrences, with spans as Unicode scalar offsets into `text`; an occurrence's
    ///   ``RoleMatch/wordCount`` counts its tokens other than punctuation.
    /// - Complexity: O(n) in the length of `text`.
    public static func occurrences(in text: String) -> [LexiconOccurrence<RoleMatch>] {
        table.phrases.occurrences(in: text, proclitics: true, makeMatch)
    }

    /// ``occurrences(in:)`` on an article already normalized and tokenized for other lexicons.
    /// - Complexity: O(n) in the number of tokens.
    static func occurrences(
        in matching: MatchingText, original: inout OriginalText
    ) -> [LexiconOccurrence<RoleMatch>] {
        table.phrases.occurrences(in: matching, original: &original, proclitics: true, makeMatch)
    }

    private static func makeMatch(_ hit: PhraseTable<Form>.Hit, _ wordCount: Int) -> RoleMatch? {
        guard let form = table.phrases.payloads(of: hit).first else { return nil }
        return RoleMatch(
            role: form.role, kind: form.kind, wordCount: wordCount, procliticLength: hit.procliticLength,
            takesGenitive: form.takesGenitive, isFeminine: form.isFeminine,
            isAmbiguous: form.isAmbiguous || hit.alternativeRange != nil)
    }

    /// Reads lines `KIND [genitive] [feminine] | form، form …`; a form ending in `?` is ambiguous.
    /// Each portfolio P adds وزير P and وزيرة P.
    /// - Complexity: O(n) in the length of the sources.
    static func parse(_ source: String, portfolios: String) -> (PhraseTable<Form>, [String]) {
        var phrases = PhraseTableBuilder<Form>()
        var problems: [String] = []
        func add(_ form: Form, _ raw: Substring) {
            let inserted = phrases.insert(form.role, form) { old, _ in old }
            if !inserted { problems.append(String(raw)) }
        }
        for raw in source.split(separator: "\n") {
            let content = raw.prefix { $0 != "#" }
            let fields = content.split(separator: "|", omittingEmptySubsequences: false)
            if fields.count == 1, fields[0].allSatisfy(\.isWhitespace) { continue }
            let header = fields[0].split(separator: " ")
            guard fields.count == 2, let kindName = header.first, let kind = RoleKind(rawValue: String(kindName)),
                header.dropFirst().allSatisfy({ $0 == "genitive" || $0 == "feminine" })
            else {
                problems.append(String(raw))
                continue
            }
            for part in fields[1].split(separator: "،") {
                var role = part.trimmingWhitespace()
                guard !role.isEmpty else { continue }
                let isAmbiguous = role.hasSuffix("?")
                if isAmbiguous { role = String(role.dropLast()).trimmingWhitespace() }
                add(
                    Form(
                        role: role, kind: kind, takesGenitive: header.contains("genitive"),
                        isFeminine: header.contains("feminine"), isAmbiguous: isAmbiguous), raw)
            }
        }
        for raw in portfolios.split(separator: "\n") {
            let portfolio = raw.prefix { $0 != "#" }.trimmingWhitespace()
            guard !portfolio.isEmpty else { continue }
            add(
                Form(
                    role: "وزير " + portfolio, kind: .office, takesGenitive: false, isFeminine: false,
                    isAmbiguous: false), raw)
            add(
                Form(
                    role: "وزيرة " + portfolio, kind: .office, takesGenitive: false, isFeminine: true,
                    isAmbiguous: false), raw)
        }
        return (PhraseTable(phrases), problems)
    }
}
