/// A few lines of invented news copy (no real event, outlet or person) that show what the text
/// stages do: diacritics, tatweel, hamza seats, Persian letters, three digit scripts, a hashtag, a
/// handle, a URL, an abbreviation and a quotation with a sentence inside it.
enum DemoSample {
    static let lines = [
        "أعلنَ وزيرُ الزراعـــة في جمهورية «نهرستان» المتخيَّلة أن المحصول بلغ ٢٫٥ مليون طن عام ۱۴۰۰ هـ.",
        "وقال المسئول للصحفيين: «الموسم كان صعبا. لكننا تجاوزناه» مضيفا أن 1,200 مزارع استفادوا.",
        "تابعوا الوسم #موسم_الحصاد وحساب @NahristanAgri أو الموقع www.nahristan-agri.example للمزيد..",
        "زار د. سامي الأنصاري المنطقة يوم الخميس. ثم عاد إلى العاصمة.",
    ]
}
