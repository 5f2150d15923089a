import ArabicText

/// One statement of an article, reduced to what claim alignment compares: a sentence with its
/// content stems, the entities, numbers and dates it holds, its polarity and its attribution.
public struct ClaimUnit: Sendable, Hashable, Codable {
    /// The least number of content stems a sentence needs to make a claim.
    public static let minimumStems = 4

    /// The stored fields of a unit.
    struct Fields: Hashable, Codable {
        var span: Range<Int> = 0..<0
        var text: String = ""
        var stems: [String] = []
        var entities: [String] = []
        var places: [String] = []
        var countries: [String] = []
        var doerAndTarget: [String] = []
        var outcomeParty: String? = nil
        var scores: [String] = []
        var numbers: [ClaimNumber] = []
        var dates: [String] = []
        var dateExpressions: [String] = []
        var sayingDates: [String] = []
        var sayingDateExpressions: [String] = []
        var frames: [PredicateFrame] = []
        var isNegated: Bool = false
        var negatedStems: [String] = []
        var isDenial: Bool = false
        var attributionStems: [String] = []
        var speakerStems: [String] = []
        var deniedStems: [String] = []
        var deniesExistence: Bool = false
        var headedPlaces: [String] = []
        var measureAt: [Int] = []
        var projectsADate: Bool = false
        var datesAStart: Bool = false
        var sport: String? = nil
        var scopeThings: [String] = []
        var scopePole: String? = nil
        var occurrenceKind: Int? = nil
        var occurrenceDays: [String] = []
        var holdsStill: Bool = false
        var resumes: Bool = false
        var isNationwide: Bool = false
        var countsSinceADate: Bool = false
        var correctedDates: [String] = []
        var boundDates: [String] = []
        var namesAnEventADayAway: Bool = false
        var isHedged: Bool = false
        var speaker: String? = nil
    }

    /// The fields in a box that copies share until one of them changes (copy on write): a unit is
    /// copied far more often than changed (the story analysis compares units pair by pair, and
    /// articles carry theirs from stage to stage), and a copy of the fields themselves would retain
    /// each of their arrays and strings.
    ///
    /// `@unchecked Sendable` without a lock: a box is written only through ``uniqueStorage()``,
    /// when no other unit holds it, so no box that two threads can reach is ever written.
    final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var storage = Storage(Fields())

