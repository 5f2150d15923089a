/// Who said a quotation, as the text attributes it.
struct Attribution: Sendable, Hashable {
    /// The speaker's entity, as an index into ``DocumentEntities/items``.
    var item: Int?
    /// The speaker as the text names them.
    var speakerText: String?
    /// The reporting verb or marker.
    var cue: String?
    /// The token of the reporting verb, where there was one.
    var verbToken: Int?
    /// The speaker's grammatical gender, for continuations.
    var gender: ReportingVerbs.Gender?
    /// For a verb without a subject that continues an earlier speaker (وأضاف، مشيرا), the reporting
    /// verb of that speaker's attribution: the continuation came through the same outlets.
    var continuedVerb: Int?
}
