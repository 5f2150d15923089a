import Testing

@testable import Extraction

/// A name as a sequence of words and the entry it must match, over all its words.
struct GazetteerCase: Sendable, CustomTestStringConvertible {
    var words: [String]
    var id: String
    var testDescription: String { words.joined(separator: " ") + " → " + id }

    init(_ name: String, _ id: String) {
        self.words = name.split(separator: " ").map(String.init)
        self.id = id
    }
}

@Suite struct GazetteerTests {
    @Test func readsTheLexiconWithoutProblems() {
        #expect(Gazetteer.table.problems.isEmpty)
    }

    @Test func holdsEveryUNMemberAndTheStatesNewsTreatsAsCountries() {
        let countries = Gazetteer.entries.filter { $0.kind == .country }
        // 193 members, 2 observers, Kosovo, Taiwan, Western Sahara, Hong Kong, Puerto Rico, Greenland.
        #expect(countries.count == 201)
        for code in ["PS", "XK", "TW", "EH", "VA", "SS", "TL", "ME", "MK", "CI", "CV", "SZ", "KM", "DJ"] {
            #expect(Gazetteer.entry(id: "country:" + code) != nil, "\(code)")
        }
        // Every country has its capital, except where the lexicon does not decide (Palestine, Israel)
        // and the territories.
        let capitals = Set(Gazetteer.entries.filter { $0.kind == .city && $0.isCapital }.compactMap(\.country))
        let withoutCapital = Set(countries.compactMap(\.country)).subtracting(capitals)
        #expect(withoutCapital == ["PS", "IL", "EH", "HK", "PR", "GL"])
    }

    @Test func givesEveryEntryAUniqueIDAndAKnownCountry() {
        let ids = Gazetteer.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        for entry in Gazetteer.entries {
            #expect(entry.variants.first == entry.name)
            #expect(entry.type == (entry.kind == .organization ? .organization : .location))
            if let country = entry.country {
                #expect(Gazetteer.entry(id: "country:" + country) != nil, "\(entry.id) → \(country)")
            }
        }
    }

    @Test func matchesEveryVariantBackToItsEntry() {
        for entry in Gazetteer.entries {
            for variant in entry.variants {
                let words = variant.split(separator: " ")
                let match = Gazetteer.match(words, at: 0)
                let ids = [match?.entry.id] + (match?.alternatives.map(\.id) ?? [])
                #expect(ids.contains(entry.id), "«\(variant)» → \(ids)")
                #expect(match?.wordCount == words.count, "«\(variant)»")
            }
        }
    }

