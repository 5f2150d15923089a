extension ArticleTextDecoder {
    /// Chooses an encoding from the bytes alone, after every declaration was missing or overruled.
    ///
    /// - Parameter overruled: The reasons for which declarations were overruled, which open the
    ///   evidence.
    /// - Complexity: O(*n*) in the number of bytes.
    func detect(_ inspection: inout DecodingInspection, overruled: [String]) -> Result<DecodedText, TextDecodingError> {
        let opening = overruled.isEmpty ? "not declared; " : overruled.joined(separator: "; ") + "; detected: "
        let bytes = inspection.bytes

        func detected(_ encoding: TextEncoding, evidence: String) -> Result<DecodedText, TextDecodingError> {
            let decoded = ArticleTextDecoder.decode(bytes, as: encoding)
            return .success(DecodedText(
                text: decoded.text, encoding: encoding, basis: .detection, evidence: opening + evidence,
                replacementCount: decoded.replacements))
        }

        if let pattern = inspection.utf16Pattern {
            return detected(
                pattern.encoding,
                evidence: "\(pattern.encoding.rawValue) pattern (0x00 or 0x06 high bytes in \(pattern.percentage)% of units)")
        }
        if let reason = inspection.binaryReason {
            return .failure(TextDecodingError(code: .binaryContent, message: reason))
        }
        if let text = inspection.validUTF8 {
            let evidence = opening + (inspection.hasHighBytes ? "valid UTF-8" : "ASCII only, read as UTF-8")
            return .success(DecodedText(text: text, encoding: .utf8, basis: .detection, evidence: evidence))
        }
        let survey = inspection.utf8Survey
        if survey.isDamagedUTF8(declared: false) {
            return detected(
                .utf8,
                evidence: "UTF-8 (\(survey.multibyteCount) multibyte sequences) with \(ArticleTextDecoder.describeDamage(survey))")
        }
        let best = inspection.bestPage()
        return detected(
            best.page.encoding,
            evidence: "not UTF-8 (\(ArticleTextDecoder.describeErrors(survey))); plausibility \(inspection.scoreSummary())")
    }
}
