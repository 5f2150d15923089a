extension MonthLexicon {
    /// The month names, one spelling per line: `STYLE NUMBER | NAME` with an optional `| ambiguous`.
    ///
    /// A spelling shared by several styles is listed under each; the entries merge. Spellings that
    /// differ only in what ``ArabicNormalizer/matching`` folds (hamza on alef, ة/ه, ى/ي, diacritics)
    /// need not be listed, but the common ones are, as documentation.
    static let source = """
        # Transliterated Gregorian months: Egypt, Sudan, the Gulf, pan-Arab media.
        transliterated 1 | يناير
        transliterated 2 | فبراير
        transliterated 3 | مارس | ambiguous   # also the verb "he practised"
        transliterated 4 | أبريل
        transliterated 4 | ابريل
        transliterated 4 | إبريل
        transliterated 5 | مايو
        transliterated 6 | يونيو
        transliterated 6 | يونيه
        transliterated 6 | يونية
        transliterated 7 | يوليو
        transliterated 7 | يوليه
        transliterated 7 | يولية
        transliterated 8 | أغسطس
        transliterated 8 | اغسطس
        transliterated 9 | سبتمبر
        transliterated 10 | أكتوبر
        transliterated 10 | اكتوبر
        transliterated 11 | نوفمبر
        transliterated 12 | ديسمبر
        transliterated 12 | دسمبر

        # Moroccan Gregorian months.
        moroccan 1 | يناير
        moroccan 2 | فبراير
        moroccan 3 | مارس | ambiguous
        moroccan 4 | أبريل
        moroccan 5 | ماي | ambiguous   # also "water" in Gulf speech
        moroccan 6 | يونيو
        moroccan 7 | يوليوز
        moroccan 8 | غشت
        moroccan 9 | شتنبر
        moroccan 10 | أكتوبر
        moroccan 11 | نونبر
        moroccan 12 | دجنبر

        # Mauritanian spellings of the same months.
        moroccan 8 | أغشت
        moroccan 8 | اغشت
        moroccan 12 | دجمبر

        # Maghrebi Gregorian months from the French: Algeria, Tunisia.
        maghrebi 1 | جانفي
        maghrebi 2 | فيفري
        maghrebi 3 | مارس | ambiguous
        maghrebi 4 | أفريل
        maghrebi 4 | افريل
        maghrebi 5 | ماي | ambiguous
        maghrebi 6 | جوان | ambiguous   # also a given name
        maghrebi 7 | جويلية
        maghrebi 7 | جويليه
        maghrebi 8 | أوت
        maghrebi 8 | اوت
        maghrebi 9 | سبتمبر
        maghrebi 10 | أكتوبر
        maghrebi 11 | نوفمبر
        maghrebi 12 | ديسمبر

        # Syriac Gregorian months: the Levant, Iraq.
        syriac 1 | كانون الثاني
        syriac 1 | كانون ثاني
        syriac 1 | كانون ثان
        syriac 2 | شباط
        syriac 3 | آذار
        syriac 3 | اذار
        syriac 4 | نيسان | ambiguous   # also the car maker Nissan
        syriac 5 | أيار
        syriac 5 | ايار
        syriac 6 | حزيران
        syriac 7 | تموز
        syriac 8 | آب | ambiguous   # folds to the letters of أب "father"
        syriac 9 | أيلول
        syriac 9 | ايلول
        syriac 10 | تشرين الأول
        syriac 10 | تشرين أول
        syriac 11 | تشرين الثاني
        syriac 11 | تشرين ثاني
        syriac 11 | تشرين ثان
        syriac 12 | كانون الأول
        syriac 12 | كانون أول

        # English Gregorian months, full and abbreviated.
        english 1 | January
        english 1 | Jan
        english 2 | February
        english 2 | Feb
        english 3 | March | ambiguous
        english 3 | Mar | ambiguous
        english 4 | April
        english 4 | Apr
        english 5 | May | ambiguous
        english 6 | June
        english 6 | Jun
        english 7 | July
        english 7 | Jul
        english 8 | August
        english 8 | Aug
        english 9 | September
        english 9 | Sep
        english 9 | Sept
        english 10 | October
        english 10 | Oct
        english 11 | November
        english 11 | Nov
        english 12 | December
        english 12 | Dec

        # Hijri months.
        hijri 1 | محرم | ambiguous   # also "forbidden"
        hijri 1 | المحرم | ambiguous
        hijri 1 | محرم الحرام
        hijri 2 | صفر | ambiguous   # also "zero"
        hijri 2 | صفر الخير
        hijri 2 | صفر المظفر
        hijri 3 | ربيع الأول
        hijri 3 | ربيع الاول
        hijri 3 | ربيع أول
        hijri 4 | ربيع الثاني
        hijri 4 | ربيع ثاني
        hijri 4 | ربيع ثان
        hijri 4 | ربيع الآخر
        hijri 4 | ربيع الأخر
        hijri 4 | ربيع آخر
        hijri 5 | جمادى الأولى
        hijri 5 | جمادى الاولى
        hijri 5 | جمادى الأول
        hijri 5 | جمادى أولى
        hijri 6 | جمادى الآخرة
        hijri 6 | جمادى الأخرة
        hijri 6 | جمادى الثانية
        hijri 6 | جمادى الثاني
        hijri 6 | جمادى الأخرى
        hijri 7 | رجب | ambiguous   # also a given name
        hijri 7 | رجب المرجب
        hijri 7 | رجب الفرد
        hijri 8 | شعبان | ambiguous   # also a given name
        hijri 8 | شعبان المعظم
        hijri 9 | رمضان | ambiguous   # also a given name
        hijri 9 | رمضان المبارك
        hijri 9 | رمضان الكريم
        hijri 10 | شوال
        hijri 11 | ذو القعدة
        hijri 11 | ذي القعدة
        hijri 11 | ذا القعدة
        hijri 11 | ذوالقعدة
        hijri 11 | ذي القعده
        hijri 12 | ذو الحجة
        hijri 12 | ذي الحجة
        hijri 12 | ذا الحجة
        hijri 12 | ذوالحجة
        hijri 12 | ذي الحجه
        """
}
