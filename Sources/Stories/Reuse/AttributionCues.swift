import ArabicText

/// Decides whether an article names another's outlet as the source of a passage: the outlet's name
/// within the sentence where the passage starts or ends (or the sentence before, when the passage
/// opens a sentence), after a reporting or sourcing cue at most four words before it, or with ل on
/// its first word («نقلت وكالة X»، «بحسب X»، «لموقع X»، «قال X»، «نقلا عن X»).
enum AttributionCues {
    /// How far before the name a cue may be, in words.
    static let cueDistance = 4
    /// How many words around the passage's ends are searched, at most, on each side.
    static let windowWords = 80

    /// Cue words in matching form, each also with و or ف before it.
    static let words: Set<UInt64> = {
        let list = """
            نقلت نقل نقلا نقلته نقلتها بحسب حسب حسبما وفق وفقا طبقا استنادا ذكرت ذكر ذكره ذكرته أفادت أفاد \
            أوردت أورد أوردته نشرت نشر نشره نشرته قالت قال أعلنت أكدت أضافت صرح تصريح تصريحات حديث لقاء \
            مقابلة عن لموقع لوكالة لصحيفة لقناة لشبكة لمجلة لإذاعة لتلفزيون موقع وكالة صحيفة قناة شبكة \
            مجلة إذاعة تلفزيون مراسل لمراسل
            """
        var hashes: Set<UInt64> = []
        for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let normalized = ArabicNormalizer.matching.normalizedString(String(word))
            for prefix in ["", "و", "ف"] { hashes.insert(FNV1a.hash((prefix + normalized).utf8)) }
        }
        return hashes
    }()

    /// Whether `words` names one of `outlets` as a source around the word range `passage`.
    /// - Complexity: O(w · o) for the w words of the windows and o outlet names.
    static func attributes(_ words: WordSequence, passage: Range<Int>, to outlets: [OutletPattern]) -> Bool {
        guard !outlets.isEmpty, !passage.isEmpty else { return false }
        var windows: [Range<Int>] = []
        var start = words.sentenceStart(containing: passage.lowerBound)
        if start == passage.lowerBound, start > 0 { start = words.sentenceStart(containing: start - 1) }
        windows.append(
            max(
                start, passage.lowerBound - windowWords)..<min(
                    words.sentenceEnd(containing: passage.lowerBound), passage.lowerBound + windowWords))
        let last = passage.upperBound - 1
        windows.append(
            max(
                words.sentenceStart(containing: last), last - windowWords)..<min(
                    words.sentenceEnd(containing: last), last + windowWords))
        return words.hashes.withUnsafeBufferPointer { hashes in
            for window in windows {
                for index in window {
                    for outlet in outlets {
                        guard let withLam = outlet.match(hashes, at: index) else { continue }
                        if withLam { return true }
                        for cue in max(0, index - cueDistance)..<index where Self.words.contains(hashes[cue]) {
                            return true
                        }
                    }
                }
            }
            return false
        }
    }
}