    /// Spelling variants Arab media use, and spellings the matching level folds.
    static let variants: [GazetteerCase] = [
        .init("الولايات المتحدة", "country:US"), .init("الولايات المتحدة الأمريكية", "country:US"),
        .init("الولايات المتحدة الأميركية", "country:US"), .init("أمريكا", "country:US"), .init("أميركا", "country:US"),
        .init("امريكا", "country:US"), .init("المملكة العربية السعودية", "country:SA"), .init("السعودية", "country:SA"),
        .init("السعوديه", "country:SA"), .init("الإمارات", "country:AE"),
        .init("الامارات العربية المتحدة", "country:AE"),
        .init("مصر", "country:EG"), .init("جمهورية مصر العربية", "country:EG"), .init("العراق", "country:IQ"),
        .init("سوريا", "country:SY"), .init("سورية", "country:SY"), .init("المغرب", "country:MA"),
        .init("المملكة المغربية", "country:MA"), .init("بريطانيا", "country:GB"),
        .init("المملكة المتحدة", "country:GB"),
        .init("روسيا", "country:RU"), .init("روسيا الاتحادية", "country:RU"), .init("الصين", "country:CN"),
        .init("إيران", "country:IR"), .init("ايران", "country:IR"), .init("تركيا", "country:TR"),
        .init("ألمانيا", "country:DE"), .init("المانيا", "country:DE"), .init("فرنسا", "country:FR"),
        .init("فِلَسْطِين", "country:PS"), .init("كوسوفو", "country:XK"), .init("تايوان", "country:TW"),
        .init("الصحراء الغربية", "country:EH"), .init("كوريا الجنوبية", "country:KR"),
        .init("ساحل العاج", "country:CI"),
        .init("جمهورية الكونغو الديمقراطية", "country:CD"), .init("جنوب السودان", "country:SS"),
        .init("أبوظبي", "city:abu-dhabi"), .init("أبو ظبي", "city:abu-dhabi"), .init("إسطنبول", "city:istanbul"),
        .init("اسطنبول", "city:istanbul"), .init("مكة المكرمة", "city:mecca"), .init("المدينة المنورة", "city:medina"),
        .init("الدار البيضاء", "city:casablanca"), .init("النجف الأشرف", "city:najaf"),
        .init("رام الله", "city:ramallah"),
        .init("قطاع غزة", "region:gaza-strip"), .init("غزة", "city:gaza"), .init("مضيق هرمز", "region:hormuz"),
        .init("الأمم المتحدة", "org:un"), .init("مجلس الأمن", "org:un-security-council"),
        .init("حلف شمال الأطلسي", "org:nato"), .init("الناتو", "org:nato"), .init("حلف الناتو", "org:nato"),
        .init("الاتحاد الأوروبي", "org:eu"), .init("جامعة الدول العربية", "org:arab-league"),
        .init("الجامعة العربية", "org:arab-league"), .init("مجلس التعاون الخليجي", "org:gcc"),
        .init("الاتحاد الأفريقي", "org:au"), .init("منظمة الصحة العالمية", "org:who"),
        .init("صندوق النقد الدولي", "org:imf"),
        .init("البنك الدولي", "org:world-bank"), .init("أوبك", "org:opec"), .init("منظمة التعاون الإسلامي", "org:oic"),
        .init("الصليب الأحمر", "org:icrc"), .init("اليونسكو", "org:unesco"), .init("اليونيسف", "org:unicef"),
        .init("المفوضية السامية لشؤون اللاجئين", "org:unhcr"), .init("الفيفا", "org:fifa"),
        .init("الوكالة الدولية للطاقة الذرية", "org:iaea"), .init("داعش", "org:isis"),
        .init("تنظيم الدولة", "org:isis"),
        .init("تنظيم الدولة الإسلامية", "org:isis"), .init("تنظيم داعش", "org:isis"),
        .init("تنظيم القاعدة", "org:al-qaeda"),
        .init("حزب الله", "org:hezbollah"), .init("حماس", "org:hamas"), .init("حركة حماس", "org:hamas"),
        .init("الحوثيون", "org:houthis"), .init("جماعة الحوثي", "org:houthis"), .init("أنصار الله", "org:houthis"),
        .init("طالبان", "org:taliban"), .init("الحشد الشعبي", "org:pmf"),
        // Companies economic news names, and towns of the Arab states.
        .init("الخطوط الجوية العراقية", "org:iraqi-airways"), .init("سوناطراك", "org:sonatrach"), .init("أدنوك", "org:adnoc"),
        .init("مصرف الراجحي", "org:al-rajhi"), .init("فلاي دبي", "org:flydubai"),
        .init("جمصة", "city:eg-gamasa"), .init("أفلو", "city:dz-aflou"), .init("العديلية", "city:kw-adailiya"),
        // District seats and crossings of the list added at stop 37; a town named by a common word only
        // with its head.
        .init("قره هنجير", "city:iq-qara-hanjir"), .init("منفذ الشيب", "city:iq-shib-crossing"), .init("ناحية السيبة", "city:iq-siba"),
    ]

    @Test(arguments: variants)
    func matchesSpellingVariants(_ example: GazetteerCase) throws {
        let match = try #require(Gazetteer.match(example.words, at: 0))
        #expect(match.entry.id == example.id)
        #expect(match.wordCount == example.words.count)
        #expect(match.procliticLength == 0)
    }

    @Test func keepsCapitalsApartFromTheirCountries() throws {
        let washington = try #require(Gazetteer.match(["واشنطن"], at: 0))
        #expect(washington.entry.id == "city:washington")
        #expect(washington.entry.kind == .city)
        #expect(washington.entry.isCapital)
        #expect(washington.country == "US")
        #expect(washington.alternatives.isEmpty)
        #expect(!(Gazetteer.entry(id: "country:US")?.variants.contains("واشنطن") ?? true))
    }

