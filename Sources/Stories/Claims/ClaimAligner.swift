import Extraction

/// Aligns the claim units of a story's articles into claims: units from different articles that
/// state the same thing.
///
/// Two units are compared by the Jaccard overlap of their content stems, plus small bonuses for
/// shared entities, numbers and dates (one within the other). Every pair of units from different articles at or above
/// ``threshold`` is a link; links are taken best first, and each joins the claims of its two units
/// unless that would put two units of one article into one claim. Taking the strongest links first
/// makes the result independent of the order the articles come in: a sentence goes with the one it
/// shares most with, wherever that stands. Candidate pairs come from an inverted index over stems,
/// so cost stays near-linear in the number of units.
struct ClaimAligner {
    /// The least similarity for two units to be linked.
    var threshold = 0.3
    /// Stems in more units than this are too common to find candidates by (they still count in
    /// the similarity); this keeps alignment near-linear in large stories.
    var commonStemLimit = 64

    /// A unit of one article of the story.
    struct Member: Hashable {
        var article: Int
        var unit: Int
    }

    /// The claims, each a list of members in article order, in the order of their first member.
    func align(_ articles: [AnalyzedArticle], sets: StemSets) -> [[Member]] {
        let members = articles.indices.flatMap { article in articles[article].claims.indices.map { Member(article: article, unit: $0) } }
        var claims = ClaimSets(members: members)
        for link in links(articles, sets: sets, members: members).sorted(by: { $0.score > $1.score || $0.score == $1.score && ($0.a, $0.b) < ($1.a, $1.b) }) {
            claims.join(link.a, link.b)
        }
        return claims.groups().map { $0.map { members[$0] } }
    }

    /// Every pair of units from different articles similar enough to be one claim, as positions in
    /// `members` (the first before the second).
    private func links(_ articles: [AnalyzedArticle], sets: StemSets, members: [Member]) -> [(a: Int, b: Int, score: Double)] {
        var unitsOfStem: [Int32: [Int]] = [:]
        var links: [(a: Int, b: Int, score: Double)] = []
        var seen = [Int](repeating: -1, count: members.count)
        for (position, member) in members.enumerated() {
            let stems = sets.stems[member.article][member.unit]
            for stem in stems {
                guard let earlier = unitsOfStem[stem], earlier.count <= commonStemLimit else { continue }
                for other in earlier where seen[other] != position && members[other].article != member.article {
                    seen[other] = position
                    let theirs = members[other]
                    // The bonuses add at most `maximumBonus`: a pair whose stems overlap too little
                    // for that to reach the threshold is no link, whatever else it shares.
                    guard StemSets.jaccard(stems, sets.stems[theirs.article][theirs.unit]) + Self.maximumBonus >= threshold
                    else { continue }
                    let score = Self.similarity(
                        articles[member.article].claims[member.unit], stems, sets.entities[member.article][member.unit],
                        articles[theirs.article].claims[theirs.unit], sets.stems[theirs.article][theirs.unit],
                        sets.entities[theirs.article][theirs.unit],
                        attribution: (sets.attribution[member.article][member.unit], sets.attribution[theirs.article][theirs.unit]),
                        threshold: threshold)
                    // A price or a count of two different things is two claims however alike the rest.
                    if score >= threshold,
                       !ConflictDetector.measureDifferentThings(articles[member.article].claims[member.unit], articles[theirs.article].claims[theirs.unit]) {
                        links.append((other, position, score))
                    }
                }
            }
            for stem in stems { unitsOfStem[stem, default: []].append(position) }
        }
        return links
    }

    /// What a shared entity, a shared number and a shared (nested) date add to the stem overlap.
    static let entityBonus = 0.05
    static let numberBonus = 0.1
    static let dateBonus = 0.05
    /// The most the bonuses of ``similarity(_:_:_:_:_:_:)`` add to the stem overlap.
    static let maximumBonus = entityBonus + numberBonus + dateBonus

