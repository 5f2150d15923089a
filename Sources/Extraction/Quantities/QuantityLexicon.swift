import ArabicText

/// The word lists ``QuantityFinder`` reads around numbers: units, approximation markers, the words
/// that make a number a year, a time or a label, and the approximate plurals (عشرات، آلاف).
///
/// Each list is a string literal, one group a line, parsed once into phrase tables keyed by the
/// matching-normalized form (see `QuantityLexicon+Data.swift`).
enum QuantityLexicon {
    /// What a unit measures; currency units may take a nationality adjective and a rate after them
    /// (دولار أمريكي، دولارا للبرميل), durations after قبل or منذ are dates.
    enum UnitCategory: String, Sendable, Hashable, CaseIterable {
        case currency
        case percent
        case measure
        case duration
        case count
    }

    /// A unit form: what it measures and whether it carries the article. Definite forms (القتلى،
    /// الدولارات) are units only after an approximate plural, a fraction or «من».
    struct UnitForm: Sendable, Hashable {
        var category: UnitCategory
        var isDefinite: Bool
    }

    /// What a word next to a number says about it.
    struct ContextRoles: OptionSet, Sendable, Hashable {
        let rawValue: UInt16

        /// Before a number: the number is a year (عام، سنة).
        static let yearHead = ContextRoles(rawValue: 1 << 0)
        /// After a number: the number is a year (م، هـ، ميلادي، للهجرة).
        static let eraSuffix = ContextRoles(rawValue: 1 << 1)
        /// Before a number: the number is a clock time or a match minute (الساعة، الدقيقة).
        static let clockHead = ContextRoles(rawValue: 1 << 2)
        /// After a number: the number is a clock time (صباحا، مساء، بتوقيت).
        static let dayPart = ContextRoles(rawValue: 1 << 3)
        /// Before a number: the number is an identifier (المادة، القرار، رقم، إف).
        static let label = ContextRoles(rawValue: 1 << 4)
        /// Before a duration: the phrase is a relative date (قبل، منذ، بعد).
        static let relativeTime = ContextRoles(rawValue: 1 << 5)
        /// After a number: never a unit (آخرين، فقط، مقابل، reporting verbs).
        static let nonUnit = ContextRoles(rawValue: 1 << 6)
        /// After a unit: a rate that belongs to the unit (يوميا، سنويا، للبرميل).
        static let rate = ContextRoles(rawValue: 1 << 7)
        /// Before a number: the first bound of a range (بين، ما بين).
        static let rangeStart = ContextRoles(rawValue: 1 << 8)
        /// Between two numbers: joins a range or an alternative (و، أو، إلى، حتى، -).
        static let joiner = ContextRoles(rawValue: 1 << 9)
        /// After «من» after a number: the number is a day of the month (من الشهر).
        static let monthWord = ContextRoles(rawValue: 1 << 10)
        /// After a duration: the phrase is a relative date (الـ24 ساعة الماضية، الأيام الثلاثة المقبلة).
        static let relativeAfter = ContextRoles(rawValue: 1 << 11)
    }

