import ArabicText

// Organizations: a head and its genitive chain (see ``EntityRecognizer``).
extension EntityRecognizer {
    /// An organization the gazetteer knows at token `index`.
    func knownOrganization(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        guard let known = EntityLexicons.known(at: index, in: text), known.type == .organization, known.tokens.lowerBound == index
        else { return nil }
        return known
    }

    /// A ministry named by its portfolio and its country's feminine adjective, without «وزارة»:
    /// «الخارجية المصرية»، «الداخلية السعودية»، «الصحة العراقية», as Arabic news names ministries at
    /// second mention and in headlines.
    func ministryByPortfolio(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        // The adjective agrees with the ministry (الخارجية المصرية), not with the field (الاقتصاد
        // الموريتاني), and no minister or ministry stands before the portfolio (وزير الزراعة الأردني).
        guard Self.portfolios.contains(text.tokens[index].key), index + 1 < text.tokens.count,
              EntityLexicons.isNationality(at: index + 1, in: text), text.tokens[index + 1].key.endsWithBytes("ه"),
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
              index == 0 || RoleLexicon.match(in: text.words, at: index - 1) == nil
                && OrganizationHeadLexicon.match(in: text.words, at: index - 1) == nil
        else { return nil }
        let range = index..<(index + 2)
        var candidate = EntityCandidate(
            type: .organization, tokens: range, surface: text.text(ofTokens: range), words: range.map { text.tokens[$0].key },
            canonical: nil)
        candidate.gender = .feminine
        return candidate
    }

    /// A Saudi health cluster, named by «تجمع», its region and «الصحي», with an ordinal where a region
    /// has several: «تجمع تبوك الصحي»، «تجمع الرياض الصحي الأول». Elsewhere «تجمع» is a gathering
    /// («تجمع المحتجين»), so only the region and the adjective make it a body.
    func healthCluster(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        // The region is read from the gazetteer directly: «الرياض» before an adjective is still the city.
        guard let proclitic = Self.clusterHeads.procliticLength(of: tokens[index].key, minimumLetters: 4), index + 2 < tokens.count,
              let place = Gazetteer.match(in: text.words, at: index + 1), place.entry.type == .location, !place.isAdjective,
              place.procliticLength == 0, index + 1 + place.wordCount < tokens.count,
              tokens[index + 1 + place.wordCount].key.sameBytes("الصحي"),
              text.paragraphOfToken[index + 1 + place.wordCount] == text.paragraphOfToken[index]
        else { return nil }
        var end = index + 2 + place.wordCount
        if end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[index], Self.ordinals.contains(tokens[end].key) { end += 1 }
        return EntityCandidate(headed: index..<end, type: .organization, proclitic: proclitic, in: text)
    }