    /// How alike two units are: stem Jaccard plus bonuses for shared entities, numbers and dates
    /// (a date within the other counts: «منذ 2014» and «منذ صيف 2014»).
    /// A denial and a statement it does not share a negation with, two units dated apart (see ``datedApart(_:_:)``), counting different outcomes (see
    /// ``countApart(_:_:)``), giving counts of one kind that cannot both hold (17.5 and 25 per
    /// cent) or different results of a match, one negating what the other states (لم يشارك, شارك) or the same parties the other way
    /// round (who beat whom) score 0: they tell of different facts, or contradict each other, and
    /// neither corroborates the other.
    /// The negation test costs most and matters only to a pair that would link, so it runs only on a
    /// score of `threshold` or more.
    static func similarity(
        _ a: ClaimUnit, _ aStems: [Int32], _ aEntities: [Int32], _ b: ClaimUnit, _ bStems: [Int32], _ bEntities: [Int32],
        attribution: ([Int32], [Int32]), threshold: Double
    ) -> Double {
        var score = StemSets.jaccard(aStems, bStems)
        // A denial supports only a statement that negates too or asserts what the denial turns to
        // («نفت تعليق رحلاتها» and «رحلاتها مستمرة»); any other it disputes or speaks past.
        guard score > 0, a.isDenial == b.isDenial || (a.isDenial ? b.isNegated : a.isNegated) || ConflictDetector.shareAFrame(a, b),
              !datedApart(a.dates, b.dates) || ConflictDetector.startAgainstDecision(a, b), !countApart(a.numbers, b.numbers),
              !placesApart(a, b), !scopesApart(a, b),
              !ConflictDetector.swapped(a, b), !ConflictDetector.scoresDiffer(a, b),
              ConflictDetector().conflictingNumbers(a, b) == nil, !HazardKinds.differ(a, b), !sportsDiffer(a, b)
        else { return 0 }
        if StemSets.sharedCount(aEntities, bEntities) > 0 { score += entityBonus }
        // One result of a match, in digits or in words («بهدفين نظيفين»، «2-0»), is a shared number.
        if a.numbers.contains(where: { number in b.numbers.contains { $0.value == number.value } })
            || a.scores.contains(where: b.scores.contains) {
            score += numberBonus
        }
        if a.dates.contains(where: { date in b.dates.contains { Self.nested(date, $0) } }) { score += dateBonus }
        if score >= threshold, !(a.negatedStems.isEmpty && b.negatedStems.isEmpty),
           ConflictDetector().negatedPredicate(a, b) != nil || ConflictDetector().negatedPredicate(b, a) != nil {
            return 0
        }
        if score >= threshold, let content = contentOverlap(a, aStems, attribution.0, b, bStems, attribution.1), content < minimumContentOverlap {
            return 0
        }
        return score
    }

    /// Whether two statements share what happened, not only who speaks or acts (see
    /// ``ClaimUnit/attributionStems``): at least ``minimumContentOverlap`` of what they say outside
    /// the names and reporting verbs is shared, counting each stem, predicate frame, (nested) date
    /// and count as one item. «أعلن الدفاع المدني انتشال 5 جثث» and «أعلن الدفاع المدني إخماد
    /// حريق» share only their source; «أعلنت الحكومة زيادة أسعار الخبز» and «أعلنت الحكومة زيادة
    /// الأجور» share a verb and two different things; «ينطلق مهرجان جرش في 23 يوليو» and «أعلنت
    /// إدارة مهرجان جرش انطلاق فعاليات الدورة في 23 يوليو» share a predicate and a date.
    static func sharesContent(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        contentOverlap(a, b).map { $0 >= minimumContentOverlap } ?? true
    }

    /// The share of what two statements say, outside who says it, that they have in common (see
    /// ``sharesContent(_:_:)``); `nil` where neither names who speaks.
    static func contentOverlap(_ a: ClaimUnit, _ b: ClaimUnit) -> Double? {
        let sets = StemSets(claims: [[a], [b]])
        return contentOverlap(a, sets.stems[0][0], sets.attribution[0][0], b, sets.stems[1][0], sets.attribution[1][0])
    }

    /// ``contentOverlap(_:_:)`` on stems and stems of who speaks already interned (sorted ids).
    static func contentOverlap(
        _ a: ClaimUnit, _ aStems: [Int32], _ aAttribution: [Int32], _ b: ClaimUnit, _ bStems: [Int32], _ bAttribution: [Int32]
    ) -> Double? {
        guard !aAttribution.isEmpty || !bAttribution.isEmpty else { return nil }
        let attribution = aAttribution.isEmpty ? bAttribution : bAttribution.isEmpty ? aAttribution : Array(Set(aAttribution + bAttribution)).sorted()
        var (shared, union) = StemSets.sharedAndUnion(aStems, bStems, without: attribution)
        for frame in a.frames { union += 1; if b.frames.contains(frame) { shared += 1 } }
        union += b.frames.filter { !a.frames.contains($0) }.count
        let sharedDates = a.dates.contains { date in b.dates.contains { nested(date, $0) } }
        shared += sharedDates ? 1 : 0
        union += (a.dates.isEmpty && b.dates.isEmpty) ? 0 : (sharedDates ? 1 : 2)
        let sharedCount = a.numbers.contains { number in b.numbers.contains { $0.value == number.value && $0.unit == number.unit } }
        shared += sharedCount ? 1 : 0
        union += (a.numbers.isEmpty && b.numbers.isEmpty) ? 0 : (sharedCount ? 1 : 2)
        return union > 0 ? Double(shared) / Double(union) : 0
    }

