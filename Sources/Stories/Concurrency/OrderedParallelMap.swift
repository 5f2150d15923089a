import Foundation

/// Runs `transform` on every index of `0..<count` on all cores, at most one task per core at a
/// time, and returns the results in index order.
public func orderedParallelMap<Result: Sendable>(
    count: Int, _ transform: @escaping @Sendable (Int) -> Result
) async -> [Result] {
    await withTaskGroup(of: (Int, Result).self) { group in
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [Result?](repeating: nil, count: count)
        var next = 0
        func launch() {
            guard next < count else { return }
            let index = next
            next += 1
            group.addTask { (index, transform(index)) }
        }
        for _ in 0..<width { launch() }
        for await (index, result) in group {
            results[index] = result
            launch()
        }
        return results.compactMap { $0 }
    }
}

/// Runs `transform` on every index of `0..<count` on all cores, in chunks of `chunk` indexes per
/// task (for work items too small to pay for a task each), and returns the results in index order.
public func orderedParallelMap<Result: Sendable>(
    count: Int, chunk: Int, _ transform: @escaping @Sendable (Int) -> Result
) async -> [Result] {
    let size = max(1, chunk)
    let chunks = await orderedParallelMap(count: (count + size - 1) / size) { number in
        (number * size..<min(count, (number + 1) * size)).map(transform)
    }
    return chunks.flatMap { $0 }
}
