/// What a format reader found in one input: the documents it could read, the parts it had to reject,
/// and what it noticed on the way.
struct DraftReading: Sendable {
    /// One draft per page, feed item or dataset record that could be read, in input order.
    var drafts: [DocumentDraft] = []
    /// The items, records or whole inputs that gave no draft, each with the reason.
    var rejections: [RejectedInput] = []
    /// Problems that did not cost a document (a feed that libxml2 had to recover, references it
    /// could not resolve), in words, for the log.
    var notes: [String] = []
}