    /// The box, copied first where another unit shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// Unicode scalar offsets of the sentence in the article's text, end exclusive.
    public var span: Range<Int> {
        get { storage.fields.span }
        _modify { yield &uniqueStorage().fields.span }
    }
    /// The sentence.
    public var text: String {
        get { storage.fields.text }
        _modify { yield &uniqueStorage().fields.text }
    }
    /// Light stems of its content words (function words left out), in order, without repeats.
    public var stems: [String] {
        get { storage.fields.stems }
        _modify { yield &uniqueStorage().fields.stems }
    }
    /// The entity ids it mentions.
    public var entities: [String] {
        get { storage.fields.entities }
        _modify { yield &uniqueStorage().fields.entities }
    }
    /// The settlements among ``entities``: cities, towns, villages and quarters, not countries or
    /// regions. Two statements set in different settlements tell of different events.
    public var places: [String] {
        get { storage.fields.places }
        _modify { yield &uniqueStorage().fields.places }
    }
    /// The countries it places itself in, by ISO code: those of the places and national bodies it
    /// names and of its nationality adjectives («الدوري السوداني» is SD). Two statements that each
    /// name countries and none in common tell of different events.
    public var countries: [String] {
        get { storage.fields.countries }
        _modify { yield &uniqueStorage().fields.countries }
    }
    /// The two entities a directed predicate sets against each other, the doer first: [الوداد، الرجاء]
    /// in «فاز الوداد على الرجاء», [the party accusing, the party accused] in «اتهمت X Y». Empty when
    /// the statement has no such predicate.
    public var doerAndTarget: [String] {
        get { storage.fields.doerAndTarget }
        _modify { yield &uniqueStorage().fields.doerAndTarget }
    }
    /// The party a win or a loss is said of: the first entity named after «فاز، خسر، توج …» («خسر فريق
    /// نادي سمائل» is said of سمائل); `nil` where the statement gives no outcome or names no one.
    public var outcomeParty: String? {
        get { storage.fields.outcomeParty }
        _modify { yield &uniqueStorage().fields.outcomeParty }
    }
    /// The results of matches it gives, the larger tally first («3-1»; see ``MatchScore``).
    public var scores: [String] {
        get { storage.fields.scores }
        _modify { yield &uniqueStorage().fields.scores }
    }
    /// The quantities it states (value and unit).
    public var numbers: [ClaimNumber] {
        get { storage.fields.numbers }
        _modify { yield &uniqueStorage().fields.numbers }
    }
    /// The time values it names (TimeML ISO values).
    public var dates: [String] {
        get { storage.fields.dates }
        _modify { yield &uniqueStorage().fields.dates }
    }
    /// The expression each of ``dates`` was read from, in the same order («اليوم», «9 ديسمبر»).
    public var dateExpressions: [String] {
        get { storage.fields.dateExpressions }
        _modify { yield &uniqueStorage().fields.dateExpressions }
    }
    /// The dates of the saying, which ``dates`` leaves out: a date between a reporting verb and the
    /// clause it reports («قال الوزير، يوم الأحد، إن الطريق سيفتح») tells when the statement
    /// was made, not when what it reports happened. The timeline keeps them; comparisons do not.
    public var sayingDates: [String] {
        get { storage.fields.sayingDates }
        _modify { yield &uniqueStorage().fields.sayingDates }
    }
    /// The expression each of ``sayingDates`` was read from, in the same order.
    public var sayingDateExpressions: [String] {
        get { storage.fields.sayingDateExpressions }
        _modify { yield &uniqueStorage().fields.sayingDateExpressions }
    }
    /// The predicate frames it asserts, from the lexicon of opposable predicates (stay, leave …).
    public var frames: [PredicateFrame] {
        get { storage.fields.frames }
        _modify { yield &uniqueStorage().fields.frames }
    }
    /// Whether the sentence is negated or denies something (لم، لن، ليس، نفى، لا صحة، ننفي).
    public var isNegated: Bool {
        get { storage.fields.isNegated }
        _modify { yield &uniqueStorage().fields.isNegated }
    }
    /// The stems of the predicates a negation denies (يشارك in «لم يشارك»).
    public var negatedStems: [String] {
        get { storage.fields.negatedStems }
        _modify { yield &uniqueStorage().fields.negatedStems }
    }
    /// Whether the sentence is an explicit denial of something said elsewhere (نفى، ننفي، لا صحة).
    public var isDenial: Bool {
        get { storage.fields.isDenial }
        _modify { yield &uniqueStorage().fields.isDenial }
    }
    /// The stems of ``stems`` that it uses only to say who speaks or acts: reporting verbs and words of
    /// accordance (أعلن، قال، بحسب) and the entity named as their subject or source («أعلن الدفاع
    /// المدني»), and the subject of a verbal sentence («افتتحت وزارة الصحة»), unless the act sets two
    /// parties against each other (فاز، خسر). Two statements that share little else are two things one
    /// source said or did, not one claim.
    public var attributionStems: [String] {
        get { storage.fields.attributionStems }
        _modify { yield &uniqueStorage().fields.attributionStems }
    }
    /// The stems of ``attributionStems`` that only say who speaks (a verb of saying, its subject and
    /// the source after بحسب), not who acts: the parties of an event are what a date of it is about.
    public var speakerStems: [String] {
        get { storage.fields.speakerStems }
        _modify { yield &uniqueStorage().fields.speakerStems }
    }
    /// The stems of what a denial denies, after «صحة، وجود، ما، أن» («نفى صحة الأنباء عن احتراق
    /// منازل» denies احتراق منازل); empty for any other statement.
    public var deniedStems: [String] {
        get { storage.fields.deniedStems }
        _modify { yield &uniqueStorage().fields.deniedStems }
    }
    /// Whether the denial denies that a thing exists or happened («نفى وجود أي طعون»): only a
    /// statement of that thing («طعون») is disputed.
    public var deniesExistence: Bool {
        get { storage.fields.deniesExistence }
        _modify { yield &uniqueStorage().fields.deniesExistence }
    }
    /// The places it names after a place head, as `head|entity` («ولاية|…» for «ولاية صحار»): two
    /// statements that name places after the same head and none in common are set in different places.
    public var headedPlaces: [String] {
        get { storage.fields.headedPlaces }
        _modify { yield &uniqueStorage().fields.headedPlaces }
    }
    /// The positions in ``stems`` of nouns that measure the thing named after them (سعر، عدد، نسبة …).
    public var measureAt: [Int] {
        get { storage.fields.measureAt }
        _modify { yield &uniqueStorage().fields.measureAt }
    }
    /// Whether a date of it follows an expectation («متوقعا استئناف الحركة يوم الجمعة»): the day
    /// something is expected, which another statement's day of a past event does not contradict.
    public var projectsADate: Bool {
        get { storage.fields.projectsADate }
        _modify { yield &uniqueStorage().fields.projectsADate }
    }
    /// Whether a date of it follows «اعتبارا من، ابتداء من، بدءا من»: the day something starts
    /// («يطبق القرار اعتبارا من الأحد»), as a date of «يبدأ تطبيق القرار» is.
    public var datesAStart: Bool {
        get { storage.fields.datesAStart }
        _modify { yield &uniqueStorage().fields.datesAStart }
    }
    /// The sport it names, as the word that names it (matching form, «القدم» of «كرة القدم»,
    /// «الطائره» of «الكرة الطائرة», «التنس»), or `nil`: two wins of one club in two sports are two
    /// matches.
    public var sport: String? {
        get { storage.fields.sport }
        _modify { yield &uniqueStorage().fields.sport }
    }
    /// The stems of what a word of scope includes or excludes («يستثني الإبل»، «الأدوية ومدخلات
    /// الإنتاج مستثناة»): two words after a verb or a verbal noun, four before a participle. Two
    /// statements set one thing in and out of a measure only where they name the same thing.
    public var scopeThings: [String] {
        get { storage.fields.scopeThings }
        _modify { yield &uniqueStorage().fields.scopeThings }
    }
    /// Whether a word of scope includes («يشمل»، «مشمولة») or excludes («يستثني»، «مستثناة»، «لا
    /// يشمل») what ``scopeThings`` name: `include`, `exclude` or `nil`. Kept apart from ``frames``:
    /// «شمل» tells what a measure covers, a fact of its own beside what the clause says happened.
    public var scopePole: String? {
        get { storage.fields.scopePole }
        _modify { yield &uniqueStorage().fields.scopePole }
    }
    /// The kind of occurrence the statement dates (an outbreak, a collapse, an explosion …: see
    /// `OccurrenceWords`), where a date follows its word; `nil` for none.
    public var occurrenceKind: Int? {
        get { storage.fields.occurrenceKind }
        _modify { yield &uniqueStorage().fields.occurrenceKind }
    }
    /// The days (TimeML values) the statement dates its occurrence to (see ``occurrenceKind``).
    public var occurrenceDays: [String] {
        get { storage.fields.occurrenceDays }
        _modify { yield &uniqueStorage().fields.occurrenceDays }
    }
    /// Whether it asserts a predicate after "still" («لا يزال الطريق مغلقا»): a state that holds now.
    public var holdsStill: Bool {
        get { storage.fields.holdsStill }
        _modify { yield &uniqueStorage().fields.holdsStill }
    }
    /// Whether it tells that something resumed or reopened («استؤنفت الخدمة»، «أعيد فتح الطريق»),
    /// which presupposes the closure before it.
    public var resumes: Bool {
        get { storage.fields.resumes }
        _modify { yield &uniqueStorage().fields.resumes }
    }
    /// Whether it speaks of the whole country («على المستوى الوطني»، «في كامل التراب»): its counts are
    /// national, not those of one town.
    public var isNationwide: Bool {
        get { storage.fields.isNationwide }
        _modify { yield &uniqueStorage().fields.isNationwide }
    }
    /// Whether it tells of a period since a date («منذ مطلع العام»، «منذ الفاتح جوان»): its counts are
    /// totals of the period, not of one event.
    public var countsSinceADate: Bool {
        get { storage.fields.countsSinceADate }
        _modify { yield &uniqueStorage().fields.countsSinceADate }
    }
    /// Dates the statement sets aside («وليس مساء الاثنين»): the event was not then.
    public var correctedDates: [String] {
        get { storage.fields.correctedDates }
        _modify { yield &uniqueStorage().fields.correctedDates }
    }
    /// Dates after «قبل» or «بعد» (see ``dates``), as «<» or «>» and the date: bounds of the event,
    /// not its day. A deadline
    /// («تسديد الضريبة قبل 30 حزيران») disputes another deadline, but no bound sets two statements
    /// apart in time («خفض الأسعار قبل عيد الأضحى» may tell of a decision of any day before it).
    public var boundDates: [String] {
        get { storage.fields.boundDates }
        _modify { yield &uniqueStorage().fields.boundDates }
    }
    /// Whether it names an event a day from the one it dates («غداة صدور الحكم»، «عشية الانتخابات»).
    public var namesAnEventADayAway: Bool {
        get { storage.fields.namesAnEventADayAway }
        _modify { yield &uniqueStorage().fields.namesAnEventADayAway }
    }
    /// Whether the sentence hedges (قد، ربما، من المتوقع، يُرجَّح).
    public var isHedged: Bool {
        get { storage.fields.isHedged }
        _modify { yield &uniqueStorage().fields.isHedged }
    }
    /// The speaker's entity id, where the sentence reports someone's words.
    public var speaker: String? {
        get { storage.fields.speaker }
        _modify { yield &uniqueStorage().fields.speaker }
    }

