/// Turns the publication date a format carried into the article's ``PublicationDate``.
enum PublicationDates {
    /// The date from metadata (a field, or the URL), or else from a date line of a plain-text copy.
    ///
    /// Metadata dates are not inferred; a date line is text, so a date read from it is marked
    /// inferred, with the line as evidence. Dates the metadata cannot give (Arabic month names in a
    /// date line, relative dates) are left to the time expressions of the extraction stage.
    static func fromMetadata(_ raw: String?, field: String?, dateLines: [String]) -> PublicationDate {
        if let raw, let field {
            let parsed = field == "URL" ? MetadataDate.dateInURL(raw) : MetadataDate(parsing: raw)
            if let parsed {
                let source = field == "URL" ? "the date in the URL \(raw)" : "\(field): \(raw)"
                return PublicationDate(value: parsed.value, inferred: false, evidence: source)
            }
        }
        for line in dateLines {
            if let parsed = MetadataDate(parsing: Self.dateText(of: line)) ?? Self.numericDate(in: line) {
                return PublicationDate(value: parsed.value, inferred: true, evidence: "date line: \(line)")
            }
        }
        return .unknown
    }

    /// The first numeric date written as one word in `line` («تاريخ النشر: الأحد 17/11/2024 - 08:47 م
    /// عدد المشاهدات: 2317»): digits and separators with a year of four digits.
    private static func numericDate(in line: String) -> MetadataDate? {
        for word in line.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
            let digits = word.filter(\.isNumber).count
            guard digits >= 6, word.contains(where: { "/-.".contains($0) }) else { continue }
            if let parsed = MetadataDate(parsing: String(word)) { return parsed }
        }
        return nil
    }

    /// A date line without the bullets and labels around its date («- نشر في: 10-12-2021, 13:45»).
    private static func dateText(of line: String) -> String {
        var scalars = Substring(line).unicodeScalars[...]
        while let first = scalars.first, first.properties.numericType == nil { scalars = scalars.dropFirst() }
        return String(String.UnicodeScalarView(scalars))
    }
}
