import ArabicText

/// Judges one line of a plain-text copy: content, furniture, a date line or a dateline.
enum LineJudge {
    enum Verdict: Equatable {
        case content
        case furniture(FurnitureKind)
        /// A line that carries only the publication date or time.
        case dateLine
        /// A place-and-agency line that opens the article (`بغداد - IQ`).
        case dateline
    }

    /// Judges `line`; `isBeforeBody` and `isBeforeTitle` say where it stands, since labels and
    /// counters gather at the top.
    static func judge(_ line: String, isBeforeBody: Bool, isBeforeTitle: Bool) -> Verdict {
        let core = strippingBullets(line)
        let words = FurnitureText.words(of: core)
        if words.isEmpty { return .furniture(.strayMark) }
        if isCounter(core) { return .furniture(.viewCounter) }
        if let kind = FurnitureLexicon.kind(ofWords: words) { return .furniture(kind) }
        if isCopyright(core, words: words) { return .furniture(.copyright) }
        if isRelatedHeader(core, words: words) { return .furniture(.relatedLinks) }
        if isNewsletterPrompt(words) { return .furniture(.newsletter) }
        if DateLine.isDateLine(core, words: words) { return .dateLine }
        if Dateline.isStandalone(core) || isBeforeBody && Dateline.isSeparatedByAMark(core, words: words) { return .dateline }
        if isBeforeBody, isCategoryLabel(words, isBeforeTitle: isBeforeTitle, line: core) {
            return .furniture(.categoryLabel)
        }
        return .content
    }

    /// Whether a line reads as a headline: 3 to 30 words, not ending like a sentence or a lead-in.
    static func isHeadlineLike(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 3, words <= 30, let last = line.unicodeScalars.last else { return false }
        switch last {
        case ".": return line.hasSuffix("..")
        case "،", ",", ":", "؛": return false
        default: return true
        }
    }

    private static func strippingBullets(_ line: String) -> String {
        var scalars = Substring(line).unicodeScalars[...]
        while let first = scalars.first, bullets.contains(first) || first == " " { scalars = scalars.dropFirst() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let bullets: Set<Unicode.Scalar> = ["-", "–", "—", "•", "·", "*", "|", "◄", "►", "▪", "■", "●", "»", ">"]

    /// A bare number, as view and comment counters print them (`811`, `1.2K`, `👁 342`).
    private static func isCounter(_ core: String) -> Bool {
        var digits = 0
        for scalar in core.unicodeScalars {
            switch scalar.properties.numericType {
            case .decimal?: digits += 1
            default:
                if scalar == "." || scalar == "," || scalar == " " || scalar == "K" || scalar == "k" || scalar == "M"
                    || scalar.properties.generalCategory == .otherSymbol || scalar.value == 0x066B || scalar.value == 0x066C {
                    continue
                }
                return false
            }
        }
        return digits > 0 && digits <= 9
    }

    /// A short line with © or «الحقوق محفوظة» anywhere in it («© 2024 جميع الحقوق محفوظة»).
    private static func isCopyright(_ core: String, words: [String]) -> Bool {
        guard words.count <= 15 else { return false }
        if core.unicodeScalars.contains("©") { return true }
        return zip(words, words.dropFirst()).contains { $0 == "الحقوق" && $1 == "محفوظه" }
    }

    /// A short lead-in such as «للقراءة أو الاستماع:» or «شاهد:» that announces links.
    private static func isRelatedHeader(_ core: String, words: [String]) -> Bool {
        guard core.hasSuffix(":"), words.count <= 5, let first = words.first else { return false }
        return relatedLeadWords.contains(first)
    }

    private static let relatedLeadWords: Set<String> = Set(
        ["للقراءة", "للاستماع", "للمشاهدة", "للمزيد", "اقرأ", "اقرا", "شاهد", "استمع", "طالع", "تابع", "انظر"]
            .map(ArabicNormalizer.matching.normalizedString))

    /// A subscription appeal: a word for subscribing or joining and a word for a newsletter or inbox,
    /// or any line that speaks of the reader's own inbox (بريدك), which article prose never does.
    private static func isNewsletterPrompt(_ words: [String]) -> Bool {
        guard words.count <= 40 else { return false }
        if words.contains(where: readersInbox.contains) { return true }
        let joined = words.joined(separator: " ")
        let asks = subscribeWords.contains { joined.contains($0) }
        let target = newsletterWords.contains { joined.contains($0) }
        return asks && target
    }

    private static let readersInbox: Set<String> = ["بريدك", "ببريدك", "لبريدك", "inbox"]

    private static let subscribeWords = ["اشترك", "اشتراك", "سجل", "انضم", "subscribe", "sign up"]
        .map(ArabicNormalizer.matching.normalizedString)
    private static let newsletterWords = ["نشرة", "بنشرتنا", "نشرتنا", "بريدك", "البريد الإلكتروني", "صندوق بريد", "newsletter", "inbox"]
        .map(ArabicNormalizer.matching.normalizedString)

    /// A section label at the top: a known section name, or one or two bare words before the headline.
    private static func isCategoryLabel(_ words: [String], isBeforeTitle: Bool, line: String) -> Bool {
        guard words.count <= 3, !line.hasSuffix("."), !line.contains(":") else { return false }
        if words.allSatisfy(SectionNames.contains) { return true }
        return isBeforeTitle && words.count <= 2
    }
}

/// Section names news sites print above articles, in matching form.
enum SectionNames {
    static func contains(_ word: String) -> Bool { names.contains(word) }

    private static let names: Set<String> = Set("""
        سياسة سياسه اقتصاد اقتصادية رياضة رياضه منوعات ثقافة ثقافه فن فنون صحة صحه تكنولوجيا تقنية علوم \
        محليات محلية محلي دوليات دولي دولية عربي عربية عالمي عالمية أخبار اخبار الأخبار مقالات آراء رأي \
        تقارير تحقيقات حوادث مجتمع سياحة بيئة تعليم أمن برلمان انتخابات العراق مصر الخليج المغرب لبنان \
        الأردن سوريا فلسطين اليمن ليبيا تونس الجزائر السودان الدولية العربية المحلية السياسية الاقتصادية \
        الرياضية عاجل مهم خاص حصري فيديو صور إنفوغراف إنفوجراف بودكاست ملفات ملف
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })
}
