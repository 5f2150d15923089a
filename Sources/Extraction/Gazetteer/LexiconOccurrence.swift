/// A lexicon match found in a text, with its span: a gazetteer name, a role or an organization head.
public struct LexiconOccurrence<Match: Sendable & Hashable>: Sendable, Hashable {
    /// Unicode scalar offsets into the searched text, end exclusive. The span leaves out the
    /// proclitics of the first word («لواشنطن» spans «واشنطن») and keeps the article («العراق»).
    public var span: Range<Int>
    /// The text at the span, as written.
    public var text: String
    /// What was matched.
    public var match: Match

    /// An occurrence.
    public init(span: Range<Int>, text: String, match: Match) {
        self.span = span
        self.text = text
        self.match = match
    }
}