    /// The least share of what two statements say, outside who says it, that they must have in
    /// common to be one claim (see ``sharesContent(_:_:)``).
    static let minimumContentOverlap = 0.2

    /// Whether two statements' dates cannot be the same time: each names a date, and every pair of
    /// them lies in different years, or in days more than ``apartDays`` apart where both name a
    /// day or a short range. «تأسست الشركة عام 1977» and «افتتحت الشركة مقرها عام 2021» are two
    /// events; «أمس» and «اليوم» of articles a day apart may be one.
    static func datedApart(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        for x in a {
            for y in b where !Self.apart(x, y) { return false }
        }
        return true
    }

    /// Whether two statements name different sports: «فاز الزوراء على الشرطة في الدوري لكرة القدم»
    /// and «… لكرة السلة» are two matches.
    static func sportsDiffer(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        guard let ours = a.sport, let theirs = b.sport else { return false }
        return ours != theirs
    }

    /// Whether two statements are set in different settlements: each names a city, town or quarter
    /// and they name none in common («لقي ستة أشخاص حتفهم في مدينة المكلا» and «لقي 14 شخصا حتفهم في
    /// مدينة كسلا» are two floods). A country or a region names no settlement, so «في بغداد» and «في
    /// العراق» are not apart.
    /// So are two statements that each name countries, and none in common: «فاز الهلال السوداني على
    /// المريخ» and «فاز الأهلي المصري على الزمالك», a dam in Morocco and one in Sudan.
    /// So are two that name places after the same head and none in common («مستشفى في ولاية صحار» and
    /// «مستشفى في ولاية عبري»).
    static func placesApart(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        // A place one statement names inside a body or a facility of the other («بلدية قليبية» and
        // «بقليبية»، «مطار الموصل» found headed in one only) is common to both.
        !a.places.isEmpty && !b.places.isEmpty && !a.places.contains(where: { place in b.places.contains { samePlace(place, $0) } })
            && !namesWithin(a.places, b.entities) && !namesWithin(b.places, a.entities)
            || !a.countries.isEmpty && !b.countries.isEmpty && !a.countries.contains(where: b.countries.contains)
            || !a.headedPlaces.isEmpty && !b.headedPlaces.isEmpty && headedApart(a.headedPlaces, b.headedPlaces)
                && !headedWithin(a.headedPlaces, b.entities) && !headedWithin(b.headedPlaces, a.entities)
    }

    /// Whether one of `places` is named as a word of one of `entities` other than itself: «قليبية» in
    /// «organization:بلديه قليبيه».
    private static func namesWithin(_ places: [String], _ entities: [String]) -> Bool {
        places.contains { place in
            let name = place.drop { $0 != ":" }.dropFirst().prefix { $0 != "@" }
            guard name.unicodeScalars.count >= 3 else { return false }
            return entities.contains { entity in
                entity != place && entity.drop { $0 != ":" }.dropFirst().prefix { $0 != "@" }.split(separator: " ").dropFirst().contains(name)
            }
        }
    }

    /// Whether one of the headed places (`head|key`) is among `entities`: the other statement names it
    /// too, where a glued preposition («بمطار الموصل») kept it from its headed places.
    private static func headedWithin(_ headed: [String], _ entities: [String]) -> Bool {
        headed.contains { item in entities.contains(String(item.drop { $0 != "|" }.dropFirst())) }
    }

    /// Whether some place head is in both lists with no place in common under it.
    private static func headedApart(_ a: [String], _ b: [String]) -> Bool {
        func head(_ place: String) -> Substring { place.prefix { $0 != "|" } }
        func place(_ headed: String) -> String { String(headed.drop { $0 != "|" }.dropFirst()) }
        if a.contains(where: { left in b.contains { head($0) == head(left) && samePlace(place($0), place(left)) } }) { return false }
        return a.contains { left in b.contains { head($0) == head(left) } }
    }

    /// Whether two place keys («location:العقيق@SA») name one place: the same name, with or without
    /// its article, where one of them was found with no country («location:عقيق», a name the
    /// gazetteer did not give).
    static func samePlace(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        func parts(_ key: String) -> (name: Substring, country: Substring?) {
            let name = key.drop { $0 != ":" }.dropFirst().prefix { $0 != "@" }
            let country = key.firstIndex(of: "@").map { key[key.index(after: $0)...] }
            return (name.hasPrefix("ال") ? name.dropFirst(2) : name, country)
        }
        let (left, right) = (parts(x), parts(y))
        guard left.country == nil || right.country == nil || left.country == right.country else { return false }
        return left.name == right.name || nested(left.name, right.name) || nested(right.name, left.name)
    }

