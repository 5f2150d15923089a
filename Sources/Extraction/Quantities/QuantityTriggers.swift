import ArabicText

/// The tokens of a text that may be part of a number or start an approximate plural, found with one
/// lookup per word.
///
/// ``NumeralWindows`` reads numbers around the first kind and ``QuantityScan`` looks for approximate
/// plurals (عشرات، آلاف، بضعة) only at the second, so the rest of the text costs one hash per word.
struct QuantityTriggers {
    /// What a token may be.
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8

        /// Digits, or a number word (ثلاثة، آلاف، مليون، نصف، فاصلة) with its proclitics or article.
        static let number = Flags(rawValue: 1 << 0)
        /// The first word of an approximate plural (عشرات، مئات، آلاف، بضعة).
        static let plural = Flags(rawValue: 1 << 1)
    }

    /// Number words and the first words of approximate plurals.
    static let table: PhraseTable<Flags> = {
        var builder = PhraseTableBuilder<Flags>()
        for word in numberWordSource.split(whereSeparator: \.isWhitespace) {
            builder.insert(word, .number, merge: { $0.union($1) })
            builder.insert("ال" + word, .number, merge: { $0.union($1) })
        }
        for (_, forms) in QuantityLexicon.groups(QuantityLexicon.approximatePluralSource) {
            for form in forms {
                guard let first = form.split(separator: " ").first else { continue }
                builder.insert(first, .plural, merge: { $0.union($1) })
            }
        }
        return PhraseTable(builder)
    }()

    /// The flags of each token.
    let flags: [Flags]

    /// Finds the triggers of `text`.
    /// - Complexity: O(n) in the length of the text.
    init(_ text: MatchingText) {
        var flags = [Flags](repeating: [], count: text.tokens.count)
        for index in text.tokens.indices {
            switch text.tokens[index].kind {
            case .number:
                flags[index] = .number
            case .word:
                guard let hit = Self.table.longest(in: text, at: index, proclitics: true) else { continue }
                var found = Self.table.payloads(of: hit).reduce(into: Flags()) { $0.formUnion($1) }
                for alternative in Self.table.alternativePayloads(of: hit) { found.formUnion(alternative) }
                flags[index] = found
            default:
                continue
            }
        }
        self.flags = flags
    }

    /// Whether token `index` is digits or a number word.
    func isNumeric(_ index: Int) -> Bool {
        flags[index].contains(.number)
    }

    /// Whether token `index` may start an approximate plural.
    func mayStartPlural(_ index: Int) -> Bool {
        flags[index].contains(.plural)
    }

    /// Number words in their matching form (ة as ه, ى as ي, ئ and ؤ as ء, alef forms as ا), each also
    /// taken with the article.
    private static let numberWordSource = """
        صفر واحد واحده واحدا احد احدي اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثنتان ثنتين
        ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثمان ثماني ثمانيه تسع تسعه عشر عشره
        ثلاثا اربعا خمسا ستا سبعا ثمانيا تسعا
        عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين
        مءه ماءه مءتان مءتين مءتا مءتي ماءتان ماءتين ماءتا ماءتي
        ثلاثمءه ثلاثماءه اربعمءه اربعماءه خمسمءه خمسماءه ستمءه ستماءه سبعمءه سبعماءه
        ثمانمءه ثمانماءه ثمانيمءه ثمانيماءه تسعمءه تسعماءه
        الف الفا الفان الفين الفي الاف الوف
        مليون مليونا مليونان مليونين مليوني ملايين مليار مليارا ملياران مليارين ملياري مليارات
        بليون بليونا بليونان بليونين بلايين تريليون تريليونا تريليونات
        نصف ثلث ربع سدس ثمن ثلثا ثلثي ثلثان ارباع اخماس اسداس اسباع اثمان اتساع اعشار اثلاث
        فاصله
        """
}
