import Testing
@testable import Ingest

@Suite struct HTMLArticleReaderTests {
    static let page = """
        <!DOCTYPE html><html lang="ar-JO" dir="rtl"><head><meta charset="utf-8">
        <title>افتتاح سوق الكتاب في إربد - صحيفة الشمال</title>
        <meta property="og:site_name" content="صحيفة الشمال">
        <meta property="article:published_time" content="2024-03-05T10:15:00+03:00">
        <link rel="canonical" href="https://www.alshamal.example/culture/2024/03/05/book-fair">
        <script>var ads = [];</script><style>.x{}</style></head>
        <body><header class="site-header"><nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li>
        <li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
        <div class="breaking-ticker">عاجل: انقطاع مؤقت للكهرباء في بعض أحياء المدينة</div>
        <div class="container"><div class="col-main"><article class="post">
        <h1 class="entry-title">افتتاح سوق الكتاب في إربد</h1>
        <div class="entry-content">
        <p>افتتح محافظ إربد صباح الثلاثاء سوق الكتاب السنوي في ساحة الجامعة بمشاركة أكثر من ستين دار نشر من الأردن وفلسطين ولبنان.</p>
        <p>وقال المحافظ في كلمة الافتتاح إن «القراءة تبقى نافذة الشباب على العالم»، مضيفا أن السوق يستمر عشرة أيام.</p>
        <div class="related-posts"><h3>اقرأ أيضاً</h3><ul><li><a href="/a">انطلاق مهرجان جرش بدورته الجديدة</a></li>
        <li><a href="/b">وزارة الثقافة تعلن جوائز الإبداع الأدبي للعام الحالي</a></li></ul></div>
        <h2>أسعار مخفضة للطلاب</h2>
        <p>وأوضح مدير السوق أن الطلاب يحصلون على خصم يبلغ ثلاثين في المئة على جميع العناوين، وأن الدخول مجاني للجميع طوال أيام المعرض.</p>
        </div>
        <div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
        </article>
        <div id="comments" class="comments-area"><h3>التعليقات</h3><div class="comment-body"><p>خطوة رائعة ونتمنى أن تتكرر في كل محافظات المملكة لأن الكتاب غالي الثمن في المكتبات وهذا السوق فرصة للجميع.</p></div>
        <form><label>الاسم</label><input name="n"><textarea></textarea><button>أرسل</button></form></div>
        </div><aside class="sidebar"><div class="widget most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/c">ارتفاع أسعار الخضار في السوق المركزي</a></li></ol></div></aside></div>
        <footer class="site-footer"><p>جميع الحقوق محفوظة © صحيفة الشمال 2024</p></footer></body></html>
        """

    @Test func extractsTheBodyAndDropsFurniture() throws {
        let page = try HTMLArticleReader().read(html: Self.page, input: "page.html", url: nil)
        #expect(page.title == "افتتاح سوق الكتاب في إربد")
        #expect(page.paragraphs.count == 4)
        #expect(page.paragraphs.first?.hasPrefix("افتتح محافظ إربد") == true)
        #expect(page.paragraphs.contains("أسعار مخفضة للطلاب"))
        let body = page.paragraphs.joined(separator: "\n")
        for furniture in ["اقرأ أيضاً", "مهرجان جرش", "خطوة رائعة", "الأكثر قراءة", "جميع الحقوق", "عاجل", "واتساب"] {
            #expect(!body.contains(furniture), "\(furniture)")
        }
        #expect(page.removed.contains { $0.reason == FurnitureKind.comments.rawValue })
        #expect(page.outlet == "صحيفة الشمال")
        #expect(page.published?.value == "2024-03-05T10:15:00+03:00")
        #expect(page.url == "https://www.alshamal.example/culture/2024/03/05/book-fair")
        #expect(page.language == "ar")
    }

    @Test func survivesDeepNesting() throws {
        let html = String(repeating: "<div>", count: 10_000) + "<p>نص عميق جدا في الصفحة يكفي لأن يعد فقرة من فقرات المقال الطويلة حقا.</p>"
            + String(repeating: "</div>", count: 10_000)
        let page = try HTMLArticleReader().read(html: html, input: "deep.html", url: nil)
        #expect(page.paragraphs.count <= 1)
    }

    /// An old print page: no metadata, the site in the title next to a page label, the writer in a
    /// byline and the day in a line of the page.
    static let printPage = """
        <html dir="rtl"><head><meta charset="utf-8"><title>جريدة الساحل - نسخة للطباعة</title></head><body>
        <table><tr><td><font size="2">تاريخ النشر: الأربعاء 05/03/2025 - 09:10 ص | عدد القراءات: 912</font></td></tr>
        <tr><td><font size="2">كتب: سالم العنزي</font></td></tr>
        <tr><td>افتتحت وزارة الأشغال أمس الطريق الساحلي الجديد بعد أعمال استمرت ثلاث سنوات، بطول أربعين كيلومترا يربط المدينة بالميناء.<br><br>
        وقال وكيل الوزارة في تصريح للصحفيين إن الطريق سيخفف الازدحام على الطريق القديم ويختصر زمن الرحلة إلى النصف تقريبا.<br><br>
        وأضاف أن المرحلة الثانية من المشروع تبدأ في الصيف المقبل وتشمل جسرين وثلاثة أنفاق للمشاة قرب المدارس.</td></tr></table>
        </body></html>
        """

    @Test func readsThePrintPageOfAnOldSite() throws {
        let result = Ingestor().articles(inBytes: Array(Self.printPage.utf8), input: "print.html")
        let article = try #require(result.articles.first)
        #expect(article.source.outlet == "جريدة الساحل")
        #expect(article.title == nil)
        #expect(article.author == "سالم العنزي")
        #expect(article.published.value == "2025-03-05")
        #expect(article.published.inferred)
    }

    @Test func pictureLinksOfAnEmbeddedPostAreNoText() {
        #expect(MediaLinks.removed(from: "وصل الموسم إلى ذروته 🐢 pic.twitter.com/Qx7TrtL5nA") == "وصل الموسم إلى ذروته 🐢")
        #expect(MediaLinks.removed(from: "انظروا https://t.co/AbC123 الصور") == "انظروا الصور")
        #expect(MediaLinks.removed(from: "نص بلا روابط") == "نص بلا روابط")
    }

    @Test(arguments: [
        ("كتب: محمود الشناوي", "محمود الشناوي"), ("بقلم محمد علي - القاهرة", "محمد علي"), ("كتبت: سارة أحمد الحسن 12 مارس", "سارة أحمد الحسن"),
        ("كتب: محرر الموقع", nil), ("كتب: فريق التحرير", nil), ("كتب- هشام فؤاد:", "هشام فؤاد"), ("كتبت – منى سالم", "منى سالم"), ("تاريخ النشر: 12/03/2025", nil),
    ] as [(String, String?)])
    func aBylineNamesItsWriter(_ line: String, _ name: String?) {
        #expect(Byline.name(in: line) == name)
    }

    @Test(arguments: [
        ("شط العرب اليوم :: وزارة الموارد المائية تباشر كري قناة شط العرب", "شط العرب اليوم"),
        ("جريدة الفنار - نسخة للطباعة", "جريدة الفنار"), ("افتتاح سوق الكتاب في إربد", nil),
    ] as [(String, String?)])
    func aTitleNamesItsSite(_ title: String, _ site: String?) {
        #expect(HeadlineCleaner.siteName(in: title) == site)
    }
}
