/// A name found in an article before variants are merged.
struct EntityCandidate: Sendable, Hashable {
    var type: EntityType
    /// Token indexes of the name in the ``AnnotatedText``.
    var tokens: Range<Int>
    /// The name as written.
    var surface: String
    /// The name's matching-level words, proclitics removed; its identity for merging.
    var words: [String]
    /// The canonical name where a gazetteer knows it.
    var canonical: String?
    /// The country of the gazetteer entry (itself for a country, a city's or a national body's
    /// country), where the gazetteer knows it.
    var country: String?
    /// Whether it is a settlement: a city the gazetteer knows, or a town, village or quarter named
    /// after a locality head (حي الروضة); countries and regions are not.
    var isSettlement = false
    /// Roles given to it around this mention.
    var roles: [String] = []
    /// The grammatical gender the name takes, where known.
    var gender: ReportingVerbs.Gender?
    /// Scalars of proclitics (و، ف، ب، ل) glued to the name's first word, left out of its name.
    var procliticLength = 0
    /// Other forms news use for the same name, kept as aliases: an outlet with and without its media
    /// head («قناة الجزيرة» and «الجزيرة»).
    var otherForms: [String] = []
    /// Places of other countries that share this place's name (طرابلس in Libya and in Lebanon), for
    /// ``SharedPlaceName`` to choose among by the article's country.
    var otherPlaces: [GazetteerEntry] = []
    /// Whether it is a news outlet the gazetteer knows: its country is where it publishes, not where
    /// what it reports happened.
    var isOutlet = false
    /// Whether it is a club named in a match report (see `EntityRecognizer`), whose name stands
    /// alone afterwards in the article.
    var isTeam = false

    /// The name as written, without the proclitics glued to it (لقوات التحالف → قوات التحالف).
    /// A body's head that opens with ل is written لل after ل whether or not it has the article:
    /// «للجنة» is ل + اللجنة before an adjective or alone (للجنة المالية → اللجنة المالية) and ل +
    /// لجنة before a definite genitive, which only an indefinite head takes (للجنة السياسة النقدية →
    /// لجنة السياسة النقدية).
    var bareSurface: String {
        // The head is a head word of its own that opens with ل (لجنة; not جمعية in «للجمعية»).
        guard type == .organization, procliticLength == 1, surface.startsWithBytes("لل"), let head = words.first,
              head.startsWithBytes("ل"), !head.startsWithBytes("ال"),
              OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: head, proclitics: false),
              !OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: head.droppingScalars(), proclitics: false)
        else { return surface.droppingProclitics(procliticLength) }
        let rest = surface.droppingScalars(1)
        let beforeGenitive = words.count >= 2 && words[1].startsWithBytes("ال") && !EntityRecognizer.mayBeAdjective(words[1])
        return beforeGenitive ? rest : "ال" + rest
    }
}

extension EntityCandidate {
    /// A name of `type` over the tokens `range` of `text` that opens with its head (ميناء العقبة،
    /// بوادي بني خروص، مولودية وهران), with `proclitic` scalars of proclitics glued to the head left
    /// out of its identity. Such names take masculine verbs.
    init(headed range: Range<Int>, type: EntityType, proclitic: Int, in text: AnnotatedText) {
        self.init(type: type, tokens: range, surface: text.text(ofTokens: range), words: range.map { text.tokens[$0].key })
        procliticLength = proclitic
        words[0] = text.tokens[range.lowerBound].key.droppingProclitics(proclitic)
        gender = .masculine
    }
}
