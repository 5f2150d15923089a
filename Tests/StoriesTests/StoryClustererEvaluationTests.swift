import ArabicText
import Extraction
import Foundation
import Testing
@testable import Stories

/// Story clustering measured by B-cubed F1 on the mixed corpus: the five seed articles (one event)
/// and our invented articles about 37 other events, some deliberately close in topic.
@Suite struct StoryClustererEvaluationTests {
    struct Record: Decodable {
        var id: String
        var event: String
        var outlet: String
        var published: String
        var title: String
        var text: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus as documents, annotated as the pipeline annotates them (entities merged across
    /// articles, quantities), and the gold event of each document id.
    static func corpus() throws -> (documents: [StoryDocument], gold: [String: String]) {
        try annotated(plainCorpus())
    }

    /// `corpus`'s documents with the entities, numbers and places their annotation finds.
    static func annotated(_ corpus: (documents: [StoryDocument], gold: [String: String])) -> (documents: [StoryDocument], gold: [String: String]) {
        let (plain, gold) = corpus
        var directory = EntityDirectory()
        let documents = plain.map { document in
            var document = document
            let annotations = ArticleAnnotator().annotate(text: document.text, articleID: document.id, outlet: nil, published: document.published)
            let position = directory.add(annotations.entities, article: document.id)
            document.entities = Array(Set(annotations.mentions.compactMap { directory.id(ofItem: $0.item, inArticle: position) })).sorted()
            document.numbers = annotations.quantities.map(\.value)
            document.places = annotations.reportedSettlements.compactMap { directory.id(ofItem: $0, inArticle: position) }
            document.days = StoryDocument.days(of: annotations.timexes, outside: Background.spans(in: document.text))
            return document
        }
        return (documents, gold)
    }

    /// The corpus without annotations.
    static func plainCorpus() throws -> (documents: [StoryDocument], gold: [String: String]) {
        let lines = try String(contentsOf: root.appendingPathComponent("Tests/StoriesTests/Fixtures/stories/articles.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var documents: [StoryDocument] = []
        var gold: [String: String] = [:]
        for (order, line) in lines.enumerated() {
            let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            documents.append(StoryDocument(id: record.id, published: CivilDate(record.published).map { $0...$0 }, order: order, title: record.title, text: record.text))
            gold[record.id] = record.event
        }
        // The seeds carry no metadata: they get the publication dates their texts show, read together.
        let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        let texts = try names.map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        let dates = PublicationDateInference.infer(articles: texts.map { ($0, nil) })
        for (name, (text, date)) in zip(names, zip(texts, dates)) {
            documents.append(StoryDocument(
                id: name, published: date.map { $0.earliest...$0.latest }, order: documents.count, title: nil, text: text))
            gold[name] = "seeds"
        }
        return (documents, gold)
    }

    /// Strong copies between the documents: reuse of two passages or more, 30 words at least.
    static func copies(among documents: [StoryDocument]) -> [(String, String)] {
        let edges = ReuseDetector().edges(among: documents.enumerated().map { ReuseDocument(id: $0.element.id, text: $0.element.text, order: $0.offset) })
        return StoryCopies.strong(edges)
    }

    @Test func bCubedF1IsAtLeast090OnTheMixedCorpus() throws {
        let (documents, gold) = try Self.corpus()
        #expect(documents.count >= 155)
        let clusters = StoryClusterer().cluster(documents, copies: Self.copies(among: documents)).map(\.articles)
        let score = BCubed.scores(of: clusters, gold: gold)
        print("B-cubed: P \(String(format: "%.3f", score.precision)) R \(String(format: "%.3f", score.recall)) F1 \(String(format: "%.3f", score.f1)) in \(clusters.count) stories")
        #expect(score.f1 >= 0.9)
        let seedStory = clusters.filter { $0.contains { gold[$0] == "seeds" } }
        #expect(seedStory.count == 1, "the five seeds form one story")
    }

    @Test func bCubedOfPerfectAndMergedClusterings() {
        let gold = ["a": "x", "b": "x", "c": "y"]
        #expect(BCubed.scores(of: [["a", "b"], ["c"]], gold: gold).f1 == 1)
        #expect(BCubed.scores(of: [["a", "b", "c"]], gold: gold).precision < 1)
        // An item no group holds stands alone (c, then b, whose class it splits).
        let left = BCubed.scores(of: [["a", "b"]], gold: gold)
        #expect(left.precision == 1)
        #expect(left.recall == 1)
        let split = BCubed.scores(of: [["a"], ["c"]], gold: gold)
        #expect(split.precision == 1)
        #expect(split.recall < 1)
    }

    /// The threshold sweep that chose the default: prints F1 by threshold and decay.
    @Test func thresholdSweep() throws {
        guard ProcessInfo.processInfo.environment["ISNAD_SWEEP"] != nil else { return }
        let (documents, gold) = try Self.corpus()
        let copies = Self.copies(among: documents)
        print("strong copies: \(copies.count)")
        for decay in [6.0, 12.0, 20.0] {
            var line = "decay \(decay):"
            for threshold in stride(from: Float(0.16), through: 0.36, by: 0.02) {
                let clusters = StoryClusterer(threshold: threshold, decayDays: decay).cluster(documents, copies: copies).map(\.articles)
                let seedsTogether = clusters.filter { $0.contains { gold[$0] == "seeds" } }.count == 1
                line += String(format: " %.2f→%.3f%@", threshold, BCubed.scores(of: clusters, gold: gold).f1, seedsTogether ? "*" : "")
            }
            print(line)
        }
    }

    /// The same sweep on the story rounds (`Tests/ReportsTests/Fixtures/story-rounds`), each round
    /// clustered alone: the mean and the lowest B-cubed F1 of the rounds, and how many come out whole.
    /// `ISNAD_SWEEP=1 swift test --filter thresholdSweepOverTheStoryRounds`.
    @Test func thresholdSweepOverTheStoryRounds() throws {
        guard ProcessInfo.processInfo.environment["ISNAD_SWEEP"] != nil else { return }
        let folder = Self.root.appendingPathComponent("Tests/ReportsTests/Fixtures/story-rounds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("round-") }.sorted()
        let rounds = try names.map { name in
            let (documents, gold) = try Self.annotated(Self.storyRound(folder.appendingPathComponent(name).appendingPathComponent("corpus.jsonl")))
            return (documents: documents, gold: gold, copies: Self.copies(among: documents))
        }
        print("\(rounds.count) rounds")
        for decay in [8.0, 12.0, 16.0] {
            for threshold in stride(from: Float(0.22), through: 0.30, by: 0.01) {
                let scores = rounds.map { round in
                    BCubed.scores(of: StoryClusterer(threshold: threshold, decayDays: decay).cluster(round.documents, copies: round.copies).map(\.articles),
                                  gold: round.gold).f1
                }
                print(String(format: "decay %.0f, threshold %.2f: mean %.4f, lowest %.3f, whole %d", decay, threshold,
                             scores.reduce(0, +) / Double(scores.count), scores.min() ?? 0, scores.filter { $0 > 0.999 }.count))
            }
        }
    }

    /// The articles of a story round's `corpus.jsonl`, with their gold events.
    static func storyRound(_ url: URL) throws -> (documents: [StoryDocument], gold: [String: String]) {
        var documents: [StoryDocument] = []
        var gold: [String: String] = [:]
        for (order, line) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated() {
            let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            let day = CivilDate(String(record.published.prefix(10)))
            documents.append(StoryDocument(id: record.id, published: day.map { $0...$0 }, order: order, title: record.title, text: record.text))
            gold[record.id] = record.event
        }
        return (documents, gold)
    }

    /// Four articles (id, publication day, title, text), two on a Sunday's fire and two on a
    /// Wednesday's, annotated as the pipeline annotates them, so that they carry the days they date.
    static func twoDaysOfFires(_ texts: [(String, String, String, String)]) -> [StoryDocument] {
        let plain = texts.enumerated().map { order, item in
            StoryDocument(id: item.0, published: CivilDate(item.1).map { $0...$0 }, order: order, title: item.2, text: item.3)
        }
        return annotated((plain, ["a": "sunday", "b": "sunday", "c": "wednesday", "d": "wednesday"])).documents
    }

    @Test func theDaysATextDatesSetTwoFiresOfOneCityApart() {
        let texts = [
            ("a", "2026-03-08", "حريق في سوق الخضار بصفاقس", "اندلع حريق فجر اليوم الأحد في سوق الخضار بمدينة صفاقس، وأتت النيران على عشرات المحلات التجارية دون تسجيل إصابات، وفق الحماية المدنية."),
            ("b", "2026-03-09", "النيران تلتهم محلات سوق الخضار", "أتى حريق اندلع فجر أمس الأحد على عشرات المحلات في سوق الخضار بمدينة صفاقس، وقالت الحماية المدنية إن النيران لم تخلف إصابات."),
            ("c", "2026-03-11", "حريق يأتي على سوق الملابس المستعملة بصفاقس", "أتى حريق اندلع ليل اليوم الأربعاء على 60 محلا في سوق الملابس المستعملة بمدينة صفاقس، وأكد المدير الجهوي للحماية المدنية أن أعوانه سيطروا على النيران بعد ساعتين."),
            ("d", "2026-03-12", "سوق الملابس المستعملة بصفاقس يحترق", "سيطر أعوان الحماية المدنية على حريق اندلع ليل أمس الأربعاء في سوق الملابس المستعملة بمدينة صفاقس وأتى على 60 محلا، وفق المدير الجهوي للحماية المدنية.\nوكانت النيران قد أتت يوم الأحد الماضي على محلات سوق الخضار في المدينة."),
        ]
        let dated = Self.twoDaysOfFires(texts)
        // The Sunday that the last one's background paragraph recalls is not its day.
        #expect(dated.map(\.days) == [["2026-03-08"], ["2026-03-08"], ["2026-03-11"], ["2026-03-11"]])
        // Alone the days do not decide, with the city, the market and the civil defence in common; they
        // bring the other day's fire further and the same day's report closer.
        var undated = dated
        for index in undated.indices { undated[index].days = [] }
        func similarities(_ documents: [StoryDocument]) -> [String: Float] {
            // Each article scored against the story of the first: all four in one story, by a low threshold.
            let assignments = StoryClusterer(threshold: 0.01).cluster(documents).flatMap(\.assignments)
            return Dictionary(uniqueKeysWithValues: assignments.map { ($0.article, $0.similarity) })
        }
        let (withDays, withoutDays) = (similarities(dated), similarities(undated))
        #expect(withDays["b"]! > withoutDays["b"]!)
        #expect(withDays["c"]! < withoutDays["c"]!)
    }

    /// Two blazes in one city three days apart, each told by two outlets in words close enough to
    /// join one story, part when their texts date them to days apart; days still to come, which
    /// date what is scheduled, hold nothing off.
    @Test func anArticleDatingItsEventToOtherDaysNeedsMoreToJoin() {
        let texts = [
            ("a", "2026-04-05", "حريق في مستودع للأخشاب بالمنطقة الصناعية في الزرقاء", "اندلع حريق صباح اليوم الأحد في مستودع للأخشاب بالمنطقة الصناعية في مدينة الزرقاء، وقال الدفاع المدني إن فرق الإطفاء سيطرت على النيران ومنعت امتدادها."),
            ("b", "2026-04-05", "الدفاع المدني يسيطر على حريق مستودع أخشاب في الزرقاء", "سيطرت فرق الدفاع المدني على حريق اندلع صباح اليوم الأحد في مستودع أخشاب بالمنطقة الصناعية في الزرقاء، دون إصابات."),
            ("c", "2026-04-08", "حريق في مخزن للدهانات بالزرقاء", "اندلع حريق فجر اليوم الأربعاء في مخزن للدهانات في حي الغويرية بمدينة الزرقاء، وأكدت مديرية الدفاع المدني أن كوادرها أخمدت الحريق بعد ثلاث ساعات."),
            ("d", "2026-04-08", "إخماد حريق مخزن دهانات في الغويرية", "أخمدت كوادر الدفاع المدني فجر اليوم الأربعاء حريقا في مخزن لبيع الدهانات ومواد البناء في حي الغويرية بالزرقاء."),
        ]
        let dated = Self.twoDaysOfFires(texts)
        #expect(dated.map(\.days) == [["2026-04-05"], ["2026-04-05"], ["2026-04-08"], ["2026-04-08"]])
        var alike = StoryClusterer()
        alike.datedApartFactor = 1
        #expect(alike.cluster(dated).count == 1, "without the rule the four join one story")
        #expect(StoryClusterer().cluster(dated).map(\.articles) == [["a", "b"], ["c", "d"]])
        var scheduled = dated
        scheduled[2].days = ["2026-04-12"]
        scheduled[3].days = ["2026-04-12"]
        #expect(StoryClusterer().cluster(scheduled).count == 1)
    }

    @Test func aBackgroundParagraphAddsNoTermsToItsStory() {
        let text = """
            أعلن البنك المركزي التونسي خفض نسبة الفائدة الرئيسية إلى 7 في المئة اعتبارا من الشهر المقبل.
            وكان البنك المركزي قد قرر قبل أسبوع سحب الورقة النقدية من فئة عشرين دينارا من التداول.
            """
        let terms = Set(StoryFeatures.terms(of: StoryDocument(id: "a", published: nil, order: 0, title: nil, text: text)).map(\.name))
        #expect(terms.contains("s:فاءد"))
        #expect(!terms.contains("s:تداول"))
        #expect(Background.opens("وكانت وزارة الصحة قد أعلنت أمس تسجيل إصابات"))
        #expect(!Background.opens("وكانت الأمطار غزيرة في المدينة"))
        #expect(Background.opens("ويأتي القرار بعد أسبوع من قرار مماثل في ولاية وهران"))
        #expect(Background.opens("وتأتي هذه الخطوة عقب احتجاجات شهدتها المدينة"))
        #expect(Background.opens("وسبق أن شهدت المنطقة فيضانات مماثلة"))
        #expect(!Background.opens("ويأتي الوفد إلى العاصمة لبحث الاتفاق"))
        #expect(!Background.opens("وسبقت الجلسة مشاورات بين الكتل"))
        // Its span, which the analysis reads to leave out whom only the background names.
        let news = "احترق سوق الخضار في المدينة فجر اليوم."
        let recalled = "وتأتي الحادثة بعد شهر من حريق مماثل في سوق الجمعة."
        let start = news.unicodeScalars.count + 1
        #expect(Background.spans(in: news + "\n" + recalled + "\nوقال المسؤول إن التحقيق جار.") == [start..<(start + recalled.unicodeScalars.count)])
    }
}
