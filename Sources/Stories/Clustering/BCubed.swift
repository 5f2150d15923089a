/// B-cubed precision, recall and F1 of a grouping against gold classes (Bagga and Baldwin, 1998): for
/// each item, the share of its group that shares its class, and the share of its class that shares
/// its group, averaged over the items. The measure stories are scored by.
public enum BCubed {
    /// The scores of `groups` against `gold` (each item's class), over the items of `gold`; an item
    /// no group holds stands alone.
    public static func scores<Label: Hashable>(of groups: [[String]], gold: [String: Label]) -> (precision: Double, recall: Double, f1: Double) {
        guard !gold.isEmpty else { return (0, 0, 0) }
        var groupOf: [String: Int] = [:]
        for (index, group) in groups.enumerated() { for item in group { groupOf[item] = index } }
        var classSize: [Label: Int] = [:]
        for label in gold.values { classSize[label, default: 0] += 1 }
        var precision = 0.0
        var recall = 0.0
        for (item, label) in gold {
            let group = groupOf[item].map { groups[$0].filter { gold[$0] != nil } } ?? [item]
            let same = Double(group.filter { gold[$0] == label }.count)
            precision += same / Double(group.count)
            recall += same / Double(classSize[label] ?? 1)
        }
        precision /= Double(gold.count)
        recall /= Double(gold.count)
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }
}
