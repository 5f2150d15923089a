import ArabicText
import Foundation

/// Groups articles into stories, online in time order, as a newsroom's archive would receive them.
///
/// Each article is compared with the stories that share one of its heaviest features (found
/// through an inverted index, so cost stays near-linear), by the cosine of its TF-IDF vector with
/// the story's centroid, damped by the time between them: `similarity × exp(−gap / decayDays)`,
/// where `gap` is the number of days between the article and the nearest article of the story, less
/// one day of grace (an article known only to fall in a range of days counts its nearest day). It joins the best story at or above ``threshold``
/// (``datedApartFactor`` times higher where the article dates its event to other days than the
/// story does), or starts a new one. The
/// threshold and decay were chosen on data: see `Stories.docc/Clustering.md` and the test that
/// measures B-cubed F1 on the mixed corpus.
public struct StoryClusterer: Sendable {
    /// The least damped cosine similarity for an article to join a story.
    public var threshold: Float
    /// Days over which similarity decays by a factor e.
    public var decayDays: Double
    /// How many of an article's heaviest features look up candidate stories.
    public var probeFeatures: Int
    /// How much more similar than ``threshold`` an article must be to join a story whose events its
    /// text dates to other days (more than a day apart): two fires in one city or two decisions of
    /// one ministry share most of their words, but every report of each dates it to its own day.
    public var datedApartFactor: Float = 1.3

    /// A clusterer.
    public init(threshold: Float = 0.25, decayDays: Double = 12, probeFeatures: Int = 24) {
        self.threshold = threshold
        self.decayDays = decayDays
        self.probeFeatures = probeFeatures
    }

    /// The stories of `documents`, each with its articles in time order and the reason each joined.
    /// - Complexity: about O(n · c · f), where c is the number of candidate stories per article
    ///   (bounded by the index) and f the features per article.
    public func cluster(_ documents: [StoryDocument]) -> [StoryCluster] {
        cluster(documents, copies: [])
    }

    /// The stories of `documents`, where articles that copied from each other (`copies`: pairs of
    /// article ids, from strong reuse) are in one story even when their words and dates part.
    /// - Complexity: as ``cluster(_:)``, plus near-linear work in the number of copies.
    public func cluster(_ documents: [StoryDocument], copies: [(String, String)]) -> [StoryCluster] {
        let clusters = clusterByContent(documents, terms: documents.map(StoryFeatures.terms(of:)))
        return StoryMerger.merge(clusters, joining: copies)
    }

    /// ``cluster(_:copies:)``, with the features of the documents read on all cores: the same
    /// stories.
    public func clusterInParallel(_ documents: [StoryDocument], copies: [(String, String)]) async -> [StoryCluster] {
        let terms = await orderedParallelMap(count: documents.count, chunk: 16) { StoryFeatures.terms(of: documents[$0]) }
        return StoryMerger.merge(clusterByContent(documents, terms: terms), joining: copies)
    }

    private func clusterByContent(_ documents: [StoryDocument], terms: [[(name: String, count: Int)]]) -> [StoryCluster] {
        var features = StoryFeatures()
        let vectors = features.vectors(terms: terms)
        let order = documents.indices.sorted { a, b in
            let left = documents[a].published.map(\.upperBound.daysSinceEpoch) ?? Int.min
            let right = documents[b].published.map(\.upperBound.daysSinceEpoch) ?? Int.min
            return left != right ? left < right : documents[a].order < documents[b].order
        }
        var clusters: [WorkingCluster] = []
        // What happened is dated on or before the day it is reported; later days are of what is
        // scheduled, which sources of one story may date differently.
        let eventDaysOf = documents.map { document in
            document.days.compactMap { CivilDate($0)?.daysSinceEpoch }.filter { day in
                document.published.map { day <= $0.upperBound.daysSinceEpoch } ?? false
            }
        }
        // For each feature id, the stories that hold it among their heaviest.
        var index = [[Int]](repeating: [], count: features.names.count)
        // The candidate stories of the article at hand, and which article last took each story.
        var candidates: [Int] = []
        var candidateOf: [Int] = []
        // Vectors are unit length, so the cosine is at most 1 and a story whose last day is further
        // back than the decay can bring to the threshold cannot win: it is skipped unscored.
        let horizon = Int((1 + decayDays * Double(log(1 / max(threshold, .leastNonzeroMagnitude)))).rounded(.up)) + 1
        // For each step, the earliest day an article still to come may have been published on (none
        // while undated articles remain). A story whose last day lies further back than the horizon
        // from it can take no later article, so it leaves the index: the lists stay as long as the
        // stories of a few weeks, not of the whole archive.
        var earliestAhead = [Int?](repeating: nil, count: order.count + 1)
        for step in order.indices.reversed() {
            guard let lower = documents[order[step]].published?.lowerBound.daysSinceEpoch else { break }
            earliestAhead[step] = min(earliestAhead[step + 1] ?? lower, lower)
        }
        for (step, documentIndex) in order.enumerated() {
            let vector = vectors[documentIndex]
            let day = documents[documentIndex].published.map { $0.lowerBound.daysSinceEpoch...$0.upperBound.daysSinceEpoch }
            candidates.removeAll(keepingCapacity: true)
            for feature in vector.heaviest(probeFeatures) {
                if let earliest = earliestAhead[step] {
                    index[Int(feature)].removeAll { story in clusters[story].lastDay.map { earliest - $0 > horizon } ?? false }
                }
                for candidate in index[Int(feature)] where candidateOf[candidate] != documentIndex {
                    candidateOf[candidate] = documentIndex
                    candidates.append(candidate)
                }
            }
            candidates.sort()
            var best: (cluster: Int, score: Float)?
            let eventDays = eventDaysOf[documentIndex]
            for candidate in candidates {
                if let day, let last = clusters[candidate].lastDay, day.lowerBound - last > horizon { continue }
                let score = clusters[candidate].similarity(to: vector, day: day, decayDays: decayDays)
                let least = clusters[candidate].datesApart(eventDays) ? threshold * datedApartFactor : threshold
                if score >= least, score > best?.score ?? -1 { best = (candidate, score) }
            }
            let explanation: StoryAssignment
            let target: Int
            if let best {
                target = best.cluster
                let shared = clusters[target].shared(with: vector, limit: 6).map { features.name(of: $0) }
                explanation = StoryAssignment(article: documents[documentIndex].id, similarity: best.score, startedStory: false, sharedFeatures: shared)
            } else {
                target = clusters.count
                clusters.append(WorkingCluster())
                candidateOf.append(-1)
                explanation = StoryAssignment(article: documents[documentIndex].id, similarity: 1, startedStory: true, sharedFeatures: [])
            }
            clusters[target].add(vector, day: day, eventDays: eventDays, assignment: explanation, document: documentIndex)
            for feature in clusters[target].heaviest(probeFeatures * 2) where index[Int(feature)].last != target {
                index[Int(feature)].append(target)
            }
        }
        return clusters.map { cluster in
            StoryCluster(articles: cluster.documents.map { documents[$0].id }, assignments: cluster.assignments)
        }
    }
}