    /// Words with proclitics, the entry, and the proclitic letters left out.
    static let proclitics: [(String, String, Int)] = [
        ("وبغداد", "city:baghdad", 1), ("لواشنطن", "city:washington", 1), ("بالعراق", "country:IQ", 1),
        ("وللسعودية", "country:SA", 2), ("فالإمارات", "country:AE", 1), ("كالعراق", "country:IQ", 1),
        ("وبالأردن", "country:JO", 2), ("للأمم", "org:un", 1), ("وواشنطن", "city:washington", 1),
        ("بواشنطن", "city:washington", 1), ("وموسكو", "city:moscow", 1),
    ]

    @Test(arguments: proclitics)
    func readsNamesBehindProclitics(_ example: (String, String, Int)) throws {
        let words = example.0 == "للأمم" ? ["للأمم", "المتحدة"] : [example.0]
        let match = try #require(Gazetteer.match(words, at: 0))
        #expect(match.entry.id == example.1)
        #expect(match.procliticLength == example.2)
        #expect(match.wordCount == words.count)
    }

    @Test func readsWholeWordsThatStartLikeProcliticsAsThemselves() throws {
        // واشنطن is not و + اشنطن, لبنان not ل + بنان, بغداد not ب + غداد.
        for (word, id) in [
            ("واشنطن", "city:washington"), ("لبنان", "country:LB"), ("بغداد", "city:baghdad"),
            ("فرنسا", "country:FR"), ("كندا", "country:CA"), ("بيروت", "city:beirut"),
        ] {
            let match = try #require(Gazetteer.match([word], at: 0))
            #expect(match.entry.id == id)
            #expect(match.procliticLength == 0)
        }
        // A one-letter stem after a proclitic is no name: «وب» is not و + ب.
        #expect(Gazetteer.match(["باب"], at: 0) == nil)
    }

    @Test func prefersTheLongestName() throws {
        let words = "أعلنت كتائب حزب الله اللبناني".split(separator: " ")
        let brigades = try #require(Gazetteer.match(words, at: 1))
        #expect(brigades.entry.id == "org:kataib-hezbollah")
        #expect(brigades.wordCount == 3)
        let party = try #require(Gazetteer.match(words, at: 2))
        #expect(party.entry.id == "org:hezbollah")
        #expect(party.wordCount == 3)  // حزب الله اللبناني
        let council = try #require(Gazetteer.match("مجلس الأمن الدولي يجتمع".split(separator: " "), at: 0))
        #expect(council.wordCount == 3)
    }

    @Test func stopsAtPhrasesKnownToNameSomethingElse() {
        #expect(Gazetteer.match("مجلس الأمن القومي الأمريكي".split(separator: " "), at: 0) == nil)
        #expect(Gazetteer.match("مجلس الأمن الوطني".split(separator: " "), at: 0) == nil)
        let occurrences = Gazetteer.occurrences(in: "اجتمع مجلس الأمن القومي في واشنطن")
        #expect(occurrences.map(\.text) == ["واشنطن"])
    }

    @Test func neverMatchesAcrossPunctuationOrLines() {
        #expect(Gazetteer.match(["بغداد،"], at: 0)?.wordCount == 1)
        #expect(Gazetteer.match(["«بغداد»"], at: 0)?.entry.id == "city:baghdad")
        #expect(Gazetteer.match(["الولايات،", "المتحدة"], at: 0) == nil)
        #expect(Gazetteer.occurrences(in: "جامعة الدول\nالعربية").allSatisfy { $0.match.entry.id != "org:arab-league" })
    }

    /// Names that several entries share, or that are common words too.
    static let ambiguous: [(String, String, [String])] = [
        ("طرابلس", "city:tripoli-ly", ["city:tripoli-lb"]),
        ("عمان", "country:OM", ["city:amman"]),
        ("الكويت", "country:KW", ["city:kuwait-city"]),
        ("الجزائر", "country:DZ", ["city:algiers"]),
        ("تونس", "country:TN", ["city:tunis"]),
        ("الرياض", "city:riyadh", ["org:al-riyadh"]),
        ("وجدة", "city:oujda", ["city:jeddah"]),
        ("صور", "city:tyre", ["city:sur-om"]),
        ("كوريا", "country:KP", ["country:KR"]),
        ("الكونغو", "country:CG", ["country:CD"]),
    ]

