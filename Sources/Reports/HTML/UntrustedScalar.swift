/// What the report writers do with one Unicode scalar of untrusted text (article text, titles,
/// outlet names, everything that came from an input).
///
/// The policy, shared by the HTML and the Markdown writers:
/// - **Revealed**: the bidirectional embedding, override and isolate controls U+202A LEFT-TO-RIGHT
///   EMBEDDING … U+202E RIGHT-TO-LEFT OVERRIDE and U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP
///   DIRECTIONAL ISOLATE. They can reorder what a reader sees (a URL or a name shown backwards), so
///   they are replaced by a visible code such as `[U+202E]`: the reader sees that the input held one.
/// - **Removed**: other invisible controls that have no business in news text: C0 controls except
///   tab and line feed, U+007F DELETE, the C1 controls U+0080–U+009F, U+2028 LINE SEPARATOR and
///   U+2029 PARAGRAPH SEPARATOR, U+2060 WORD JOINER … U+2064 INVISIBLE PLUS, the deprecated format
///   controls U+206A–U+206F, U+FEFF ZERO WIDTH NO-BREAK SPACE, the interlinear annotation controls
///   U+FFF9–U+FFFB, and the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF.
/// - **Kept**: everything else, notably U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER
///   (Arabic and Persian spelling, emoji sequences), and the marks U+200E LEFT-TO-RIGHT MARK,
///   U+200F RIGHT-TO-LEFT MARK and U+061C ARABIC LETTER MARK, which act as one strong letter and
///   cannot reorder the text around them.
///
/// Removing or revealing happens when text is written out, after spans were cut at their scalar
/// offsets, so offsets into the original text stay valid.
enum UntrustedScalar {
    /// Written as it is.
    case keep
    /// Dropped.
    case remove
    /// Written as a visible code `[U+XXXX]`.
    case reveal

    /// The treatment of the scalar with value `value`.
    static func treatment(of value: UInt32) -> UntrustedScalar {
        switch value {
        case 0x09, 0x0A: .keep
        case 0x00...0x1F, 0x7F...0x9F: .remove
        case 0x202A...0x202E, 0x2066...0x2069: .reveal
        case 0x2028, 0x2029, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF:
            .remove
        default: .keep
        }
    }

    /// The visible code of a revealed scalar: `[U+202E]`.
    static func code(of value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "[U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "]"
    }
}
