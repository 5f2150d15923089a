/// The parsed gazetteer: entries in lexicon order and the phrase table of all their names.
///
/// Sources are lines of `|`-separated fields, one entry a line; `#` starts a comment, and a line
/// that ends in «،» goes on on the next. Names within a field are separated by «،» (U+060C ARABIC
/// COMMA). A name ending in `?` is ambiguous (a common word as well,
/// or a short form several entries share); in an adjective field, a form starting with `=` is taken as
/// it is instead of being inflected as a nisba (irregular plurals: =الأتراك).
///
/// - Countries: `CODE | name | variants | adjectives`.
/// - Places: `slug CODE [capital] [region] | name | variants`, with `-` for no country.
/// - Organizations: `slug [CODE] [media] | name | variants`. The slug `-` marks phrases known not to
///   be any entry (مجلس الأمن القومي is not the Security Council), which stop shorter matches inside
///   them.
///
/// Lines that cannot be read are kept in ``problems`` (tests check it is empty) and otherwise ignored.
struct GazetteerTable: Sendable {
    /// What one name stands for: an entry (or `nil` for a known non-entry), and how it names it.
    struct Form: Sendable, Hashable {
        var entry: Int?
        var isAdjective: Bool
        var isAmbiguous: Bool
    }

    private(set) var entries: [GazetteerEntry] = []
    private(set) var indexByID: [String: Int] = [:]
    /// The order of each entry among the candidates of a name (see ``rank(of:at:)``).
    private var ranks: [Int] = []
    private(set) var phrases: PhraseTable<Form>
    private(set) var problems: [String] = []

    /// Parses the three sources.
    /// - Complexity: O(n) in the total length of the sources.
    init(countries: String, places: String, organizations: String) {
        phrases = PhraseTable(PhraseTableBuilder())
        var builder = PhraseTableBuilder<Form>()
        for line in Self.lines(of: countries) { addCountry(line, to: &builder) }
        for line in Self.lines(of: places) { addPlace(line, to: &builder) }
        for line in Self.lines(of: organizations) { addOrganization(line, to: &builder) }
        phrases = PhraseTable(builder)
    }

    // MARK: Reading lines

    private struct Line {
        var raw: Substring
        var fields: [Substring]
    }

    /// The entries of a source, a line each; a line that ends in «،» goes on on the next line.
    private static func lines(of source: String) -> [Line] {
        var lines: [Line] = []
        var pending = ""
        for raw in source.split(separator: "\n") {
            let content = trimmed(raw.prefix { $0 != "#" })
            if content.hasSuffix("،") {
                pending += content + " "
                continue
            }
            let joined = pending + content
            pending = ""
            let fields = joined.split(separator: "|", omittingEmptySubsequences: false).map(trimmed)
            if fields.count == 1, fields[0].isEmpty { continue }
            lines.append(Line(raw: Substring(joined), fields: fields))
        }
        return lines
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }

    /// The names of a field, each with its ambiguity mark removed.
    private static func names(_ field: Substring) -> [(name: String, isAmbiguous: Bool)] {
        field.split(separator: "،").compactMap { part in
            var name = trimmed(part)
            guard !name.isEmpty else { return nil }
            let isAmbiguous = name.hasSuffix("?")
            if isAmbiguous { name = trimmed(name.dropLast()) }
            return name.isEmpty ? nil : (String(name), isAmbiguous)
        }
    }

    private static func isCountryCode(_ word: Substring) -> Bool {
        word.count == 2 && word.unicodeScalars.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
    }

    // MARK: Adding entries

    private mutating func addCountry(_ line: Line, to builder: inout PhraseTableBuilder<Form>) {
        guard (2...4).contains(line.fields.count), Self.isCountryCode(line.fields[0]) else {
            return problems.append(String(line.raw))
        }
        let code = String(line.fields[0])
        let names = Self.names(line.fields[1]) + (line.fields.count > 2 ? Self.names(line.fields[2]) : [])
        var adjectives: [(form: String, isAmbiguous: Bool, isLiteral: Bool)] = []
        if line.fields.count == 4 {
            for (name, isAmbiguous) in Self.names(line.fields[3]) {
                let isLiteral = name.hasPrefix("=")
                adjectives.append((isLiteral ? String(name.dropFirst()) : name, isAmbiguous, isLiteral))
            }
        }
        guard let first = names.first else { return problems.append(String(line.raw)) }
        let entry = GazetteerEntry(
            id: "country:" + code, name: first.name, type: .location, kind: .country, variants: names.map(\.name),
            adjectives: adjectives.map(\.form), country: code)
        guard let index = add(entry, line) else { return }
        for (name, isAmbiguous) in names {
            insert(name, Form(entry: index, isAdjective: false, isAmbiguous: isAmbiguous), line, into: &builder)
        }
        for adjective in adjectives {
            if adjective.isLiteral {
                insert(
                    adjective.form, Form(entry: index, isAdjective: true, isAmbiguous: adjective.isAmbiguous), line,
                    into: &builder)
                continue
            }
            let forms = NisbaForms.forms(of: adjective.form)
            guard !forms.isEmpty else { return problems.append(String(line.raw)) }
            for (position, form) in forms.enumerated() {
                let isAmbiguous = adjective.isAmbiguous && position < NisbaForms.masculineSingularCount
                insert(form, Form(entry: index, isAdjective: true, isAmbiguous: isAmbiguous), line, into: &builder)
            }
        }
    }