    /// Local bodies' heads that are also the place they govern (matching form).
    private static let placesThemselves = WordIndex(["بلدية", "دائرة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The head of a health cluster (matching form).
    static let clusterHeads = WordIndex(["تجمع"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Titles of a deputy or an adviser before the ministry they serve (matching form).
    private static let deputyTitles = WordIndex(["وكيل", "وكيلة", "مساعد", "مساعدة", "مستشار", "مستشارة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Verbal nouns of what one goes to a body for, after «ل» («لتلقي العلاج»، «لإجراء الفحوص»), which
    /// end its name (matching form).
    static let purposeNouns = WordIndex(
        ["تلقي", "إجراء", "استكمال", "متابعة", "تقديم", "حضور", "أداء", "استلام", "تسلم", "تسليم", "مواصلة", "إتمام", "مناقشة",
         "بحث", "إطلاق", "توقيع", "افتتاح", "زيارة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Verbal nouns of the field a body serves, after «ل» and before a genitive chain («لرعاية أطفال
    /// التوحد»، «لمكافحة أمراض السرطان») (matching form).
    private static let fieldNouns = WordIndex(
        ["رعاية", "علاج", "أبحاث", "بحوث", "دراسات", "تأهيل", "تدريب", "مكافحة", "حماية", "تنمية", "دعم", "إغاثة", "تطوير",
         "تعليم", "تحفيظ", "تشجيع"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// «للشؤون» and «لشؤون», the affairs a deputy's office deals with (matching form).
    private static let officeAffairs = WordIndex(["للشؤون", "لشؤون"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Portfolios a ministry is named by (matching form, with the article).
    static let portfolios = WordIndex(
        ["الخارجية", "الداخلية", "الدفاع", "المالية", "الصحة", "العدل", "التربية", "الاقتصاد", "الزراعة", "النفط", "الطاقة",
         "الإعلام", "الثقافة", "البيئة", "النقل", "الأوقاف", "التعليم", "الإسكان"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Ordinals that give a place in a ranking after «المركز» (matching form).
    /// Whether a word is the feminine of one of ``rankOrdinals`` (الثالثة، الأولى), matching form.
    static func isFeminineRankOrdinal(_ key: String) -> Bool {
        key.sameBytes("الاولي") || key.endsWithBytes("ه") && rankOrdinals.contains(key.droppingLastScalar())
    }

    private static let rankOrdinals = WordIndex(
        "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي الأخير"
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// «شرطة» (matching form).
    private static let police = ArabicNormalizer.matching.normalizedString("شرطة")

    /// «جمارك» (matching form).
    private static let customs = ArabicNormalizer.matching.normalizedString("جمارك")

    /// An organization head and the definite words of its genitive chain (قيادة العمليات المشتركة
    /// العراقية، قوات التحالف الدولي، حركة حماس).
    func organizationChain(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let head = EntityLexicons.organizationHead(at: index, in: text) else { return nil }
        // «12 شركة صرافة»: a counted head is a common noun; «تحت لواء» is "under the banner of".
        if index > 0, tokens[index - 1].kind == .number { return nil }
        if index > 0, tokens[index - 1].key.sameBytes("تحت"), head.key.sameBytes("لواء") { return nil }
        let chainStart = index + head.wordCount
        // «جمارك دبي»: customs name a body only with the place they serve («رسوم جمارك البضائع» are duties).
        if head.key.sameBytes(Self.customs), chainStart >= tokens.count || !EntityLexicons.isPlace(at: chainStart, in: text) { return nil }
        // «احتل الفريق المركز الحادي عشر»: a place in a ranking, not a centre.
        if head.key.sameBytes("المركز"), chainStart < tokens.count, Self.rankOrdinals.contains(tokens[chainStart].key) { return nil }
        // «أعضاء هيئة التدريس»، «الهيئة الإدارية للنادي»: a staff or a board is no body of its own.
        if chainStart < tokens.count, Self.staffOrBoard(head: head.key, next: tokens[chainStart].key) { return nil }
        if Self.managesABodyNamedElsewhere(head: head.key, at: chainStart, in: text) { return nil }
        if Self.isMotion(head: head.key, at: chainStart, in: text) { return nil }
        if Self.describesACompany(head: head.key, at: chainStart, in: text) { return nil }
        // «الدائرة الانتخابية الثالثة»، «الدائرة الثالثة»: a constituency is a place on the electoral map,
        // not a department.
        if head.key.endsWithBytes(Self.constituencyHead), chainStart < tokens.count,
           tokens[chainStart].key.endsWithBytes(Self.electoral) || Self.isFeminineRankOrdinal(tokens[chainStart].key) {
            return nil
        }
        // «حركة حماس»، «تنظيم الحشد الشعبي»: where the gazetteer knows the name, it is the entity; a
        // known body after و is the next of a list («الدفاع المدني والهلال الأحمر»).
        if let known = EntityLexicons.known(at: chainStart, in: text), known.type == .organization, known.procliticLength == 0 { return nil }
        // A definite force (القوات، الجيش) takes adjectives, not a genitive: only a nationality or a
        // service branch names it (القوات الأمريكية، القوات الخاصة); «القوات الأجنبية» describes.
        let isDefiniteForce = head.isForce && head.key.startsWithBytes("ال")
        // A head of several words with the article names a body on its own (مجلس النواب، الدفاع
        // المدني، النيابة العامة) and takes only a nationality after it; a one-word head needs its
        // complement. A definite head that ends in an adjective (المجلس الأعلى، المحكمة الدستورية)
        // names a body too but goes on with more adjectives or a complement with ل (المجلس الأعلى
        // للقضاء، المجلس الانتقالي الجنوبي).
        let isDefiniteConstruct = head.key.contains(" ") && head.key.split(separator: " ").contains { $0.hasPrefix("ال") }
        let namesABody = isDefiniteConstruct && head.isStandalone
        // «القدرة على قيادة المعركة»، «في تنظيم الانتخابات»: a head that is also a verbal noun, before
        // what one leads, runs or organizes, is the act, not a body.
        // A place with ل after them names the body that serves it: «المصلحة الوطنية لنهر الليطاني».
        if chainStart < tokens.count, Self.isActOfVerbalNoun(head: head.key, object: tokens[chainStart].key),
           chainStart + 1 >= tokens.count || !tokens[chainStart + 1].key.sameBytes("المدني") && !Self.servesAPlace(at: chainStart + 1, in: text) {
            return nil
        }
        // «رئيس مجلس إدارة الشركة الوطنية للكهرباء»، «مجلس أمناء الجامعة الأردنية»: a board is the
        // body's own; the body is the entity.
        if Self.boards.contains(head.key), chainStart < tokens.count,
           let body = EntityLexicons.known(at: chainStart, in: text) ?? organizationChain(at: chainStart, in: text),
           body.type == .organization, body.tokens.lowerBound == chainStart {
            return body
        }
        // «لتنظيم تجارة الصقور»، «لإدارة شؤون المدينة»: such a head glued to ل, before a bare noun,
        // is the purpose of an act.
        if head.procliticLength > 0, tokens[index].key.startsWithBytes("ل"), Self.actObjects[head.key] != nil, chainStart < tokens.count,
           tokens[chainStart].isWord, !tokens[chainStart].hasArticle, EntityLexicons.known(at: chainStart, in: text) == nil {
            return nil
        }
        var end = chainStart
        // After a place genitive only adjectives carry on (بنك الكويت المركزي), not the object of
        // the verb before the name (أعلنت مديرية شرطة كركوك القبض …).
        var afterPlace = false
        // Whether a complement with ل came already (الاتحاد العام التونسي للشغل): an indefinite one
        // after it is a purpose, not the name («للشغل لاستئناف الحوار»).
        var afterLamComplement = false
        while end < tokens.count, end - chainStart < 7, tokens[end].isWord,
              text.paragraphOfToken[end] == text.paragraphOfToken[index] {
            let key = tokens[end].key
            // «وكيل وزارة التعليم العالي والبحث العلمي لشؤون الطلاب»: after a deputy's ministry and its portfolio,
            // the affairs are the deputy's («وزارة الدولة لشؤون الهجرة» names a ministry).
            if Self.officeAffairs.contains(key), end > chainStart, index > 0, Self.deputyTitles.contains(tokens[index - 1].key),
               head.key.sameBytes("وزاره") {
                break
            }
            // A complement with ل after the place goes on the name, and adjectives after it: a definite
            // one («شركة الإمارات للاتصالات المتكاملة») or a bare noun and its definite genitive («معهد
            // قطر لبحوث الطب الحيوي»).
            // «نائب رئيس جامعة قطر للشؤون الأكاديمية»: the affairs an office deals with are the title's.
            if afterPlace, key.startsWithBytes("ل"), key.scalarCount >= 4, !NameWords.isStopword(key),
               OrganizationHeadLexicon.match(in: text.words, at: end)?.isMedia != true, !Self.officeAffairs.contains(key) {
                let definite = key.startsWithBytes("لل") && key.scalarCount >= 5
                // «نقل إلى مستشفى زايد لتلقي العلاج»: what one goes there for is no part of its name.
                let bare = key.droppingScalars()
                let inParagraph = { (position: Int) in
                    position < tokens.count && tokens[position].isWord && text.paragraphOfToken[position] == text.paragraphOfToken[index]
                }
                let withGenitive = !key.startsWithBytes("لل") && !Self.purposeNouns.contains(bare) && inParagraph(end + 1)
                    && tokens[end + 1].hasArticle && !NameWords.isStopword(tokens[end + 1].key)
                // «مركز البصرة لرعاية أطفال التوحد»: the field a body serves, with a genitive chain of two.
                let withChain = !key.startsWithBytes("لل") && Self.fieldNouns.contains(bare) && inParagraph(end + 2)
                    && !tokens[end + 1].hasArticle && !NameWords.isStopword(tokens[end + 1].key)
                    && tokens[end + 2].hasArticle && !NameWords.isStopword(tokens[end + 2].key)
                if definite || withGenitive || withChain {
                    end += definite ? 1 : withGenitive ? 2 : 3
                    afterPlace = false
                    afterLamComplement = true
                    continue
                }
            }
            // «سفارة الصين لدى موريتانيا»، «بعثة العراق لدى الأمم المتحدة»: a mission and where it is accredited.
            if afterPlace, Self.accreditedHeads.contains(head.key), key.sameBytes("لدي"), end + 1 < tokens.count,
               text.paragraphOfToken[end + 1] == text.paragraphOfToken[index],
               let host = EntityLexicons.known(at: end + 1, in: text), host.tokens.lowerBound == end + 1, host.procliticLength == 0 {
                end = host.tokens.upperBound
                break
            }
            if afterPlace, !(key.endsWithBytes("ي") || key.endsWithBytes("يه") || EntityLexicons.isNationality(at: end, in: text)) {
                break
            }
            // «الشركة العامة لموانئ العراق»: a place after a bare noun with ل is that noun's genitive.
            if end > chainStart, afterLamComplement, !Self.isDefinite(tokens[end - 1]), tokens[end - 1].key.startsWithBytes("ل"),
               let place = EntityLexicons.known(at: end, in: text), place.type == .location, place.tokens.lowerBound == end,
               place.procliticLength == 0 {
                end = place.tokens.upperBound
                afterPlace = true
                continue
            }
            if EntityLexicons.isPlace(at: end, in: text) {
                // A place right after a bare head is its genitive (بنك الكويت المركزي، جامعة بغداد،
                // قيادة عمليات الأنبار); anywhere else it ends the name. Of the forces, only the police
                // are named so (شرطة دبي، شرطة البصرة).
                guard end == chainStart, !head.isForce || head.key.sameBytes(Self.police), !namesABody, !head.key.startsWithBytes("ال"),
                      let place = EntityLexicons.known(at: end, in: text), place.tokens.lowerBound == end
                else { break }
                end = place.tokens.upperBound
                afterPlace = true
                continue
            }
            // «محكمة سيدي امحمد»: a local body named after a district the gazetteer lacks, whose name
            // opens like a toponym. A municipality or a daira is the place itself (بلدية عين الكبيرة).
            if end == chainStart, !head.key.startsWithBytes("ال"), Self.localBodyHeads.contains(head.key),
               !Self.placesThemselves.contains(head.key), Self.toponymOpeners.contains(key),
               end + 1 < tokens.count, tokens[end + 1].isWord, text.paragraphOfToken[end + 1] == text.paragraphOfToken[index],
               !NameWords.isStopword(tokens[end + 1].key), TenseLexicon.table.value(for: tokens[end + 1].key) == nil,
               EntityLexicons.role(at: end + 1, in: text) == nil,
               // «هيئة سوق رأس المال»: a second word that opens a construct of its own runs on as one.
               !(Self.toponymOpeners.contains(tokens[end + 1].key) && end + 2 < tokens.count && tokens[end + 2].hasArticle) {
                end += 2
                afterPlace = true
                continue
            }
            // A bare noun and a place after a bare head: «محكمة جنايات القاهرة»، «مؤسسة كهرباء لبنان».
            if end == chainStart, let place = placeAfterBareNoun(at: end, head: head, in: text) {
                end = place
                afterPlace = true
                continue
            }
            // «نادي أعضاء هيئة التدريس»: a noun in construct and a staff.
            if end == chainStart, !head.key.startsWithBytes("ال"), Self.isConstructNoun(key), end + 2 < tokens.count,
               Self.staffOrBoard(head: tokens[end + 1].key, next: tokens[end + 2].key),
               text.paragraphOfToken[end + 2] == text.paragraphOfToken[index] {
                end += 3
                continue
            }
            // Nouns in construct and their definite genitive after a bare head: «هيئة تنظيم الاتصالات»،
            // «لجنة تسعير المنتجات البترولية»، «نقابة أصحاب الشاحنات»، «رئاسة أركان القوات البحرية»; up
            // to three, each after the first a construct noun too or a plural in ات: «جهاز تنفيذ
            // مشروعات الإسكان»، «شركة توزيع كهرباء محافظات الشمال».
            if end == chainStart, !head.key.startsWithBytes("ال"), !head.isForce, Self.isConstructNoun(key),
               let genitive = Self.constructChainEnd(from: end, paragraph: text.paragraphOfToken[index], in: text) {
                end = genitive + 1
                continue
            }
            // «مجلس طلبة جامعة اليرموك»، «نقابة عمال شركة الكهرباء»: a bare noun in construct after a
            // bare head, then the body it belongs to, named as such.
            // Not a verb with its object's pronoun («تحالف تقوده شركة …»), nor a head of its own («إدارة
            // نادي الرجاء» is the club's management).
            if end == chainStart, !head.key.startsWithBytes("ال"), !head.isForce, !tokens[end].hasArticle, !NameWords.isStopword(key),
               !Self.isImperfectWithAPronoun(key), TenseLexicon.table.value(for: key) == nil, EntityLexicons.organizationHead(at: end, in: text) == nil,
               end + 1 < tokens.count, text.paragraphOfToken[end + 1] == text.paragraphOfToken[index],
               let body = EntityLexicons.known(at: end + 1, in: text) ?? organizationChain(at: end + 1, in: text),
               body.type == .organization, body.tokens.lowerBound == end + 1, body.procliticLength == 0 {
                end = body.tokens.upperBound
                break
            }
            if namesABody, !EntityLexicons.isNationality(at: end, in: text) { break }
            // «الجمعية الكويتية لمتابعة قضايا الإسكان»، «الهيئة الوطنية لمكافحة الفساد»: after a
            // nationality or another adjective, ل and a verbal noun with its definite genitive tell
            // what the body is for, part of its name (not «لمجلس الأمن», whom it wrote to).
            // After a definite noun («وزارة النفط لمناقشة …») the verbal noun says what was done.
            if end > chainStart, Self.isDefinite(tokens[end - 1]), Self.mayBeAdjective(tokens[end - 1].key) || EntityLexicons.isNationality(at: end - 1, in: text),
               !head.isForce, key.startsWithBytes("ل"), !key.startsWithBytes("لل"),
               key.scalarCount >= 5 || Self.constructNouns.contains(key.droppingScalars()), Self.isConstructNoun(key.droppingScalars()),
               end + 1 < tokens.count, tokens[end + 1].isWord,
               !NameWords.isStopword(tokens[end + 1].key), text.paragraphOfToken[end + 1] == text.paragraphOfToken[index] {
                // The genitive is definite («لمكافحة الفساد»), a place («لعمال موريتانيا») or a noun with
                // its own («لمتابعة قضايا الإسكان»).
                if tokens[end + 1].hasArticle || EntityLexicons.isPlace(at: end + 1, in: text) {
                    // After a place only its adjectives go on: «الإدارة العامة لمرور دمياط الحركة» ends
                    // before the verb's object. A place may take more than a word («لري كفر الشيخ»).
                    afterPlace = EntityLexicons.isPlace(at: end + 1, in: text)
                    if afterPlace, let place = EntityLexicons.known(at: end + 1, in: text), place.tokens.lowerBound == end + 1,
                       place.procliticLength == 0 {
                        end = place.tokens.upperBound
                    } else {
                        end += 2
                    }
                    afterLamComplement = true
                    continue
                }
                if end + 2 < tokens.count, tokens[end + 2].isWord, tokens[end + 2].hasArticle, !NameWords.isStopword(tokens[end + 2].key),
                   text.paragraphOfToken[end + 2] == text.paragraphOfToken[index] {
                    end += 3
                    afterLamComplement = true
                    continue
                }
                // «الهيئة العليا لإحياء قلعة أربيل»: a noun and the place it belongs to.
                if end + 2 < tokens.count, text.paragraphOfToken[end + 2] == text.paragraphOfToken[index],
                   let place = EntityLexicons.known(at: end + 2, in: text), place.type == .location, place.procliticLength == 0,
                   place.tokens.lowerBound == end + 2 {
                    end = place.tokens.upperBound
                    afterLamComplement = true
                    continue
                }
            }
            // «المديرية العامة للحماية المدنية»، «الأمانة العامة لمجلس الوزراء»: after an adjective, a
            // body named with ل is the complement of the name, and the name ends with it. Not after a
            // nationality, which ends a name: «وجهت وزارة الخارجية المصرية لمجلس الأمن رسالة».
            let followsAdjective = end > chainStart
                ? Self.isDefinite(tokens[end - 1]) && !EntityLexicons.isNationality(at: end - 1, in: text) : isDefiniteConstruct
            if followsAdjective, !head.isForce, let complementEnd = bodyComplement(at: end, in: text) {
                end = complementEnd
                // «المديرية العامة للحماية المدنية لولاية الجزائر»: and the province it serves.
                if end < tokens.count, let province = provinceServed(at: end, in: text) { end = province }
                break
            }
            // «الجمعية التونسية للدفاع عن مستعملي النقل العمومي»، «لجنة الرقابة على المصارف»:
            // defending or searching goes on with «عن», oversight with «على», and what it is for.
            // A verbal noun with the article goes on only right after a bare head: «أعلنت الهيئة
            // الوطنية الشاملة الرقابة على الأسواق» announces the oversight.
            let openedByLam = key.startsWithBytes("لل")
            if openedByLam ? end > chainStart : end == chainStart && !head.key.startsWithBytes("ال"), !head.isForce, end + 2 < tokens.count,
               Self.takesAn.contains(key) && tokens[end + 1].key.sameBytes("عن") || Self.takesAla.contains(key) && tokens[end + 1].key.sameBytes("علي"),
               tokens[end + 2].isWord, !NameWords.isStopword(tokens[end + 2].key), text.paragraphOfToken[end + 2] == text.paragraphOfToken[index] {
                end += 3
                if !tokens[end - 1].hasArticle, end < tokens.count, tokens[end].isWord, tokens[end].hasArticle,
                   text.paragraphOfToken[end] == text.paragraphOfToken[index] {
                    end += 1
                }
                // «للمحافظة على المدن التاريخية»: and the adjectives of what it watches over.
                if tokens[end - 1].hasArticle {
                    while end < tokens.count, end - chainStart < 12, tokens[end].hasArticle, Self.mayBeAdjective(tokens[end].key),
                          text.paragraphOfToken[end] == text.paragraphOfToken[index] {
                        end += 1
                    }
                }
                break
            }
            // «قوات الحماية المدنية»، «قوات الدفاع المدني»: the forces of a body that is named alone.
            if head.isForce, end == chainStart, !isDefiniteForce, let body = OrganizationHeadLexicon.match(in: text.words, at: end),
               body.isStandalone, body.procliticLength == 0, body.wordCount > 1 {
                end += body.wordCount
                break
            }
            if head.isForce, end > chainStart || isDefiniteForce, !EntityLexicons.isNationality(at: end, in: text),
               !EntityLexicons.forceComplements.contains(key) { break }
            // «المجموعة المسلحة» describes a group; «القوات المسلحة» names a force.
            // «التعليم الأولي» (primary) is written with ي, the ordinal «الأولى» with ى; the matching
            // form folds them together.
            let isPrimary = key.sameBytes("الاولي") && tokens[end].surface.unicodeScalars.last == "\u{064A}"
            let isDescription = NameWords.isDescriptor(key) && !isPrimary && !(head.isForce && EntityLexicons.forceComplements.contains(key))
            // «بيان الحكومة الوزاري»: a masculine adjective right after a feminine definite head
            // describes the noun before the head (an elative in ى agrees: «المحكمة الكبرى»).
            if end == chainStart, head.wordCount == 1, head.key.startsWithBytes("ال"), head.key.endsWithBytes("ه"),
               tokens[end].hasArticle, tokens[end].surface.endsWithBytes("ي"), key.scalarCount >= 5 {
                break
            }
            // «كأس الكونفدرالية الإفريقية الموسم المقبل»: a definite noun that a word of time makes a
            // season or a year («الموسم المقبل»، «العام الماضي») is when, not part of the name.
            if end > chainStart, tokens[end].hasArticle, Self.isFollowedByATimeModifier(end, in: text) { break }
            let isChainWord = tokens[end].hasArticle && (!NameWords.isStopword(key) || isGeneralAdjective(at: end, in: text))
                && !isDescription && (EntityLexicons.role(at: end, in: text) == nil || Self.isRoleWordDescribing(at: end, in: text))
            // A proper name follows an indefinite head only (حركة حماس); after «الشركة» a bare word is a verb.
            // «جامعة أهلية»، «هيئة مستقلة»: an indefinite adjective describes the head.
            let isProperName = end == chainStart && head.takesProperName && !head.key.startsWithBytes("ال")
                && !NameWords.isStopword(key) && key.scalarCount >= 3 && !key.endsWithBytes("يه")
                && !Self.describesTheHead(at: end, masculineHead: !head.key.endsWithBytes("ه"), in: text)
            // «شركة الخليج للتأمين»، «مجموعة الصفوة للموانئ والخدمات اللوجستية»، «شركة النخبة
            // كابيتال»: a company named by a word or two goes on with its trade after ل, or with the
            // foreign word of its kind that company names carry.
            if end > chainStart, end - chainStart <= 2, !afterLamComplement, Self.tradeNamingHeads.contains(head.key),
               Self.trades.contains(key) || Self.companyNameEndings.contains(key) {
                end += 1
                afterLamComplement = true
                continue
            }
            // «شركة المتوسط لصناعة الملابس الجاهزة»، «مجموعة الفجر لخدمات النفط»: or with a trade
            // in the construct, a bare noun after ل and its definite genitive.
            if end > chainStart, end - chainStart <= 2, !afterLamComplement, Self.tradeNamingHeads.contains(head.key),
               key.startsWithBytes("ل"), !key.startsWithBytes("لل"), Self.tradeNouns.contains(key.droppingScalars()),
               end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].hasArticle, !NameWords.isStopword(tokens[end + 1].key),
               text.paragraphOfToken[end + 1] == text.paragraphOfToken[index] {
                end += 2
                afterLamComplement = true
                continue
            }
            // «وزارة الثقافة والعلاقات مع البرلمان»: relations go on with whom they are with.
            if end > chainStart, key.sameBytes("مع"), tokens[end - 1].key.endsWithBytes("العلاقات"), end + 1 < tokens.count,
               tokens[end + 1].isWord, tokens[end + 1].hasArticle, !NameWords.isStopword(tokens[end + 1].key),
               text.paragraphOfToken[end + 1] == text.paragraphOfToken[index] {
                end += 2
                continue
            }
            // «جهاز مكافحة الهجرة غير الشرعية»، «المنظمة العربية غير الحكومية»: a negated adjective.
            if end > chainStart, key.sameBytes("غير"), end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].hasArticle,
               Self.mayBeAdjective(tokens[end + 1].key), !NameWords.isStopword(tokens[end + 1].key),
               text.paragraphOfToken[end + 1] == text.paragraphOfToken[index] {
                end += 2
                continue
            }
            // «هيئة الزكاة والضريبة والجمارك»: a third noun coordinated after a coordinated one belongs
            // to the name even where it could head a body of its own, if the name ends with it; «وزارة
            // الثقافة والفنون والديوان الوطني للثقافة» joins a second body.
            if end >= chainStart + 2, key.startsWithBytes("وال"), tokens[end - 1].key.startsWithBytes("وال"), key.scalarCount >= 6,
               !NameWords.isStopword(key.droppingScalars()), text.paragraphOfToken[end] == text.paragraphOfToken[index],
               end + 1 >= tokens.count || !(tokens[end + 1].hasArticle || tokens[end + 1].key.startsWithBytes("لل")) {
                end += 1
                continue
            }
            let withLam = key.startsWithBytes("ل")
            // «الأكاديمية الجهوية للتربية والتكوين لجهة بني ملال خنيفرة»: after what the body is for,
            // the province it serves closes its name.
            if withLam, afterLamComplement || end > chainStart && tokens[end - 1].key.startsWithBytes("وال"),
               let province = provinceServed(at: end, in: text) {
                end = province
                break
            }
            // «وزارة التربية والتعليم لاستيعاب الأعداد»: after a coordinated genitive the name is
            // whole, and a bare ل says what the body does it for.
            let afterCoordination = end > chainStart && tokens[end - 1].key.startsWithBytes("وال")
            let isLinked = (end > chainStart || isDefiniteConstruct) && !head.isForce
                && isLinkedComplement(at: end, afterAdjective: head.key.startsWithBytes("ال") || end - chainStart >= 2, in: text)
                && !(withLam && afterLamComplement && !key.startsWithBytes("لل"))
                && !(withLam && afterCoordination && !key.startsWithBytes("لل"))
            if isLinked, withLam { afterLamComplement = true }
            // A word with the article takes no genitive, so after one only an adjective goes on:
            // «أيدت محكمة الاستئناف العليا الحكم»، «ودعت الهيئة المواطنين» end before the object.
            let afterDefinite = end > chainStart ? Self.isDefinite(tokens[end - 1]) : head.key.startsWithBytes("ال")
            if isChainWord, afterDefinite, !Self.mayBeAdjective(key), !EntityLexicons.isNationality(at: end, in: text) { break }
            guard isChainWord || isProperName || isLinked else { break }
            end += 1
            // «الديوان الوطني المهني للحليب ومشتقاته»: a noun with a pronoun takes no genitive, and
            // what follows it is the verb's.
            if isLinked, key.startsWithBytes("و"), Self.endsWithPronounSuffix(tokens[end - 1]) { break }
            // A bare proper name (حماس) ends the name; a definite one opens a chain (حزب الله اللبناني),
            // and so does a bare noun with a definite genitive after it (شركة تسويق النفط).
            if isProperName && !isChainWord, !(end < tokens.count && tokens[end].hasArticle && !NameWords.isStopword(tokens[end].key)) {
                // «شركة نماء لخدمات التزويد»، «جمعية بحر للإغاثة الطبية»: a company or an institution
                // goes on with its trade after its name, as after a place.
                // The trade has a genitive or an adjective after it: «للمستثمرين» alone is to whom.
                if end + 1 < tokens.count, Self.tradeNamingHeads.contains(head.key), tokens[end].key.startsWithBytes("ل"),
                   tokens[end + 1].isWord, tokens[end + 1].hasArticle, !NameWords.isStopword(tokens[end + 1].key),
                   text.paragraphOfToken[end + 1] == text.paragraphOfToken[index] {
                    afterPlace = true
                    continue
                }
                // «شركة فايرفلاي إيروسبيس»: or with the foreign word of its kind.
                if end < tokens.count, Self.tradeNamingHeads.contains(head.key), Self.companyNameEndings.contains(tokens[end].key),
                   text.paragraphOfToken[end] == text.paragraphOfToken[index] {
                    end += 1
                }
                break
            }
        }
        guard end > chainStart || isDefiniteConstruct else { return officeOfAnOfficial(index, head: head, in: text) }
        // «مكتبة المدرسة»، «مسجد القرية»: a body of an institution or a place named only by its kind is
        // no name.
        if end == chainStart + 1, head.wordCount == 1, !head.key.startsWithBytes("ال"), Self.kindsOfPlace.contains(tokens[chainStart].key) {
            return nil
        }
        if Self.describesWithoutNaming(head: head, chain: chainStart..<end, in: text) { return nil }
        // «المحكمة الابتدائية بتونس»، «الاتحاد الجهوي للشغل بصفاقس»: a local body names its town with ب,
        // or with ل as the Maghreb writes it («مديرية توزيع الكهرباء والغاز لوهران»); so does any
        // body named as a branch, by its level or its trade («الفرقة المتنقلة للجمارك بمغنية»).
        let firstHeadWord = String(head.key.prefix { $0 != " " })
        let isLocal = Self.localBodyHeads.contains(firstHeadWord.startsWithBytes("ال") ? firstHeadWord.droppingScalars(2) : firstHeadWord)
        // A body that already names its district keeps the city apart: «محكمة سيدي امحمد بالجزائر العاصمة».
        if end < tokens.count, !afterPlace,
           isLocal && (tokens[end].key.startsWithBytes("ب") || tokens[end].key.startsWithBytes("ل") && !tokens[end].key.startsWithBytes("لل"))
            || tokens[end].key.startsWithBytes("ب") && Self.namesABranch(chainStart..<end, in: text),
           text.paragraphOfToken[end] == text.paragraphOfToken[index],
           let place = EntityLexicons.known(at: end, in: text), place.type == .location, place.procliticLength == 1,
           Self.isTown(place) || isLocal && Gazetteer.match(in: text.words, at: end)?.entry.kind == .region {
            // «مديرية التربية والتعليم بالدقهلية»: a local body names its province so too.
            end = place.tokens.upperBound
        } else if !afterPlace, Self.provincialBranchHeads.contains(head.key), let place = seatAfterFi(at: end, in: text) {
            end = place
        } else if !afterPlace, Self.associationHeads.contains(head.key), !Self.namesANation(chainStart..<end, in: text),
                  let place = seatAfterFi(at: end, in: text, orCountry: true) {
            // «نقابة المهندسين في طرابلس»، «جمعية المصارف في لبنان»: an order or an association is
            // named with the town or country whose members it gathers, unless its name already says
            // whose they are («نقابة المهندسين السوريين في حمص» is a branch where it sits).
            end = place
        } else if !afterPlace, isLocal || Self.provincialBranchHeads.contains(head.key), let province = provinceAfterFi(at: end, in: text) {
            end = province
        } else if let province = provinceAfterBa(at: end, head: firstHeadWord, in: text) {
            end = province
        } else if let city = cityOfAMissionAbroad(head: head, chain: chainStart..<end, in: text) {
            end = city
        }
        return headedChain(index..<end, head: head, in: text)
    }

    /// The end of the town or province a provincial branch's name goes on with after «في», as the
    /// East writes what the Maghreb glues with ب: «مديرية التربية والتعليم في طوباس»، «مصلحة الزراعة في
    /// عكار». The seat tells one province's directorate from another's; a country is where a national
    /// body is, not its seat.
    /// An association's seat may be a country (`orCountry`).
    private func seatAfterFi(at index: Int, in text: AnnotatedText, orCountry: Bool = false) -> Int? {
        let tokens = text.tokens
        guard index + 1 < tokens.count, tokens[index].key.sameBytes("في"), text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
              let place = EntityLexicons.known(at: index + 1, in: text), place.type == .location, place.procliticLength == 0,
              place.tokens.lowerBound == index + 1
        else { return nil }
        let kind = Gazetteer.match(in: text.words, at: index + 1)?.entry.kind
        guard Self.isTown(place) || kind == .region || orCountry && kind == .country else { return nil }
        return place.tokens.upperBound
    }

    /// The end of a province named with its head after «في» at `index` («جمعية حماية المستهلك في
    /// محافظة الخليل»، «نقابة المعلمين في ولاية الخرطوم»): a local body names the province it serves
    /// so, where a bare town after «في» may only be where it sits. The gazetteer must know the place.
    private func provinceAfterFi(at index: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        guard index + 2 < tokens.count, tokens[index].key.sameBytes("في"), Self.provinceHeads.contains(tokens[index + 1].key),
              text.paragraphOfToken[index + 2] == text.paragraphOfToken[index],
              let place = EntityLexicons.known(at: index + 2, in: text), place.type == .location, place.procliticLength == 0,
              place.tokens.lowerBound == index + 2
        else { return nil }
        return place.tokens.upperBound
    }

    /// Whether a definite head and the one word after it describe a body without naming it: an
    /// adjective that tells its kind, field or standing («القوات الأمنية»، «الأجهزة الأمنية»، «السلطة
    /// المحلية»، «المجموعة الطبية»، «المجلس الجديد»), or a company's nationality («الشركة الصينية» is a company from China).
    /// A nationality or a complement after them names a body (القوات الأمنية العراقية).
    static func describesWithoutNaming(head: EntityLexicons.OrganizationHead, chain: Range<Int>, in text: AnnotatedText) -> Bool {
        guard head.key.startsWithBytes("ال"), head.wordCount + chain.count == 2 else { return false }
        let second = chain.isEmpty ? String(head.key.split(separator: " ")[1]) : text.tokens[chain.lowerBound].key
        if kindAdjectives.contains(second) { return true }
        return !chain.isEmpty && companyHeads.contains(head.key) && EntityLexicons.isNationality(at: chain.lowerBound, in: text)
    }

    /// Adjectives that tell a body's kind, field or standing rather than name it (matching form).
    private static let kindAdjectives = WordIndex(
        ["الأمنية", "الأمني", "المحلية", "المحلي", "الطبية", "الطبي", "الصحية", "الصحي", "الفنية", "الفني", "الحكومية",
         "الحكومي", "الرسمية", "الرسمي", "الميدانية", "الميداني", "المختلفة", "المتخصصة", "المتخصص", "الجديد", "الجديدة",
         "السابق", "السابقة", "الحالي", "الحالية", "المقبل", "المقبلة", "المنتخب", "المنتخبة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Definite heads of companies, which a nationality alone describes (matching form).
    private static let companyHeads = WordIndex(["الشركة", "الشركات", "المجموعة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The organization over the tokens `range`, which open with `head`.
    private func headedChain(_ range: Range<Int>, head: EntityLexicons.OrganizationHead, in text: AnnotatedText) -> EntityCandidate {
        var words = range.map { text.tokens[$0].key }
        words.replaceSubrange(0..<head.wordCount, with: head.key.split(separator: " ").map(String.init))
        var candidate = EntityCandidate(
            type: .organization, tokens: range, surface: text.text(ofTokens: range), words: words, canonical: nil)
        candidate.gender = head.key.endsWithBytes("ه") ? .feminine : .masculine
        candidate.procliticLength = head.procliticLength
        return candidate
    }

    /// A part of a body the gazetteer knows or a head names, named after it: «كتلة الحزب الديمقراطي
    /// الكردستاني»، «فرع الهلال الأحمر القطري». «كتلة» alone is no head («كتلة هوائية»، «كتلة الأجور»);
    /// the body after it makes it one.
    func partOfKnownBody(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let key = text.tokens[index].key
        let proclitic = key.startsWithBytes("و") && Self.partHeads.contains(key.droppingScalars()) ? 1 : 0
        guard proclitic == 1 || Self.partHeads.contains(key), index + 1 < text.tokens.count,
              let known = EntityLexicons.known(at: index + 1, in: text) ?? organizationChain(at: index + 1, in: text),
              known.type == .organization, known.procliticLength == 0,
              known.tokens.lowerBound == index + 1, !known.isOutlet
        else { return nil }
        let range = index..<known.tokens.upperBound
        var candidate = EntityCandidate(
            type: .organization, tokens: range, surface: text.text(ofTokens: range),
            words: [key.droppingScalars(proclitic)] + known.words, canonical: nil)
        candidate.procliticLength = proclitic
        candidate.gender = .feminine
        // The body is named too: the bloc stands for its party where the article speaks of both.
        candidate.otherForms = [known.bareSurface]
        return candidate
    }

    /// Heads that name a part of the body named after them (matching form): a bloc, a branch.
    static let partHeads = WordIndex(["كتلة", "فرع"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// «مكتب النائب العام»، «ديوان رئيس الوزراء»: the office of an official is a body, named by the
    /// head, the title of two words or more and the adjectives after it, where no chain read it.
    private func officeOfAnOfficial(_ index: Int, head: EntityLexicons.OrganizationHead, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        let start = index + head.wordCount
        guard Self.officeHeads.contains(head.key), let role = EntityLexicons.role(at: start, in: text), role.tokens.lowerBound == start,
              role.tokens.count >= 2
        else { return nil }
        var end = role.tokens.upperBound
        while end < tokens.count, tokens[end].isWord, tokens[end].hasArticle, Self.mayBeAdjective(tokens[end].key),
              !EntityLexicons.isNationality(at: end, in: text), text.paragraphOfToken[end] == text.paragraphOfToken[index] {
            end += 1
        }
        return headedChain(index..<end, head: head, in: text)
    }

    /// Heads that make a body of the office of an official named after them (matching form).
    private static let officeHeads = WordIndex(["مكتب", "ديوان"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The definite genitive that closes a chain of nouns in construct opening at `start` (a construct
    /// noun), within three indefinite nouns, each after the first a construct noun (glued to و or
    /// not) or a plural in ات, all in `paragraph`; `nil` where no definite genitive closes it.
    static func constructChainEnd(from start: Int, paragraph: Int, in text: AnnotatedText) -> Int? {
        var index = start + 1
        while index < text.tokens.count, index - start <= 3, text.tokens[index].isWord, text.paragraphOfToken[index] == paragraph {
            let token = text.tokens[index]
            if NameWords.isStopword(token.key) { return nil }
            if token.hasArticle { return index }
            // «مزارعي وفلاحي البقاع»: a construct noun after و shares the genitive of the one before.
            let coordinated = token.key.startsWithBytes("و") && token.key.scalarCount >= 5 && isConstructNoun(token.key.droppingScalars())
            guard isConstructNoun(token.key) || coordinated || token.key.endsWithBytes("ات") && token.key.scalarCount >= 5 else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a bare word is a noun that heads a construct inside a body's name: a verbal noun of the
    /// patterns تفعيل (تنظيم، تسعير، تنسيق) or مفاعلة (مكافحة، مراقبة), a plural of the pattern مفاعل
    /// (مكاتب، مصارف، مدارس: «رابطة مكاتب السفر»), a participle's plural in the construct (مزارعي،
    /// معلمي), or one of the plural and collective nouns bodies are named after (أصحاب، أهالي، أركان،
    /// شؤون، حقوق).
    static func isConstructNoun(_ key: String) -> Bool {
        if constructNouns.contains(key) { return true }
        if hasTheShapeOfTafil(key) { return true }
        let scalars = Array(key.unicodeScalars)
        if scalars.count == 5, scalars[0] == "م", scalars[2] == "ا" { return true }
        // إفعال (إحياء، إسكان، إصلاح) and the plurals أفعال (أطفال، أسعار) that bodies are named after.
        if scalars.count == 5, scalars[0] == "ا", scalars[3] == "ا" { return true }
        // «تحالف مزارعي الجزيرة»، «نقابة معلمي المدارس»: the construct of a participle's plural,
        // not a relative adjective (موريتاني).
        if scalars.count >= 5, scalars[0] == "م", scalars.last == "ي", Gazetteer.match([key], at: 0)?.isAdjective != true { return true }
        return scalars.count == 6 && scalars[0] == "م" && scalars[2] == "ا" && scalars[5] == "ه"
    }

    /// Whether the genitive chain `chain` names a branch: it ends in the branch's level (الابتدائية،
    /// الجهوي، المتنقلة …) or holds the trade it serves with ل (للشغل، للجمارك).
    static func namesABranch(_ chain: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let last = chain.last else { return false }
        return branchLevels.contains(text.tokens[last].key)
            || chain.contains { text.tokens[$0].key.startsWithBytes("ل") && !text.tokens[$0].key.startsWithBytes("ال") }
    }

    /// Whether `place` is a town or city: a settlement, or a country named like its capital («بتونس»).
    private static func isTown(_ place: EntityCandidate) -> Bool {
        guard !place.isSettlement else { return true }
        var words = place.words
        if let first = words.first { words[0] = first.droppingScalars(place.procliticLength) }
        return capitals.contains(words.joined(separator: " "))
    }

    /// The end of the city that names a country's mission or school abroad after في: «السفارة السورية
    /// في برلين»، «الجامعة الأميركية في بيروت»; `nil` for any other body or place.
    private func cityOfAMissionAbroad(head: EntityLexicons.OrganizationHead, chain: Range<Int>, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        let end = chain.upperBound
        // «السفارة السورية في برلين»، or the country in the construct: «سفارة إسبانيا في تونس».
        let abroad = Self.missionHeads.contains(head.key) && chain.count == 1 && EntityLexicons.isNationality(at: chain.lowerBound, in: text)
            || Self.embassyHeads.contains(head.key) && !chain.isEmpty
                && Gazetteer.match(in: text.words, at: chain.lowerBound).map { $0.entry.kind == .country && $0.wordCount == chain.count } == true
        guard abroad, end + 1 < tokens.count, tokens[end].key.sameBytes("في"), text.paragraphOfToken[end + 1] == text.paragraphOfToken[end],
              let place = EntityLexicons.known(at: end + 1, in: text), place.type == .location, place.procliticLength == 0, Self.isTown(place)
        else { return nil }
        return place.tokens.upperBound
    }

    /// Heads of a country's missions named with the country in the construct (matching form).
    private static let embassyHeads = WordIndex(["سفارة", "قنصلية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The levels a branch is named by (matching form).
    private static let branchLevels = WordIndex(
        ["الابتدائية", "الاستئنافية", "الجهوية", "الجهوي", "الإقليمية", "الإقليمي", "المحلية", "المحلي", "البلدي", "البلدية",
         "الجماعي", "الجماعية", "الولائية", "الولائي", "المتنقلة", "الجامعي", "الفرعية", "الفرعي"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Definite heads of missions and schools a country keeps abroad (matching form).
    private static let missionHeads = WordIndex(
        ["السفارة", "القنصلية", "الجامعة", "البعثة", "المدرسة", "الأكاديمية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The names of capitals (matching form).
    private static let capitals = Set(Gazetteer.table.entries.filter(\.isCapital).map { AnnotatedText.key(of: $0.name, kind: .word) })

    /// The end of a province named after ب and its head, which a local body or a state's ministry
    /// puts after its name: «المديرية العامة للخدمات الصحية بمحافظة شمال الباطنة»، «وزارة التربية
    /// والتوجيه بولاية كسلا»، «المديرية الجهوية للثقافة بجهة درعة تافيلالت».
    private func provinceAfterBa(at index: Int, head: String, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        let bare = head.startsWithBytes("ال") ? head.droppingScalars(2) : head
        // A municipality is a place itself: «بلدية بئر الجير بولاية وهران» names the province apart.
        guard index + 1 < tokens.count, Self.localBodyHeads.contains(bare) || Self.stateBodyHeads.contains(bare), !bare.sameBytes("بلديه"),
              tokens[index].key.startsWithBytes("ب"), Self.provinceHeads.contains(tokens[index].key.droppingScalars()),
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index]
        else { return nil }
        if let place = EntityLexicons.known(at: index + 1, in: text), place.type == .location, place.tokens.lowerBound == index + 1,
           place.procliticLength == 0 {
            return place.tokens.upperBound
        }
        // A province the gazetteer does not know: one or two name words (درعة تافيلالت، شمال الباطنة);
        // a person's name opens after it, not a second word of it («… بولاية الجزيرة عبد الرحيم …»).
        var end = index + 1
        while end < tokens.count, end - index <= 2, tokens[end].isWord, !NameWords.isStopword(tokens[end].key),
              EntityLexicons.role(at: end, in: text) == nil, text.paragraphOfToken[end] == text.paragraphOfToken[index],
              end == index + 1 || !tokens[end].hasArticle && !tokens[end].key.startsWithBytes("و") && TenseLexicon.table.value(for: tokens[end].key) == nil
                && !GivenNames.isFamilyOpener(tokens[end].key) && GivenNames.gender(of: tokens[end].key) == nil {
            end += 1
        }
        return end > index + 1 ? end : nil
    }

    /// Heads of provinces a body names after ب (matching form, no article).
    private static let provinceHeads = WordIndex(
        ["محافظة", "ولاية", "جهة", "إقليم", "منطقة", "عمالة", "مقاطعة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of a state's or province's own bodies, which name it after ب (matching form, no article).
    private static let stateBodyHeads = WordIndex(["وزارة", "مجلس", "مندوبية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of companies and institutions whose name goes on with their trade after ل (matching
    /// form, no article).
    private static let tradeNamingHeads = WordIndex(
        ["شركة", "مؤسسة", "مجموعة", "مركز", "معهد", "جمعية", "بنك", "مصرف", "صندوق", "مكتب", "دار", "مستشفى", "أكاديمية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Trades after ل that complete a company's name (matching form): للتأمين، للاستثمار، للموانئ …
    private static let trades = WordIndex(
        """
        للتأمين للاستثمار للاستثمارات للموانئ للإنشاءات للمقاولات للتطوير للاتصالات للطيران للنقل للتجارة للصناعة للصناعات \
        للأسمنت للإسمنت للبترول للنفط للطاقة للتعدين للأغذية للأدوية للخدمات للتمويل للصرافة للسياحة للفنادق للتكنولوجيا \
        للبرمجيات للإعلام للإعلان للنشر للتوزيع للهندسة للكهرباء للمياه للتسويق للتموين للملاحة للشحن للحديد للصلب \
        للبتروكيماويات للأسمدة للزراعة للإسكان للعقارات للتشييد للتجزئة للأوراق للوساطة للتعمير للإنتاج للمنتجات للألبان \
        للدواجن للغاز للأسماك للمشروبات للسيارات للإلكترونيات للكيماويات للورق للتغليف للتوريدات للاستشارات
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Nouns of trade a company names after ل in the construct (matching form, without ل): صناعة،
    /// خدمات، تجارة …
    private static let tradeNouns = WordIndex(
        ["صناعة", "صناعات", "خدمات", "تجارة", "إنتاج", "تصنيع", "توزيع", "تسويق", "استيراد", "تصدير", "نقل", "تطوير", "إدارة",
         "استثمار", "تكرير", "تعبئة", "توليد", "صيانة", "مقاولات", "تأجير", "تمويل"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Foreign words that end a company's name (matching form): كابيتال، جروب، القابضة's English kin.
    private static let companyNameEndings = WordIndex(
        ["كابيتال", "جروب", "غروب", "هولدينغ", "هولدنغ", "هولدينج", "إنترناشونال", "إنترناشيونال", "انترناشيونال", "بتروليوم", "إنرجي", "كوربوريشن", "تكنولوجيز",
         "إيروسبيس", "سيستمز", "موتورز", "إيرلاينز", "إيرويز", "فارما", "لابز", "سوليوشنز", "ريسورسز", "إندستريز", "ديفنس", "هولدينغز",
         "بنك", "ماينينغ", "شيبينغ", "لوجستيكس", "ميديا", "تيليكوم", "أويل", "غاز", "إلكتريك", "إنفستمنتس", "كونستركشن"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Verbal nouns with ل that go on with «عن» in a body's name: للدفاع عن، للبحث عن (matching form).
    private static let takesAn = WordIndex(["للدفاع", "للبحث", "للكشف"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a head and the word after it name a staff or a board: «هيئة التدريس»، «الهيئة
    /// التدريسية»، «الهيئة الإدارية» (matching form).
    static func staffOrBoard(head: String, next: String) -> Bool {
        // Every chain start asks: the head alone rules most out before a phrase is built.
        staffHeads.contains(head) && staffs.contains(head + " " + next)
    }

    private static let staffHeads = WordIndex(["هيئة", "الهيئة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether «إدارة» at the head of a chain that starts at `start` is the management of a body or
    /// a site named elsewhere: «إدارة النادي»، «إدارة الشركة»، «إدارة المستشفى», one definite common
    /// noun that nothing after it goes on to name («إدارة المركز الوطني للأرصاد» is a body's name).
    static func managesABodyNamedElsewhere(head: String, at start: Int, in text: AnnotatedText) -> Bool {
        guard head.sameBytes("اداره"), start < text.tokens.count, managedPlaces.contains(text.tokens[start].key) else { return false }
        let next = start + 1
        guard next < text.tokens.count, text.tokens[next].isWord, text.sentenceOfToken[next] == text.sentenceOfToken[start] else { return true }
        let key = text.tokens[next].key
        return !(text.tokens[next].hasArticle || key.startsWithBytes("لل") || key.startsWithBytes("وال"))
    }

    /// Whether «حركة» at the head of a chain that starts at `start` is motion, not a movement: the
    /// traffic of what moves («حركة الملاحة»، «حركة الإقلاع والهبوط»، «حركة الزبائن»), the yearly
    /// transfers of a service («الحركة الانتقالية للقضاة»), or a movement an adjective or a
    /// comparative describes («حركة نشطة»، «حركة أضعف»). A movement the gazetteer knows was read
    /// before this.
    static func isMotion(head: String, at start: Int, in text: AnnotatedText) -> Bool {
        guard head.sameBytes("حركه") || head.sameBytes("الحركه"), start < text.tokens.count, text.tokens[start].isWord else { return false }
        let key = text.tokens[start].key
        if movingThings.contains(key) { return true }
        guard head.sameBytes("حركه"), !text.tokens[start].hasArticle, GivenNames.gender(ofWritten: text.tokens[start].surface, key: key) == nil
        else { return false }
        // An indefinite adjective agrees with the feminine head; «أفعل» compares.
        return key.endsWithBytes("ه") && key.scalarCount >= 4 || key.startsWithBytes("ا") && key.scalarCount == 4
    }

    /// Whether the one-word title at `index` describes the complement with ل before it rather than
    /// opening a person's title: «الهيئة الألمانية للتبادل الأكاديمي» (exchange that is academic),
    /// where no name follows it («للكتاب الشاعر فلان» opens one).
    static func isRoleWordDescribing(at index: Int, in text: AnnotatedText) -> Bool {
        let tokens = text.tokens
        guard index > 0, tokens[index - 1].key.startsWithBytes("لل"), tokens[index].key.endsWithBytes("ي"),
              EntityLexicons.role(at: index, in: text)?.tokens.count == 1
        else { return false }
        // What follows may not open a name: a given name, or any other bare word but a function word.
        let next = index + 1
        guard next < tokens.count, tokens[next].isWord, text.sentenceOfToken[next] == text.sentenceOfToken[index] else { return true }
        if GivenNames.gender(ofWritten: tokens[next].surface, key: tokens[next].key) != nil { return false }
        return tokens[next].hasArticle || NameWords.isStopword(tokens[next].key)
    }

    /// Whether «شركة» at the head of a chain that starts at `start` is a company described, not
    /// named: one for an activity («شركة للنقل»، «شركة استقدام»، «شركة تخليص»، «شركة مقاولات»),
    /// with nothing definite after that would go on to a name; or the company already named, by
    /// what it does in the story («الشركة المستوردة»، «الشركة المتعهدة»).
    static func describesACompany(head: String, at start: Int, in text: AnnotatedText) -> Bool {
        guard head.sameBytes("شركه") || head.sameBytes("الشركه"), start < text.tokens.count, text.tokens[start].isWord else { return false }
        let token = text.tokens[start]
        let next = start + 1
        let followed = next < text.tokens.count && text.tokens[next].isWord && text.sentenceOfToken[next] == text.sentenceOfToken[start]
        let goesOn = followed && (text.tokens[next].hasArticle || text.tokens[next].key.startsWithBytes("لل"))
        if head.sameBytes("الشركه") { return companyRoles.contains(token.key) && !goesOn }
        // «شركة توزيع كهرباء الشمال»، «شركة مطارات عمان»: a genitive after the activity goes on to a
        // name; a feminine adjective («مخالفة»، «محلية») or a function word ends the phrase.
        let nextKey = followed ? text.tokens[next].key : ""
        let takesAGenitive = followed && !NameWords.isStopword(nextKey) && !(nextKey.endsWithBytes("ه") && nextKey.scalarCount >= 4)
        if token.key.startsWithBytes("لل"), token.key.scalarCount >= 5 { return true }
        guard !token.hasArticle, !goesOn, !takesAGenitive, GivenNames.gender(ofWritten: token.surface, key: token.key) == nil else { return false }
        return hasTheShapeOfTafil(token.key) || hasTheShapeOfADerivedVerbalNoun(token.key)
            || token.key.endsWithBytes("ات") && token.key.scalarCount >= 6
    }

    /// What a company named before is called by in a story (matching form, with the article).
    private static let companyRoles = WordIndex(
        ["المستوردة", "المتعهدة", "المنفذة", "المشغلة", "المصنعة", "المالكة", "المعنية", "الواحدة", "المذكورة", "الأم", "الناقلة",
         "المقاولة", "المتضررة", "المخالفة", "المسؤولة", "المكلفة", "الفائزة", "المطورة", "المستثمرة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// What moves, or the motion itself, after «حركة» (matching form).
    private static let movingThings = WordIndex(
        """
        السير المرور الملاحة النقل الطيران السفن الشاحنات المسافرين الركاب العبور البيع الشراء التداول الأسواق \
        الأسعار النزوح العودة الهجرة الأسهم البورصة الحجوزات الرياح الأمواج الموظفين السياح الزوار التنقلات \
        الزبائن الهبوط الإقلاع المناولة الآليات التجارية الانتقالية التنقلية الاقتصادية العمرانية الطائرات \
        المركبات السيارات القطارات البضائع الحاويات الأموال الاستيراد التصدير الصادرات الواردات داخل
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Definite common nouns of the bodies and sites a management runs (matching form).
    private static let managedPlaces = WordIndex(
        """
        النادي الشركة المهرجان المحطة المعمل الميناء المركز الهيئة المستشفى المصنع السد المدرسة الجامعة المطار السجن \
        الفندق المشروع المؤسسة المجمع السوق البنك المصرف الحقول الحقل المعرض الملعب المسرح الفريق المنتخب المتحف \
        المنشأة المنجم المصفاة المخيم الجمعية المعهد الكلية المجلس الوكالة المنطقة المدينة المحمية الخزان
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    private static let staffs = WordIndex(
        ["هيئة التدريس", "هيئة التمريض", "الهيئة التدريسية", "الهيئة التعليمية", "الهيئة الإدارية", "الهيئة التمريضية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    private static let constituencyHead = ArabicNormalizer.matching.normalizedString("دائرة")
    private static let electoral = ArabicNormalizer.matching.normalizedString("انتخابية")

    /// Whether a bare word is the plural in ات of a body's head (شركات، هيئات، جمعيات، نقابات),
    /// matching form.
    static func isPluralOfABodyHead(_ key: String) -> Bool {
        guard key.endsWithBytes("ات"), key.scalarCount >= 5, !key.startsWithBytes("ال") else { return false }
        let singular = key.droppingLastScalar().droppingLastScalar() + "ه"
        return OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: singular, proclitics: false)
    }

    /// Bare heads of a state's missions abroad (matching form).
    private static let accreditedHeads = WordIndex(
        ["سفارة", "بعثة", "قنصلية", "مندوبية", "ممثلية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Verbal nouns that go on with «على» in a body's name: الرقابة على، للإشراف على (matching form).
    private static let takesAla = WordIndex(
        ["الرقابة", "للرقابة", "الإشراف", "للإشراف", "التفتيش", "للتفتيش", "الحفاظ", "للحفاظ", "للقضاء", "القضاء", "المحافظة",
         "للمحافظة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of a ministry's provincial branches, named by their seat (matching form): «مديرية الزراعة في
    /// درعا» is not Hasakah's. Definite heads (المديرية العامة) are national, and so is a body whose
    /// seat is only where it sits («الهيئة العامة للآثار في بغداد»).
    private static let provincialBranchHeads = WordIndex(["مديرية", "مصلحة", "مندوبية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether `key` reads as an imperfect with an object pronoun («يقوده»، «تديرها»، «نملكهم»).
    private static func isImperfectWithAPronoun(_ key: String) -> Bool {
        guard key.scalarCount >= 5, let first = key.unicodeScalars.first, "يتن".unicodeScalars.contains(first) else { return false }
        return ["ه", "ها", "هم"].contains { key.endsWithBytes($0) }
    }

    /// Heads of orders and associations, named with the town or country of their members (matching
    /// form).
    private static let associationHeads = WordIndex(["نقابة", "جمعية", "تجمع", "رابطة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the words `range` of a body's name name a nation or a country («نقابة المهندسين
    /// السوريين»، «نقابة صيادلة سوريا»).
    private static func namesANation(_ range: Range<Int>, in text: AnnotatedText) -> Bool {
        range.contains { index in
            EntityLexicons.isNationality(at: index, in: text) || Gazetteer.match(in: text.words, at: index)?.entry.kind == .country
        }
    }

    /// Heads of local bodies, which name their town with ب (matching form, no article).
    private static let localBodyHeads = WordIndex(
        ["محكمة", "مديرية", "هيئة", "نيابة", "بلدية", "اتحاد", "نقابة", "جامعة", "كلية", "مستشفى", "مكتب", "فرع", "دائرة", "مندوبية", "غرفة",
         "إدارة", "مصلحة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Nouns in construct that bodies are named after (matching form).
    static let constructNouns = WordIndex(
        """
        أصحاب أهالي أركان شؤون حقوق حماية رعاية تنمية إدارة إغاثة إعادة إعمار دعم خدمات عمال موظفي ذوي أسر أمن حرس \
        مكافحة مراقبة متابعة تطوير تحرير تنسيق تنظيم تسعير تخطيط تقييم تحقيق تقصي إنقاذ طوارئ ضحايا صناعة تجارة صناعات \
        أصدقاء أساتذة أطباء صيادلة صحفيي طلبة طلاب تجار سائقي صيادي خريجي ناشري أولياء رجال سيدات نساء أبناء ملاك هواة قدامى \
        بلديات نقابات جمعيات غرف مجالس نقل مياه كهرباء سوق رأس ضريبة ضرائب إنتاج بحوث دراسات حفظ صون رصد نشر شورى قطاع مرور ري \
        علوم فنون كرة مربي
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Whether the indefinite word at `index`, right after an indefinite head, is an adjective that
    /// describes it rather than the name it bears: «مستشفى جديد»، «شركة خاصة»، «مستشفى ميداني». After a
    /// masculine head a word ending in ي is a nisba adjective (حكومي، عسكري، جامعي) unless it is a
    /// given name or a place (مستشفى علي، بنك دبي); a feminine head's nisba ends in ية and never names.
    static func describesTheHead(at index: Int, masculineHead: Bool, in text: AnnotatedText) -> Bool {
        let key = text.tokens[index].key
        if indefiniteAdjectives.contains(key) { return true }
        guard masculineHead, key.scalarCount >= 4, key.endsWithBytes("ي") || key.endsWithBytes("يا") else { return false }
        return GivenNames.gender(ofWritten: text.tokens[index].surface, key: key) == nil && EntityLexicons.known(at: index, in: text) == nil
    }

    /// Indefinite adjectives that describe a new, near, big or private body, in both genders and the
    /// accusative.
    private static let indefiniteAdjectives = WordIndex("""
        جديد جديدة جديدا قديم قديمة قديما قريب قريبة قريبا مجاور مجاورة مجاورا كبير كبيرة كبيرا صغير صغيرة صغيرا \
        ضخم ضخمة ضخما حديث حديثة حديثا خاص خاصة خاصا عام عامة عاما مستقل مستقلة مستقلا متخصص متخصصة متخصصا \
        مؤقت مؤقتة مؤقتا متنقل متنقلة متنقلا آخر أخرى ثان ثانية ثالث ثالثة واحد واحدة تابع تابعة تابعا مماثل مماثلة \
        بديل بديلة بديلا كامل كاملة رئيسي رئيسية
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Heads of bodies that are adjectives too (federal, coordinating, cooperative, municipal): «وزارة
    /// المالية الاتحادية»، «اللجنة التنسيقية»، «الجمعية التعاونية للصيادين»، «وزارة الشؤون البلدية»
    /// (matching form).
    private static let headsAlsoAdjectives = WordIndex(["الاتحادية", "الفيدرالية", "التنسيقية", "التعاونية", "البلدية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word with the article (matching form) may be an adjective: a nisba (الوطني،
    /// الدولية), a feminine (العامة، المشتركة), a participle (المتحدة، المستقل), an elative (الأحمر،
    /// العليا، الكبرى) or one of the common adjectives of names of bodies (العام، الخاص، الحر، السريع).
    /// Nouns in the plural (المواطنين، العمليات) and other masculine nouns (الحكم، القرار) are not.
    static func mayBeAdjective(_ key: String) -> Bool {
        if key.endsWithBytes("ين") || key.endsWithBytes("ون") || key.endsWithBytes("ات") { return false }
        if headsAlsoAdjectives.contains(key) { return true }
        if objectNouns.contains(key) || OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: key, proclitics: false) {
            return false
        }
        if key.endsWithBytes("ي") || key.endsWithBytes("ا") { return true }
        if key.endsWithBytes("ه") { return Self.hasFeminineAdjectiveShape(key) }
        // A participle (المتحدة، المستقل، المبكر), unless a noun of the same shape (المركز).
        if key.startsWithBytes("الم") || key.startsWithBytes("الا") && key.scalarCount == 6 { return true }
        return commonAdjectives.contains(key)
    }

    /// Whether a definite word ending in ة has the shape of an adjective: a nisba (الوطنية), a short
    /// word (الحرة), or the patterns فاعلة (الشاملة، القابضة), فاعّة (العامة، الخاصة) and فعيلة
    /// (الجديدة، الكبيرة). A verbal noun such as فِعالة (الزيادة، الرقابة) or تفعلة is a noun: «صرفت
    /// حكومة الوحدة الوطنية الزيادة» ends before it.
    static func hasFeminineAdjectiveShape(_ key: String) -> Bool {
        if key.endsWithBytes("يه") || key.startsWithBytes("الم") || commonAdjectives.contains(key) { return true }
        let scalars = Array(key.unicodeScalars)
        guard scalars.count > 5, key.startsWithBytes("ال") else { return true }
        if scalars.count == 6 { return scalars[3] == "ا" }
        if scalars.count == 7 { return scalars[3] == "ا" || scalars[4] == "ي" }
        return false
    }

    /// Nouns that look like adjectives and often follow a name as the verb's object (حمّلت النقابة
    /// الحكومة المسؤولية، يحتل المنتخب المصري المركز الثالث).
    private static let objectNouns = WordIndex(
        """
        الحكومة الدولة المنطقة المدينة المسؤولية السلطة القضية الأزمة العملية الخطة الجلسة الحملة الحرب الساحة المرحلة \
        الفرصة الموافقة المركز المجلس المكتب المنصب الموقع المشروع الملف المبلغ المقر الموعد الملعب المطار المعبر المصنع \
        المنزل المستشفى
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Whether a word has the article, alone or after و or a preposition (والإسعاف، للانتخابات).
    static func isDefinite(_ token: WordToken) -> Bool {
        token.hasArticle || ["وال", "لل", "بال"].contains { token.key.startsWithBytes($0) && token.key.scalarCount > 4 }
    }

    /// Masculine adjectives of names of bodies with no ending that shows them (matching form).
    private static let commonAdjectives = WordIndex(
        "العام الخاص الحر الجديد الكبير الدائم السريع الاول الثاني الثالث الموحد الأعلى الأدنى الأوسط"
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Whether the head `head` (matching form) is the verbal noun of an act whose object is `object`,
    /// definite or not (قيادة السيارة، إدارة الأزمة، تنظيم الانتخابات، تنظيم مهرجان، حركة الملاحة) rather
    /// than a body.
    static func isActOfVerbalNoun(head: String, object: String) -> Bool {
        let bare = head.startsWithBytes("ال") ? head.droppingScalars(2) : head
        guard let objects = actObjects[bare] else { return false }
        // «تنظيم مهرجان حتا»، «تنظيم ورشة»: the thing done may be indefinite too.
        return objects.contains(object) || !object.startsWithBytes("ال") && objects.contains("ال" + object)
    }

    /// For each head that is also a verbal noun (or a common noun), the things one does it to or
    /// the words that make it that noun (matching form).
    private static let actObjects: [String: WordIndex] = {
        func words(_ list: String) -> WordIndex {
            WordIndex(list.split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })
        }
        let fighting = "القتال الحرب المعركة المعارك الهجوم الهجمات الحملة الحملات الجهود المرحلة البلاد المفاوضات الحوار الفريق المنتخب"
        let vehicles = "السيارة السيارات المركبة المركبات الطائرة الطائرات الشاحنة الدراجة"
        let affairs = "الأزمة الأزمات الملف الملفات الاقتصاد الموارد المشروع المشاريع الموقف الصراع النزاع الوقت"
        let events = "الانتخابات الحفل المهرجان البطولة المؤتمر الاحتفال الاحتفالات المسابقة الرحلات الرحلة الفعاليات الاعتصام التظاهرة التظاهرات"
            + " الصالون المعرض الملتقى الندوة الدورة السباق الورشة الورش الصيد الزيارة الزيارات"
            + " الحملة الحملات المسيرة المسيرات الوقفة الوقفات اللقاء اللقاءات الدورات الأنشطة النشاط القافلة القوافل الجولة الجولات"
            + " الأمسية الأمسيات المباراة المباريات الحفلات البطولات المسابقات المؤتمرات الندوات المعارض الملتقيات المهرجانات"
        let traffic = "السير المرور الملاحة الطيران التجارة النقل الأسواق النزوح الأموال البضائع المسافرين الشحن التفريغ الحاويات"
            + " السفن البواخر الشاحنات العبور الركاب البيانات الإنترنت البيع الشراء التداول الاستيراد التصدير الاتصالات الزوار"
            + " السياحة المبيعات الدخول الخروج الرحلات التبادل التنقل"
            // «حركة نقل البضائع»: a verbal noun of moving goods or people in the construct.
            + " نقل شحن تبادل تنقل عبور بيع"
        return [
            ArabicNormalizer.matching.normalizedString("قيادة"): words(fighting + " " + vehicles),
            ArabicNormalizer.matching.normalizedString("إدارة"): words(fighting + " " + affairs),
            ArabicNormalizer.matching.normalizedString("تنظيم"): words(events + " السير الأسواق حركة"),
            ArabicNormalizer.matching.normalizedString("حركة"): words(traffic + " " + vehicles + " القطارات الحافلات المشاة"),
            // «الجهاز الفني»، «الجهاز الطبي»: a team's coaching or medical staff; «جهاز التتبع» a device.
            ArabicNormalizer.matching.normalizedString("جهاز"): words("الفني الطبي الإداري المناعي الهضمي العصبي التنفسي"
                + " التتبع التكييف التحكم الإنذار الكشف التنفس القياس التشويش"),
            // «هيئة المحكمة»، «هيئة الدفاع»: the bench and the defence of a trial (but «هيئة الدفاع
            // المدني» is the civil defence).
            ArabicNormalizer.matching.normalizedString("هيئة"): words("المحكمة الدفاع المحلفين"),
            // «تغليب المصلحة الوطنية»: the interest, not a department.
            ArabicNormalizer.matching.normalizedString("مصلحة"): words("الوطنية العامة العليا المشتركة"),
        ]
    }()

    /// Whether a place glued to ل opens at token `index` («لنهر الليطاني»، «لمحافظة إربد»).
    private static func servesAPlace(at index: Int, in text: AnnotatedText) -> Bool {
        guard index < text.tokens.count, text.tokens[index].key.startsWithBytes("ل"), !text.tokens[index].key.startsWithBytes("لل"),
              let place = EntityLexicons.known(at: index, in: text)
        else { return false }
        return place.type == .location && place.procliticLength == 1 && place.tokens.lowerBound == index
    }

    /// The end of a place that follows a bare noun at `index` right after a bare head, which makes
    /// the noun and the place the head's complement (محكمة جنايات القاهرة، مديرية تربية نينوى، شركة
    /// نفط البصرة), or `nil`.
    func placeAfterBareNoun(
        at index: Int, head: EntityLexicons.OrganizationHead,
        in text: AnnotatedText
    ) -> Int? {
        let token = text.tokens[index]
        guard !head.isForce, !head.key.startsWithBytes("ال"), !head.key.contains(" "), index + 1 < text.tokens.count,
              token.isWord, !token.hasArticle, token.key.scalarCount >= 3, !NameWords.isStopword(token.key),
              EntityLexicons.organizationHead(at: index, in: text) == nil, EntityLexicons.role(at: index, in: text) == nil,
              EntityLexicons.known(at: index, in: text) == nil
        else { return nil }
        // «مديرية صحة محافظة البصرة»: the place may come with its head.
        let placeHead = text.tokens[index + 1].isWord && EntityLexicons.placeHeads.contains(text.tokens[index + 1].key) ? 1 : 0
        guard index + 1 + placeHead < text.tokens.count,
              let place = EntityLexicons.known(at: index + 1 + placeHead, in: text), place.type == .location,
              place.tokens.lowerBound == index + 1 + placeHead, place.procliticLength == 0
        else { return nil }
        return place.tokens.upperBound
    }

    /// Whether the word at `index` is «العام» as the adjective "general" inside a name (الاتحاد العام،
    /// مديرية الأمن العام) rather than "the year": no time word or number follows it.
    func isGeneralAdjective(at index: Int, in text: AnnotatedText) -> Bool {
        guard text.tokens[index].key.sameBytes("العام") else { return false }
        guard index + 1 < text.tokens.count else { return true }
        let next = text.tokens[index + 1]
        return next.kind != .number && !(next.isWord && NameWords.timeWords.contains(next.key))
    }

    /// Heads of the provinces and regions a body serves, after ل (matching form): «لولاية»، «لمحافظة»،
    /// and the Moroccan «لجهة»، «لإقليم»، «لعمالة».
    static let servedProvinceHeads = WordIndex(
        ["ولاية", "محافظة", "جهة", "إقليم", "عمالة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The end of the province a body serves, named after ل and its head at `index` («مديرية التربية
    /// لولاية سطيف»، «المجلس البلدي لمحافظة الكرك»، «الأكاديمية الجهوية للتربية والتكوين لجهة …»), or
    /// `nil`.
    func provinceServed(at index: Int, in text: AnnotatedText) -> Int? {
        let key = text.tokens[index].key
        guard Self.servedProvinceHeads.procliticLength(of: key, minimumLetters: 3) == 1, key.unicodeScalars.dropFirst().first != "ل",
              index + 1 < text.tokens.count, text.paragraphOfToken[index + 1] == text.paragraphOfToken[index]
        else { return nil }
        // The gazetteer may list the province with its head («جهة بني ملال خنيفرة»).
        if let whole = EntityLexicons.known(at: index, in: text), whole.type == .location, whole.procliticLength == 1,
           whole.tokens.lowerBound == index, whole.tokens.count > 1 {
            return whole.tokens.upperBound
        }
        guard let place = EntityLexicons.known(at: index + 1, in: text), place.type == .location, place.tokens.lowerBound == index + 1,
              place.procliticLength == 0
        else { return nil }
        return place.tokens.upperBound
    }

    /// Whether the word at `index` carries an organization's name on past a preposition or a
    /// conjunction:
    /// - a portfolio joined by و (وزارة الصحة والسكان، وزارة الثقافة والسياحة والآثار، وزارة الصحة
    ///   ووقاية المجتمع), unless what follows و is another body, a title, a known name or a function word;
    /// - after a definite head and its adjective, or two words of a genitive chain, a complement with ل
    ///   (المديرية العامة للأرصاد الجوية، الاتحاد السعودي لكرة القدم، منظمة البلدان المصدرة للبترول),
    ///   unless it is whom a statement was made to (للصحفيين).
    /// The end of a body named after ل at token `index` (لمجلس الوزراء، للحماية المدنية، لجامعة الدول
    /// العربية، لقوى الأمن الداخلي): a head that names a body on its own or with its genitive, or an
    /// organization the gazetteer knows, not an
    /// outlet (an outlet after ل is whom one speaks to: «قالت الهيئة العامة لوكالة الأنباء»).
    func bodyComplement(at index: Int, in text: AnnotatedText) -> Int? {
        let key = text.tokens[index].key
        guard key.startsWithBytes("ل"), text.paragraphOfToken[index] == text.paragraphOfToken[max(index - 1, 0)],
              !Self.opensAnOutlet(at: index, in: text)
        else { return nil }
        if let head = OrganizationHeadLexicon.match(in: text.words, at: index), head.procliticLength == 1, !head.isMedia {
            if head.isStandalone {
                // «الفرقة الولائية للشرطة القضائية»: the body's own adjectives go with it.
                var end = index + head.wordCount
                while end < text.tokens.count, end < index + head.wordCount + 2, text.tokens[end].isWord, text.tokens[end].hasArticle,
                      Self.mayBeAdjective(text.tokens[end].key), !NameWords.isStopword(text.tokens[end].key),
                      EntityLexicons.role(at: end, in: text) == nil, text.paragraphOfToken[end] == text.paragraphOfToken[index] {
                    end += 1
                }
                return end
            }
            // «لشرطة رأس الخيمة»، «لشرطة دبي»: a force and the place it serves.
            let after = index + head.wordCount
            if after < text.tokens.count, let place = EntityLexicons.known(at: after, in: text), place.type == .location,
               place.tokens.lowerBound == after, place.procliticLength == 0, text.paragraphOfToken[after] == text.paragraphOfToken[index] {
                return place.tokens.upperBound
            }
            // «المديرية العامة لقوى الأمن الداخلي»: a body named by a head and its own genitive.
            if let body = organizationChain(at: index, in: text), body.tokens.count > head.wordCount { return body.tokens.upperBound }
        }
        if let province = provinceServed(at: index, in: text) { return province }
        if let known = Gazetteer.match(in: text.words, at: index), known.entry.type == .organization, !known.entry.isMedia,
           known.procliticLength == 1, !known.isAdjective {
            return min(index + known.wordCount, text.tokens.count)
        }
        return nil
    }

    /// Whether an outlet's head glued to ل opens at token `index` («لوكالة»، «لصحيفة»، «لقناة»): whom
    /// words were given to, never a part of the body's name before it.
    /// A news agency is one where «للأنباء» closes its name within four words («لوكالة تونس إفريقيا
    /// للأنباء»), which «وكالة» alone does not say (وكالة الفضاء).
    private static func opensAnOutlet(at index: Int, in text: AnnotatedText) -> Bool {
        let key = text.tokens[index].key
        guard key.startsWithBytes("ل"), !key.startsWithBytes("لل") else { return false }
        if let head = OrganizationHeadLexicon.match(in: text.words, at: index), head.isMedia, head.procliticLength == 1 { return true }
        if let known = Gazetteer.match(in: text.words, at: index), known.entry.isMedia, known.procliticLength == 1 { return true }
        guard key.droppingScalars().sameBytes("وكاله") else { return false }
        return ((index + 1)..<min(index + 5, text.tokens.count)).contains { after in
            text.paragraphOfToken[after] == text.paragraphOfToken[index] && ["للانباء", "الانباء"].contains(where: text.tokens[after].key.sameBytes)
        }
    }

    /// Definite adjectives after the head of a province that name the province by its side
    /// (المحافظة الشمالية، الولاية الوسطى) rather than a field (matching form).
    private static let provinceAdjectives = WordIndex(
        ["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الساحلية", "الحدودية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Institutions and places named by their kind (matching form).
    private static let kindsOfPlace = WordIndex(
        ["المدرسة", "الكلية", "المستشفى", "الحي", "القرية", "البلدة", "المسجد", "المعهد", "المصنع", "المخيم", "السجن"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of a body's board (matching form): «مجلس إدارة»، «مجلس أمناء».
    private static let boards: WordIndex = ["مجلس اداره", "مجلس امناء"]

    /// Journalists after ل (matching form).
    private static let journalists: WordIndex = ["للصحفيين", "للصحافيين"]

    /// «نفسه»، «ذاته» and their feminine and plural (matching form).
    static let same = WordIndex(["نفسه", "ذاته", "نفسها", "ذاتها", "نفسهم", "ذاتهم"].map { ArabicNormalizer.matching.normalizedString($0) })

    func isLinkedComplement(at index: Int, afterAdjective: Bool, in text: AnnotatedText) -> Bool {
        let key = text.tokens[index].key
        guard key.scalarCount >= 4, let letter = key.unicodeScalars.first, letter == "و" || letter == "ل" else { return false }
        let rest = key.droppingScalars()
        let nextIsDefinite = index + 1 < text.tokens.count && text.tokens[index + 1].isWord
            && text.tokens[index + 1].hasArticle
        // ل before the article is written لل (للاستثمار): the word is definite.
        let isDefinite = rest.startsWithBytes("ال") || (letter == "ل" && rest.startsWithBytes("ل"))
        // «مديرية البريد … للولاية»: the province itself, named by its head alone, is whose the body
        // is, not part of its name.
        if letter == "ل", rest.startsWithBytes("ل"), Self.isLocalityHead(rest.droppingScalars()) {
            // «للمحافظة العقارية» (for land registry) is a field, not a province.
            return afterAdjective && nextIsDefinite && Self.mayBeAdjective(text.tokens[index + 1].key)
                && !Self.provinceAdjectives.contains(text.tokens[index + 1].key)
        }
        // «تلف لقاح في مستشفى الحسين للسبب نفسه»: "for the same reason", "to the same end".
        if index + 1 < text.tokens.count, Self.same.contains(text.tokens[index + 1].key) { return false }
        // «للصحفيين» after a verb is whom it was told; after a body's adjective, whom the body gathers
        // («النقابة الوطنية للصحفيين التونسيين»، «الاتحاد الدولي للصحفيين»).
        let membersAfterAdjective = afterAdjective && Self.journalists.contains(key)
        guard isDefinite || nextIsDefinite, !NameWords.isStopword(rest), !SpeakerResolver.subjectless.contains(key) || membersAfterAdjective,
              // «وزارة الزراعة وشركات الأسمدة»: bodies of a kind after و are others; with the article
              // they are a portfolio («وزارة الداخلية والبلديات»).
              !(letter == "و" && Self.isPluralOfABodyHead(rest)),
              EntityLexicons.organizationHead(at: index, in: text) == nil, EntityLexicons.role(at: index, in: text) == nil,
              EntityLexicons.known(at: index, in: text) == nil,
              // «لوكالة الأنباء»، «لصحيفة …»: an outlet after ل is whom the body spoke to.
              OrganizationHeadLexicon.match(in: text.words, at: index)?.isMedia != true
        else { return false }
        return letter == "و" || afterAdjective
    }
}

// Bodies named in quotation marks (see ``EntityRecognizer``).
extension EntityRecognizer {
    /// A company, association, alliance or party whose name follows its head in quotation marks:
    /// «شركة «بيرل بتروليوم»»، «جمعية «مبادرات إبراهيم»»، «تحالف «سيمنز موبيليتي»». The entity is the
    /// headed name, with the quoted name as an alias; outlets (قناة «الجزيرة») are read by their own
    /// rules, and a campaign or a programme in marks («حملة «صحتك أولا»») is no body. The mention
    /// covers the head and the marks.
    func bodyNamedInMarks(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let head = OrganizationHeadLexicon.match(in: text.words, at: index), !head.isMedia, !head.isDefinite, head.wordCount == 1,
              Self.bodiesNamedInMarks.contains(head.head),
              let name = text.quotedWords(at: index + 1, before: tokens.count),
              text.paragraphOfToken[name.upperBound] == text.paragraphOfToken[index],
              name.contains(where: { tokens[$0].kind == .latin || !NameWords.isStopword(tokens[$0].key) })
        else { return nil }
        // The mention runs from the head to the closing mark, so that the body is the subject of the
        // verb before it; the name in the marks is its alias.
        let proclitics = max(0, tokens[index].surface.unicodeScalars.count - head.head.unicodeScalars.count)
        var candidate = EntityCandidate(
            type: .organization, tokens: index..<(name.upperBound + 1), surface: tokens[index].surface + " " + text.text(ofTokens: name),
            words: [ArabicNormalizer.matching.normalizedString(head.head)] + name.map { tokens[$0].key }, canonical: nil)
        candidate.procliticLength = proclitics
        candidate.otherForms = [text.text(ofTokens: name)]
        candidate.gender = head.head.endsWithBytes("ة") ? .feminine : .masculine
        return candidate
    }

    /// Heads of bodies that news name in quotation marks, as the head lexicon writes them (no article).
    private static let bodiesNamedInMarks: WordIndex = [
        "شركة", "مجموعة", "جمعية", "مؤسسة", "منظمة", "تحالف", "ائتلاف", "حزب", "حركة", "تيار", "جبهة", "كتلة", "رابطة", "نقابة", "اتحاد",
        "مصرف", "بنك", "صندوق", "مبادرة", "تجمع", "منصة", "نادي", "فرقة", "دار", "مركز", "معهد", "مختبر",
    ]
}
