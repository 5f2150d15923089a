/// A number written in digits, read from the scalars of a matching-normalized text.
///
/// Digits of every script are ASCII after normalization. Separators are read as follows:
/// - U+066B ARABIC DECIMAL SEPARATOR (٫) is always the decimal point, U+066C ARABIC THOUSANDS
///   SEPARATOR (٬) always groups thousands.
/// - When both `.` and `,` occur, the one that occurs last is the decimal point (1,234.5 and 1.234,5).
/// - A lone `,` groups thousands when it is followed by exactly three digits and preceded by one to three
///   digits not starting with 0 (1,500 is 1500); otherwise it is a decimal comma (2,5 is 2.5).
/// - A lone `.` is the decimal point (1.500 is 1.5); several `.` or `,` group thousands only when every
///   group after the first has three digits (1.000.000), and otherwise the digits are no number
///   (dates such as 12.05.2020, versions such as 1.2.3).
struct NumeralDigits: Sendable, Hashable {
    /// The value, with its sign.
    var value: Double
    /// Whether the number has no decimal part.
    var isInteger: Bool
    /// The digits as written, when the number is a bare run of digits (leading zeros kept, for the
    /// decimal part of «1 فاصلة 05»).
    var plainDigits: String?

    /// U+002E FULL STOP, U+002C COMMA, U+066B ARABIC DECIMAL SEPARATOR, U+066C ARABIC THOUSANDS
    /// SEPARATOR.
    static func isSeparator(_ scalar: UInt32) -> Bool {
        scalar == 0x2E || scalar == 0x2C || scalar == 0x066B || scalar == 0x066C
    }

    /// Reads digits and separators (no sign), or returns `nil` when the separators make no number.
    /// - Complexity: O(n) in the number of scalars.
    init?(scalars: ArraySlice<Unicode.Scalar>, isNegative: Bool) {
        var separators: [Separator] = []
        for index in scalars.indices where Self.isSeparator(scalars[index].value) {
            separators.append(Separator(index: index, scalar: scalars[index].value))
        }
        let decimalIndex: Int?
        switch Self.layout(of: scalars, separators: separators) {
        case .invalid: return nil
        case .integer: decimalIndex = nil
        case .decimal(let index): decimalIndex = index
        }
        var text = isNegative ? "-" : ""
        text.reserveCapacity(scalars.count + 2)
        var digits = String.UnicodeScalarView()
        for index in scalars.indices {
            let scalar = scalars[index]
            if index == decimalIndex {
                if index == scalars.startIndex { text.append("0") }
                text.append(".")
            } else if !Self.isSeparator(scalar.value) {
                text.unicodeScalars.append(scalar)
                digits.append(scalar)
            }
        }
        guard let value = Double(text) else { return nil }
        self.value = value
        self.isInteger = decimalIndex == nil
        self.plainDigits = separators.isEmpty ? String(digits) : nil
    }

    private struct Separator {
        var index: Int
        var scalar: UInt32
    }

    private enum Layout {
        case integer
        case decimal(at: Int)
        case invalid
    }

    /// Where the decimal separator is, if any, and whether the separators make a number at all.
    private static func layout(of scalars: ArraySlice<Unicode.Scalar>, separators: [Separator]) -> Layout {
        guard let last = separators.last else { return .integer }
        let groups = digitGroups(of: scalars, separators: separators)
        // A leading separator (.77, ٫٧٧) is a decimal point and must be the only one.
        if groups[0] == 0 {
            let isPoint = last.scalar == 0x2E || last.scalar == 0x066B
            return separators.count == 1 && isPoint ? .decimal(at: last.index) : .invalid
        }
        let arabicDecimals = separators.count(where: { $0.scalar == 0x066B })
        if arabicDecimals > 0 {
            let othersGroup = separators.dropLast().allSatisfy { $0.scalar == 0x066C || $0.scalar == 0x2C }
            return arabicDecimals == 1 && last.scalar == 0x066B && othersGroup ? .decimal(at: last.index) : .invalid
        }
        let dots = separators.count(where: { $0.scalar == 0x2E })
        let commas = separators.count(where: { $0.scalar == 0x2C })
        let laterGroupsAreThousands = groups.dropFirst().allSatisfy { $0 == 3 }
        if dots > 0, commas > 0 {
            // Both marks: the last one is the decimal point, occurs once, and the groups before it
            // are thousands.
            let decimalMark = last.scalar
            let isSingle = separators.count(where: { $0.scalar == decimalMark }) == 1
            let groupsAreThousands = groups.dropFirst().dropLast().allSatisfy { $0 == 3 }
            return isSingle && groupsAreThousands ? .decimal(at: last.index) : .invalid
        }
        if dots + commas == 0 { return .integer }  // only U+066C ARABIC THOUSANDS SEPARATOR
        let mark: UInt32 = dots > 0 ? 0x2E : 0x2C
        guard dots + commas == 1 else { return laterGroupsAreThousands ? .integer : .invalid }
        guard last.scalar == mark else { return .invalid }
        let leadingIsShort = groups[0] <= 3 && scalars[scalars.startIndex].value != 0x30
        let commaGroupsThousands = mark == 0x2C && groups[groups.count - 1] == 3 && leadingIsShort
        return commaGroupsThousands ? .integer : .decimal(at: last.index)
    }

    /// The lengths of the digit runs between separators.
    private static func digitGroups(
        of scalars: ArraySlice<Unicode.Scalar>, separators: [Separator]
    ) -> [Int] {
        var groups: [Int] = []
        groups.reserveCapacity(separators.count + 1)
        var previous = scalars.startIndex
        for separator in separators {
            groups.append(separator.index - previous)
            previous = separator.index + 1
        }
        groups.append(scalars.endIndex - previous)
        return groups
    }
}
