import ArabicText
public import Extraction

/// The kinds of disaster a statement tells of, by family: an earthquake, a storm or a flood, a fire
/// or an explosion, an outbreak, a crash. Two statements that each name a disaster, and none of one
/// family, tell of two events («ضربت هزة أرضية محافظة إربد» and «ضربت عاصفة ثلجية محافظة إربد»), whatever
/// place, verb and toll they share. A collapse or a drowning follows from any of them and names no
/// family; a storm and the flood it brings, an explosion and the fire after it, are one family.
public enum HazardKinds {
    /// The first words of the two statements that name disasters of different families, or `nil`.
    public static func between(_ a: ClaimUnit, _ b: ClaimUnit) -> (ours: String, theirs: String)? {
        let (ours, ourWord) = families(of: a)
        guard ours != 0 else { return nil }
        let (theirs, theirWord) = families(of: b)
        guard theirs != 0, ours & theirs == 0, let ourWord, let theirWord else { return nil }
        return (ourWord, theirWord)
    }

    /// Whether two statements name disasters of different families only.
    static func differ(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        between(a, b) != nil
    }

    /// The families a statement names, as bits, and the first stem that names one.
    private static func families(of unit: ClaimUnit) -> (UInt8, String?) {
        var bits: UInt8 = 0
        var first: String?
        for stem in unit.stems {
            guard let number = table.stems.number(of: stem) else { continue }
            bits |= table.families[number]
            if first == nil { first = stem }
        }
        return (bits, first)
    }

    /// The words of each family, one family a line.
    private static let families: [String] = [
        "زلزال زلازل هزة هزات بركان ثوران تسونامي",
        "عاصفة عواصف إعصار أعاصير فيضان فيضانات سيول أمطار ثلوج",
        "حريق حرائق انفجار انفجارات تفجير",
        "وباء تفشي كوليرا حصبة تسمم",
        "تحطم اصطدام",
    ]

    /// The stems of the words of ``families``, numbered, and for each the bits of its families.
    private static let table: (stems: WordIndex, families: [UInt8]) = {
        var index = WordIndex()
        var bits: [UInt8] = []
        for (family, line) in families.enumerated() {
            for word in line.split(separator: " ") {
                for stem in ClaimUnit.contentStems(of: String(word)) {
                    let number = index.insert(stem)
                    if number == bits.count { bits.append(0) }
                    bits[number] |= 1 << family
                }
            }
        }
        return (index, bits)
    }()
}