    /// Units, without proclitics: a unit after a number carries none, and «بالمئة» is listed whole.
    /// Each one-word form is added with the article too.
    static let units: PhraseTable<UnitForm> = {
        var table = PhraseTableBuilder<UnitForm>()
        for (header, forms) in groups(unitSource) {
            guard let category = UnitCategory(rawValue: header) else { continue }
            for form in forms {
                table.insert(form, UnitForm(category: category, isDefinite: false), merge: { old, _ in old })
                if !form.contains(" "), form.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }) {
                    table.insert("ال" + form, UnitForm(category: category, isDefinite: true), merge: { old, _ in old })
                }
            }
        }
        return PhraseTable(table)
    }()

    /// The duals of the units, each counting two (يومين، ساعتان، شخصين): a form less its ة and with
    /// تان or تين, or with ان or ين; a unit of several words puts each in the dual, as an adjective
    /// agrees with its noun (كيلومترين مربعين، درجتين مئويتين). A dual the unit list has itself is its
    /// plural (مواطنين) and is left out, and so are duals made from accusative forms (جنديا).
    static let duals: PhraseTable<UnitCategory> = {
        var listed = Set<String>()
        for (_, forms) in groups(unitSource) { for form in forms { listed.insert(ArabicNormalizer.matching.normalizedString(form)) } }
        var table = PhraseTableBuilder<UnitCategory>()
        for (header, forms) in groups(unitSource) {
            guard let category = UnitCategory(rawValue: header) else { continue }
            for form in forms where form.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) || $0 == " " }) {
                let words = form.split(separator: " ").map(String.init)
                guard !words.contains(where: { $0.hasSuffix("ا") }) else { continue }
                let stems = words.map { $0.hasSuffix("ة") ? String($0.dropLast()) + "ت" : $0 }
                for ending in ["ان", "ين"] {
                    let dual = stems.map { $0 + ending }.joined(separator: " ")
                    if !listed.contains(ArabicNormalizer.matching.normalizedString(dual)) { table.insert(dual, category, merge: { old, _ in old }) }
                }
            }
        }
        return PhraseTable(table)
    }()

    /// Markers before a number that make it approximate or a bound (نحو، أكثر من، ما يقارب).
    static let markersBefore: PhraseTable<Bool> = flagTable(markerBeforeSource)

    /// Verbs of exceeding (تجاوزت، فاق) whose subject stands between them and a number they bound.
    static let boundVerbs: PhraseTable<Bool> = flagTable(boundVerbSource)

    /// Markers after a number or its unit that make it approximate or a bound (تقريبا، فأكثر، ونيف).
    static let markersAfter: PhraseTable<Bool> = flagTable(markerAfterSource)

    /// An approximate plural: its lower bound, and whether it carries the article (العشرات), which
    /// makes it count a noun only through «من».
    struct ApproximatePlural: Sendable, Hashable {
        var value: Double
        var isDefinite: Bool
    }

    /// The approximate plurals and their lower bounds (عشرات 10، مئات الآلاف 100000، بضعة 3).
    static let approximatePlurals: PhraseTable<ApproximatePlural> = {
        var table = PhraseTableBuilder<ApproximatePlural>()
        for (header, forms) in groups(approximatePluralSource) {
            guard let value = Double(header) else { continue }
            for form in forms {
                // Decided on the lexicon's spelling: آلاف folds to the letters of ال + اف.
                let plural = ApproximatePlural(value: value, isDefinite: form.hasPrefix("ال"))
                table.insert(form, plural, merge: { old, _ in old })
            }
        }
        return PhraseTable(table)
    }()

    /// Context words, by role.
    static let context: PhraseTable<ContextRoles> = {
        let roles: [String: ContextRoles] = [
            "year": .yearHead, "era": .eraSuffix, "clock": .clockHead, "daypart": .dayPart, "label": .label,
            "relative": .relativeTime, "nonunit": .nonUnit, "rate": .rate, "range": .rangeStart, "joiner": .joiner,
            "month": .monthWord, "relativeafter": .relativeAfter,
        ]
        var table = PhraseTableBuilder<ContextRoles>()
        for (header, forms) in groups(contextSource) {
            guard let role = roles[header] else { continue }
            for form in forms { table.insert(form, role, merge: { $0.union($1) }) }
        }
        return PhraseTable(table)
    }()

    /// The headers of all sources that name no known group, for tests.
    static var unknownHeaders: [String] {
        let roles: Set<String> = [
            "year", "era", "clock", "daypart", "label", "relative", "nonunit", "rate", "range", "joiner", "month",
            "relativeafter",
        ]
        return groups(unitSource).map(\.0).filter { UnitCategory(rawValue: $0) == nil }
            + groups(approximatePluralSource).map(\.0).filter { Double($0) == nil }
            + groups(contextSource).map(\.0).filter { !roles.contains($0) }
    }

    /// The lines of a source as `HEADER | form، form …`, `#` starting a comment.
    static func groups(_ source: String) -> [(String, [String])] {
        source.split(separator: "\n").compactMap { raw in
            let fields = raw.prefix { $0 != "#" }.split(separator: "|", maxSplits: 1)
            guard fields.count == 2 else { return nil }
            let forms = fields[1].split(separator: "،").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            return (fields[0].trimmingWhitespace(), forms)
        }
    }

    private static func flagTable(_ source: String) -> PhraseTable<Bool> {
        var table = PhraseTableBuilder<Bool>()
        for (_, forms) in groups(source) {
            for form in forms { table.insert(form, true, merge: { old, _ in old }) }
        }
        return PhraseTable(table)
    }
}