/// A story found by ``StoryClusterer``.
public struct StoryCluster: Sendable, Hashable {
    /// Article ids, in the order they joined (time order).
    public var articles: [String]
    /// Why each article joined: the similarity and the features it shared with the story.
    public var assignments: [StoryAssignment]
}

/// The evidence for one article's place in a story.
public struct StoryAssignment: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The time-damped cosine similarity with the story when it joined.
    public var similarity: Float
    /// Whether the article started the story.
    public var startedStory: Bool
    /// The heaviest features it shared with the story: `s:` stems, `e:` entity ids, `n:` numbers.
    public var sharedFeatures: [String]
}

/// A story being built: the sum of its members' vectors and their publication days.
///
/// The sum is kept by feature, so that adding an article and scoring one against the story cost in
/// the article's features, not in the story's, which grow with every member.
private struct WorkingCluster {
    /// The sum of the members' vectors.
    var centroid: [Int32: Float] = [:]
    /// The squared length of ``centroid``.
    var normSquared: Double = 0
    var days: [ClosedRange<Int>] = []
    /// The single days its members' texts date, outside background paragraphs.
    var eventDays: Set<Int> = []
    /// The latest day any member may have been published on.
    var lastDay: Int?
    var documents: [Int] = []
    var assignments: [StoryAssignment] = []

    mutating func add(_ vector: FeatureVector, day: ClosedRange<Int>?, eventDays: [Int], assignment: StoryAssignment, document: Int) {
        self.eventDays.formUnion(eventDays)
        for (id, weight) in zip(vector.ids, vector.weights) {
            let old = centroid[id] ?? 0
            let new = old + weight
            centroid[id] = new
            normSquared += Double(new) * Double(new) - Double(old) * Double(old)
        }
        if let day {
            days.append(day)
            lastDay = max(lastDay ?? day.upperBound, day.upperBound)
        }
        documents.append(document)
        assignments.append(assignment)
    }

    var norm: Float { Float(max(0, normSquared).squareRoot()) }

    /// Whether the article dating `articleDays` and the story both date their events, and no day of
    /// one lies within a day of a day of the other.
    func datesApart(_ articleDays: [Int]) -> Bool {
        guard !articleDays.isEmpty, !eventDays.isEmpty else { return false }
        return !articleDays.contains { day in eventDays.contains(day) || eventDays.contains(day - 1) || eventDays.contains(day + 1) }
    }

    func similarity(to vector: FeatureVector, day: ClosedRange<Int>?, decayDays: Double) -> Float {
        let norm = norm
        guard norm > 0 else { return 0 }
        var dot: Float = 0
        for (id, weight) in zip(vector.ids, vector.weights) {
            if let mine = centroid[id] { dot += mine * weight }
        }
        let cosine = dot / norm
        guard let day, !days.isEmpty else { return cosine }
        // Days between two ranges: zero where they overlap.
        let gap = days.map { max(0, max($0.lowerBound, day.lowerBound) - min($0.upperBound, day.upperBound)) }.min() ?? 0
        return cosine * Float(exp(-Double(max(0, gap - 1)) / decayDays))
    }

    /// The `count` heaviest features of the story.
    func heaviest(_ count: Int) -> [Int32] {
        FeatureVector.heaviest(centroid.lazy.map { ($0.key, $0.value) }, count: count)
    }

    /// The features the story shares with `vector` that add most to their similarity, most first.
    func shared(with vector: FeatureVector, limit: Int) -> [Int32] {
        let contributions = zip(vector.ids, vector.weights).compactMap { id, weight in centroid[id].map { (id, $0 * weight) } }
        return FeatureVector.heaviest(contributions, count: limit)
    }
}

extension StoryFeatures {
    func name(of id: Int32) -> String {
        names[Int(id)]
    }
}
