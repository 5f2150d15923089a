import ArabicText

extension MetadataDate {
    /// Reads a date string as metadata carries it; `nil` when it is none of the forms below, names
    /// a day that does not exist (`2023-02-30`), or falls outside ``plausibleYears``.
    ///
    /// Forms, with digits of any Arabic script:
    /// - ISO 8601: `2023-05-14`, `2023-05-14T09:30`, `2023-05-14T09:30:00.250+03:00`, `…Z`, `…+0300`,
    ///   `2023-05-14 09:30:00`, basic `20230514T093000Z`; `/` or `.` may separate a year-first date;
    /// - RFC 822 / 1123 and its relatives: `Sun, 14 May 2023 09:30:00 +0300`, `14 May 2023 09:30 GMT`,
    ///   two-digit years (`14 May 23`), month names in English or French, `May 14, 2023 9:30 PM`,
    ///   a trailing comment (`(EEST)`);
    /// - day first, as Arab sites write: `14/05/2023`, `14-05-2023`, `14.05.2023`, with an optional
    ///   time; month first only where day first is impossible (`05/14/2023`);
    /// - compact digits: `20230514`, `202305140930`, `20230514093000`;
    /// - Unix timestamps: 10 digits (seconds) or 13 (milliseconds), read as UTC.
    ///
    /// A weekday that disagrees with the date is kept in ``statedWeekday`` and flagged by
    /// ``hasWeekdayConflict``; the date wins.
    /// - Complexity: O(*n*) in the length of `text`.
    init?(parsing text: String) {
        var scanner = MetadataDateScanner(text)
        guard let parsed = Self.parse(&scanner) else { return nil }
        self = parsed
    }

    /// Reads the whole prepared string, choosing the form by its first token.
    private static func parse(_ scanner: inout MetadataDateScanner) -> MetadataDate? {
        if scanner.isAllDigits { return compactDigits(scanner.bytes) }
        guard let first = scanner.peek else { return nil }
        if MetadataDateScanner.isDigit(first) {
            let start = scanner.index
            guard let leading = scanner.number(maximum: 8) else { return nil }
            switch (leading.digits, scanner.peek) {
            case (4, UInt8(ascii: "-")?), (4, UInt8(ascii: "/")?), (4, UInt8(ascii: ".")?):
                return yearFirst(year: leading.value, &scanner)
            case (8, UInt8(ascii: "t")?):
                scanner.index = start
                return basicISO(&scanner)
            case (1...2, UInt8(ascii: "/")?), (1...2, UInt8(ascii: "-")?), (1...2, UInt8(ascii: ".")?):
                return dayFirst(leading.value, &scanner)
            case (1...2, _):
                return dayMonthYear(day: leading.value, weekday: nil, &scanner)
            default:
                return nil
            }
        }
        // A weekday, a month name, or neither.
        let save = scanner.index
        if let name = scanner.word(), let weekday = Self.weekdays[name] {
            _ = scanner.consume(UInt8(ascii: ","))
            scanner.skipSpaces()
            if let day = scanner.number(maximum: 2) { return dayMonthYear(day: day.value, weekday: weekday, &scanner) }
            return monthFirst(weekday: weekday, &scanner)
        }
        scanner.index = save
        return monthFirst(weekday: nil, &scanner)
    }

    // MARK: Forms

    /// `YYYY-MM-DD` and its `/` and `.` variants, after the year; then an optional time.
    private static func yearFirst(year: Int, _ scanner: inout MetadataDateScanner) -> MetadataDate? {
        guard let separator = scanner.consume(anyOf: [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]),
            let month = scanner.number(maximum: 2), scanner.consume(separator), let day = scanner.number(maximum: 2)
        else { return nil }
        return finish(year: year, month: month.value, day: day.value, weekday: nil, &scanner)
    }