    @Test(arguments: ambiguous)
    func flagsNamesSeveralPlacesShare(_ example: (String, String, [String])) throws {
        let match = try #require(Gazetteer.match([example.0], at: 0))
        #expect(match.isAmbiguous)
        #expect(match.entry.id == example.1)
        #expect(match.alternatives.map(\.id) == example.2)
    }

    @Test func flagsNamesThatAreCommonWords() throws {
        for word in ["القاعدة", "العربية", "الجزيرة", "فتح", "جورجيا", "مالي"] {
            let match = try #require(Gazetteer.match([word], at: 0), "\(word)")
            #expect(match.isAmbiguous, "\(word)")
        }
        for word in ["بغداد", "العراق", "رويترز", "حماس"] {
            #expect(Gazetteer.match([word], at: 0)?.isAmbiguous == false, "\(word)")
        }
    }

    /// Nisba adjectives and the country they give.
    static let adjectives: [(String, String)] = [
        ("العراقي", "IQ"), ("العراقية", "IQ"), ("العراقيين", "IQ"), ("عراقيون", "IQ"), ("الأمريكي", "US"),
        ("الأميركي", "US"), ("الأمريكية", "US"), ("الأميركية", "US"), ("الأمريكيين", "US"), ("الأمريكان", "US"),
        ("السعودي", "SA"), ("السعودية", "SA"), ("المصري", "EG"), ("المصريين", "EG"), ("الإيراني", "IR"),
        ("الإيرانية", "IR"), ("التركي", "TR"), ("الأتراك", "TR"), ("الروسي", "RU"), ("الروس", "RU"),
        ("البريطاني", "GB"), ("البريطانية", "GB"), ("الفرنسي", "FR"), ("الفرنسيين", "FR"), ("الإسرائيلي", "IL"),
        ("الفلسطينيين", "PS"), ("اللبنانية", "LB"), ("السوريون", "SY"), ("الأردني", "JO"), ("الإماراتية", "AE"),
        ("القطري", "QA"), ("الكويتيين", "KW"), ("اليمني", "YE"), ("الليبية", "LY"), ("التونسي", "TN"),
        ("الجزائرية", "DZ"), ("المغربي", "MA"), ("الصينية", "CN"), ("الألمان", "DE"), ("الأفغانية", "AF"),
    ]

    @Test(arguments: adjectives)
    func mapsNisbaAdjectivesToTheirCountry(_ example: (String, String)) throws {
        let match = try #require(Gazetteer.match([example.0], at: 0))
        #expect(match.country == example.1)
        #expect(match.entry.kind == .country)
        // السعودية is also the country's name; every other form is an adjective.
        #expect(match.isAdjective == (example.0 != "السعودية"))
    }

    @Test func readsTwoWordNisbasAsOne() throws {
        let words = "القوات الكورية الجنوبية".split(separator: " ")
        let match = try #require(Gazetteer.match(words, at: 1))
        #expect(match.entry.id == "country:KR")
        #expect(match.isAdjective)
        #expect(match.wordCount == 2)
        let shorter = try #require(Gazetteer.match(["الكورية"], at: 0))
        #expect(shorter.isAmbiguous)
    }

    @Test func marksTheNationalityInForcesAsAnAdjective() throws {
        let occurrences = Gazetteer.occurrences(in: "انسحبت القوات الأمريكية من قاعدة في الأنبار")
        let nationality = try #require(occurrences.first)
        #expect(nationality.text == "الأمريكية")
        #expect(nationality.match.isAdjective)
        #expect(nationality.match.country == "US")
        #expect(occurrences.last?.match.entry.id == "region:anbar")
        #expect(occurrences.last?.match.isAdjective == false)
    }

