/// A lexicon of calendar words parsed once from lines of text, keyed by the matching-normalized form.
///
/// Each line of the source is `VALUE | FORM` or `VALUE | FORM | ambiguous`; `#` starts a comment.
/// `VALUE` is read by the lexicon that owns the table; the value `-` marks a phrase that is known
/// not to be a calendar term (الربيع العربي), which stops shorter matches inside it. Forms may have
/// several words. Spellings that fold alike at the matching level share one entry; lines that cannot
/// be read, or that give one form two values that do not merge, are kept in ``problems`` (tests
/// check it is empty) and otherwise ignored.
struct LexiconTable<Value: Sendable>: Sendable {
    /// What a form stands for; `value` is `nil` for a phrase known not to be a term.
    struct Entry: Sendable {
        var value: Value?
        var isAmbiguous: Bool
    }

    /// A lookup result: the value, the words covered and whether the form is ambiguous.
    struct Hit {
        let value: Value
        let wordCount: Int
        let isAmbiguous: Bool
    }

    private(set) var entries: [LexiconKey: Entry] = [:]
    /// The most words in one form.
    private(set) var maxWordCount = 1
    /// Lines that could not be read or that conflict with an earlier line.
    private(set) var problems: [String] = []
    /// Matching-normalized words that introduce a term and remove its ambiguity (شهر، يوم).
    private let contextWords: Set<LexiconKey>
    /// The first words of all forms and the context words: a word outside this set starts no match,
    /// which spares preparing the words after it.
    private var firstWords: Set<LexiconKey> = []

    /// Parses `source`.
    /// - Parameters:
    ///   - source: The lexicon lines.
    ///   - contextWords: Words that may introduce a term, such as شهر before a month name.
    ///   - parseValue: Reads the `VALUE` field, or returns `nil` when it is malformed.
    ///   - merge: Combines two values given for forms that fold alike, or returns `nil` on a conflict.
    /// - Complexity: O(n) in the length of `source`.
    init(
        source: String,
        contextWords: [String],
        parseValue: (Substring) -> Value?,
        merge: (Value, Value) -> Value?
    ) {
        self.contextWords = Set(
            contextWords.map { LexiconKey(normalized: ArabicNormalizer.matching.normalizedString($0)) })
        for rawLine in source.split(separator: "\n") {
            let line = rawLine.prefix { $0 != "#" }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(Self.trimmed)
            if fields.count == 1, fields[0].isEmpty { continue }
            guard fields.count == 2 || (fields.count == 3 && fields[2] == "ambiguous") else {
                problems.append(String(rawLine))
                continue
            }
            let words = ArabicNormalizer.matching.normalizedString(String(fields[1]))
                .split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard !words.isEmpty else {
                problems.append(String(rawLine))
                continue
            }
            let value: Value?
            if fields[0] == "-" {
                value = nil
            } else if let parsed = parseValue(fields[0]) {
                value = parsed
            } else {
                problems.append(String(rawLine))
                continue
            }
            let key = LexiconKey(normalized: words.joined(separator: " "))
            let entry = Entry(value: value, isAmbiguous: fields.count == 3)
            if let existing = entries[key] {
                guard let merged = Self.merge(existing, entry, with: merge) else {
                    problems.append(String(rawLine))
                    continue
                }
                entries[key] = merged
            } else {
                entries[key] = entry
            }
            maxWordCount = max(maxWordCount, words.count)
            firstWords.insert(LexiconKey(normalized: words[0]))
        }
        firstWords.formUnion(self.contextWords)
    }

    private static func merge(_ old: Entry, _ new: Entry, with merge: (Value, Value) -> Value?) -> Entry? {
        let ambiguous = old.isAmbiguous || new.isAmbiguous
        switch (old.value, new.value) {
        case (nil, nil):
            return Entry(value: nil, isAmbiguous: ambiguous)
        case (let first?, let second?):
            guard let merged = merge(first, second) else { return nil }
            return Entry(value: merged, isAmbiguous: ambiguous)
        default:
            return nil
        }
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }

    /// Whether a form or a context word may start with `lead`; when not, ``match(lead:following:)``
    /// is `nil` whatever follows.
    func admits(_ lead: LexiconLead) -> Bool {
        !lead.word.key.isEmpty && lead.readings.contains(where: firstWords.contains)
    }

    /// The longest form that starts with `lead` and goes on with `following`, possibly after a
    /// proclitic on the first word or an introducing context word.
    /// - Parameter following: The words after `lead`, from ``LexiconWord/following(_:after:lead:limit:)``.
    /// - Complexity: O(k) lookups, where k is ``maxWordCount``.
    func match(lead: LexiconLead, following: [LexiconWord]) -> Hit? {
        guard admits(lead) else { return nil }
        if let (entry, count) = longest(lead.readings, lead.singleWordReadings, following: following[...]) {
            return entry.value.map { Hit(value: $0, wordCount: count, isAmbiguous: entry.isAmbiguous) }
        }
        guard let next = following.first, lead.readings.contains(where: contextWords.contains),
            let (entry, count) = longest([next.key], [next.key], following: following.dropFirst())
        else { return nil }
        return entry.value.map { Hit(value: $0, wordCount: count + 1, isAmbiguous: false) }
    }

    /// The entry of the most words that starts with one of `readings` (`singleWordReadings` when
    /// the entry has one word) and goes on with `following`.
    private func longest(
        _ readings: [LexiconKey], _ singleWordReadings: [LexiconKey], following: ArraySlice<LexiconWord>
    ) -> (Entry, Int)? {
        let longest = min(maxWordCount, following.count + 1)
        for count in stride(from: longest, through: 1, by: -1) {
            for reading in count == 1 ? singleWordReadings : readings {
                var key = reading
                for word in following.prefix(count - 1) { key = key.appending(word: word.key) }
                if let entry = entries[key] { return (entry, count) }
            }
        }
        return nil
    }
}