    public static func == (left: ClaimUnit, right: ClaimUnit) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    /// A claim unit.
    public init(
        span: Range<Int>, text: String, stems: [String], entities: [String], places: [String] = [], numbers: [ClaimNumber],
        dates: [String],
        dateExpressions: [String] = [], frames: [PredicateFrame], isNegated: Bool, negatedStems: [String] = [], isDenial: Bool, isHedged: Bool,
        speaker: String?
    ) {
        self.span = span
        self.text = text
        self.stems = stems
        self.entities = entities
        self.places = places
        self.numbers = numbers
        self.dates = dates
        self.dateExpressions = dateExpressions.count == dates.count ? dateExpressions : dates
        self.frames = frames
        self.isNegated = isNegated
        self.negatedStems = negatedStems
        self.isDenial = isDenial
        self.isHedged = isHedged
        self.speaker = speaker
    }
}

extension ClaimUnit {
    /// The unit with each local entity reference (`#n`, the index of an entity of its article) in
    /// its entities, places, doer and target and speaker replaced by `name(n)`; a reference `name`
    /// has no name for is dropped. Other references stay as they are.
    public func resolvingEntityReferences(_ name: (Int) -> String?) -> ClaimUnit {
        func resolve(_ reference: String?) -> String? {
            guard let reference, reference.hasPrefix("#"), let item = Int(reference.dropFirst()) else { return reference }
            return name(item)
        }
        var unit = self
        unit.entities = entities.compactMap(resolve)
        unit.places = places.compactMap(resolve)
        unit.doerAndTarget = doerAndTarget.compactMap(resolve)
        unit.outcomeParty = resolve(outcomeParty)
        unit.headedPlaces = headedPlaces.compactMap { place in
            guard let bar = place.firstIndex(of: "|"), let entity = resolve(String(place[place.index(after: bar)...])) else { return nil }
            return place[..<bar] + "|" + entity
        }
        unit.speaker = resolve(speaker)
        return unit
    }
}

