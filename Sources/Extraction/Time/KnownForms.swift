import ArabicText

/// The time forms an ``AnnotatedText`` gave its words, read in step with a ``TimeScan`` of the same
/// text: the scan's word tokens and the annotated text's come in the same order, so a cursor finds
/// each scanned word among the next few annotated ones. A form is taken only where the matching
/// forms are the same bytes, so it is the form the scan would have worked out.
struct KnownForms {
    private let text: AnnotatedText?
    /// The next annotated token to compare.
    private var cursor = 0

    /// How many annotated words past the cursor a scanned word is looked for, where the two
    /// tokenizations part (the scan tokenizes the whole text normalized, the annotated text each word
    /// as written); past them, the scan works the form out itself.
    private static let reach = 3

    /// Forms read from `text`, if any.
    init(_ text: AnnotatedText?) {
        self.text = text
    }

    /// The form of the next scanned word, whose matching form is `word`, or `nil` where the
    /// annotated text has no such word at the cursor.
    mutating func form(of word: UnsafeBufferPointer<UInt8>) -> WordForm? {
        guard let text else { return nil }
        var index = cursor
        var words = 0
        while index < text.tokens.count, words < Self.reach {
            if let form = text.timeForm(ofToken: index) {
                words += 1
                let key = text.keys[index].utf8
                if key.count == word.count, key.withContiguousStorageIfAvailable({ $0.elementsEqual(word) }) ?? key.elementsEqual(word) {
                    cursor = index + 1
                    return form
                }
            }
            index += 1
        }
        return nil
    }
}
