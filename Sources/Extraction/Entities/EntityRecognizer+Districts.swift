import ArabicText

// Districts named by a head that also names a body (see ``EntityRecognizer``).
extension EntityRecognizer {
    /// A known place after the head of a district that is also the head of a body: Jordan's «لواء
    /// الرمثا» (a district, where «لواء» elsewhere is a brigade: لواء القدس), and the «دائرة» of
    /// Algeria's administration and of electoral maps («دائرة القليعة»، «النائب عن دائرة سبها»), where
    /// «دائرة» elsewhere is a department («دائرة أبوظبي للثقافة»، «دائرة الجمارك»). The candidate is
    /// the place, with the headed form as another of its forms; `nil` where no known place follows.
    /// Yemen's «مديرية» before one of its places is a district too («مديرية خور مكسر»، «مديرية
    /// حيس»), where elsewhere it heads a directorate named by its field («مديرية صحة إربد»، «مديرية
    /// أمن عدن»).
    func districtOfKnownPlace(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let (head, proclitic) = Self.districtHead(tokens[index].key), index + 1 < tokens.count,
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
              var place = EntityLexicons.known(at: index + 1, in: text), place.type == .location, place.procliticLength == 0
        else { return nil }
        switch head {
        case .jordanianDistrict:
            guard place.country == "JO" else { return nil }
        case .yemeniDistrict:
            guard place.country == "YE" else { return nil }
        case .circle:
            // A complement with ل after the place names a department of it: «دائرة دبي للسياحة».
            let end = place.tokens.upperBound
            if end < tokens.count, tokens[end].isWord, tokens[end].key.startsWithBytes("ل"),
               text.paragraphOfToken[end] == text.paragraphOfToken[index] {
                return nil
            }
        }
        place.otherForms.append(text.text(ofTokens: index..<place.tokens.upperBound).droppingScalars(proclitic))
        place.isSettlement = true
        return place
    }

    /// A Moroccan or Algerian commune named by «جماعة» and a toponym of two words that opens like a
    /// tribe's land or a saint's: «جماعة بني بوفراح»، «جماعة أولاد تايمة»، «جماعة سيدي علال البحراوي».
    /// The candidate is the place, with the headed form as another of its forms. Elsewhere «جماعة» is
    /// a group («جماعة الحوثي»، «جماعة أبو سياف»).
    func communeNamedByAToponym(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let proclitic = Self.communeHeads.procliticLength(of: tokens[index].key, minimumLetters: 4), index + 2 < tokens.count,
              Self.communeOpeners.contains(tokens[index + 1].key), tokens[index + 2].isWord, !tokens[index + 2].hasArticle,
              text.paragraphOfToken[index + 2] == text.paragraphOfToken[index], !NameWords.isStopword(tokens[index + 2].key)
        else { return nil }
        var place = EntityCandidate(headed: (index + 1)..<(index + 3), type: .location, proclitic: 0, in: text)
        place.otherForms.append(text.text(ofTokens: index..<(index + 3)).droppingScalars(proclitic))
        place.isSettlement = true
        return place
    }

    private static let communeHeads = WordIndex(["جماعة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that open the names of tribes' lands and saints' towns (matching form).
    private static let communeOpeners = WordIndex(["بني", "أولاد", "آيت", "سيدي", "عين", "تل"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The kinds of district head.
    private enum DistrictHead {
        case jordanianDistrict
        case yemeniDistrict
        case circle
    }

    /// The district head `key` is, bare or after a proclitic (ب، و، ف، ل), with the proclitic's length.
    private static func districtHead(_ key: String) -> (DistrictHead, Int)? {
        // Most words end in neither head: they are told apart without taking them apart.
        guard key.endsWithBytes(jordanianDistrictHead) || key.endsWithBytes(circleHead) || key.endsWithBytes(yemeniDistrictHead)
        else { return nil }
        for proclitic in ["", "ب", "و", "ف", "ل", "وب", "فب"] where key.startsWithBytes(proclitic) {
            let rest = key.droppingScalars(proclitic.unicodeScalars.count)
            if rest.sameBytes(jordanianDistrictHead) { return (.jordanianDistrict, proclitic.unicodeScalars.count) }
            if rest.sameBytes(circleHead) { return (.circle, proclitic.unicodeScalars.count) }
            if rest.sameBytes(yemeniDistrictHead) { return (.yemeniDistrict, proclitic.unicodeScalars.count) }
        }
        return nil
    }

    private static let jordanianDistrictHead = ArabicNormalizer.matching.normalizedString("لواء")
    private static let circleHead = ArabicNormalizer.matching.normalizedString("دائرة")
    private static let yemeniDistrictHead = ArabicNormalizer.matching.normalizedString("مديرية")
}