/// A number a claim states, with what it counts.
public struct ClaimNumber: Sendable, Hashable, Codable {
    /// The value.
    public var value: Double
    /// The counted noun's stem, where there is one.
    public var unit: String?
    /// Whether the text marks it approximate or as a bound.
    public var isApproximate: Bool
    /// What happened to the people it counts (killed, injured …), where the text says.
    public var outcome: CountedOutcome?
    /// Whether it is the new figure of a rising count («ارتفع عدد القتلى إلى 26»), which updates a
    /// lower count rather than contradicting it.
    public var isRise: Bool
    /// Whether it counts a part of a group («ثلاثة من المصابين»), which no total contradicts.
    public var isPart: Bool
    /// Whether it is the amount of a change («ارتفعت بنسبة 15 في المئة»، «يقل بنحو 5 دولارات»),
    /// which only another change can contradict.
    public var isChange: Bool = false
    /// Whether it is a plural of a number word with no number before it, an order of magnitude
    /// rather than a count: «عشرات»، «مئات»، «آلاف الدونمات».
    public var isVague: Bool = false
    /// Whether it is the level a change started from («ارتفع السعر من 2600 إلى 3050»), which only
    /// another former level can contradict.
    public var isFormer: Bool = false
    /// Whether the text sets it aside as a wrong figure («بلغ 31 عاملا وليس 19 كما ذكرت الإدارة»): the
    /// figure another source gives, which this one disputes. It is a former level too (see
    /// ``isFormer``), and takes the counted noun of the figure before it where it names none.
    public var isSetAside: Bool = false
    /// Whether it is a lower bound («أكثر من 400»، «ما لا يقل عن»): the count is that or more.
    public var isLowerBound: Bool = false
    /// Whether it is an upper bound («لم يتجاوز 30 ألفا»، «أقل من»): the count is that or less.
    public var isUpperBound: Bool = false
    /// The country of the nationality that qualifies what it counts («خمسة مواطنين عمانيين»، «العمال
    /// السودانيين الستة» is OM, SD): it counts that group, a part of any other count.
    public var group: String?
    /// The stem of the content word right before it («أجلت» of «أجلت 58 راكبا»): two counts of one
    /// noun after the same word are counts of one thing.
    public var stemBefore: String?
    /// The measure it is the value of, where a measure's head and what it measures stand right
    /// before it, past a verb of reaching («بلغت نسبة الاقتراع 41 في المئة»، «نسبة اقتراع لم تتجاوز
    /// 36 في المئة»): the two stems, «نسب اقتراع». Two values of one measure are one figure.
    public var measure: String?

