import ArabicText

/// The words of time expressions other than month, weekday and season names (those come from
/// ``CalendarLexicon``), keyed by their matching-normalized UTF-8 bytes.
///
/// A word is looked up as written, then without an attached conjunction (و، ف) and then without an
/// attached preposition (ب، ل، ك), so وقبل، بعام، لعام، للعام (ل + العام) and فالشهر are found. A stem
/// left after removing proclitics must have at least two letters, so «لم» is never ل + م.
enum TimeLexicon {
    /// The parsed lexicon.
    static let table: ByteKeyTable<TimeWord> = parse(source)

    /// Lines of ``source`` that could not be read (tests check that there are none).
    static let problems: [String] = source.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: "|")
        return fields.count == 2 && kind(named: fields[0].trimmingSpaces) != nil ? nil : String(line)
    }

    private static func parse(_ source: String) -> ByteKeyTable<TimeWord> {
        var table = ByteKeyTable<TimeWord>(capacity: 512)
        for line in source.split(separator: "\n") {
            let fields = line.split(separator: "|")
            guard fields.count == 2, let word = kind(named: fields[0].trimmingSpaces) else { continue }
            for form in fields[1].split(separator: " ") where !form.isEmpty {
                table.insert(word, for: ArabicNormalizer.matching.normalizedString(String(form)))
            }
        }
        return table
    }

    /// The word kind a `KIND` field names.
    private static func kind(named name: String) -> TimeWord? {
        let parts = name.split(separator: " ").map(String.init)
        if let unit = ["day": TimeUnit.day, "week": .week, "month": .month, "year": .year][parts.first ?? ""],
            parts.count >= 2
        {
            let count: UnitCount
            switch parts[1] {
            case "one": count = .one
            case "two": count = .two
            case "many": count = .many
            default: return nil
            }
            return .unit(unit, count, definite: parts.count == 3 && parts[2] == "definite")
        }
        switch name {
        case "today": return .today
        case "tonight": return .tonight
        case "yesterday": return .dayOffset(-1)
        case "tomorrow": return .dayOffset(1)
        case "tomorrow-noun": return .tomorrowNoun
        case "past": return .direction(.past)
        case "current": return .direction(.current)
        case "next": return .direction(.next)
        case "previous": return .direction(.previous)
        case "following": return .direction(.following)
        case "recent": return .direction(.recent)
        case "start": return .part(.start)
        case "early": return .part(.early)
        case "middle": return .part(.middle)
        case "late": return .part(.late)
        case "end": return .part(.end)
        case "quarter": return .fraction(4)
        case "half": return .fraction(2)
        case "first": return .first
        case "last": return .last
        case "in": return .preposition(.inside)
        case "from": return .preposition(.from)
        case "since": return .preposition(.since)
        case "during": return .preposition(.during)
        case "until": return .preposition(.until)
        case "to": return .preposition(.to)
        case "before": return .preposition(.before)
        case "after": return .preposition(.after)
        case "between": return .preposition(.between)
        case "year-cue": return .yearCue
        case "hijri": return .era(.hijri)
        case "gregorian": return .era(.gregorian)
        case "this": return .thisDemonstrative
        case "that": return .thatDemonstrative
        case "same": return .same
        case "agreeing": return .agreeing
        case "time-of-day": return .timeOfDay
        case "holiday": return .holidayHead
        default: return nil
        }
    }

    /// The entry for a matching-normalized word, trying it without attached proclitics when it is
    /// not listed as written.
    /// - Complexity: O(n) in the length of `word`.
    static func lookup(_ word: UnsafeBufferPointer<UInt8>) -> TimeWord? {
        lookup(word, in: table)
    }

    /// The entry of `table` for `word` as written or without its attached proclitics.
    /// - Complexity: O(n) in the length of `word`.
    static func lookup<Value>(_ word: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable<Value>) -> Value? {
        if let value = table.value(for: word) { return value }
        let stems = ArabicClitics.stems(of: word)
        if let start = stems.afterConjunction, let value = table.value(for: UnsafeBufferPointer(rebasing: word[start...])) {
            return value
        }
        guard let start = stems.afterPreposition else { return nil }
        if stems.restoresArticle, let value = table.value(forAlefAnd: UnsafeBufferPointer(rebasing: word[start...])) {
            return value
        }
        return table.value(for: UnsafeBufferPointer(rebasing: word[start...]))
    }
}
