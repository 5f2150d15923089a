import Extraction
import Ingest
@testable import Reports
@testable import Stories

/// A small report built by hand around an invented story (a dam opened in an invented province,
/// reported by three invented outlets), with diacritics, emoji and a ligature in the texts so that
/// offsets counted in anything but Unicode scalars show.
enum SampleReport {
    static let agencyText = """
        افتتح وزيرُ الموارد المائية سالم العامري صباح الثلاثاء 5 آذار 2024 سدَّ النخيل 🌊 في محافظة الواحة، بطاقة تخزين تبلغ 120 مليون متر مكعب.
        وقال العامري في مؤتمر صحفي: «إنَّ السدّ سيروي أكثر من 40 ألف دونم 👨‍👩‍👧 ﻻ سيما في موسم الصيف».
        وأضاف أن أعمال البناء بدأت في أيار 2021.
        """
    static let siteText = """
        نقل موقع الضفة اليوم أن وزير الموارد المائية سالم العامري افتتح سدَّ النخيل 🌊 في محافظة الواحة، بطاقة تخزين تبلغ 150 مليون متر مكعب.
        وقال العامري بحسب وكالة الرافدين للأنباء: «إنَّ السدّ سيروي أكثر من 40 ألف دونم».
        """
    static let paperText = """
        ذكرت صحيفة المساء نقلاً عن وكالة الرافدين أن المتحدث باسم الوزارة نفى يوم الأربعاء وجود تسرب في جسم السد.
        وقال المتحدث: «لا صحة لما يُشاع عن تسرب المياه».
        """
    static let otherText = "افتتح معرض الكتاب السنوي أبوابه في مدينة الساحل بمشاركة ثلاثمئة دار نشر."

    static let agency = Article(
        source: ArticleSource(input: "agency.html", outlet: "وكالة الرافدين للأنباء", url: "https://rafidain.example/dam"),
        title: "افتتاح سدّ النخيل في محافظة الواحة", published: PublicationDate(value: "2024-03-05", inferred: false, evidence: "meta"),
        text: agencyText, removed: [RemovedText(text: "اقرأ أيضاً: أخبار ذات صلة", reason: "related-links header")],
        language: "ar", author: "قسم الأخبار", dateline: "الواحة - الرافدين")
    static let site = Article(
        source: ArticleSource(input: "site.txt", outlet: "موقع الضفة اليوم"),
        title: "الوزير العامري يفتتح سد النخيل", published: PublicationDate(value: "2024-03-05", inferred: true, evidence: "اليوم الثلاثاء"),
        text: siteText, language: "ar")
    static let paper = Article(
        source: ArticleSource(input: "feed.xml#2", outlet: "صحيفة المساء", url: "https://masaa.example/a/77"),
        title: "الوزارة تنفي تسرب المياه من سد النخيل", published: PublicationDate(value: "2024-03-06", inferred: false),
        text: paperText, language: "ar")
    static let other = Article(
        source: ArticleSource(input: "other.txt", outlet: "صحيفة المساء"), title: "معرض الكتاب يفتح أبوابه",
        published: .unknown, text: otherText)

    static let amiri = Entity(
        id: "person-amiri", type: .person, name: "سالم العامري", aliases: ["سالم العامري", "العامري"],
        roles: ["وزير الموارد المائية"], articles: [agency.id, site.id])
    static let province = Entity(
        id: "location-waha", type: .location, name: "محافظة الواحة", aliases: ["محافظة الواحة", "الواحة"], articles: [agency.id, site.id])
    static let spokesman = Entity(
        id: "person-spokesman", type: .person, name: "المتحدث باسم الوزارة", aliases: ["المتحدث"], roles: ["المتحدث باسم الوزارة"],
        articles: [paper.id])

    /// The cited span of the agency's first sentence.
    static var agencyOpening: Range<Int> { ScalarSpans.line(0, of: agencyText) }
    /// The quoted words of the agency's quotation (inside the marks).
    static var agencyQuote: Range<Int> {
        ScalarSpans.of("إنَّ السدّ سيروي أكثر من 40 ألف دونم 👨‍👩‍👧 ﻻ سيما في موسم الصيف", in: agencyText)
    }
    /// The passage the site copied, in the agency's text and in the site's.
    static var copiedInAgency: Range<Int> { ScalarSpans.of("سدَّ النخيل 🌊 في محافظة الواحة، بطاقة تخزين تبلغ", in: agencyText) }
    static var copiedInSite: Range<Int> { ScalarSpans.of("سدَّ النخيل 🌊 في محافظة الواحة، بطاقة تخزين تبلغ", in: siteText) }

