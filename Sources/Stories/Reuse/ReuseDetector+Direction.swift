extension ReuseDetector {
    /// Which of two articles sharing `passages` is the source, and why.
    ///
    /// An article that names the other's outlet next to a shared passage is the copier, when only one
    /// of them does. Otherwise the article published strictly earlier is the source, when both times
    /// are known and do not overlap. Otherwise the article earlier in the input is called the source,
    /// with ``ReuseDirectionBasis/inputOrder`` to say that nothing decided it.
    /// - Returns: whether `first` is the source, and the basis.
    func direction(_ first: ReuseFingerprint, _ second: ReuseFingerprint, _ passages: [WordPassage])
        -> (firstIsSource: Bool, basis: ReuseDirectionBasis)
    {
        let sameOutlet = first.outlet != nil && first.outlet == second.outlet
        if !sameOutlet {
            let firstNamesSecond = passages.contains {
                AttributionCues.attributes(first.words, passage: $0.first, to: second.outletPatterns)
            }
            let secondNamesFirst = passages.contains {
                AttributionCues.attributes(second.words, passage: $0.second, to: first.outletPatterns)
            }
            if firstNamesSecond != secondNamesFirst { return (secondNamesFirst, .attribution) }
        }
        if let firstTime = first.publicationTime, let secondTime = second.publicationTime {
            if firstTime.isBefore(secondTime) { return (true, .publicationTime) }
            if secondTime.isBefore(firstTime) { return (false, .publicationTime) }
        }
        return (first.order <= second.order, .inputOrder)
    }
}
