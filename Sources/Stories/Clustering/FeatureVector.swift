/// A sparse vector of weighted features, sorted by feature id, with its norm.
struct FeatureVector: Sendable {
    /// Feature ids, ascending.
    private(set) var ids: [Int32] = []
    /// The weight of each feature in ``ids``.
    private(set) var weights: [Float] = []

    init() {}

    /// A vector from unsorted (id, weight) pairs; weights of repeated ids add up.
    init(_ pairs: [Int32: Float]) {
        let sorted = pairs.sorted { $0.key < $1.key }
        ids = sorted.map(\.key)
        weights = sorted.map(\.value)
    }

    var norm: Float {
        var sum: Float = 0
        for weight in weights { sum += weight * weight }
        return sum.squareRoot()
    }

    /// The dot product with `other`.
    /// - Complexity: O(n + m).
    func dot(_ other: FeatureVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < ids.count, j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The features both vectors hold, with the product of their weights, largest first.
    func shared(with other: FeatureVector, limit: Int) -> [(id: Int32, contribution: Float)] {
        var shared: [(Int32, Float)] = []
        var i = 0
        var j = 0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] {
                shared.append((ids[i], weights[i] * other.weights[j]))
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared.sorted { $0.1 > $1.1 }.prefix(limit).map { (id: $0.0, contribution: $0.1) }
    }

    /// Adds `other` scaled by `factor`.
    mutating func add(_ other: FeatureVector, scaledBy factor: Float = 1) {
        var mergedIDs: [Int32] = []
        var mergedWeights: [Float] = []
        mergedIDs.reserveCapacity(ids.count + other.ids.count)
        mergedWeights.reserveCapacity(ids.count + other.ids.count)
        var i = 0
        var j = 0
        while i < ids.count || j < other.ids.count {
            if j >= other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                mergedIDs.append(ids[i])
                mergedWeights.append(weights[i])
                i += 1
            } else if i >= ids.count || other.ids[j] < ids[i] {
                mergedIDs.append(other.ids[j])
                mergedWeights.append(other.weights[j] * factor)
                j += 1
            } else {
                mergedIDs.append(ids[i])
                mergedWeights.append(weights[i] + other.weights[j] * factor)
                i += 1
                j += 1
            }
        }
        ids = mergedIDs
        weights = mergedWeights
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
        zip(ids, weights).sorted { $0.1 > $1.1 }.prefix(count).map(\.0)
    }
}