    static func agencyEntry() -> ReportArticle {
        let text = agencyText
        return ReportArticle(
            article: agency,
            mentions: [
                Mention(entity: amiri.id, span: ScalarSpans.of("سالم العامري", in: text), text: "سالم العامري"),
                Mention(entity: province.id, span: ScalarSpans.of("محافظة الواحة", in: text), text: "محافظة الواحة"),
                Mention(entity: amiri.id, span: ScalarSpans.of("العامري", in: text, occurrence: 1), text: "العامري"),
            ],
            timexes: [
                Timex(span: ScalarSpans.of("الثلاثاء 5 آذار 2024", in: text), text: "الثلاثاء 5 آذار 2024", value: "2024-03-05", anchor: .absolute),
                Timex(span: ScalarSpans.of("أيار 2021", in: text), text: "أيار 2021", value: "2021-05", anchor: .absolute),
            ],
            quantities: [
                Quantity(span: ScalarSpans.of("120 مليون متر مكعب", in: text), text: "120 مليون متر مكعب", value: 120_000_000, unit: "متر مكعب", isApproximate: false),
                Quantity(span: ScalarSpans.of("أكثر من 40 ألف دونم", in: text), text: "أكثر من 40 ألف دونم", value: 40_000, unit: "دونم", isApproximate: true),
            ],
            quotes: [
                Quote(id: "q1", span: agencyQuote, text: ScalarSpans.text(agencyQuote, of: text), speaker: amiri.id, speakerText: "العامري",
                      cue: "قال", isDirect: true, via: []),
            ])
    }

    static func siteEntry() -> ReportArticle {
        let text = siteText
        let quote = ScalarSpans.of("إنَّ السدّ سيروي أكثر من 40 ألف دونم", in: text)
        return ReportArticle(
            article: site,
            mentions: [
                Mention(entity: amiri.id, span: ScalarSpans.of("سالم العامري", in: text), text: "سالم العامري"),
                Mention(entity: province.id, span: ScalarSpans.of("محافظة الواحة", in: text), text: "محافظة الواحة"),
            ],
            quantities: [
                Quantity(span: ScalarSpans.of("150 مليون متر مكعب", in: text), text: "150 مليون متر مكعب", value: 150_000_000, unit: "متر مكعب", isApproximate: false),
            ],
            quotes: [
                Quote(id: "q1", span: quote, text: ScalarSpans.text(quote, of: text), speaker: amiri.id, speakerText: "العامري", cue: "قال",
                      isDirect: true, via: ["وكالة الرافدين للأنباء", "موقع الضفة اليوم"]),
            ])
    }

    static func paperEntry() -> ReportArticle {
        let text = paperText
        let quote = ScalarSpans.of("لا صحة لما يُشاع عن تسرب المياه", in: text)
        return ReportArticle(
            article: paper,
            mentions: [Mention(entity: spokesman.id, span: ScalarSpans.of("المتحدث باسم الوزارة", in: text), text: "المتحدث باسم الوزارة")],
            timexes: [Timex(span: ScalarSpans.of("يوم الأربعاء", in: text), text: "يوم الأربعاء", value: "2024-03-06", anchor: .publication)],
            quotes: [
                Quote(id: "q1", span: quote, text: ScalarSpans.text(quote, of: text), speaker: spokesman.id, speakerText: "المتحدث", cue: "قال",
                      isDirect: true, via: ["وكالة الرافدين"]),
            ])
    }

    static func citation(_ article: Article, _ span: Range<Int>) -> Citation {
        Citation(article: article.id, span: span)
    }

