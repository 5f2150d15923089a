import ArabicText
import Foundation

extension CivilDate {
    /// Today's date in UTC.
    static var today: CivilDate {
        CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
