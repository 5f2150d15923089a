import ArabicText

extension MetadataDate {
    /// The date written in the path of an article's address: `/2023/05/14/`, `/2023-05-14/` or
    /// `/20230514/` (also at the end of the path, or followed by `-`, `_`, `.` and a slug); the
    /// first one that names a real day in ``plausibleYears`` wins.
    ///
    /// Only the path is searched (not the host, query or fragment), and a number must stand
    /// between slashes or separators: `/202305141234/` (an identifier) and `/2023/05/` (a month) give
    /// nothing.
    /// - Complexity: O(*n*) in the length of `url`.
    static func dateInURL(_ url: String) -> MetadataDate? {
        let bytes = Array(url.utf8)
        var start = 0
        if let scheme = url.utf8.firstRange(of: "://".utf8) {
            start = url.utf8.distance(from: url.utf8.startIndex, to: scheme.upperBound)
            while start < bytes.count, bytes[start] != UInt8(ascii: "/") { start += 1 }
        }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { end += 1 }
        let path = Array(bytes[start..<end])
        var index = 0
        while index < path.count {
            if path[index] == UInt8(ascii: "/"), let date = date(inPath: path, after: index + 1) { return date }
            index += 1
        }
        return nil
    }

    /// The date that starts right after a `/` at `start`, in one of the three forms.
    private static func date(inPath path: [UInt8], after start: Int) -> MetadataDate? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= path.count else { return nil }
            var value = 0
            for byte in path[from..<(from + count)] {
                guard MetadataDateScanner.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func endsComponent(_ index: Int) -> Bool {
            index == path.count
                || [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")]
                    .contains(path[index])
        }
        func separator(_ index: Int, _ byte: UInt8) -> Bool { index < path.count && path[index] == byte }

        guard let year = number(start, 4) else { return nil }
        var found: (month: Int, day: Int)?
        if separator(start + 4, UInt8(ascii: "/")), let month = number(start + 5, 2),
            separator(start + 7, UInt8(ascii: "/")), let day = number(start + 8, 2), endsComponent(start + 10)
        {
            found = (month, day)
        } else if separator(start + 4, UInt8(ascii: "-")), let month = number(start + 5, 2),
            separator(start + 7, UInt8(ascii: "-")), let day = number(start + 8, 2), endsComponent(start + 10)
        {
            found = (month, day)
        } else if let month = number(start + 4, 2), let day = number(start + 6, 2), endsComponent(start + 8) {
            found = (month, day)
        }
        guard let found, let date = CivilDate(year: year, month: found.month, day: found.day) else { return nil }
        return MetadataDate(date: date)
    }
}
