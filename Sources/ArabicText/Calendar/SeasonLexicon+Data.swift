extension SeasonLexicon {
    /// The season names, one spelling per line: `SEASON | NAME` with an optional `| ambiguous`;
    /// `- | PHRASE` marks a phrase that contains a season word but is not a season.
    static let source = """
        spring | ربيع | ambiguous   # also a given name
        spring | الربيع
        summer | صيف
        summer | الصيف
        summer | صائفة   # the Maghreb's summer season (صائفة 2023)
        summer | الصائفة
        autumn | خريف
        autumn | الخريف
        winter | شتاء
        winter | الشتاء
        winter | شتا   # without the final hamza
        winter | الشتا

        spring | spring | ambiguous   # also "a source of water", "a coil"
        summer | summer
        autumn | autumn
        autumn | fall | ambiguous
        winter | winter

        # Phrases that are not seasons.
        - | الربيع العربي   # the Arab Spring
        - | ربيع عربي
        - | Arab Spring
        """
}