    /// Whether the place named `inner` is named again inside `outer` as its own word: «المارينا» in
    /// «دبي مارينا», a district named with its city. A word that opens town names (بني، عين، سيدي …)
    /// is no name of its own.
    private static func nested(_ inner: Substring, _ outer: Substring) -> Bool {
        // Most names are one word: the bytes tell at once, before any string is made.
        guard inner.utf8.count < outer.utf8.count, outer.utf8.contains(0x20), !inner.utf8.contains(0x20) else { return false }
        let word = String(inner)
        return word.unicodeScalars.count >= 4 && !ClaimUnit.opensAPlaceName(word)
            && outer.split(separator: " ").contains { $0 == inner || $0.hasPrefix("ال") && $0.dropFirst(2) == inner }
    }

    /// Whether one statement speaks of the whole country and the other of a town in it («94 بالمئة
    /// على المستوى الوطني» and «97 بالمئة في صفاقس»).
    static func scopesApart(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        a.isNationwide != b.isNationwide && !(a.isNationwide ? b.places : a.places).isEmpty
    }

    /// Whether two statements count different outcomes only: «قتل 23 شخصا» and «أصيب 23 شخصا» are
    /// two facts, however many words they share.
    static func countApart(_ a: [ClaimNumber], _ b: [ClaimNumber]) -> Bool {
        let left = Set(a.compactMap(\.outcome))
        let right = Set(b.compactMap(\.outcome))
        return !left.isEmpty && !right.isEmpty && left.isDisjoint(with: right)
    }

    /// Days between two narrow dates beyond which they are different times.
    static let apartDays = 7

    private static func apart(_ x: String, _ y: String) -> Bool {
        if let left = DayRange(x), let right = DayRange(y), left.isNarrow, right.isNarrow {
            return max(left.first, right.first) - min(left.last, right.last) > apartDays
        }
        guard let left = years(of: x), let right = years(of: y) else { return false }
        return left.upperBound < right.lowerBound || right.upperBound < left.lowerBound
    }

    /// The years a TimeML value spans (2014, 2014-SU, 2021-12-09, 2020/2022), or `nil`.
    private static func years(of value: String) -> ClosedRange<Int>? {
        let bytes = value.utf8
        guard let first = year(bytes[...]) else { return nil }
        var last = first
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")), let end = year(bytes[bytes.index(after: slash)...]) { last = end }
        return min(first, last)...max(first, last)
    }

    /// The year in the first four bytes of `bytes`, if they are digits.
    private static func year(_ bytes: Substring.UTF8View) -> Int? {
        var year = 0
        var digits = 0
        for byte in bytes.prefix(4) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            year = year * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 4 ? year : nil
    }

    /// Whether one TimeML value lies within the other: the same value, or a finer one that starts
    /// with the coarser one (2014 and 2014-SU, 2021-12 and 2021-12-09).
    static func nested(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        guard long.utf8.starts(with: short.utf8) else { return false }
        return long.utf8.count == short.utf8.count || long.utf8.dropFirst(short.utf8.count).first == UInt8(ascii: "-")
    }
}

/// Claims being built by joining units: a union-find over unit positions, where each claim knows
/// the articles of its units, so that no claim takes two units of one article.
private struct ClaimSets {
    private var parent: [Int]
    private var articles: [Set<Int>]

    init(members: [ClaimAligner.Member]) {
        parent = Array(members.indices)
        articles = members.map { [$0.article] }
    }

    private mutating func root(_ position: Int) -> Int {
        var root = position
        while parent[root] != root { root = parent[root] }
        var step = position
        while parent[step] != root {
            let next = parent[step]
            parent[step] = root
            step = next
        }
        return root
    }

    /// Joins the claims of `a` and `b`, unless they are one already or share an article.
    mutating func join(_ a: Int, _ b: Int) {
        let (first, second) = (root(a), root(b))
        guard first != second, articles[first].isDisjoint(with: articles[second]) else { return }
        let (kept, merged) = articles[first].count >= articles[second].count ? (first, second) : (second, first)
        parent[merged] = kept
        articles[kept].formUnion(articles[merged])
        articles[merged] = []
    }

    /// The claims, as ascending positions, in the order of their first position.
    mutating func groups() -> [[Int]] {
        var groupOfRoot: [Int: Int] = [:]
        var groups: [[Int]] = []
        for position in parent.indices {
            let root = root(position)
            if let group = groupOfRoot[root] {
                groups[group].append(position)
            } else {
                groupOfRoot[root] = groups.count
                groups.append([position])
            }
        }
        return groups
    }
}
