extension PreparedFeedXML {
    /// The five entities that XML defines, by name, with their code points.
    static let predefinedEntities: [String: Int] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39]

    /// HTML entities that feeds use without declaring them, by name, with their code points.
    ///
    /// The punctuation, spaces and direction marks of news text; letters with accents are left to the
    /// literal fallback, which keeps `&name;` readable.
    static let htmlEntities: [String: Int] = [
        "nbsp": 0xA0, "iexcl": 0xA1, "cent": 0xA2, "pound": 0xA3, "curren": 0xA4, "yen": 0xA5, "brvbar": 0xA6,
        "sect": 0xA7, "uml": 0xA8, "copy": 0xA9, "ordf": 0xAA, "laquo": 0xAB, "not": 0xAC, "shy": 0xAD,
        "reg": 0xAE, "macr": 0xAF, "deg": 0xB0, "plusmn": 0xB1, "sup2": 0xB2, "sup3": 0xB3, "acute": 0xB4,
        "micro": 0xB5, "para": 0xB6, "middot": 0xB7, "cedil": 0xB8, "sup1": 0xB9, "ordm": 0xBA, "raquo": 0xBB,
        "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE, "iquest": 0xBF, "times": 0xD7, "divide": 0xF7,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "auml": 0xE4, "ccedil": 0xE7, "egrave": 0xE8,
        "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "icirc": 0xEE, "iuml": 0xEF, "ocirc": 0xF4, "ouml": 0xF6,
        "ugrave": 0xF9, "ucirc": 0xFB, "uuml": 0xFC, "Eacute": 0xC9, "Agrave": 0xC0, "Ccedil": 0xC7,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
        "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "bull": 0x2022,
        "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039,
        "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192,
        "darr": 0x2193, "minus": 0x2212,
    ]
}