    static func story() -> Story {
        let siteOpening = ScalarSpans.line(0, of: siteText)
        let agencyQuoteLine = ScalarSpans.line(1, of: agencyText)
        let siteQuoteLine = ScalarSpans.line(1, of: siteText)
        let denial = ScalarSpans.line(0, of: paperText)
        let construction = ScalarSpans.line(2, of: agencyText)
        let agencyCapacity = ScalarSpans.of("بطاقة تخزين تبلغ 120 مليون متر مكعب", in: agencyText)
        let siteCapacity = ScalarSpans.of("بطاقة تخزين تبلغ 150 مليون متر مكعب", in: siteText)
        let claims = [
            Claim(
                id: "c1", text: "افتتح وزير الموارد المائية سالم العامري سدَّ النخيل في محافظة الواحة",
                support: [citation(agency, agencyOpening), citation(site, siteOpening)], sources: 2, independentSources: 1,
                outlets: ["وكالة الرافدين للأنباء", "موقع الضفة اليوم"]),
            Claim(
                id: "c2", text: "السد سيروي أكثر من 40 ألف دونم",
                support: [citation(agency, agencyQuoteLine), citation(site, siteQuoteLine)], sources: 2, independentSources: 1,
                outlets: ["وكالة الرافدين للأنباء", "موقع الضفة اليوم"]),
            Claim(
                id: "c3", text: "نفت الوزارة وجود تسرب في جسم السد", support: [citation(paper, denial)], sources: 1, independentSources: 1,
                outlets: ["صحيفة المساء"]),
        ]
        let conflict = Conflict(
            id: "k1", kind: "number", description: "سعة التخزين: 120 مليون متر مكعب في مقابل 150 مليون",
            sides: [
                ConflictSide(article: agency.id, start: agencyCapacity.lowerBound, end: agencyCapacity.upperBound, text: "بطاقة تخزين تبلغ 120 مليون متر مكعب"),
                ConflictSide(article: site.id, start: siteCapacity.lowerBound, end: siteCapacity.upperBound, text: "بطاقة تخزين تبلغ 150 مليون متر مكعب"),
            ])
        let siteQuote = ScalarSpans.of("إنَّ السدّ سيروي أكثر من 40 ألف دونم", in: siteText)
        let agencyQuotePart = ScalarSpans.of("إنَّ السدّ سيروي أكثر من 40 ألف دونم", in: agencyText)
        let reuse = ReuseLink(
            from: agency.id, to: site.id, directionKnown: true,
            passages: [
                ReusePassage(
                    fromStart: copiedInAgency.lowerBound, fromEnd: copiedInAgency.upperBound, toStart: copiedInSite.lowerBound,
                    toEnd: copiedInSite.upperBound, similarity: 1, kind: "verbatim"),
                ReusePassage(
                    fromStart: agencyQuotePart.lowerBound, fromEnd: agencyQuotePart.upperBound, toStart: siteQuote.lowerBound,
                    toEnd: siteQuote.upperBound, similarity: 0.93, kind: "near-verbatim"),
            ])
        let paperReuse = ReuseLink(
            from: agency.id, to: paper.id, directionKnown: false,
            passages: [ReusePassage(fromStart: 0, fromEnd: 5, toStart: 0, toEnd: 5, similarity: 0.5, kind: "paraphrase")])
        let timeline = [
            TimelineEntry(date: "2021-05", text: "بدء أعمال بناء السد", citations: [citation(agency, construction)]),
            TimelineEntry(date: "2024-03-05", text: "افتتاح سدّ النخيل", citations: [citation(agency, agencyOpening), citation(site, siteOpening)]),
            TimelineEntry(date: "2024-03-06", text: "الوزارة تنفي تسرب المياه", citations: [citation(paper, denial)]),
            TimelineEntry(date: "XXXX-03", text: "موعد غير محدد", citations: []),
        ]
        let summary = [
            SummarySentence(text: claims[0].text, citations: claims[0].support),
            SummarySentence(text: claims[1].text, citations: claims[1].support),
            SummarySentence(text: "تتضارب الروايات في سعة التخزين", citations: conflict.sides.map { Citation(article: $0.article, span: $0.start..<$0.end) }),
            SummarySentence(text: claims[2].text, citations: claims[2].support),
        ]
        return Story(
            id: "s-" + agency.id, title: "افتتاح سدّ النخيل في محافظة الواحة", articles: [agency.id, site.id, paper.id],
            period: ["2024-03-05", "2024-03-06"], outlets: ["صحيفة المساء", "موقع الضفة اليوم", "وكالة الرافدين للأنباء"],
            claims: claims, conflicts: [conflict], reuse: [reuse, paperReuse], timeline: timeline, summary: summary,
            assignments: [])
    }

    /// The whole report: one story of three articles, one unrelated article, one rejected input.
    static func report() -> AnalysisReport {
        AnalysisReport(
            generator: "isnad tests", articles: [agencyEntry(), siteEntry(), paperEntry(), ReportArticle(article: other)],
            entities: [amiri, province, spokesman], stories: [story()],
            rejected: [RejectedInput(input: "logo.png", reason: "صورة وليست نصًا")])
    }
}
