/// A sparse vector of weighted features, sorted by feature id, with its norm.
struct FeatureVector: Sendable {
    /// Feature ids, ascending.
    private(set) var ids: [Int32] = []
    /// The weight of each feature in ``ids``.
    private(set) var weights: [Float] = []

    init() {}

    /// A vector from (id, weight) pairs in ascending order of distinct ids.
    init(sorted pairs: [(Int32, Float)]) {
        ids = pairs.map(\.0)
        weights = pairs.map(\.1)
    }

    var norm: Float {
        var sum: Float = 0
        for weight in weights { sum += weight * weight }
        return sum.squareRoot()
    }

    /// The vector divided by its norm.
    func normalized() -> FeatureVector {
        let length = norm
        guard length > 0 else { return self }
        var copy = self
        copy.weights = weights.map { $0 / length }
        return copy
    }

    /// The `count` heaviest features.
    func heaviest(_ count: Int) -> [Int32] {
        Self.heaviest(zip(ids, weights), count: count)
    }

    /// The ids of the `count` heaviest of `features`, heaviest first and, at equal weight, the lower
    /// id first, so that the choice does not depend on the order features come in.
    /// - Complexity: O(n · log k) for n features and k = `count`, in practice.
    static func heaviest(_ features: some Sequence<(Int32, Float)>, count: Int) -> [Int32] {
        guard count > 0 else { return [] }
        func before(_ a: (Int32, Float), _ b: (Int32, Float)) -> Bool {
            a.1 > b.1 || a.1 == b.1 && a.0 < b.0
        }
        var top: [(Int32, Float)] = []
        top.reserveCapacity(count + 1)
        for feature in features {
            if top.count == count, let last = top.last, !before(feature, last) { continue }
            var position = top.count
            while position > 0, before(feature, top[position - 1]) { position -= 1 }
            top.insert(feature, at: position)
            if top.count > count { top.removeLast() }
        }
        return top.map(\.0)
    }
}