    @Test func flagsNewsOutletsAndAgencies() throws {
        for (name, id) in [
            ("رويترز", "org:reuters"), ("وكالة فرانس برس", "org:afp"), ("فرانس برس", "org:afp"),
            ("وكالة الصحافة الفرنسية", "org:afp"), ("أ ف ب", "org:afp"), ("أسوشيتد برس", "org:ap"),
            ("وكالة الأنباء العراقية", "org:ina"), ("واع", "org:ina"), ("واس", "org:spa"), ("بترا", "org:petra"),
            ("وام", "org:wam"), ("قنا", "city:qena"), ("كونا", "org:kuna"), ("سانا", "org:sana"),
            ("وكالة الأنباء الجزائرية", "org:aps"), ("وكالة المغرب العربي للأنباء", "org:map"),
            ("الأناضول", "org:anadolu"), ("الجزيرة", "org:al-jazeera"), ("العربية", "org:al-arabiya"),
            ("بي بي سي", "org:bbc"), ("سكاي نيوز عربية", "org:sky-news-arabia"), ("سي إن إن", "org:cnn"),
        ] {
            let words = name.split(separator: " ")
            let match = try #require(Gazetteer.match(words, at: 0), "\(name)")
            #expect(match.entry.id == id, "\(name)")
            #expect(match.wordCount == words.count, "\(name)")
            #expect(([match.entry] + match.alternatives).contains { $0.isMedia }, "\(name)")
        }
        #expect(Gazetteer.match(["قنا"], at: 0)?.alternatives.map(\.id) == ["org:qna"])
    }

    @Test func findsAgencyAbbreviationsWrittenWithFullStops() throws {
        let occurrences = Gazetteer.occurrences(in: "بغداد (أ.ف.ب) - قال مسؤولون")
        #expect(occurrences.map(\.text) == ["بغداد", "أ.ف.ب"])
        #expect(occurrences.last?.match.isMedia == true)
    }

    @Test func mapsSpansBackToTheOriginalText() throws {
        let text = "وصلَ الوفدُ لواشنطـــن ثم إلى الْعِرَاقِ"
        let occurrences = Gazetteer.occurrences(in: text)
        #expect(occurrences.map(\.text) == ["واشنطـــن", "الْعِرَاقِ"])
        for occurrence in occurrences {
            #expect(QuantityFinderTests.text(of: occurrence.span, in: text) == occurrence.text)
        }
        #expect(occurrences.first?.match.procliticLength == 1)
    }

    @Test func keepsTheDocumentationExamplesTrue() {
        let iraq = Gazetteer.entry(id: "country:IQ")
        #expect(iraq?.name == "العراق")
        #expect(iraq?.variants == ["العراق", "جمهورية العراق", "بلاد الرافدين"])
        #expect(iraq?.adjectives == ["عراقي"])
        let words = ["وصلت", "القوات", "الأمريكية", "إلى", "بغداد"]
        #expect(Gazetteer.match(words, at: 2)?.entry.id == "country:US")
        #expect(Gazetteer.match(words, at: 4)?.entry.country == "IQ")
        #expect(Gazetteer.occurrences(in: "زار لواشنطن وفد من حلف الناتو").map(\.text) == ["واشنطن", "حلف الناتو"])
        let tripoli = Gazetteer.match(["وصل", "إلى", "طرابلس", "أمس"], at: 2)
        #expect(tripoli?.entry.id == "city:tripoli-ly")
        let role = RoleLexicon.match(["قال", "وزير", "الخارجية", "العراقي", "فؤاد", "حسين"], at: 1)
        #expect(role?.role == "وزير الخارجية")
        #expect(role?.wordCount == 2)
        #expect(role?.takesGenitive == false)
        #expect(RoleLexicon.match("وأكد المتحدث باسم الحكومة".split(separator: " "), at: 1)?.role == "المتحدث باسم")
        #expect(OrganizationHeadLexicon.match("وقالت وزارة الدفاع".split(separator: " "), at: 1)?.head == "وزارة")
        let quantities = QuantityFinder().quantities(in: "قتل أكثر من 2500 جندي وأصيب نحو ثلاثة آلاف مدني عام 2014")
        #expect(quantities.map(\.text) == ["أكثر من 2500 جندي", "نحو ثلاثة آلاف مدني"])
        #expect(quantities.map(\.unit) == ["جندي", "مدني"])
    }

    @Test func findsEveryNameInAnArticleInOrder() {
        let text = """
            قال وزير الخارجية السعودي في الرياض إن المملكة العربية السعودية والإمارات تدعمان جهود الأمم المتحدة \
            في اليمن، فيما نقلت وكالة رويترز عن مسؤولين أمريكيين أن واشنطن ستنشر قوات في البحر الأحمر.
            """
        let ids = Gazetteer.occurrences(in: text).map(\.match.entry.id)
        #expect(
            ids == [
                "country:SA", "city:riyadh", "country:SA", "country:AE", "org:un", "country:YE", "org:reuters",
                "country:US", "city:washington", "region:red-sea",
            ])
    }
}