    /// A number.
    public init(
        value: Double, unit: String?, isApproximate: Bool, outcome: CountedOutcome? = nil, isRise: Bool = false, isPart: Bool = false
    ) {
        self.value = value
        self.unit = unit
        self.isApproximate = isApproximate
        self.outcome = outcome
        self.isRise = isRise
        self.isPart = isPart
    }

    /// Whether two numbers count the same kind of thing, so that different values contradict each
    /// other: the same outcome (17 قتيلا and «مقتل 12 عاملا»), or the same counted noun where neither
    /// says an outcome; and both levels, both former levels or both changes (see ``isChange``, ``isFormer``). Five killed and twelve injured persons are different counts, and so are
    /// twelve workers killed and sixty workers who were in the building.
    public func countsTheSameAs(_ other: ClaimNumber) -> Bool {
        guard isChange == other.isChange, isFormer == other.isFormer else { return false }
        if let outcome, let theirs = other.outcome { return outcome == theirs }
        return outcome == nil && other.outcome == nil && unit != nil && unit == other.unit
    }
}

/// A predicate that can contradict another: staying against leaving, rising against falling.
public struct PredicateFrame: Sendable, Hashable, Codable {
    /// The opposition the predicate belongs to (`presence`, `change`, `outcome` …).
    public var axis: String
    /// Which side of it (`stay` or `leave`, `rise` or `fall` …).
    public var pole: String

