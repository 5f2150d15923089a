extension NumeralLexicon {
    /// The standard lexicon, one entry per line: `kind [value] [form]: spelling spelling …`.
    ///
    /// Spellings are folded with ``ArabicNormalizer/matching`` when the lexicon is built, so one
    /// spelling stands for every variant that level folds (أربعة، اربعه، أربعـة). Spellings that
    /// differ in their letters (مئة and مائة, whose hamza seats differ) need their own entries.
    /// Lines starting with `#` are comments. Clitics (و، ف، ب، ل، ك، ال) are stripped at lookup, so
    /// the entries list bare words.
    static let standardEntries = """
        # Cardinal units. compoundUnit: only at the head of a teen or a compound. The accusative of a
        # feminine unit before tens takes an alef («ثلاثا وعشرين حالة»).
        zero: صفر
        unit 1: واحد واحدة واحدا
        compoundUnit 1: أحد إحدى
        unit 2: اثنان اثنين اثنتان اثنتين ثنتان ثنتين
        compoundUnit 2: اثنا اثني اثنتا اثنتي
        unit 3: ثلاث ثلاثة ثلاثا
        unit 4: أربع أربعة أربعا
        unit 5: خمس خمسة خمسا
        unit 6: ست ستة ستا
        unit 7: سبع سبعة سبعا
        unit 8: ثمان ثماني ثمانية ثمانيا
        unit 9: تسع تسعة تسعا
        ten: عشر عشرة

        # Tens, nominative and oblique.
        tens 20: عشرون عشرين
        tens 30: ثلاثون ثلاثين
        tens 40: أربعون أربعين
        tens 50: خمسون خمسين
        tens 60: ستون ستين
        tens 70: سبعون سبعين
        tens 80: ثمانون ثمانين
        tens 90: تسعون تسعين

        # Hundreds, with both hamza seats, duals in every case and construct state.
        hundreds 100: مئة مائة
        hundreds 200: مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي
        hundreds 300: ثلاثمئة ثلاثمائة ثلثمائة
        hundreds 400: أربعمئة أربعمائة
        hundreds 500: خمسمئة خمسمائة
        hundreds 600: ستمئة ستمائة
        hundreds 700: سبعمئة سبعمائة
        hundreds 800: ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة
        hundreds 900: تسعمئة تسعمائة

        # Scales. Singular includes the accusative (أحد عشر ألفا); dual includes construct state.
        scale 1000 singular: ألف ألفا
        scale 1000 dual: ألفان ألفين ألفي
        scale 1000 plural: آلاف ألوف
        scale 1000000 singular: مليون مليونا
        scale 1000000 dual: مليونان مليونين مليوني
        scale 1000000 plural: ملايين
        scale 1000000000 singular: مليار مليارا بليون بليونا
        scale 1000000000 dual: ملياران مليارين ملياري بليونان بليونين
        scale 1000000000 plural: مليارات بلايين
        scale 1000000000000 singular: تريليون تريليونا ترليون ترليونا
        scale 1000000000000 dual: تريليونان تريليونين ترليونان ترليونين
        scale 1000000000000 plural: تريليونات ترليونات

        # Fractions: one part of a denominator, two parts (dual), and parts counted by a unit (plural).
        fraction 2 free: نصف
        fraction 3 free: ثلث
        fraction 4 free: ربع
        fraction 6 free: سدس
        fraction 5 beforeDefinite: خمس
        fraction 7 beforeDefinite: سبع
        fraction 9 beforeDefinite: تسع
        fraction 10 beforeDefinite: عشر
        fraction 8 parserOnly: ثمن
        fractionDual 3: ثلثا ثلثي ثلثان ثلثين
        fractionPlural 3: أثلاث
        fractionPlural 4: أرباع
        fractionPlural 5: أخماس
        fractionPlural 6: أسداس
        fractionPlural 7: أسباع
        fractionPlural 8: أثمان
        fractionPlural 9: أتساع
        fractionPlural 10: أعشار

        # Ordinals, both genders, with the adverbs أولا، ثانيا … عاشرا.
        ordinal 1: أول أولى أولا
        ordinal 2: ثاني ثان ثانية ثانيا
        ordinal 3: ثالث ثالثة ثالثا
        ordinal 4: رابع رابعة رابعا
        ordinal 5: خامس خامسة خامسا
        ordinal 6: سادس سادسة سادسا
        ordinal 7: سابع سابعة سابعا
        ordinal 8: ثامن ثامنة ثامنا
        ordinal 9: تاسع تاسعة تاسعا
        ordinal 10: عاشر عاشرة عاشرا
        compoundOrdinal 1: حادي حادية

        # Function words of numeral expressions.
        decimalPoint: فاصلة
        conjunction: و

        # Context words that decide how a neighbouring numeral is read in text.
        context monthNameHead: كانون تشرين ربيع جمادى جماد
        context month: شهر
        context percentPreposition: في
        context from: من
        context year: عام سنة
        context nameAfterOrdinal: العدوية
        """
}
