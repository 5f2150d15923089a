import ArabicText

/// Speakers the news names by their title first and by name in the sentences after: «وقال المدير
/// الجهوي للحماية المدنية إن «…». وأضاف المدير الجهوي، العقيد فلان، أن …». The title named no one
/// when it was read; the person it stands for comes after it.
enum NamedLater {
    /// How many sentences after the quotation the name may come.
    static let reach = 2

    /// The person that the title `attribution` names stands for, where the title named no one or
    /// only the body it heads («مدير عام دائرة ماء بغداد» speaks for the directorate until he is
    /// named): the first person named after `content`, within ``reach`` sentences, one of whose roles
    /// is the title or a part of it, with the same first word («المدير» for «المدير الجهوي للحماية
    /// المدنية», «المدير العام» for «مدير عام دائرة الماء»), or is «المسؤول» alone, of the same
    /// gender; `nil` where none is.
    static func person(
        for attribution: Attribution, after content: Range<Int>, in text: AnnotatedText, entities: DocumentEntities
    ) -> Int? {
        guard let speaker = attribution.speakerText, !content.isEmpty else { return nil }
        let title = words(of: speaker)
        guard let head = title.first else { return nil }
        let isUnnamedSource = SpeakerResolver.isPlainNoun(ArabicNormalizerKey.of(String(speaker.prefix { $0 != " " })))
        if let body = attribution.item {
            // A body named by its own name speaks for itself.
            guard entities.items[body].type == .organization, words(of: entities.items[body].name).first != head else { return nil }
        }
        let lastSentence = text.sentenceOfToken[content.upperBound - 1] + reach
        for occurrence in entities.occurrences[entities.firstOccurrence(startingAfter: content.upperBound - 1)...] {
            guard text.sentenceOfToken[occurrence.tokens.lowerBound] <= lastSentence else { return nil }
            let item = entities.items[occurrence.item]
            guard item.type == .person else { continue }
            if let gender = attribution.gender, let theirs = item.gender, gender != theirs { continue }
            let bears = item.roles.contains { role in
                let words = words(of: role)
                if words.count == 1, SpeakerResolver.genericPersonNouns.contains(words[0]) { return true }
                return isSameTitle(words, title)
            }
            // An unnamed source («مصدر في الوقاية المدنية») keeps its anonymity: the next person named
            // is someone else unless they bear the title.
            if bears || !isUnnamedSource && continuesWithANewName(occurrence, in: text, entities: entities) { return occurrence.item }
        }
        return nil
    }

    /// The person a title named before stood for, where the title speaks again naming no one or only
    /// the body it heads: `named` holds each title that ``person(for:after:in:entities:)`` found a
    /// person for, with that person; a title of the same first word whose words hold the other's, or
    /// are held by them, is the same.
    static func person(for attribution: Attribution, namedAs named: [(title: String, item: Int)], entities: DocumentEntities) -> Int? {
        guard !named.isEmpty, let speaker = attribution.speakerText else { return nil }
        if let body = attribution.item, entities.items[body].type != .organization { return nil }
        let title = words(of: speaker)
        guard !title.isEmpty else { return nil }
        return named.last { isSameTitle(words(of: $0.title), title) }?.item
    }

    /// Whether `occurrence` is where its person is first named, as the subject of a verb that goes
    /// on with what was said («وأضاف المهندس فلان، الذي يشغل المنصب منذ …، أن …»): the writer names
    /// the one the title stood for.
    private static func continuesWithANewName(_ occurrence: DocumentEntities.Occurrence, in text: AnnotatedText, entities: DocumentEntities) -> Bool {
        guard entities.occurrences.first(where: { $0.item == occurrence.item })?.tokens == occurrence.tokens else { return false }
        let start = occurrence.tokens.lowerBound
        for index in stride(from: start - 1, through: max(0, start - 3), by: -1) {
            let token = text.tokens[index]
            if let form = token.reportingForm {
                return token.key.startsWithBytes("و") && continuingLemmas.contains(form.lemma)
            }
            // Only a title may stand between the verb and the name.
            guard token.isWord, !token.isComma else { return false }
        }
        return false
    }

    /// Whether two titles (their words, see ``words(of:)``) name one office: the same first word, and
    /// the words of one among the other's («المدير» and «المدير الجهوي للحماية المدنية»).
    static func isSameTitle(_ some: [String], _ other: [String]) -> Bool {
        some.first == other.first && (Set(some).isSubset(of: other) || Set(other).isSubset(of: some))
    }

    /// Verbs that go on with what the last speaker said (lemmas, matching form).
    private static let continuingLemmas: Set<String> = ["اضاف", "تابع", "اوضح", "اردف", "استطرد"]

    /// The words of a title (matching form), each without the article.
    static func words(of title: String) -> [String] {
        ArabicNormalizerKey.of(title).split(separator: " ").map { word in
            let key = String(word)
            return key.startsWithBytes("ال") && key.scalarCount > 4 ? key.droppingScalars(2) : key
        }
    }
}