    /// `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` after the day; month first only when the second
    /// number cannot be a month.
    private static func dayFirst(_ first: Int, _ scanner: inout MetadataDateScanner) -> MetadataDate? {
        if scanner.peek == UInt8(ascii: "-"), scanner.index + 1 < scanner.bytes.count,
            MarkupSniffer.isASCIILetter(scanner.bytes[scanner.index + 1])
        {
            return dayMonthYear(day: first, weekday: nil, &scanner)
        }
        guard let separator = scanner.consume(anyOf: [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")]),
            let second = scanner.number(maximum: 2), scanner.consume(separator), let year = scanner.number(maximum: 4),
            year.digits == 4
        else { return nil }
        let (day, month) = second.value > 12 && first <= 12 ? (second.value, first) : (first, second.value)
        return finish(year: year.value, month: month, day: day, weekday: nil, &scanner)
    }

    /// `14 May 2023 …` after the day (RFC 822 and its relatives).
    private static func dayMonthYear(day: Int, weekday: Weekday?, _ scanner: inout MetadataDateScanner)
        -> MetadataDate?
    {
        scanner.skipSpaces()
        _ = scanner.consume(UInt8(ascii: "-"))
        guard let name = scanner.word(), let month = Self.months[name] else { return nil }
        _ = scanner.consume(UInt8(ascii: "-"))
        _ = scanner.consume(UInt8(ascii: ","))
        scanner.skipSpaces()
        guard let year = scanner.number(maximum: 4), let fullYear = Self.fullYear(year) else { return nil }
        return finish(year: fullYear, month: month, day: day, weekday: weekday, &scanner)
    }

    /// `May 14, 2023 …` (and JavaScript's `Sun May 14 2023 09:30:00 GMT+0300`).
    private static func monthFirst(weekday: Weekday?, _ scanner: inout MetadataDateScanner) -> MetadataDate? {
        guard let name = scanner.word(), let month = Self.months[name] else { return nil }
        scanner.skipSpaces()
        guard let day = scanner.number(maximum: 2) else { return nil }
        _ = scanner.consume(UInt8(ascii: ","))
        scanner.skipSpaces()
        guard let year = scanner.number(maximum: 4), year.digits == 4 else { return nil }
        return finish(year: year.value, month: month, day: day.value, weekday: weekday, &scanner)
    }

    /// `20230514T093000Z`: compact date and time.
    private static func basicISO(_ scanner: inout MetadataDateScanner) -> MetadataDate? {
        guard let year = scanner.digits(4), let month = scanner.digits(2), let day = scanner.digits(2),
            scanner.consume(UInt8(ascii: "t")), let hour = scanner.digits(2), let minute = scanner.digits(2)
        else { return nil }
        let second = scanner.digits(2)
        guard let date = CivilDate(year: year, month: month, day: day),
            let time = Self.timeText(hour: hour, minute: minute, second: second)
        else { return nil }
        let offset = zone(&scanner)
        guard offset != .invalid, scanner.isAtEnd else { return nil }
        return MetadataDate(date: date, time: time, utcOffset: offset.text)
    }

    /// All digits: `YYYYMMDD`, `YYYYMMDDhhmm`, `YYYYMMDDhhmmss`, or a Unix timestamp.
    private static func compactDigits(_ bytes: [UInt8]) -> MetadataDate? {
        switch bytes.count {
        case 8, 12, 14:
            var scanner = MetadataDateScanner(String(decoding: bytes, as: UTF8.self))
            guard let year = scanner.digits(4), let month = scanner.digits(2), let day = scanner.digits(2),
                let date = CivilDate(year: year, month: month, day: day)
            else { return nil }
            guard bytes.count > 8 else { return MetadataDate(date: date) }
            guard let hour = scanner.digits(2), let minute = scanner.digits(2),
                let time = timeText(hour: hour, minute: minute, second: scanner.digits(2))
            else { return nil }
            return MetadataDate(date: date, time: time)
        case 10, 13:
            let text = String(decoding: bytes, as: UTF8.self)
            guard let number = Int(text) else { return nil }
            return unixTime(seconds: bytes.count == 13 ? number / 1000 : number)
        default:
            return nil
        }
    }

    /// The UTC day and time of a Unix time.
    private static func unixTime(seconds: Int) -> MetadataDate? {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        guard let time = timeText(hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
        else { return nil }
        return MetadataDate(date: CivilDate(daysSinceEpoch: days), time: time, utcOffset: "Z")
    }

    // MARK: Time and zone

    /// Checks the date and reads what may follow it: a time with its zone, and a comment.
    private static func finish(year: Int, month: Int, day: Int, weekday: Weekday?, _ scanner: inout MetadataDateScanner)
        -> MetadataDate?
    {
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        var time: String?
        var offset = ZoneOffset.none
        if scanner.consume(UInt8(ascii: "t")) || scanner.consume(UInt8(ascii: ",")) || scanner.peek == 0x20 {
            scanner.skipSpaces()
            if !scanner.isAtEnd, scanner.peek != UInt8(ascii: "(") {
                guard let parsed = clockTime(&scanner) else { return nil }
                time = parsed
                offset = zone(&scanner)
                guard offset != .invalid else { return nil }
            }
        }
        skipComment(&scanner)
        guard scanner.isAtEnd else { return nil }
        return MetadataDate(date: date, time: time, utcOffset: offset.text, statedWeekday: weekday)
    }

    /// `09:30`, `09:30:00`, `09:30:00.250`, `9:30 PM`.
    private static func clockTime(_ scanner: inout MetadataDateScanner) -> String? {
        guard var hour = scanner.number(maximum: 2)?.value, scanner.consume(UInt8(ascii: ":")),
            let minute = scanner.number(maximum: 2), minute.digits == 2
        else { return nil }
        var second: Int?
        if scanner.consume(UInt8(ascii: ":")) {
            guard let seconds = scanner.number(maximum: 2), seconds.digits == 2 else { return nil }
            second = seconds.value
            if scanner.consume(UInt8(ascii: ".")) || scanner.consume(UInt8(ascii: ",")) {
                guard scanner.number(maximum: 9) != nil else { return nil }
            }
        }
        let save = scanner.index
        scanner.skipSpaces()
        switch scanner.word() {
        case "am"?, "a"?:
            guard (1...12).contains(hour) else { return nil }
            if hour == 12 { hour = 0 }
        case "pm"?, "p"?:
            guard (1...12).contains(hour) else { return nil }
            if hour != 12 { hour += 12 }
        default:
            scanner.index = save
        }
        return timeText(hour: hour, minute: minute.value, second: second)
    }

    /// `HH:MM:SS` or `HH:MM`, when the numbers make a time.
    private static func timeText(hour: Int, minute: Int, second: Int?) -> String? {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second ?? 0) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return two(hour) + ":" + two(minute) + (second.map { ":" + two($0) } ?? "")
    }

    /// What followed a time as its zone.
    private enum ZoneOffset: Equatable {
        /// No zone, or a name that does not tell one offset.
        case none
        /// An offset, as `+HH:MM` or `Z`.
        case offset(String)
        /// Something that is no zone: the whole string is then not a date.
        case invalid

        /// The offset text, or `nil`.
        var text: String? {
            if case .offset(let text) = self { return text }
            return nil
        }
    }

    /// Reads `Z`, `+03:00`, `+0300`, `+03`, `GMT`, `UTC`, `GMT+0300`, or a North American zone.
    private static func zone(_ scanner: inout MetadataDateScanner) -> ZoneOffset {
        scanner.skipSpaces()
        if scanner.consume(UInt8(ascii: "z")) { return .offset("Z") }
        if let sign = scanner.consume(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")]) {
            return numericOffset(sign: sign, &scanner)
        }
        let save = scanner.index
        guard let name = scanner.word() else { return .none }
        switch name {
        case "gmt", "utc", "ut":
            if let sign = scanner.consume(anyOf: [UInt8(ascii: "+"), UInt8(ascii: "-")]) {
                return numericOffset(sign: sign, &scanner)
            }
            return .offset("Z")
        default:
            if let hours = Self.namedZones[name] { return .offset(hours) }
            // Another zone name (`EEST`, `AST`): the time stands, the offset is unknown.
            if name.utf8.count <= 5, name.utf8.allSatisfy(MarkupSniffer.isASCIILetter) { return .none }
            scanner.index = save
            return .invalid
        }
    }

    /// The offset after its sign: `03:00`, `0300`, `03`, `3`.
    private static func numericOffset(sign: UInt8, _ scanner: inout MetadataDateScanner) -> ZoneOffset {
        guard let first = scanner.number(maximum: 4) else { return .invalid }
        var hours = first.value
        var minutes = 0
        switch first.digits {
        case 1, 2:
            if scanner.consume(UInt8(ascii: ":")) {
                guard let minute = scanner.digits(2) else { return .invalid }
                minutes = minute
            }
        case 4:
            hours = first.value / 100
            minutes = first.value % 100
        default:
            return .invalid
        }
        guard hours <= 14, minutes < 60 else { return .invalid }
        if hours == 0, minutes == 0 { return .offset("+00:00") }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return .offset((sign == UInt8(ascii: "-") ? "-" : "+") + two(hours) + ":" + two(minutes))
    }

    /// Skips a trailing parenthesized comment, `(EEST)` or `(Arabian Standard Time)`.
    private static func skipComment(_ scanner: inout MetadataDateScanner) {
        scanner.skipSpaces()
        guard scanner.peek == UInt8(ascii: "(") else { return }
        while let byte = scanner.peek {
            scanner.index += 1
            if byte == UInt8(ascii: ")") { break }
        }
        scanner.skipSpaces()
    }

    /// A year of two digits (RFC 822) as four: 00–49 are 2000–2049, 50–99 are 1950–1999.
    private static func fullYear(_ year: (value: Int, digits: Int)) -> Int? {
        switch year.digits {
        case 4: year.value
        case 2: year.value < 50 ? 2000 + year.value : 1900 + year.value
        default: nil
        }
    }

    // MARK: Names

    /// Month names and abbreviations, English and French (Maghrebi sites write French too).
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    ]

    /// Weekday names and abbreviations in English.
    static let weekdays: [String: Weekday] = [
        "mon": .monday, "monday": .monday, "tue": .tuesday, "tues": .tuesday, "tuesday": .tuesday,
        "wed": .wednesday, "wednesday": .wednesday, "thu": .thursday, "thur": .thursday, "thurs": .thursday,
        "thursday": .thursday, "fri": .friday, "friday": .friday, "sat": .saturday, "saturday": .saturday,
        "sun": .sunday, "sunday": .sunday,
    ]

    /// The zone names of RFC 822 that name one offset.
    static let namedZones: [String: String] = [
        "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
        "pst": "-08:00", "pdt": "-07:00",
    ]
}
