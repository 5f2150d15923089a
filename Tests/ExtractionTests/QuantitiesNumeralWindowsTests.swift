import ArabicText
import Testing

@testable import Extraction

@Suite struct NumeralWindowsTests {
    /// Running text with numerals in every form the finder reads, and words that look like them.
    static let texts: [String] = [
        "قتل أكثر من ثلاثة آلاف جندي، وخصصت الحكومة 2.5 مليون دولار ونزح نحو 300 ألف شخص.",
        "شارك ثلاثة آلاف و خمسمائة متظاهر، وأطلقوا بخمسة صواريخ، وامتد الحصار لثلاثة أيام.",
        "استقبلت مليون ونصف لاجئ، وبلغت الخسائر مليون و200 ألف دولار، ويعيش نصف مليون نازح.",
        "صوّت ثلاثة أرباع الأعضاء، ويملك خمس السكان نصف الثروة، وحكم عليه بالسجن خمس سنوات.",
        "سُجن بين 3 و5 سنوات، ما بين ثلاثة وخمسة آلاف، في عامي 2011 و2012، موسم 2020-2021.",
        "بلغ العجز -1.5 مليار دولار، وشارك ١٠٠٬٠٠٠ شخص، وأكثر من 1,500 شخص، و2,5 في المئة.",
        "تكلفة مئتي مليون وخمسين ألفا، ويضم ألفي جندي، في عام ألفين وعشرين، قُتل أحد عشر شخصا.",
        "درجة الحرارة صفر، انفجرت خلال 30 ثانية، توقف لثانية واحدة، واحد فاصلة خمسة بالمئة.",
        "في ١٥ صفر ١٤٤٥هـ، الساعة 10:30 صباحا، في 11/9/2001، نُشر في 10-12-2021، قرار 242/1967.",
        "ذكرى الحادي عشر من سبتمبر، القرن الحادي والعشرين، الخامس والعشرين من الشهر، اللاعبون الأحد عشر.",
        "زارت إحدى عشرة دولة، قتل عشرة وجرح ثمانية، يبلغ خمسة عشر\nألف، (-5) درجات، تحالف الـ20 دولة.",
        "تابعوا @news24 و#سوريا_2024 وموقع https://example.com/a/2024 وكوفيد-19 وF-16 و.77 بالمئة.",
        "نزح عشرات الآلاف ومئات العائلات، وخرج آلاف المتظاهرين، وأنفقت ملايين الدولارات.",
    ]

    /// The finder's cardinals and fractions on the whole text, outside handles, hashtags, URLs and
    /// Latin words.
    static func wholeTextNumerals(_ text: MatchingText) -> [NumeralMatch] {
        let normalized = String(decoding: text.bytes, as: UTF8.self)
        return NumeralFinder().numerals(in: normalized).filter { match in
            match.kind != .ordinal
                && !text.tokens.contains { token in
                    [.url, .handle, .hashtag, .email, .latin].contains(token.kind)
                        && token.span.contains(match.span.lowerBound)
                }
        }
    }

    @Test(arguments: texts + QuantityFinderTests.passages.map(\.text) + QuantityFinderTests.negatives.map(\.text))
    func findsWhatTheFinderFindsOnTheWholeText(_ text: String) {
        let matching = MatchingText(text)
        let windowed = NumeralWindows.numerals(
            in: matching, triggers: QuantityTriggers(matching), finder: NumeralFinder()
        ).filter { $0.kind != .ordinal }
        #expect(windowed == Self.wholeTextNumerals(matching))
    }

    @Test func findsNumeralsInTheWholeOfALongText() {
        let text = Self.texts.joined(separator: "\n")
        let matching = MatchingText(text)
        let windowed = NumeralWindows.numerals(
            in: matching, triggers: QuantityTriggers(matching), finder: NumeralFinder()
        ).filter { $0.kind != .ordinal }
        #expect(windowed == Self.wholeTextNumerals(matching))
        #expect(windowed.count > 40)
    }
}