    private mutating func addPlace(_ line: Line, to builder: inout PhraseTableBuilder<Form>) {
        let header = line.fields[0].split(separator: " ")
        guard line.fields.count == 2 || line.fields.count == 3, header.count >= 2,
            header[1] == "-" || Self.isCountryCode(header[1]),
            header.dropFirst(2).allSatisfy({ $0 == "capital" || $0 == "region" })
        else { return problems.append(String(line.raw)) }
        let kind: GazetteerKind = header.contains("region") ? .region : .city
        let names = Self.names(line.fields[1]) + (line.fields.count == 3 ? Self.names(line.fields[2]) : [])
        guard let first = names.first else { return problems.append(String(line.raw)) }
        let entry = GazetteerEntry(
            id: kind.rawValue + ":" + header[0], name: first.name, type: .location, kind: kind,
            variants: names.map(\.name), country: header[1] == "-" ? nil : String(header[1]),
            isCapital: header.contains("capital"))
        guard let index = add(entry, line) else { return }
        for (name, isAmbiguous) in names {
            insert(name, Form(entry: index, isAdjective: false, isAmbiguous: isAmbiguous), line, into: &builder)
        }
    }

    private mutating func addOrganization(_ line: Line, to builder: inout PhraseTableBuilder<Form>) {
        let header = line.fields[0].split(separator: " ")
        guard line.fields.count == 2 || line.fields.count == 3, let slug = header.first,
            header.dropFirst().allSatisfy({ $0 == "media" || Self.isCountryCode($0) })
        else { return problems.append(String(line.raw)) }
        let names = Self.names(line.fields[1]) + (line.fields.count == 3 ? Self.names(line.fields[2]) : [])
        guard let first = names.first else { return problems.append(String(line.raw)) }
        if slug == "-" {
            for (name, _) in names {
                insert(name, Form(entry: nil, isAdjective: false, isAmbiguous: false), line, into: &builder)
            }
            return
        }
        let entry = GazetteerEntry(
            id: "org:" + slug, name: first.name, type: .organization, kind: .organization, variants: names.map(\.name),
            country: header.dropFirst().first(where: Self.isCountryCode).map(String.init),
            isMedia: header.contains("media"))
        guard let index = add(entry, line) else { return }
        for (name, isAmbiguous) in names {
            insert(name, Form(entry: index, isAdjective: false, isAmbiguous: isAmbiguous), line, into: &builder)
        }
    }

    private mutating func add(_ entry: GazetteerEntry, _ line: Line) -> Int? {
        guard indexByID[entry.id] == nil else {
            problems.append(String(line.raw))
            return nil
        }
        indexByID[entry.id] = entries.count
        ranks.append(Self.rank(of: entry, at: entries.count))
        entries.append(entry)
        return entries.count - 1
    }

    private mutating func insert(
        _ name: String, _ form: Form, _ line: Line, into builder: inout PhraseTableBuilder<Form>
    ) {
        let inserted = builder.insert(name, form) { old, new in
            guard old.entry == new.entry else { return nil }
            // A name and an adjective that fold alike (جيبوتي) read as the name.
            return Form(
                entry: old.entry, isAdjective: old.isAdjective && new.isAdjective,
                isAmbiguous: old.isAmbiguous || new.isAmbiguous)
        }
        if !inserted { problems.append(String(line.raw)) }
    }

    // MARK: Matches

    /// The order of candidates for one name: countries, capitals, other cities, regions,
    /// organizations, and lexicon order within each.
    private static func rank(of entry: GazetteerEntry, at index: Int) -> Int {
        let group: Int
        switch entry.kind {
        case .country: group = 0
        case .city: group = entry.isCapital ? 1 : 2
        case .region: group = 3
        case .organization: group = 4
        }
        return group * 1_000_000 + index
    }

    /// The match for a hit of ``phrases``, or `nil` when the phrase is a known non-entry.
    func match(for hit: PhraseTable<Form>.Hit, wordCount: Int) -> GazetteerMatch? {
        let payloads = phrases.payloads(of: hit)
        if payloads.count > 1 || hit.alternativeRange != nil {
            return ambiguousMatch(for: hit, wordCount: wordCount)
        }
        guard let form = payloads.first, let index = form.entry else { return nil }
        return GazetteerMatch(
            entry: entries[index], alternatives: [], wordCount: wordCount, procliticLength: hit.procliticLength,
            isAdjective: form.isAdjective, isAmbiguous: form.isAmbiguous, mayBeAnotherWord: form.isAmbiguous)
    }

    /// ``match(for:wordCount:)`` for a name with several candidates.
    private func ambiguousMatch(for hit: PhraseTable<Form>.Hit, wordCount: Int) -> GazetteerMatch? {
        let forms = phrases.payloads(of: hit).filter { $0.entry != nil }.sorted {
            ranks[$0.entry ?? 0] < ranks[$1.entry ?? 0]
        }
        guard let primary = forms.first, let primaryIndex = primary.entry else { return nil }
        var seen: Set<Int> = [primaryIndex]
        var alternatives: [GazetteerEntry] = []
        for form in forms.dropFirst() + phrases.alternativePayloads(of: hit) {
            guard let index = form.entry, seen.insert(index).inserted else { continue }
            alternatives.append(entries[index])
        }
        return GazetteerMatch(
            entry: entries[primaryIndex], alternatives: alternatives, wordCount: wordCount,
            procliticLength: hit.procliticLength, isAdjective: primary.isAdjective,
            isAmbiguous: primary.isAmbiguous || !alternatives.isEmpty,
            mayBeAnotherWord: hit.alternativeRange != nil || forms.contains(where: \.isAmbiguous)
                || alternatives.contains { $0.type != entries[primaryIndex].type })
    }
}
