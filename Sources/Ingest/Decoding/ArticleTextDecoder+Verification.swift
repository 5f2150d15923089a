extension ArticleTextDecoder {
    /// What checking a declaration against the bytes concluded.
    enum Verdict {
        /// The bytes agree: the decoded text.
        case accepted(DecodedText)
        /// The bytes contradict the declaration, for the reason given in words.
        case overruled(String)
        /// The bytes look binary, for the reason given in words.
        case binary(String)
    }

    /// How much more plausible another single-byte page must read to overrule a declared one.
    static let overrulingMargin = 0.25
    /// The least plausibility with which another single-byte page can overrule a declared one.
    static let overrulingMinimum = 0.5

    /// Checks a declaration against the bytes and decodes them if they agree.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    func verify(_ declaration: CharsetDeclaration, _ inspection: inout DecodingInspection) -> Verdict {
        guard var encoding = TextEncoding(label: declaration.label) else {
            return .overruled("\(declaration.description) is not an encoding Isnad reads")
        }
        var declared = "declared by \(declaration.description)"
        if encoding.isWide, declaration.source != .contentType {
            encoding = .utf8
            declared += " (read as UTF-8: a declaration found by an ASCII scan cannot be UTF-16 or UTF-32)"
        }
        let basis: DecodedText.Basis = declaration.source == .contentType ? .contentType : .documentDeclaration
        let bytes = inspection.bytes

        func accept(_ encoding: TextEncoding, evidence: String) -> Verdict {
            let decoded = ArticleTextDecoder.decode(bytes, as: encoding)
            return .accepted(DecodedText(
                text: decoded.text, encoding: encoding, basis: basis, evidence: evidence,
                replacementCount: decoded.replacements))
        }
        func overrule(_ reason: String) -> Verdict {
            .overruled("\(declaration.description) overruled: \(reason)")
        }

        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            guard let pattern = inspection.utf16Pattern else { return overrule("the bytes show no UTF-16 pattern") }
            let order = pattern.encoding == encoding ? "" : " (byte order \(pattern.encoding.rawValue) from the byte pattern)"
            return accept(pattern.encoding, evidence: declared + order)
        case .utf32LittleEndian, .utf32BigEndian:
            let bigEndian = encoding == .utf32BigEndian
            guard bytes.count % 4 == 0, UTF32Transcoding.invalidUnitCount(bytes, bigEndian: bigEndian) == 0 else {
                return overrule("the bytes are not \(encoding.rawValue)")
            }
            return accept(encoding, evidence: declared)
        default:
            break
        }

        if let pattern = inspection.utf16Pattern {
            return overrule("the bytes show a \(pattern.encoding.rawValue) pattern")
        }
        if let reason = inspection.binaryReason { return .binary(reason) }

        if encoding == .utf8 {
            if let text = inspection.validUTF8 {
                return .accepted(DecodedText(text: text, encoding: .utf8, basis: basis, evidence: declared))
            }
            let survey = inspection.utf8Survey
            guard survey.isDamagedUTF8(declared: true) else {
                return overrule("the bytes are not UTF-8 (\(ArticleTextDecoder.describeErrors(survey)))")
            }
            return accept(.utf8, evidence: "\(declared); \(ArticleTextDecoder.describeDamage(survey))")
        }

        guard let page = SingleByteCodePage.page(for: encoding) else { return overrule("no decoder") }
        if inspection.hasHighBytes, inspection.validUTF8 != nil {
            return overrule("the bytes are valid UTF-8 with non-ASCII characters")
        }
        let own = inspection.score(page)
        if encoding == .iso8859_6, own.unassignedCount + own.controlCount > 0 {
            return overrule(
                "\(own.unassignedCount) bytes are unassigned in ISO-8859-6 and \(own.controlCount) are C1 controls")
        }
        for other in DecodingInspection.candidatePages where other.encoding != encoding {
            let score = inspection.score(other)
            if score.value >= own.value + ArticleTextDecoder.overrulingMargin,
                score.value >= ArticleTextDecoder.overrulingMinimum
            {
                return overrule(
                    "the bytes read better as \(other.encoding.rawValue) (plausibility \(score.formattedValue)"
                        + " against \(own.formattedValue))")
            }
        }
        return accept(encoding, evidence: declared)
    }

    /// The errors of bytes that are not UTF-8, in words: `37 invalid sequences, the first at byte 12`.
    static func describeErrors(_ survey: UTF8Survey) -> String {
        let plural = survey.invalidCount == 1 ? "sequence" : "sequences"
        let first = survey.firstInvalidOffset.map { ", the first at byte \($0)" } ?? ""
        return "\(survey.invalidCount) invalid \(plural)\(first)"
    }

    /// The damage of UTF-8 that is accepted despite it, in words.
    static func describeDamage(_ survey: UTF8Survey) -> String {
        var parts: [String] = []
        if survey.errorCount > 0 {
            parts.append("\(survey.errorCount) invalid \(survey.errorCount == 1 ? "sequence" : "sequences")")
        }
        if survey.endsTruncated { parts.append("a final character cut off") }
        return parts.joined(separator: " and ") + " replaced by U+FFFD"
    }
}