    /// A frame.
    public init(axis: String, pole: String) {
        self.axis = axis
        self.pole = pole
    }

    /// Whether the poles of the axis are stages of one event (it began, it ended) rather than
    /// claims that contradict each other.
    public var isStage: Bool { PredicateLexicon.isSequence(axis) }

    /// The frame on the other pole of the same axis (stay for leave, fall for rise).
    public var opposite: PredicateFrame { PredicateLexicon.opposite(of: self) }

    /// Whether it tells that something starts: it opens (يفتتح المعرض) or it begins (ينطلق المعرض),
    /// two ways to date one opening.
    public var startsSomething: Bool {
        axis == "status" && pole == "open" || axis == "phase" && pole == "begin"
    }
}

extension ClaimUnit {
    /// The denied stems that are no predicate: what a denial is about («ننفي … بقاء هذه القوات» is
    /// about القوات, whatever verb another statement says they do).
    public var deniedSubjects: [String] {
        deniedStems.filter { PredicateLexicon.frame(ofStem: $0) == nil }
    }

    /// The stem of the singular where `stem` is that of a plural of a counted noun («نزلاء»، «رهائن»),
    /// else `stem` itself: a denial of what befell «النزلاء» or a hostage still held speaks of what
    /// «17 نزيلا» or «ثلاث رهائن» tells.
    public static func singular(ofStem stem: String) -> String {
        CountedNouns.singularStem(of: stem) ?? stem
    }

    /// Whether an entity reference of ``entities`` names a person: in an article's directory the
    /// reference opens with the type's first three letters («per-…»), and between texts annotated
    /// apart with the type's name («person:…», see `ArticleAnnotations.claimsWithEntityKeys`).
    public static func namesAPerson(_ reference: String) -> Bool {
        reference.hasPrefix(EntityType.person.rawValue.prefix(3))
    }

    /// The predicate frame `stem` asserts, if it is one of the opposable predicates (بقاء، مغادرة،
    /// ارتفاع …).
    public static func predicate(ofStem stem: String) -> PredicateFrame? {
        PredicateLexicon.frame(ofStem: stem)
    }

    /// The stems of the words of one at large («فارا»، «هاربا»، «متواريا»), which after «لا يزال»
    /// say a person is still out of custody: the person is named before them.
    public static let atLargeStems: Set<String> = Set(
        (0..<ClaimMarkers.atLargeWords.count).flatMap { contentStems(of: ClaimMarkers.atLargeWords.word($0)) })

    /// Whether `word` (matching form) opens place names of two words (بني، عين، سيدي، كفر …), and
    /// so names no place alone.
    public static func opensAPlaceName(_ word: String) -> Bool {
        EntityRecognizer.opensAToponym(word)
    }

    /// Whether `stem` is a unit a price is given for (الكيلوغرام، اللتر، الطن …).
    public static func isMeasureUnit(_ stem: String) -> Bool {
        ClaimMarkers.measureUnits.contains(stem)
    }

    /// The predicates among the denied stems («نفى صحة الأنباء عن إغلاق الجسر» denies a closing).
    public var deniedFrames: [PredicateFrame] {
        deniedStems.compactMap(PredicateLexicon.frame(ofStem:))
    }
}
