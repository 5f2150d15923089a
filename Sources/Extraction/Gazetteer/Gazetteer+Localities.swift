extension Gazetteer {
    /// More towns, villages, district seats, city quarters and landmarks of the Arab countries, one a
    /// line, in the format of ``placeSource`` (see ``GazetteerTable``), under the rule of ``townSource``
    /// for names that are common words or given names: such a place is listed only in its longer forms
    /// (ناحية ربيعة، معتمدية المنزه). A name two places share (حي الصحافة in Khartoum and Riyadh) is listed
    /// under each; places of Jerusalem carry no country, as القدس does not.
    static let localitySource = """
        # The Mashriq, Egypt, Sudan and Yemen.
        # Iraq.
        iq-ashar IQ | العشار | منطقة العشار
        iq-tannuma IQ | التنومة
        iq-karmat-ali IQ | كرمة علي
        iq-hartha IQ | ناحية الهارثة | الهارثة
        iq-gharraf IQ | قضاء الغراف
        iq-batha IQ | ناحية البطحاء
        iq-fuhud IQ | ناحية الفهود
        iq-sayyid-dakhil IQ | ناحية سيد دخيل
        iq-islah IQ | ناحية الإصلاح
        iq-kahla IQ | قضاء الكحلاء | ناحية الكحلاء
        iq-maimouna IQ | قضاء الميمونة
        iq-mashrah IQ | ناحية المشرح
        iq-uzair IQ | ناحية العزير
        iq-zubaidiya IQ | ناحية الزبيدية
        iq-jassan IQ | ناحية جصان
        iq-shaikh-saad IQ | ناحية شيخ سعد
        iq-kut-barrage IQ | سدة الكوت
        iq-hamza IQ | قضاء الحمزة | قضاء الحمزة الشرقي
        iq-daghara IQ | ناحية الدغارة | الدغارة
        iq-shinafiya IQ | ناحية الشنافية
        iq-ghammas IQ | ناحية غماس
        iq-nuffar IQ | ناحية نفر
        iq-salman IQ | قضاء السلمان
        iq-warka IQ | قضاء الوركاء | الوركاء الأثرية
        iq-busayya IQ | ناحية بصية
        iq-khidr IQ | قضاء الخضر
        iq-manathira IQ | قضاء المناذرة
        iq-hira IQ | ناحية الحيرة
        iq-haidariya IQ | ناحية الحيدرية
        iq-bahr-al-najaf IQ | بحر النجف
        iq-hurr IQ | ناحية الحر
        iq-husseiniya-karbala IQ | ناحية الحسينية
        iq-bayn-al-haramayn IQ | منطقة بين الحرمين
        iq-qasim IQ | قضاء القاسم
        iq-kifl IQ | ناحية الكفل
        iq-midhatiya IQ | ناحية المدحتية
        iq-abi-gharaq IQ | ناحية أبي غرق
        iq-babylon-ruins IQ | مدينة بابل الأثرية | آثار بابل
        iq-atifiya IQ | العطيفية
        iq-saydiya IQ | حي السيدية | السيدية
        iq-harithiya IQ | الحارثية
        iq-waziriya IQ | الوزيرية
        iq-kasra IQ | منطقة الكسرة
        iq-fudhailiya IQ | الفضيلية
        iq-jihad IQ | حي الجهاد
        iq-adl IQ | حي العدل
        iq-shaab IQ | حي الشعب
        iq-baladiyat IQ | حي البلديات
        iq-talibiya IQ | حي الطالبية
        iq-rashidiya IQ | ناحية الراشدية
        iq-mashtal IQ | حي المشتل
        iq-hay-ur IQ | حي أور
        iq-bab-al-sheikh IQ | باب الشيخ
        iq-wafa IQ | ناحية الوفاء
        iq-ubaidi IQ | ناحية العبيدي
        iq-barwana IQ | ناحية بروانة | بروانة
        iq-haqlaniya IQ | الحقلانية | ناحية الحقلانية
        iq-kubaisa IQ | ناحية كبيسة | بلدة كبيسة
        iq-wadi-houran IQ | وادي حوران
        iq-fallujah-barrage IQ | سدة الفلوجة
        iq-dour IQ | قضاء الدور
        iq-alam IQ | ناحية العلم
        iq-ishaqi IQ | ناحية الإسحاقي
        iq-yathrib IQ | ناحية يثرب
        iq-muatasim IQ | ناحية المعتصم
        iq-mukayshifa IQ | مكيشيفة
        iq-samarra-barrage IQ | سدة سامراء
        iq-hamrin IQ | جبال حمرين | سلسلة جبال حمرين، جبل حمرين
        iq-mutaibija IQ | مطيبيجة
        iq-kanaan IQ | ناحية كنعان
        iq-qara-tapa IQ | قره تبه | ناحية قره تبه
        iq-kifri IQ | كفري | قضاء كفري
        iq-hibhib IQ | هبهب | ناحية هبهب
        iq-buhriz IQ | بهرز | ناحية بهرز
        iq-abi-saida IQ | ناحية أبي صيدا
        iq-wajihiya IQ | ناحية الوجيهية
        iq-abbara IQ | ناحية العبارة
        iq-qazaniya IQ | ناحية قزانية
        iq-zab IQ | ناحية الزاب
        iq-abbasi IQ | ناحية العباسي
        iq-riyadh-kirkuk IQ | ناحية الرياض
        iq-laylan IQ | ناحية ليلان
        iq-baba-gurgur IQ | بابا كركر
        iq-hatra IQ | قضاء الحضر | مدينة الحضر الأثرية
        iq-baaj IQ | البعاج | قضاء البعاج
        iq-shura IQ | ناحية الشورة
        iq-zummar IQ | ناحية زمار | بلدة زمار
        iq-mahalabiya IQ | ناحية المحلبية
        iq-ayadiya IQ | ناحية العياضية
        iq-nimrud IQ | مدينة نمرود الأثرية | نمرود الأثرية
        iq-alqosh IQ | ألقوش | بلدة ألقوش
        iq-telesqof IQ | تللسقف | تل أسقف
        iq-batnaya IQ | باطنايا
        iq-old-mosul IQ | الموصل القديمة | المدينة القديمة في الموصل
        iq-zanjili IQ | حي الزنجيلي
        iq-bab-al-tob IQ | باب الطوب
        iq-nabi-yunus IQ | النبي يونس | جامع النبي يونس
        iq-nuri-mosque IQ | جامع النوري الكبير | جامع النوري، منارة الحدباء
        iq-sinjar-mountain IQ | جبل سنجار
        iq-kocho IQ | قرية كوجو | كوجو
        iq-khanasor IQ | خانصور
        iq-khazir-camp IQ | مخيم الخازر
        iq-hasan-sham-camp IQ | مخيم حسن شام
        iq-kuwair IQ | ناحية الكوير
        iq-qushtapa IQ | قوشتبة | ناحية قوشتبة
        iq-bardarash IQ | بردرش
        iq-sidakan IQ | سيدكان
        iq-khalifan IQ | ناحية خليفان
        iq-choman IQ | قضاء جومان
        iq-mergasur IQ | ميركه سور | قضاء ميركه سور
        iq-batifa IQ | باتيفا
        iq-haj-omran IQ | حاج عمران
        iq-bashmakh IQ | باشماخ
        iq-parwezkhan IQ | برويزخان
        iq-sayid-sadiq IQ | قضاء سيد صادق
        iq-khurmal IQ | خورمال
        iq-shahrazur IQ | شهرزور | سهل شهرزور
        iq-qaradagh IQ | قره داغ | قرداغ
        iq-taqtaq IQ | طق طق | طقطق
        iq-sarsank IQ | سرسنك
        iq-zawita IQ | زاويتة
        iq-sheladze IQ | شيلادزي
        iq-kani-masi IQ | كاني ماسي
        iq-bamarni IQ | بامرني
        iq-barzan IQ | منطقة بارزان
        iq-khabat IQ | قضاء خبات
        iq-baharka-camp IQ | مخيم بحركة
        iq-debaga-camp IQ | مخيم ديبكة
        iq-pirmam IQ | بيرمام | مصيف صلاح الدين
        iq-ahmad-awa IQ | أحمد آوة | شلالات أحمد آوة
        iq-camp-ashraf IQ | مخيم أشرف
        # Syria.
        sy-midan SY | حي الميدان
        sy-abu-rummaneh SY | أبو رمانة | حي أبو رمانة
        sy-muhajirin SY | حي المهاجرين
        sy-salihiya SY | حي الصالحية
        sy-qassaa SY | القصاع | حي القصاع
        sy-bab-sharqi SY | باب شرقي
        sy-hariqa SY | حي الحريقة
        sy-hamidiyah-souq SY | سوق الحميدية
        sy-saruja SY | سوق ساروجة | حي ساروجة
        sy-dwela SY | الدويلعة | حي الدويلعة
        sy-zahira SY | حي الزاهرة
        sy-nahr-aisha SY | نهر عيشة
        sy-ish-al-warwar SY | عش الورور
        sy-qasioun SY | جبل قاسيون | قاسيون
        sy-babbila SY | ببيلا
        sy-yalda SY | يلدا
        sy-beit-sahem SY | بيت سحم
        sy-hajar-aswad SY | مدينة الحجر الأسود | حي الحجر الأسود
        sy-khan-al-shih SY | خان الشيح | مخيم خان الشيح
        sy-zakia SY | بلدة زاكية
        sy-hammouriyeh SY | حمورية
        sy-saqba SY | سقبا
        sy-kafr-batna SY | كفربطنا | كفر بطنا
        sy-ain-tarma SY | عين ترما
        sy-misraba SY | مسرابا
        sy-nashabiyah SY | النشابية
        sy-qutayfah SY | مدينة القطيفة
        sy-rankous SY | رنكوس
        sy-assal-al-ward SY | عسال الورد
        sy-deir-atiyah SY | دير عطية
        sy-qara SY | بلدة قارة | مدينة قارة
        sy-flita SY | فليطة
        sy-bloudan SY | بلودان
        sy-serghaya SY | سرغايا
        sy-jdeidet-artouz SY | جديدة عرطوز
        sy-qatana SY | قطنا
        sy-beit-jinn SY | بيت جن
        sy-kanaker SY | كناكر
        sy-dimas SY | الديماس
        sy-sabboura SY | الصبورة
        sy-yafour SY | يعفور
        sy-ain-minin SY | عين منين
        sy-salah-al-din-aleppo SY | حي صلاح الدين
        sy-sukkari SY | حي السكري
        sy-shaar SY | حي الشعار
        sy-ansari SY | حي الأنصاري
        sy-firdaws SY | حي الفردوس
        sy-bustan-al-qasr SY | بستان القصر | حي بستان القصر
        sy-kalasa SY | حي الكلاسة
        sy-hanano SY | مساكن هنانو | حي هنانو
        sy-sakhour SY | حي الصاخور
        sy-bani-zaid SY | حي بني زيد
        sy-jamiliyah SY | حي الجميلية
        sy-ramousa SY | الراموسة
        sy-castello SY | طريق الكاستيلو | الكاستيلو
        sy-handarat SY | حندرات | مخيم حندرات
        sy-nayrab-camp SY | مخيم النيرب
        sy-layramoun SY | الليرمون
        sy-sheikh-najjar SY | الشيخ نجار | المدينة الصناعية في الشيخ نجار
        sy-zerbeh SY | الزربة
        sy-hader-aleppo SY | بلدة الحاضر
        sy-al-eis SY | بلدة العيس | تلة العيس
        sy-darat-izza SY | دارة عزة
        sy-anadan SY | عندان
        sy-hraytan SY | حريتان
        sy-bayanoun SY | بيانون
        sy-maskanah SY | مدينة مسكنة | بلدة مسكنة
        sy-khafsa SY | الخفسة
        sy-tadef SY | تادف
        sy-qabasin SY | قباسين
        sy-akhtarin SY | أخترين
        sy-dabiq SY | دابق
        sy-qara-qozak SY | قره قوزاق
        sy-sarrin SY | صرين
        sy-rajo SY | راجو
        sy-maabatli SY | معبطلي
        sy-sheikh-hadid SY | شيخ الحديد
        sy-kafr-takharim SY | كفرتخاريم
        sy-armanaz SY | أرمناز
        sy-darkush SY | دركوش
        sy-kafriya SY | كفريا
        sy-kansafra SY | كنصفرة
        sy-bara SY | بلدة البارة
        sy-ihsim SY | إحسم
        sy-tamanah SY | التمانعة
        sy-hbeit SY | الهبيط
        sy-jarjanaz SY | جرجناز
        sy-talmenes SY | تلمنس
        sy-sarmin SY | سرمين
        sy-qminas SY | قميناس
        sy-khan-al-subul SY | خان السبل
        sy-hazano SY | حزانو
        sy-kelly SY | كللي
        sy-aqrabat SY | عقربات
        sy-deir-hassan SY | دير حسان
        sy-qah SY | مخيم قاح | بلدة قاح
        sy-suran SY | صوران
        sy-taybat-al-imam SY | طيبة الإمام
        sy-maardes SY | معردس
        sy-karnaz SY | كرناز
        sy-shaizar SY | شيزر
        sy-uqayribat SY | عقيربات
        sy-ithriya SY | أثريا
        sy-khanasir SY | خناصر
        sy-salhab SY | سلحب
        sy-qamhana SY | قمحانة
        sy-old-homs SY | حمص القديمة
        sy-insha-at SY | حي الإنشاءات
        sy-karm-al-zeitoun SY | حي كرم الزيتون
        sy-bab-al-sebaa SY | باب السباع | حي باب السباع
        sy-akrama SY | حي عكرمة
        sy-jouret-al-shayah SY | جورة الشياح
        sy-ghantu SY | الغنطو
        sy-teir-maalah SY | تيرمعلة | تير معلة
        sy-taldou SY | تلدو
        sy-furqlus SY | الفرقلس
        sy-muhin SY | بلدة مهين
        sy-sadad SY | بلدة صدد
        sy-wadi-al-nasara SY | وادي النصارى | وادي النضارة
        sy-haffah SY | الحفة
        sy-slinfah SY | صلنفة
        sy-salma SY | بلدة سلمى
        sy-kinsabba SY | كنسبا
        sy-dreikish SY | الدريكيش
        sy-sheikh-badr SY | مدينة الشيخ بدر
        sy-qadmus SY | القدموس
        sy-raml-janoubi SY | الرمل الجنوبي | حي الرمل الجنوبي، مخيم الرمل
        sy-ugarit SY | أوغاريت | رأس شمرا
        sy-ashara SY | العشارة | مدينة العشارة
        sy-shuhayl SY | الشحيل
        sy-susah SY | بلدة السوسة
        sy-shaafah SY | الشعفة
        sy-muhasan SY | موحسن
        sy-hatla SY | حطلة
        sy-khasham SY | خشام
        sy-jura SY | حي الجورة
        sy-saluk SY | بلدة سلوك
        sy-tal-hamis SY | تل حميس
        sy-tal-brak SY | تل براك
        sy-abdulaziz-mountain SY | جبل عبد العزيز
        sy-kawkab-mountain SY | جبل كوكب
        sy-markada SY | مركدة
        sy-abu-rasin SY | أبو راسين | زركان
        sy-nashwa SY | حي النشوة
        sy-tal-al-hara SY | تل الحارة
        sy-musayfirah SY | المسيفرة
        sy-karak-sharqi SY | الكرك الشرقي
        sy-umm-al-mayadhin SY | أم المياذن
        sy-muzayrib SY | المزيريب
        sy-yadudah SY | اليادودة
        sy-tal-shihab SY | تل شهاب
        sy-zayzun SY | زيزون
        sy-saham-al-jawlan SY | سحم الجولان
        sy-mahajjah SY | بلدة محجة
        sy-ghabaghib SY | غباغب
        sy-ibta SY | إبطع
        sy-atman SY | عتمان
        sy-mataiyah SY | المتاعية
        sy-qrayya SY | القريا
        sy-ariqa SY | بلدة عريقة
        sy-mushannaf SY | المشنف
        sy-qanawat SY | بلدة قنوات
        sy-jabal-al-arab SY | جبل العرب | جبل الدروز
        sy-buqata SY | بقعاثا
        sy-masade SY | مسعدة
        sy-ain-qiniya SY | عين قنية
        sy-jubata-al-khashab SY | جباتا الخشب
        sy-baath-city SY | مدينة البعث
        sy-kudna SY | كودنة
        # Lebanon.
        lb-basta LB | منطقة البسطة | البسطة الفوقا، البسطة التحتا
        lb-tayouneh LB | الطيونة
        lb-furn-al-shubbak LB | فرن الشباك
        lb-cola LB | منطقة الكولا
        lb-ain-al-mreisseh LB | عين المريسة
        lb-bachoura LB | الباشورة
        lb-ras-al-nabaa LB | رأس النبع
        lb-ain-al-tineh LB | عين التينة
        lb-clemenceau LB | منطقة كليمنصو
        lb-koraytem LB | قريطم
        lb-sodeco LB | السوديكو
        lb-badaro LB | بدارو
        lb-khandaq-al-ghamiq LB | الخندق الغميق
        lb-tallet-al-khayyat LB | تلة الخياط
        lb-nabaa LB | النبعة
        lb-dekwaneh LB | الدكوانة
        lb-jal-al-dib LB | جل الديب
        lb-zalka LB | الزلقا
        lb-beit-mery LB | بيت مري
        lb-broummana LB | برمانا
        lb-bikfaya LB | بكفيا
        lb-jdeideh LB | جديدة المتن
        lb-hazmieh LB | الحازمية
        lb-laylaki LB | الليلكي
        lb-kfarshima LB | كفرشيما
        lb-bchamoun LB | بشامون
        lb-barja LB | بلدة برجا
        lb-chehim LB | شحيم
        lb-amchit LB | عمشيت
        lb-tabarja LB | طبرجا
        lb-kfardebian LB | كفردبيان
        lb-faraya LB | فاريا
        lb-sofar LB | صوفر
        lb-kahaleh LB | الكحالة
        lb-hammana LB | حمانا
        lb-dhour-al-choueir LB | ضهور الشوير
        lb-bayssour LB | بيصور
        lb-barouk LB | بلدة الباروك | أرز الباروك
        lb-chamaa LB | بلدة شمع
        lb-bayada LB | بلدة البياضة
        lb-yarin LB | بلدة يارين
        lb-marwahin LB | مروحين
        lb-dibel LB | بلدة دبل
        lb-qawzah LB | القوزح
        lb-beit-lif LB | بيت ليف
        lb-mhaibib LB | محيبيب
        lb-deir-siryan LB | دير سريان
        lb-adchit LB | عدشيت
        lb-qantara LB | بلدة القنطرة
        lb-ibl-al-saqi LB | إبل السقي
        lb-deir-mimas LB | دير ميماس
        lb-qlayaa LB | بلدة القليعة
        lb-burj-al-muluk LB | برج الملوك
        lb-kawkaba LB | بلدة كوكبا
        lb-halta LB | حلتا
        lb-rashaya-al-fukhar LB | راشيا الفخار
        lb-kounine LB | كونين
        lb-beit-yahoun LB | بيت ياحون
        lb-baraachit LB | برعشيت
        lb-shaqra LB | بلدة شقرا
        lb-majdal-selm LB | مجدل سلم
        lb-khirbet-selm LB | خربة سلم
        lb-qasmiyeh LB | القاسمية
        lb-nabatieh-fawqa LB | النبطية الفوقا
        lb-zawtar LB | زوطر الشرقية | زوطر الغربية
        lb-mayfadoun LB | ميفدون
        lb-deir-al-zahrani LB | دير الزهراني
        lb-kfarsir LB | كفرصير
        lb-dweir LB | بلدة الدوير
        lb-zrariyeh LB | الزرارية
        lb-ansar LB | بلدة أنصار
        lb-saksakiyeh LB | السكسكية
        lb-tayr-debba LB | طيردبا
        lb-jbaa LB | بلدة جباع
        lb-jarjouaa LB | جرجوع
        lb-arqoub LB | منطقة العرقوب
        lb-haret-saida LB | حارة صيدا
        lb-taalabaya LB | تعلبايا
        lb-saadnayel LB | سعدنايل
        lb-kamed-al-lawz LB | كامد اللوز
        lb-west-bekaa LB | البقاع الغربي
        lb-yanta LB | ينطا
        lb-deir-al-ashayer LB | دير العشاير
        lb-ferzol LB | الفرزل
        lb-ablah LB | بلدة أبلح
        lb-douris LB | دورس
        lb-iaat LB | إيعات
        lb-younine LB | يونين
        lb-taraya LB | طاريا
        lb-boudai LB | بوداي
        lb-deir-al-ahmar LB | دير الأحمر
        lb-hawsh-al-sayyed-ali LB | حوش السيد علي
        lb-arsal-barrens LB | جرود عرسال
        lb-bebnine LB | ببنين
        lb-abdeh LB | بلدة العبدة
        lb-anfeh LB | بلدة أنفة
        lb-abi-samra LB | أبي سمرا
        lb-fnaydeq LB | فنيدق
        lb-sir-al-dinnieh LB | سير الضنية
        lb-tannourine LB | تنورين
        lb-cedars LB | أرز الرب | غابة الأرز
        # Jordan.
        jo-muqabalain JO | منطقة المقابلين | حي المقابلين
        jo-bayader JO | منطقة البيادر | البيادر وادي السير
        jo-umm-al-summaq JO | أم السماق
        jo-rabieh JO | منطقة الرابية | حي الرابية
        jo-seventh-circle JO | الدوار السابع
        jo-fourth-circle JO | الدوار الرابع
        jo-yasmin JO | ضاحية الياسمين
        jo-umm-al-rasas JO | أم الرصاص
        jo-bayt-ras JO | بيت راس
        jo-jabal-al-zohour JO | جبل الزهور
        jo-jabal-al-amir-faisal JO | جبل الأمير فيصل
        jo-masoum JO | حي معصوم
        jo-ghweiriyeh JO | حي الغويرية
        jo-awajan JO | عوجان
        jo-new-zarqa JO | الزرقاء الجديدة
        jo-birin JO | بيرين
        jo-bani-obeid JO | لواء بني عبيد
        jo-wasatiyya JO | لواء الوسطية
        jo-north-ghors JO | لواء الأغوار الشمالية
        jo-mashare JO | المشارع
        jo-kufr-sawm JO | كفرسوم
        jo-sahm JO | سحم الكفارات
        jo-northern-badia JO | لواء البادية الشمالية
        jo-northwest-badia JO | لواء البادية الشمالية الغربية
        jo-central-badia JO | لواء البادية الوسطى
        jo-ruwaished-district JO | لواء الرويشد
        jo-qatraneh JO | القطرانة
        jo-faqou JO | لواء فقوع
        jo-rabba JO | بلدة الربة
        jo-ghor-haditha JO | غور حديثة
        jo-afra JO | حمامات عفرا
        jo-dana JO | قرية ضانا
        jo-eis JO | بلدة العيص
        jo-udhruh JO | أذرح
        jo-muraygha JO | المريغة
        jo-sakib JO | ساكب
        jo-mastaba JO | بلدة المصطبة
        jo-ain-janna JO | عين جنا
        jo-rasun JO | راسون
        jo-ishtafaina JO | اشتفينا
        jo-wahadneh JO | بلدة الوهادنة
        jo-swaqa JO | مركز إصلاح وتأهيل سواقة
        jo-zarqa-river JO | نهر الزرقاء
        jo-yarmouk-river JO | نهر اليرموك
        jo-jiza JO | لواء الجيزة
        jo-umm-al-basatin JO | أم البساتين
        jo-manshiyat-bani-hassan JO | منشية بني حسن
        jo-khalidiya-mafraq JO | بلدة الخالدية
        jo-sabha JO | بلدة صبحا
        jo-hawsha JO | بلدة حوشا
        jo-umm-al-quttain JO | أم القطين
        jo-deir-al-kahf JO | دير الكهف
        jo-wadi-shuaib JO | وادي شعيب
        jo-wadi-al-yabis JO | وادي اليابس
        jo-salt-old JO | السلط القديمة
        jo-ghor-fifa JO | غور فيفا
        jo-nuzha-nazzal JO | حي نزال
        jo-jabal-al-nadhif JO | جبل النظيف
        jo-tafayleh-quarter JO | حي الطفايلة
        jo-bunayyat JO | منطقة البنيات
        jo-deir-ghbar JO | دير غبار
        jo-iraq-al-amir JO | عراق الأمير
        jo-hisban JO | بلدة حسبان
        jo-adasiyeh JO | بلدة العدسية
        jo-north-marka JO | ماركا الشمالية
        # Palestine.
        ps-salatin PS | منطقة السلاطين
        ps-beit-lahia-project PS | مشروع بيت لاهيا
        ps-faluja-jabalia PS | حي الفالوجا
        ps-tal-al-zaatar PS | حي تل الزعتر
        ps-jabalia-balad PS | جباليا البلد
        ps-umm-al-nasr PS | قرية أم النصر
        ps-zikim PS | زيكيم
        ps-kissufim PS | كيسوفيم
        ps-wadi-salqa PS | وادي السلقا
        ps-shawka PS | بلدة الشوكة
        ps-khirbet-al-adas PS | خربة العدس
        ps-mawasi-rafah PS | مواصي رفح
        ps-zanna PS | منطقة الزنة
        ps-batn-al-sameen PS | حي البطن السمين
        ps-rafah-camp PS | مخيم رفح
        ps-asira-shamaliya PS | عصيرة الشمالية
        ps-beit-dajan PS | بيت دجن
        ps-deir-al-hatab PS | دير الحطب
        ps-azmut PS | عزموط
        ps-rujeib PS | روجيب
        ps-kafr-qalil PS | كفر قليل
        ps-madama PS | مادما
        ps-odala PS | أودلا
        ps-qabalan PS | بلدة قبلان
        ps-yatma PS | يتما
        ps-sawiya PS | الساوية
        ps-burqa-nablus PS | بلدة برقة
        ps-talluza PS | طلوزة
        ps-badhan PS | الباذان
        ps-jinsafut PS | جينصافوط
        ps-nabi-elias PS | النبي إلياس
        ps-jit PS | قرية جيت
        ps-kafr-thulth PS | كفر ثلث
        ps-habla PS | بلدة حبلة
        ps-immatain PS | إماتين
        ps-kedumim PS | مستوطنة كدوميم | كدوميم
        ps-shilo PS | مستوطنة شيلو | شيلو
        ps-eli PS | مستوطنة عيلي
        ps-itamar PS | مستوطنة إيتمار
        ps-homesh PS | مستوطنة حومش | حومش
        ps-ofra PS | مستوطنة عوفرا | عوفرا
        ps-psagot PS | مستوطنة بساغوت
        ps-kafr-dan PS | كفر دان | كفردان
        ps-zububa PS | زبوبا
        ps-anin PS | عانين
        ps-faqqua PS | فقوعة
        ps-jalbun PS | جلبون
        ps-deir-abu-daif PS | دير أبو ضعيف
        ps-silat-al-dhahr PS | سيلة الظهر
        ps-meithalun PS | ميثلون
        ps-sanur PS | صانور
        ps-bardala PS | بردلة
        ps-khirbet-humsa PS | خربة حمصة
        ps-balaa PS | بلعا
        ps-deir-al-ghusun PS | دير الغصون
        ps-attil PS | عتيل
        ps-illar PS | علار
        ps-qaffin PS | قفين
        ps-kafr-al-labad PS | كفر اللبد
        ps-baqa-sharqiya PS | باقة الشرقية
        ps-beit-lid PS | بيت ليد
        ps-beitin PS | بلدة بيتين
        ps-ein-yabrud PS | عين يبرود
        ps-deir-dibwan PS | دير دبوان
        ps-kafr-malik PS | كفر مالك
        ps-rammun PS | قرية رمون
        ps-deir-nidham PS | دير نظام
        ps-kobar PS | بلدة كوبر
        ps-beit-liqya PS | بيت لقيا
        ps-kharbatha-misbah PS | خربثا المصباح
        ps-beit-ur-tahta PS | بيت عور التحتا
        ps-deir-qaddis PS | دير قديس
        ps-shuqba PS | شقبا
        ps-qibya PS | قبية
        ps-rantis PS | رنتيس
        ps-deir-abu-mashal PS | دير أبو مشعل
        ps-kafr-nima PS | كفر نعمة
        ps-ein-arik PS | عين عريك
        ps-qaddura-camp PS | مخيم قدورة
        ps-mazraa-qibliya PS | المزرعة القبلية
        ps-arura PS | عارورة
        ps-umm-safa PS | أم صفا
        ps-abu-qash PS | أبو قش
        ps-beit-duqqu PS | بيت دقو
        ps-beit-anan PS | بيت عنان
        ps-qubeiba PS | القبيبة
        ps-nahhalin PS | نحالين
        ps-husan PS | حوسان
        ps-wadi-fukin PS | وادي فوكين
        ps-beit-taamir PS | بيت تعمر
        ps-dar-salah PS | دار صلاح
        ps-artas PS | أرطاس
        ps-solomons-pools PS | برك سليمان
        ps-har-homa - | جبل أبو غنيم | مستوطنة هار حوما
        ps-efrat PS | مستوطنة أفرات
        ps-beitar-illit PS | مستوطنة بيتار عيليت | بيتار عيليت
        ps-beit-kahil PS | بيت كاحل
        ps-beit-awwa PS | بيت عوا
        ps-deir-samit PS | دير سامت
        ps-surif PS | صوريف
        ps-kharas PS | خاراس
        ps-tuwani PS | قرية التواني
        ps-umm-al-khair PS | قرية أم الخير
        ps-beit-ula PS | بيت أولا
        ps-taffuh PS | بلدة تفوح
        ps-bab-al-zawiya PS | باب الزاوية
        ps-jabal-jawhar PS | جبل جوهر
        ps-old-city-jerusalem - | البلدة القديمة في القدس
        ps-saadiya-quarter - | حارة السعدية
        ps-christian-quarter - | حارة النصارى
        ps-moroccan-quarter - | حارة المغاربة
        ps-jewish-quarter - | حارة اليهود | حارة الشرف
        ps-bab-al-khalil - | باب الخليل
        ps-bab-al-rahma - | باب الرحمة
        ps-bab-al-silsila - | باب السلسلة
        ps-bab-hutta - | باب حطة
        ps-bab-al-magharba - | باب المغاربة
        ps-bab-al-nabi-dawud - | باب النبي داود | باب صهيون
        ps-dome-of-the-rock - | قبة الصخرة
        ps-al-wad-street - | طريق الواد | حي الواد
        ps-umm-tuba - | أم طوبا
        ps-musrara - | حي المصرارة | المصرارة
        ps-ras-khamis - | رأس خميس
        ps-batn-al-hawa - | بطن الهوى | حي بطن الهوى
        ps-ain-al-lawza - | عين اللوزة
        ps-lifta - | قرية لفتا
        ps-deir-yassin - | دير ياسين
        ps-ein-karem - | عين كارم
        ps-qatamon - | حي القطمون
        ps-pisgat-zeev - | مستوطنة بسغات زئيف | بسغات زئيف
        ps-gilo - | مستوطنة جيلو | جيلو
        ps-french-hill - | التلة الفرنسية
        ps-nuweima PS | النويعمة
        ps-fasayil PS | قرية فصايل
        ps-jiftlik PS | الجفتلك
        ps-zubeidat PS | قرية الزبيدات
        ps-nabi-musa PS | النبي موسى
        ps-kafr-laqif PS | كفر لاقف
        ps-deir-istiya PS | دير استيا
        ps-bruqin PS | بروقين
        ps-kafr-ad-dik PS | كفر الديك
        ps-qarawat-bani-hassan PS | قراوة بني حسان
        ps-haris PS | بلدة حارس
        ps-marda PS | مردا
        ps-deir-ballut PS | دير بلوط
        ps-tell-nablus PS | بلدة تل
        ps-nablus-old-city PS | البلدة القديمة في نابلس
        ps-rafidia PS | رفيديا
        ps-irtah PS | ضاحية ارتاح
        # Egypt.
        eg-sayeda-aisha EG | حي السيدة عائشة
        eg-khalifa EG | حي الخليفة
        eg-gamaliya EG | حي الجمالية
        eg-hussein-cairo EG | حي الحسين | منطقة الحسين
        eg-bab-al-shaariya EG | باب الشعرية
        eg-muski EG | الموسكي
        eg-azbakiya EG | الأزبكية | حي الأزبكية
        eg-bulaq-abu-al-ela EG | بولاق أبو العلا
        eg-rod-al-farag EG | روض الفرج
        eg-sharabiya EG | الشرابية
        eg-zawiya-hamra EG | الزاوية الحمراء
        eg-hadayek-al-qubba EG | حدائق القبة
        eg-amiriya-cairo EG | حي الأميرية
        eg-ezbet-al-nakhl EG | عزبة النخل
        eg-nozha EG | حي النزهة
        eg-almaza EG | ألماظة
        eg-korba EG | الكوربة
        eg-waily EG | حي الوايلي
        eg-ghamra EG | حي غمرة | منطقة غمرة
        eg-manial EG | المنيل | جزيرة المنيل
        eg-darb-al-ahmar EG | الدرب الأحمر
        eg-manshiyat-nasser EG | منشأة ناصر | منشية ناصر
        eg-duwaiqa EG | الدويقة
        eg-basatin EG | حي البساتين
        eg-tora EG | طرة | منطقة سجون طرة
        eg-tebbin EG | منطقة التبين
        eg-ain-al-sira EG | عين الصيرة
        eg-fustat EG | الفسطاط
        eg-hadayek-al-zaitoun EG | حدائق الزيتون
        eg-agouza EG | حي العجوزة
        eg-omraniya EG | حي العمرانية
        eg-munib EG | منطقة المنيب
        eg-saqiyat-makki EG | ساقية مكي
        eg-abu-al-nomros EG | أبو النمرس
        eg-hawamdiya EG | الحوامدية
        eg-saff EG | مركز الصف
        eg-ausim EG | أوسيم
        eg-nahia EG | ناهيا
        eg-abu-rawash EG | أبو رواش
        eg-manshaat-al-qanater EG | منشأة القناطر
        eg-mit-uqba EG | ميت عقبة
        eg-kit-kat EG | الكيت كات
        eg-bein-al-sarayat EG | بين السرايات
        eg-dahshur EG | دهشور
        eg-nazlet-al-semman EG | نزلة السمان
        eg-hadayek-al-ahram EG | حدائق الأهرام
        eg-smouha EG | سموحة
        eg-moharram-bek EG | محرم بك
        eg-karmouz EG | كرموز
        eg-anfushi EG | الأنفوشي
        eg-ras-al-tin EG | رأس التين
        eg-asafra EG | العصافرة
        eg-sidi-bishr EG | سيدي بشر
        eg-shatby EG | منطقة الشاطبي
        eg-camp-caesar EG | كامب شيزار
        eg-mex EG | المكس
        eg-dekheila EG | منطقة الدخيلة
        eg-wardian EG | الورديان
        eg-mandara EG | المندرة
        eg-hannoville EG | الهانوفيل
        eg-bitash EG | البيطاش
        eg-kom-al-dikka EG | كوم الدكة
        eg-kom-al-shoqafa EG | كوم الشقافة
        eg-aga EG | مركز أجا | مدينة أجا
        eg-dikirnis EG | دكرنس
        eg-minyat-al-nasr EG | منية النصر
        eg-sherbin EG | شربين
        eg-bani-ubaid-eg EG | مركز بني عبيد
        eg-tami-al-amdid EG | تمي الأمديد
        eg-nabaroh EG | نبروه
        eg-santa EG | السنطة
        eg-samannoud EG | سمنود
        eg-basyoun EG | بسيون
        eg-qutur EG | قطور
        eg-sidi-salem EG | سيدي سالم
        eg-hamoul EG | الحامول
        eg-bila EG | مركز بيلا
        eg-qallin EG | قلين
        eg-mutubis EG | مطوبس
        eg-burg-al-burullus EG | برج البرلس
        eg-tala EG | مركز تلا | مدينة تلا
        eg-bagour EG | الباجور
        eg-quesna EG | قويسنا
        eg-birkat-al-sab EG | بركة السبع
        eg-sirs-al-layan EG | سرس الليان
        eg-kamshish EG | كمشيش
        eg-dinshaway EG | دنشواي
        eg-tukh EG | طوخ
        eg-kafr-shukr EG | كفر شكر
        eg-qaha EG | مدينة قها
        eg-abu-zaabal EG | أبو زعبل
        eg-bahtim EG | بهتيم
        eg-mostorod EG | مسطرد
        eg-hihya EG | ههيا
        eg-abu-kabir EG | أبو كبير
        eg-diyarb-negm EG | ديرب نجم
        eg-kafr-saqr EG | كفر صقر
        eg-awlad-saqr EG | أولاد صقر
        eg-mashtul-al-souq EG | مشتول السوق
        eg-ibrahimiya-sharqia EG | مركز الإبراهيمية
        eg-qanayat EG | القنايات
        eg-san-al-hagar EG | صان الحجر
        eg-tell-basta EG | تل بسطة
        eg-kom-hamada EG | كوم حمادة
        eg-delengat EG | الدلنجات
        eg-housh-eissa EG | حوش عيسى
        eg-shubrakhit EG | شبراخيت
        eg-abu-al-matamir EG | أبو المطامير
        eg-rahmaniya EG | مركز الرحمانية
        eg-faraskur EG | فارسكور
        eg-kafr-saad EG | كفر سعد
        eg-kafr-al-battikh EG | كفر البطيخ
        eg-ezbet-al-burg EG | عزبة البرج
        eg-tal-al-kabir EG | التل الكبير
        eg-abu-suweir EG | أبو صوير
        eg-qassasin EG | القصاصين
        eg-ataqa EG | حي عتاقة | جبل عتاقة
        eg-arbaeen-suez EG | حي الأربعين
        eg-port-tawfiq EG | بور توفيق | بورتوفيق
        eg-ahmed-hamdi-tunnel EG | نفق الشهيد أحمد حمدي | نفق أحمد حمدي
        eg-serapeum EG | سرابيوم
        eg-deversoir EG | الدفرسوار
        eg-bitter-lakes EG | البحيرات المرة
        eg-nakhl EG | مدينة نخل | مركز نخل
        eg-abu-rudeis EG | أبو رديس
        eg-abu-zenima EG | أبو زنيمة
        eg-balouza EG | بالوظة
        eg-ras-mohammed EG | رأس محمد
        eg-maghagha EG | مغاغة
        eg-adwa EG | مركز العدوة
        eg-matay EG | مطاي
        eg-tuna-al-gebel EG | تونا الجبل
        eg-beni-hassan EG | مقابر بني حسن
        eg-amarna EG | تل العمارنة
        eg-dayrout EG | ديروط
        eg-qusiya EG | القوصية
        eg-badari EG | البداري
        eg-sahel-selim EG | ساحل سليم
        eg-sidfa EG | صدفا
        eg-ghanayem EG | الغنايم
        eg-abnub EG | أبنوب
        eg-muharraq-monastery EG | دير المحرق
        eg-balyana EG | البلينا
        eg-juhayna EG | مركز جهينة
        eg-tama EG | مركز طما
        eg-saqulta EG | ساقلتة
        eg-maragha EG | المراغة
        eg-usayrat EG | العسيرات
        eg-abydos EG | أبيدوس | العرابة المدفونة
        eg-dishna EG | دشنا
        eg-farshut EG | فرشوط
        eg-abu-tesht EG | أبو تشت
        eg-naqada EG | نقادة
        eg-qift EG | قفط
        eg-dendera EG | دندرة | معبد دندرة
        eg-armant EG | أرمنت
        eg-valley-of-kings EG | وادي الملوك
        eg-deir-al-bahari EG | الدير البحري
        eg-daraw EG | دراو
        eg-nasr-al-nuba EG | نصر النوبة
        eg-kalabsha EG | كلابشة
        eg-high-dam EG | السد العالي
        eg-philae EG | جزيرة فيلة | معبد فيلة
        eg-abu-ramad EG | أبو رماد
        eg-berenice EG | برنيس
        eg-ras-gharib EG | رأس غارب
        eg-zafarana EG | الزعفرانة
        eg-sahl-hasheesh EG | سهل حشيش
        eg-sinnuris EG | سنورس
        eg-tamiya EG | طامية
        eg-itsa EG | إطسا
        eg-yusuf-al-siddiq EG | مركز يوسف الصديق
        eg-fashn EG | الفشن
        eg-sumusta EG | سمسطا
        eg-ihnasya EG | إهناسيا
        eg-sidi-barrani EG | سيدي براني
        eg-sidi-abdel-rahman EG | سيدي عبد الرحمن
        eg-east-oweinat EG | شرق العوينات
        eg-darb-al-arbain EG | درب الأربعين
        eg-dalga EG | دلجا
        # Sudan.
        sd-burri SD | حي بري | منطقة بري
        sd-amarat SD | حي العمارات
        sd-sahafa SD | حي الصحافة
        sd-jabra SD | حي جبرة
        sd-deim SD | حي الديم
        sd-sajjana SD | حي السجانة
        sd-arkaweet SD | أركويت
        sd-kafouri SD | حي كافوري
        sd-lamab SD | حي اللاماب
        sd-droshab SD | الدروشاب
        sd-samrab SD | السامراب
        sd-abu-rouf SD | أبو روف
        sd-wad-nubawi SD | ود نوباوي
        sd-mourada SD | حي الموردة
        sd-souq-libya SD | سوق ليبيا
        sd-fitayhab SD | الفتيحاب
        sd-hillat-koko SD | حلة كوكو
        sd-eilafoun SD | العيلفون
        sd-umm-dawwanban SD | أم ضوابان
        sd-bagair SD | الباقير
        sd-armoured-corps SD | سلاح المدرعات
        sd-signal-corps SD | سلاح الإشارة
        sd-tabat SD | قرية طابت
        sd-arbaji SD | أربجي
        sd-wad-rawah SD | ود راوة
        sd-east-gezira SD | محلية شرق الجزيرة
        sd-south-gezira SD | محلية جنوب الجزيرة
        sd-sireha SD | قرية السريحة
        sd-gezira-scheme SD | مشروع الجزيرة
        sd-hajj-abdallah SD | مدينة الحاج عبد الله
        sd-abu-ushar SD | أبو عشر
        sd-mieilig SD | المعيلق
        sd-fadasi SD | فداسي
        sd-wad-al-haddad SD | ود الحداد
        sd-mazmoum SD | المزموم
        sd-jebel-moya SD | جبل مويه
        sd-abu-naama SD | أبو نعامة
        sd-karkoj SD | كركوج
        sd-umm-rimta SD | أم رمتة
        sd-qurayshah SD | القريشة
        sd-hawata SD | الحواتة
        sd-um-rakuba-camp SD | مخيم أم راكوبة | أم راكوبة
        sd-tunaydbah-camp SD | مخيم الطنيدبة
        sd-wad-sherifi-camp SD | مخيم ود شريفي | ود شريفي
        sd-shagarab-camp SD | مخيم الشجراب
        sd-wad-al-hilaiw SD | ود الحليو
        sd-basunda SD | محلية باسندة
        sd-telkuk SD | تلكوك
        sd-aroma SD | مدينة أروما
        sd-oseif SD | أوسيف
        sd-mohamed-qol SD | محمد قول
        sd-derudeb SD | درديب
        sd-arbaat SD | أربعات
        sd-karora SD | قرورة
        sd-kerma SD | كرمة البلد
        sd-jebel-barkal SD | جبل البركل
        sd-hajar-al-asal SD | حجر العسل
        sd-zeidab SD | الزيداب
        sd-kabushiya SD | كبوشية
        sd-wad-hamid SD | ود حامد
        sd-sabaloka SD | شلال السبلوقة | السبلوقة
        sd-bawga SD | الباوقة
        sd-naqa SD | النقعة والمصورات
        sd-argo SD | أرقو
        sd-sodari SD | سودري
        sd-wad-banda SD | ود بندة
        sd-kazgeil SD | كازقيل
        sd-sunut SD | السنوط
        sd-keilak SD | كيلك
        sd-liri SD | الليري
        sd-umm-dam SD | أم دم حاج أحمد
        sd-sheikan SD | محلية شيكان | شيكان
        sd-udayya SD | الأضية
        sd-hamadi SD | بلدة الحمادي
        sd-heiban SD | هيبان
        sd-umm-durein SD | أم دورين
        sd-buram SD | محلية البرام
        sd-hamrat-al-sheikh SD | حمرة الشيخ
        sd-tawisha SD | مدينة الطويشة | محلية الطويشة
        sd-laeit SD | اللعيت | اللعيت جار النبي
        sd-kas SD | مدينة كاس | محلية كاس
        sd-bileil SD | محلية بليل
        sd-sireaf SD | السريف بني حسين
        sd-umm-dafoug SD | أم دافوق
        sd-buram-darfur SD | محلية برام
        sd-radom SD | محلية الردوم
        sd-kateila SD | كتيلا
        sd-bindisi SD | بندسي
        sd-mukjar SD | مكجر
        sd-wadi-salih SD | محلية وادي صالح
        sd-umm-dukhun SD | أم دخن
        sd-garsila SD | قارسيلا
        sd-rokero SD | روكيرو
        sd-golo SD | بلدة قولو
        sd-jebel-moon SD | جبل مون
        sd-mornei SD | مورني
        sd-wadi-hawar SD | وادي هور
        sd-abu-zuraiqa SD | أبو زريقة
        sd-kuma SD | محلية الكومة
        sd-shearia SD | محلية شعيرية
        sd-korma SD | كورما
        sd-sirba SD | بلدة سربا
        sd-jebel-si SD | جبل سي
        sd-tabit SD | قرية تابت | تابت
        sd-asalaya SD | عسلاية
        sd-bahr-al-arab SD | محلية بحر العرب
        sd-abu-matariq SD | أبو مطارق
        sd-firdous-darfur SD | محلية الفردوس
        sd-shattaya SD | محلية شطاية
        sd-abu-gamra SD | أبو قمرة
        sd-kassab-camp SD | مخيم كساب
        sd-hasahisa-camp SD | مخيم الحصاحيصا
        sd-derej-camp SD | مخيم دريج
        sd-fata-borno-camp SD | مخيم فتابرنو
        # Yemen.
        ye-hadda YE | منطقة حدة
        ye-bab-al-yemen YE | باب اليمن
        ye-old-sanaa YE | صنعاء القديمة
        ye-aiban YE | جبل عيبان
        ye-bayt-miyad YE | بيت معياد
        ye-tahrir-district YE | مديرية التحرير
        ye-wahda-district YE | مديرية الوحدة
        ye-thawra-district YE | مديرية الثورة
        ye-sabeen-district YE | مديرية السبعين
        ye-shumaila YE | حي شميلة
        ye-sabaha YE | منطقة الصباحة
        ye-hiziz YE | منطقة حزيز
        ye-buraiqa YE | مديرية البريقة
        ye-mansoura-aden YE | مديرية المنصورة
        ye-little-aden YE | عدن الصغرى
        ye-maashiq YE | معاشيق
        ye-jabal-hadid YE | جبل حديد
        ye-aden-refinery YE | مصافي عدن
        ye-mamdara YE | الممدارة
        ye-bir-fadl YE | بئر فضل
        ye-jaawla YE | جعولة
        ye-khor-umaira YE | خور عميرة
        ye-misrakh YE | المسراخ
        ye-maafer YE | مديرية المعافر
        ye-shamayatayn YE | الشمايتين
        ye-mawasit YE | مديرية المواسط
        ye-hayfan YE | حيفان
        ye-silw YE | مديرية الصلو
        ye-mawiyah YE | مديرية ماوية
        ye-khadir YE | خدير
        ye-taiziyah YE | مديرية التعزية
        ye-maqbanah YE | مقبنة
        ye-mudhaffar YE | مديرية المظفر
        ye-jahmaliya YE | الجحملية
        ye-thaabat YE | ثعبات
        ye-dhabab YE | منطقة الضباب
        ye-aqrud YE | الأقروض
        ye-rahida YE | الراهدة
        ye-yakhtul YE | منطقة يختل
        ye-hujariyah YE | منطقة الحجرية | قضاء الحجرية
        ye-dhi-as-sufal YE | ذي السفال
        ye-sayyani YE | مديرية السياني
        ye-radmah YE | الرضمة
        ye-baadan YE | مديرية بعدان
        ye-makhadir YE | المخادر
        ye-mudhaykhira YE | مذيخرة
        ye-ans YE | مديرية عنس
        ye-jahran YE | جهران
        ye-dawran-anis YE | ضوران آنس
        ye-maabar YE | مدينة معبر
        ye-qanawis YE | القناوص
        ye-jabal-ras YE | جبل رأس
        ye-zaydiyah YE | مديرية الزيدية
        ye-hawak YE | مديرية الحوك
        ye-hali YE | مديرية الحالي
        ye-mustaba YE | مستبأ
        ye-kuhlan YE | كحلان | كحلان الشرف
        ye-shaghadira YE | الشغادرة
        ye-mahabisha YE | المحابشة
        ye-washha YE | وشحة
        ye-haydan YE | مديرية حيدان
        ye-shada YE | مديرية شدا
        ye-dhahir-saada YE | مديرية الظاهر
        ye-munabbih YE | مديرية منبه
        ye-ghamr YE | مديرية غمر
        ye-dammaj YE | دماج
        ye-talh-market YE | سوق الطلح
        ye-huth YE | حوث
        ye-hubur-zulaymah YE | حبور ظليمة
        ye-kharif YE | خارف
        ye-iyal-surayh YE | عيال سريح
        ye-shaharah YE | شهارة
        ye-jubah YE | مديرية الجوبة
        ye-abdiyah YE | مديرية العبدية
        ye-raghwan YE | رغوان
        ye-mahliyah YE | ماهلية
        ye-jabal-murad YE | جبل مراد
        ye-kasarah YE | منطقة الكسارة
        ye-mashjah YE | المشجح
        ye-balaq YE | جبال البلق
        ye-khabb-shaaf YE | خب والشعف
        ye-ghayl-jawf YE | مديرية الغيل
        ye-masloub YE | مديرية المصلوب
        ye-bart-al-anan YE | برط العنان
        ye-yatmah YE | اليتمة
        ye-matammah YE | المطمة
        ye-dhi-naim YE | ذي ناعم
        ye-sawmaah YE | مديرية الصومعة
        ye-natea YE | ناطع
        ye-qayfah YE | قيفة
        ye-walad-rabi YE | ولد ربيع
        ye-sawadiyah YE | مديرية السوادية
        ye-qurayshiyah YE | مديرية القريشية
        ye-yakla YE | يكلا
        ye-malajim YE | الملاجم
        ye-radman YE | ردمان
        ye-juban YE | مديرية جبن
        ye-juhaf YE | جحاف
        ye-azariq YE | الأزارق
        ye-sanah YE | سناح
        ye-fakhir YE | منطقة الفاخر
        ye-shuayb YE | مديرية الشعيب
        ye-musaymir YE | المسيمير
        ye-qubaytah YE | القبيطة
        ye-karish YE | منطقة كرش
        ye-maqatirah YE | المقاطرة
        ye-halimayn YE | مديرية حالمين
        ye-ahwar YE | أحور
        ye-wadhie YE | مديرية الوضيع
        ye-rasad YE | مديرية رصد
        ye-dofas YE | دوفس
        ye-jardan YE | مديرية جردان
        ye-rudum YE | رضوم
        ye-hatib YE | حطيب
        ye-nushayma YE | النشيمة
        ye-dis-sharqiya YE | الديس الشرقية
        ye-qusayir YE | قصيعر
        ye-masila YE | حقول المسيلة | المسيلة النفطية
        ye-huraydah YE | حريضة
        ye-brom-mayfa YE | بروم ميفع
        ye-dulaia YE | الضليعة
        ye-khasha YE | الخشعة
        ye-saah YE | مديرية ساه
        ye-thamud YE | مديرية ثمود
        ye-hasween YE | حصوين
        ye-manar-mahra YE | منعر
        ye-samhah YE | جزيرة سمحة
        ye-darsah YE | جزيرة درسة
        ye-jabin YE | مدينة الجبين
        ye-kusmah YE | كسمة
        ye-bilad-al-taam YE | بلاد الطعام
        ye-milhan YE | مديرية ملحان
        ye-hufash YE | حفاش
        ye-tawilah-mahwit YE | مديرية الطويلة
        # The Gulf, the Maghreb and the Horn of Africa.
        # Saudi Arabia.
        sa-thadiq SA | ثادق | محافظة ثادق
        sa-huraymila SA | حريملاء | محافظة حريملاء
        sa-dhurma SA | ضرما | محافظة ضرما
        sa-ghat SA | محافظة الغاط
        sa-marat SA | محافظة مرات
        sa-hawtat-sudair SA | حوطة سدير
        sa-sudair SA | منطقة سدير | محافظة سدير
        sa-tumair SA | تمير
        sa-jalajil SA | جلاجل
        sa-uyaynah SA | العيينة
        sa-rain SA | محافظة الرين
        sa-suwaidi SA | حي السويدي
        sa-shifa-riyadh SA | حي الشفا
        sa-naseem-riyadh SA | حي النسيم
        sa-malqa SA | حي الملقا
        sa-aqiq-riyadh SA | حي العقيق
        sa-sahafa SA | حي الصحافة
        sa-yasmin SA | حي الياسمين
        sa-shumaisi SA | حي الشميسي
        sa-ulaysha SA | حي عليشة
        sa-nadhim SA | حي النظيم
        sa-uraija SA | حي العريجاء
        sa-dhahrat-laban SA | حي ظهرة لبن
        sa-diplomatic-quarter SA | حي السفارات | الحي الدبلوماسي
        sa-turaif-diriyah SA | حي الطريف
        sa-bujairi SA | حي البجيري
        sa-kafd SA | مركز الملك عبدالله المالي | مركز الملك عبد الله المالي
        sa-baghdadiya SA | حي البغدادية
        sa-kandara SA | حي الكندرة
        sa-nuzla SA | حي النزلة
        sa-quwaiza SA | حي قويزة
        sa-faisaliya SA | حي الفيصلية
        sa-safa-jeddah SA | حي الصفا
        sa-marwa SA | حي المروة
        sa-bawadi SA | حي البوادي
        sa-bani-malik SA | حي بني مالك
        sa-hindawiya SA | حي الهنداوية
        sa-shawqiya SA | حي الشوقية
        sa-awali-makkah SA | حي العوالي
        sa-zahir SA | حي الزاهر
        sa-utaibiya SA | حي العتيبية
        sa-misfalah SA | حي المسفلة
        sa-kakiya SA | حي الكعكية
        sa-sharaie SA | حي الشرائع
        sa-qurban SA | حي قربان
        sa-rakah SA | الراكة
        sa-thuqbah SA | الثقبة
        sa-aqrabiyah SA | حي العقربية
        sa-qudaih SA | القديح
        sa-dalwah SA | قرية الدالوة | الدالوة
        sa-uqair SA | العقير
        sa-yabrin SA | يبرين
        sa-kkmc SA | مدينة الملك خالد العسكرية
        sa-halat-ammar SA | حالة عمار
        sa-uwayqilah SA | العويقيلة
        sa-shinan SA | محافظة الشنان
        sa-ghazalah SA | محافظة الغزالة
        sa-hait SA | محافظة الحائط
        sa-mawqaq SA | محافظة موقق
        sa-asyah SA | الأسياح | محافظة الأسياح
        sa-nabhaniyah SA | النبهانية
        sa-uyun-al-jiwa SA | عيون الجواء
        sa-riyadh-al-khabra SA | رياض الخبراء
        sa-shimasiyah SA | الشماسية
        sa-uqlat-al-suqur SA | عقلة الصقور
        sa-wadi-al-fara SA | وادي الفرع | محافظة وادي الفرع
        sa-yanbu-al-nakhl SA | ينبع النخل
        sa-adham SA | محافظة أضم
        sa-ardiyat SA | العرضيات | محافظة العرضيات
        sa-muwayh SA | محافظة الموية
        sa-balqarn SA | بلقرن | محافظة بلقرن
        sa-majardah SA | المجاردة
        sa-tarib SA | محافظة طريب
        sa-mandaq SA | المندق
        sa-makhwah SA | المخواة
        sa-qilwah SA | قلوة
        sa-aqiq-baha SA | محافظة العقيق
        sa-qura SA | محافظة القرى
        sa-dayer SA | محافظة الدائر
        sa-raith SA | الريث
        sa-harub SA | محافظة هروب
        sa-jazan-economic SA | مدينة جازان الاقتصادية
        sa-yadamah SA | يدمة
        sa-thar SA | محافظة ثار
        sa-khubash SA | خباش
        sa-kharkhir SA | الخرخير
        sa-madain-salih SA | مدائن صالح
        # United Arab Emirates.
        ae-mushrif AE | منطقة المشرف
        ae-zaab AE | منطقة الزعاب
        ae-shamkha AE | منطقة الشامخة
        ae-rahba AE | منطقة الرحبة
        ae-falah AE | مدينة الفلاح
        ae-bahia AE | منطقة الباهية
        ae-shawamekh AE | منطقة الشوامخ
        ae-maqta AE | منطقة المقطع
        ae-jubail-island AE | جزيرة الجبيل
        ae-mubarraz-island AE | جزيرة المبرز
        ae-arzanah AE | جزيرة أرزنة
        ae-zirku AE | جزيرة زركوه
        ae-muwaiji AE | المويجعي
        ae-qattara AE | منطقة القطارة
        ae-towayya AE | منطقة الطوية
        ae-muatarad AE | منطقة المعترض
        ae-zakher AE | منطقة زاخر
        ae-umm-ghafa AE | أم غافة
        ae-wagan AE | الوقن
        ae-hayer AE | منطقة الهير
        ae-muhaisnah AE | المحيصنة
        ae-rifaa AE | منطقة الرفاعة
        ae-oud-metha AE | عود ميثاء
        ae-jafiliya AE | الجافلية
        ae-zabeel AE | زعبيل
        ae-umm-hurair AE | أم هرير
        ae-lisaili AE | الليسيلي
        ae-warsan AE | ورسان
        ae-safa-dubai AE | منطقة الصفا
        ae-arabian-ranches AE | المرابع العربية
        ae-the-world AE | جزر العالم
        ae-khan AE | منطقة الخان
        ae-qasimiya AE | منطقة القاسمية
        ae-ghubaiba AE | الغبيبة
        ae-heera AE | منطقة الحيرة
        ae-abu-shagara AE | أبو شغارة
        ae-suyoh AE | منطقة السيوح
        ae-rahmaniya AE | منطقة الرحمانية
        ae-nahwa AE | نحوة
        ae-salamah AE | منطقة السلمة
        ae-sinniyah AE | جزيرة السينية
        ae-khatt AE | منطقة خت
        ae-hamraniyah AE | الحمرانية
        ae-digdaga AE | الدقداقة
        ae-dhait AE | الظيت
        ae-muneiai AE | المنيعي
        ae-marjan-island AE | جزيرة المرجان
        ae-dadna AE | ضدنا
        ae-sakamkam AE | سكمكم
        ae-wurayah AE | وادي الوريعة
        ae-faseel AE | منطقة الفصيل
        ae-rashidiya AE | منطقة الراشدية
        # Kuwait.
        kw-sharq KW | منطقة شرق
        kw-salhiya KW | منطقة الصالحية
        kw-qadsiya KW | منطقة القادسية
        kw-nuzha KW | منطقة النزهة
        kw-faiha KW | منطقة الفيحاء
        kw-yarmouk KW | منطقة اليرموك
        kw-surra KW | منطقة السرة
        kw-nahda KW | منطقة النهضة
        kw-mansouriya KW | منطقة المنصورية
        kw-shaab KW | منطقة الشعب
        kw-shuhada KW | منطقة الشهداء
        kw-hittin KW | منطقة حطين
        kw-salam KW | منطقة السلام
        kw-zahra KW | منطقة الزهراء
        kw-siddiq KW | منطقة الصديق
        kw-bidaa KW | منطقة البدع
        kw-nugra KW | منطقة النقرة
        kw-rabiya KW | منطقة الرابية
        kw-andalus KW | منطقة الأندلس
        kw-rehab KW | منطقة الرحاب
        kw-ishbiliya KW | منطقة إشبيلية
        kw-abbasiya KW | منطقة العباسية
        kw-hasawi KW | منطقة الحساوي
        kw-dhaher KW | منطقة الظهر
        kw-mina-abdullah KW | منطقة ميناء عبدالله
        kw-kazma KW | منطقة كاظمة | جون كاظمة
        kw-waha KW | منطقة الواحة
        kw-umm-al-aish KW | أم العيش
        kw-khor-subiya KW | خور الصبية
        kw-umm-al-namil KW | جزيرة أم النمل
        kw-sawaber KW | الصوابر
        kw-anjafa KW | شاطئ أنجفة
        kw-jal-az-zor KW | جال الزور
        kw-shuwaikh-industrial KW | الشويخ الصناعية
        kw-ardiya-storage KW | العارضية الحرفية
        kw-sabah-al-ahmad-marine KW | مدينة صباح الأحمد البحرية
        kw-qurtuba KW | منطقة قرطبة
        # Qatar.
        qa-muntazah QA | منطقة المنتزه
        qa-sadd QA | منطقة السد
        qa-old-airport QA | منطقة المطار القديم
        qa-hilal QA | منطقة الهلال
        qa-nuaija QA | النعيجة | منطقة النعيجة
        qa-new-doha QA | الدوحة الجديدة
        qa-sulta QA | منطقة السلطة | السلطة الجديدة
        qa-fereej-al-ghanim QA | فريج الغانم
        qa-khulaifat QA | منطقة الخليفات
        qa-rawdat-al-khail QA | روضة الخيل
        qa-qassar QA | منطقة القصار
        qa-aliya-island QA | جزيرة العالية
        qa-fereej-al-soudan QA | فريج السودان
        qa-mansoura QA | منطقة المنصورة
        qa-mamoura QA | منطقة المعمورة
        qa-rayyan-old QA | الريان القديم
        qa-rayyan-new QA | الريان الجديد
        qa-bin-ghanim QA | جزيرة بن غانم
        qa-doha-corniche QA | كورنيش الدوحة
        qa-semaisma-beach QA | شاطئ سميسمة
        qa-fuwairit-beach QA | شاطئ فويرط
        qa-ras-abrouq QA | رأس أبروق
        qa-zekreet QA | زكريت
        qa-umm-tais QA | جزيرة أم تيس
        # Bahrain.
        bh-mahazza BH | قرية مهزة
        bh-sufala BH | قرية سفالة
        bh-kharijiya BH | قرية الخارجية
        bh-abu-al-aish BH | قرية أبو العيش
        bh-hajar BH | قرية الحجر
        bh-musalla BH | منطقة المصلى
        bh-burhama BH | منطقة البرهامة
        bh-qufool BH | منطقة القفول
        bh-bab-al-bahrain BH | باب البحرين
        bh-jau BH | قرية جو | منطقة جو
        bh-dry-dock BH | الحوض الجاف
        bh-dur BH | قرية الدور
        bh-hillat-abdulsaleh BH | حلة العبد الصالح
        bh-saqiya BH | منطقة السقية
        bh-sitra-island BH | جزيرة سترة
        bh-umm-as-sabaan BH | جزيرة أم الصبان
        bh-fasht-dibal BH | فشت الديبل
        bh-fasht-jarim BH | فشت الجارم
        bh-diplomatic-area BH | المنطقة الدبلوماسية
        bh-bahrain-bay BH | خليج البحرين
        bh-bahrain-circuit BH | حلبة البحرين الدولية
        bh-muharraq-island BH | جزيرة المحرق
        bh-zallaq-beach BH | شاطئ الزلاق
        bh-sitra-industrial BH | منطقة سترة الصناعية
        bh-hidd-industrial BH | منطقة الحد الصناعية
        bh-manama-souq BH | سوق المنامة
        # Oman.
        om-qurum OM | منطقة القرم | شاطئ القرم
        om-wadi-kabir OM | منطقة الوادي الكبير
        om-sifah OM | منطقة السيفة
        om-qantab OM | قنتب
        om-mouj OM | الموج مسقط
        om-fanja OM | فنجاء
        om-bilad-sayt OM | بلاد سيت
        om-wadi-bani-awf OM | وادي بني عوف
        om-wadi-dayqah OM | وادي ضيقة
        om-wadi-jizzi OM | وادي الجزي
        om-ayn-razat OM | عين رزات | عين أرزات
        om-ayn-hamran OM | عين حمران
        om-haffa OM | حي الحافة | سوق الحافة
        om-dahariz OM | الدهاريز
        om-saada-salalah OM | منطقة السعادة
        om-new-salalah OM | صلالة الجديدة
        om-sumhuram OM | سمهرم
        om-baleed OM | متنزه البليد الأثري | موقع البليد الأثري
        om-wudam OM | ودام الساحل | ولاية ودام
        om-khatmat-milaha OM | خطمة ملاحة
        om-wadi-bani-kharus OM | وادي بني خروص
        om-sawadi OM | جزر السوادي | السوادي
        om-ras-madrakah OM | رأس مدركة
        om-mutrah-souq OM | سوق مطرح
        om-sohar-freezone OM | المنطقة الحرة بصحار
        om-duqm-sez OM | المنطقة الاقتصادية الخاصة بالدقم
        om-wadi-ghul OM | وادي غول
        # Libya.
        ly-tripoli-center LY | بلدية طرابلس المركز
        ly-hay-al-andalus LY | بلدية حي الأندلس
        ly-zella LY | بلدة زلة | منطقة زلة
        ly-ras-al-hilal LY | رأس الهلال
        ly-fatayah LY | الفتائح
        ly-taknis LY | تاكنس
        ly-mekhili LY | المخيلي
        ly-jardas-al-abid LY | جردس العبيد
        ly-buhdima LY | بوهديمة
        ly-laithi LY | منطقة الليثي
        ly-majouri LY | منطقة الماجوري
        ly-keish LY | منطقة الكيش
        ly-souq-al-hout LY | سوق الحوت
        ly-hadaba LY | منطقة الهضبة
        ly-salah-eddin-tripoli LY | منطقة صلاح الدين
        ly-dahra-tripoli LY | منطقة الظهرة
        ly-bab-al-aziziya LY | باب العزيزية | ثكنة باب العزيزية
        ly-qarji LY | قرجي | منطقة قرجي
        ly-ghout-al-shaal LY | غوط الشعال
        ly-zawiyat-al-dahmani LY | زاوية الدهماني
        ly-fashloum LY | فشلوم
        ly-ben-ashour LY | منطقة بن عاشور
        ly-sarraj LY | منطقة السراج
        ly-ghiran LY | منطقة الغيران
        ly-sidi-al-masri LY | سيدي المصري
        ly-hani LY | منطقة الهاني
        ly-daraj LY | بلدية درج | مدينة درج
        ly-riyayna LY | الرياينة
        ly-qawalish LY | القواليش
        ly-tayouri LY | حي الطيوري
        ly-idri LY | إدري
        ly-gurdha LY | القرضة الشاطئ
        ly-tasawa LY | تساوة
        ly-tajarhi LY | تجرهي
        ly-wigh LY | الويغ
        ly-rebiana LY | ربيانة
        ly-fuqaha LY | بلدة الفقهاء
        ly-ghardabiya LY | القرضابية
        ly-abu-hadi LY | أبو هادي
        ly-karareem LY | الكراريم
        ly-zawiyat-al-mahjoub LY | زاوية المحجوب
        ly-tomina LY | طمينة
        ly-wadi-al-hayat LY | وادي الحياة | وادي الآجال
        ly-wadi-kaam LY | وادي كعام
        ly-zamzam LY | وادي زمزم
        ly-khalij-sirte LY | خليج سرت
        ly-jabal-akakus LY | جبال أكاكوس | أكاكوس
        ly-leptis-magna LY | لبدة الكبرى | لبدة
        ly-cyrene LY | قورينا | مدينة قورينا الأثرية
        ly-sawani-ben-adam LY | سواني بن آدم
        # Tunisia.
        tn-bab-bhar TN | باب بحر | معتمدية باب بحر
        tn-bab-souika TN | باب سويقة | معتمدية باب سويقة
        tn-hrairia TN | الحرايرية | معتمدية الحرايرية
        tn-sidi-bechir TN | سيدي البشير | معتمدية سيدي البشير
        tn-jebel-jelloud TN | جبل الجلود | معتمدية جبل الجلود
        tn-menzah TN | معتمدية المنزه | حي المنزه
        tn-mellassine TN | الملاسين
        tn-berges-du-lac TN | ضفاف البحيرة
        tn-bab-saadoun TN | باب سعدون
        tn-boumhel TN | بومهل | معتمدية بومهل البساتين
        tn-ezzahra TN | معتمدية الزهراء
        tn-megrine TN | مقرين | معتمدية مقرين
        tn-borj-cedria TN | برج السدرية
        tn-battan TN | معتمدية البطان
        tn-denden TN | الدندان
        tn-beni-khiar TN | بني خيار
        tn-el-mida TN | معتمدية الميدة
        tn-hammam-ghezaz TN | حمام الأغزاز
        tn-takelsa TN | تاكلسة
        tn-beni-khalled TN | بني خلاد
        tn-yasmine-hammamet TN | ياسمين الحمامات
        tn-zriba TN | معتمدية الزريبة
        tn-bir-mcherga TN | بئر مشارقة
        tn-saouaf TN | صواف | معتمدية صواف
        tn-el-alia TN | معتمدية العالية
        tn-joumine TN | جومين
        tn-tinja TN | تينجة
        tn-utique TN | أوتيك
        tn-menzel-abderrahmane TN | منزل عبد الرحمان
        tn-zarzouna TN | جرزونة
        tn-amdoun TN | عمدون
        tn-goubellat TN | قبلاط
        tn-thibar TN | تيبار
        tn-oued-mliz TN | وادي مليز
        tn-balta-bou-aouane TN | بلطة بوعوان
        tn-nebeur TN | معتمدية نبر
        tn-kalaat-khasba TN | القلعة الخصبة
        tn-jerissa TN | الجريصة
        tn-sers TN | السرس
        tn-krib TN | الكريب
        tn-bargou TN | برقو
        tn-laaroussa TN | معتمدية العروسة
        tn-hergla TN | هرقلة
        tn-sidi-bou-ali TN | سيدي بوعلي
        tn-sidi-el-heni TN | سيدي الهاني
        tn-kondar TN | كندار
        tn-sahloul TN | سهلول
        tn-jemmal TN | معتمدية جمال | مدينة جمال
        tn-bembla TN | بنبلة
        tn-sahline TN | الساحلين
        tn-ouerdanine TN | الوردانين
        tn-beni-hassen TN | بني حسان
        tn-khniss TN | خنيس
        tn-souassi TN | السواسي
        tn-chorbane TN | شربان
        tn-sidi-alouane TN | سيدي علوان
        tn-melloulech TN | ملولش
        tn-ouled-chamekh TN | أولاد الشامخ
        tn-hbira TN | معتمدية هبيرة
        tn-kerker TN | كركر
        tn-thyna TN | معتمدية طينة
        tn-gremda TN | قرمدة
        tn-menzel-chaker TN | منزل شاكر
        tn-ghriba TN | كنيس الغريبة | معبد الغريبة
        tn-sbikha TN | السبيخة
        tn-chebika TN | الشبيكة
        tn-cherarda TN | الشراردة
        tn-ain-jloula TN | عين جلولة
        tn-jedeliane TN | جدليان
        tn-majel-bel-abbes TN | ماجل بلعباس
        tn-hassi-ferid TN | حاسي الفريد
        tn-sebbala TN | السبالة
        tn-ouled-haffouz TN | أولاد حفوز
        tn-bir-el-hafey TN | بئر الحفي
        tn-souk-jedid TN | معتمدية السوق الجديد
        tn-hichria TN | الهيشرية
        tn-el-guettar TN | معتمدية القطار
        tn-sened TN | معتمدية السند
        tn-belkhir TN | معتمدية بلخير
        tn-tamerza TN | تمغزة
        tn-chott-el-djerid TN | شط الجريد
        tn-souk-lahad TN | معتمدية سوق الأحد
        tn-faouar TN | الفوار
        tn-jemna TN | جمنة
        tn-rjim-maatoug TN | رجيم معتوق
        tn-metouia TN | المطوية
        tn-oudhref TN | معتمدية وذرف | بلدة وذرف
        tn-menzel-habib TN | منزل الحبيب
        tn-new-matmata TN | مطماطة الجديدة
        tn-ajim TN | أجيم
        tn-sidi-makhlouf TN | سيدي مخلوف
        tn-bir-lahmar TN | البئر الأحمر
        tn-smar TN | الصمار
        tn-borj-el-khadra TN | برج الخضراء
        tn-chenini TN | شنني
        tn-bouchebka TN | بوشبكة
        tn-choucha TN | مخيم الشوشة
        tn-kuriat TN | جزر قوريات
        tn-jebel-selloum TN | جبل السلوم
        tn-jebel-orbata TN | جبل عرباطة
        tn-jebel-ouergha TN | جبل ورغة
        tn-mining-basin TN | الحوض المنجمي
        # Algeria.
        dz-el-mouradia DZ | بلدية المرادية
        dz-sidi-mhamed DZ | سيدي امحمد | بلدية سيدي امحمد
        dz-alger-centre DZ | الجزائر الوسطى
        dz-el-madania DZ | بلدية المدنية
        dz-bologhine DZ | بولوغين
        dz-bordj-el-bahri DZ | برج البحري
        dz-ain-taya DZ | عين طاية
        dz-eucalyptus DZ | الكاليتوس
        dz-saoula DZ | السحاولة
        dz-ouled-fayet DZ | أولاد فايت
        dz-dely-ibrahim DZ | دالي إبراهيم
        dz-beni-messous DZ | بني مسوس
        dz-oued-smar DZ | وادي السمار
        dz-ben-aknoun DZ | بن عكنون
        dz-rais-hamidou DZ | الرايس حميدو
        dz-djamaa-el-djazair DZ | جامع الجزائر
        dz-gdyel DZ | قديل
        dz-oued-tlelat DZ | وادي تليلات
        dz-bethioua DZ | بطيوة
        dz-boutlelis DZ | بوتليليس
        dz-misserghin DZ | مسرغين
        dz-hassi-bounif DZ | حاسي بونيف
        dz-ain-smara DZ | عين السمارة
        dz-ain-abid DZ | عين عبيد
        dz-el-bouni DZ | البوني
        dz-el-hadjar DZ | بلدية الحجار
        dz-berrahal DZ | برحال
        dz-seraidi DZ | سرايدي
        dz-ain-azel DZ | عين أزال
        dz-beni-ourtilane DZ | بني ورتيلان
        dz-ain-arnat DZ | عين أرنات
        dz-n-gaous DZ | نقاوس
        dz-tazoult DZ | تازولت
        dz-ras-el-aioun DZ | رأس العيون
        dz-seriana DZ | سريانة
        dz-timgad DZ | تيمقاد
        dz-menaa DZ | بلدية منعة
        dz-ichmoul DZ | إشمول
        dz-zeribet-el-oued DZ | زريبة الوادي
        dz-foughala DZ | فوغالة
        dz-mechouneche DZ | مشونش
        dz-tichy DZ | تيشي
        dz-ighil-ali DZ | إغيل علي
        dz-seddouk DZ | صدوق
        dz-tazmalt DZ | تازمالت
        dz-aokas DZ | أوقاس
        dz-beni-maouche DZ | بني معوش
        dz-tigzirt DZ | تيقزيرت
        dz-boghni DZ | بوغني
        dz-ouadhia DZ | واضية
        dz-tizi-ghenif DZ | تيزي غنيف
        dz-maatkas DZ | معاتقة
        dz-beni-douala DZ | بني دوالة
        dz-tizi-rached DZ | تيزي راشد
        dz-ain-bessem DZ | عين بسام
        dz-haizer DZ | حيزر
        dz-m-chedallah DZ | مشدالة
        dz-bechloul DZ | بشلول
        dz-thenia DZ | بلدية الثنية
        dz-zemmouri DZ | زموري
        dz-corso DZ | قورصو
        dz-baghlia DZ | بغلية
        dz-el-affroun DZ | العفرون
        dz-mouzaia DZ | موزاية
        dz-bouinan DZ | بوعينان
        dz-ouled-yaich DZ | أولاد يعيش
        dz-beni-mered DZ | بني مراد
        dz-fouka DZ | فوكة
        dz-bou-ismail DZ | بواسماعيل
        dz-damous DZ | الداموس
        dz-sidi-ghiles DZ | سيدي غيلاس
        dz-beni-slimane DZ | بني سليمان
        dz-tablat DZ | تابلاط
        dz-chellalet-el-adhaoura DZ | شلالة العذاورة
        dz-dar-chioukh DZ | دار الشيوخ
        dz-birine DZ | البيرين
        dz-had-sahary DZ | حد الصحاري
        dz-ain-el-melh DZ | عين الملح
        dz-sidi-aissa DZ | سيدي عيسى
        dz-magra DZ | مقرة
        dz-hammam-dalaa DZ | حمام الضلعة
        dz-ras-el-oued DZ | رأس الوادي
        dz-medjana DZ | مجانة
        dz-sebdou DZ | سبدو
        dz-hennaya DZ | الحناية
        dz-marsa-ben-mhidi DZ | مرسى بن مهيدي
        dz-bab-el-assa DZ | باب العسة
        dz-beni-snous DZ | بني سنوس
        dz-telagh DZ | تلاغ
        dz-sfisef DZ | سفيزف
        dz-ain-tedeles DZ | عين تادلس
        dz-sidi-lakhdar DZ | سيدي لخضر
        dz-hassi-mameche DZ | حاسي ماماش
        dz-mazouna DZ | مازونة
        dz-zemmora DZ | زمورة
        dz-ammi-moussa DZ | عمي موسى
        dz-chettia DZ | الشطية
        dz-boukadir DZ | بوقادير
        dz-oued-fodda DZ | وادي الفضة
        dz-el-abadia DZ | العبادية
        dz-djendel DZ | جندل
        dz-rouina DZ | الروينة
        dz-sougueur DZ | السوقر
        dz-rahouia DZ | رحوية
        dz-ain-deheb DZ | عين الذهب
        dz-tighennif DZ | تيغنيف
        dz-bouhanifia DZ | بوحنيفية
        dz-hammam-bouhadjar DZ | حمام بوحجر
        dz-el-aouana DZ | العوانة
        dz-ziama-mansouriah DZ | زيامة منصورية
        dz-el-harrouch DZ | الحروش
        dz-tamalous DZ | تمالوس
        dz-oued-zenati DZ | وادي الزناتي
        dz-bouchegouf DZ | بوشقوف
        dz-hammam-debagh DZ | حمام دباغ
        dz-sedrata DZ | سدراتة
        dz-mdaourouch DZ | مداوروش
        dz-el-meridj DZ | المريج
        dz-negrine DZ | نقرين
        dz-bekkaria DZ | بكارية
        dz-besbes DZ | البسباس
        dz-drean DZ | الذرعان
        dz-chechar DZ | ششار
        dz-kais DZ | قايس
        dz-ain-fakroun DZ | عين فكرون
        dz-meskiana DZ | مسكيانة
        dz-tadjenanet DZ | تاجنانت
        dz-teleghma DZ | التلاغمة
        dz-oued-athmania DZ | وادي العثمانية
        dz-rouissat DZ | الرويسات
        dz-temacine DZ | تماسين
        dz-megarine DZ | المقارين
        dz-el-guerrara DZ | دائرة القرارة | بلدية القرارة
        dz-zelfana DZ | زلفانة
        dz-beni-isguen DZ | بني يزقن
        dz-robbah DZ | بلدية الرباح
        dz-debila DZ | الدبيلة
        dz-hassi-khalifa DZ | حاسي خليفة
        dz-reguiba DZ | الرقيبة
        dz-aoulef DZ | أولف
        dz-zaouiet-kounta DZ | زاوية كنتة
        dz-touat DZ | منطقة توات | إقليم توات
        dz-gourara DZ | منطقة قورارة | إقليم قورارة
        dz-kenadsa DZ | القنادسة
        dz-abadla DZ | العبادلة
        dz-kerzaz DZ | كرزاز
        dz-asla DZ | عسلة
        dz-moghrar DZ | مغرار
        dz-brezina DZ | بريزينة
        dz-bordj-omar-driss DZ | برج عمر إدريس
        dz-debdeb DZ | دبداب
        dz-idles DZ | إدلس
        dz-tazrouk DZ | تازروك
        dz-abalessa DZ | أبلسة
        dz-bordj-bounaama DZ | برج بونعامة
        # Morocco.
        ma-zaio MA | زايو
        ma-azghanghan MA | أزغنغان
        ma-ben-taieb MA | مدينة بن الطيب
        ma-temsamane MA | تمسمان
        ma-beni-chiker MA | بني شيكر
        ma-farkhana MA | فرخانة
        ma-el-aioun-charkia MA | العيون الشرقية
        ma-ain-bni-mathar MA | عين بني مطهر
        ma-tendrara MA | تندرارة
        ma-talsint MA | تالسينت
        ma-beni-tadjit MA | بني تجيت
        ma-debdou MA | دبدو
        ma-oued-laou MA | واد لاو | وادي لاو
        ma-bab-berred MA | باب برد
        ma-ksar-sghir MA | القصر الصغير
        ma-moulay-bousselham MA | مولاي بوسلهام
        ma-arbaoua MA | عرباوة
        ma-lalla-mimouna MA | للا ميمونة
        ma-sidi-allal-tazi MA | سيدي علال التازي
        ma-sidi-taibi MA | سيدي الطيبي
        ma-rommani MA | مدينة الرماني
        ma-oulmes MA | جماعة والماس | بلدة والماس
        ma-tissa MA | تيسة
        ma-karia-ba-mohammed MA | قرية با محمد
        ma-ghafsai MA | غفساي
        ma-tahla MA | تاهلة
        ma-aknoul MA | أكنول
        ma-imouzzer-kandar MA | إيموزار كندر
        ma-bhalil MA | البهاليل
        ma-ribat-el-kheir MA | رباط الخير
        ma-ain-taoujdate MA | عين تاوجطات
        ma-sebaa-aioun MA | جماعة سبع عيون
        ma-aguelmous MA | أكلموس
        ma-aghbala MA | أغبالة
        ma-ksiba MA | القصيبة
        ma-dar-ould-zidouh MA | دار ولد زيدوح
        ma-ouled-ayad MA | أولاد عياد
        ma-afourer MA | أفورار
        ma-ouaouizeght MA | واويزغت
        ma-bin-el-ouidane MA | بين الويدان
        ma-el-brouj MA | مدينة البروج
        ma-ben-ahmed MA | مدينة ابن أحمد
        ma-el-gara MA | الكارة
        ma-deroua MA | الدروة
        ma-zemamra MA | الزمامرة
        ma-bir-jdid MA | مدينة البئر الجديد
        ma-sbata MA | سباتة | اسباتة
        ma-mers-sultan MA | مرس السلطان
        ma-maarif MA | المعاريف
        ma-bourgogne MA | بوركون
        ma-lissasfa MA | ليساسفة
        ma-sidi-othmane MA | سيدي عثمان
        ma-roches-noires MA | حي الصخور السوداء | مقاطعة الصخور السوداء
        ma-ain-diab MA | عين الذئاب
        ma-derb-ghallef MA | درب غلف
        ma-hraouiyine MA | الهراويين
        ma-hay-hassan MA | حي حسان
        ma-yacoub-el-mansour MA | مقاطعة يعقوب المنصور | حي يعقوب المنصور
        ma-souissi MA | حي السويسي
        ma-akkari MA | حي العكاري
        ma-diour-jamaa MA | ديور الجامع
        ma-tabriquet MA | تابريكت
        ma-laayayda MA | لعيايدة
        ma-ain-atiq MA | عين عتيق
        ma-sidi-yahya-zaer MA | سيدي يحيى زعير
        ma-sidi-youssef-ben-ali MA | سيدي يوسف بن علي
        ma-menara MA | مقاطعة المنارة
        ma-daoudiate MA | الداوديات
        ma-tassoultante MA | تسلطانت
        ma-ait-ourir MA | أيت أورير
        ma-tamansourt MA | تامنصورت
        ma-attaouia MA | العطاوية
        ma-tamellalt MA | تملالت
        ma-imintanoute MA | إمنتانوت
        ma-adassil MA | أداسيل
        ma-moulay-brahim MA | جماعة مولاي إبراهيم
        ma-oukaimeden MA | أوكايمدن
        ma-tafeghaghte MA | تافغاغت
        ma-ijoukak MA | إيجوكاك
        ma-tizi-ntest MA | تيزي نتاست
        ma-chemaia MA | الشماعية
        ma-jemaat-shaim MA | جمعة سحيم
        ma-tamanar MA | تمنار
        ma-taliouine MA | تالوين
        ma-igherm MA | إغرم
        ma-ait-baha MA | أيت باها
        ma-anza MA | أنزا
        ma-tikiouine MA | تيكوين
        ma-bensergao MA | بنسركاو
        ma-aourir MA | أورير
        ma-aglou MA | أكلو
        ma-mirleft MA | ميرلفت
        ma-akka MA | أقا
        ma-foum-el-hisn MA | فم الحصن
        ma-bouizakarne MA | بويزكارن
        ma-rich MA | مدينة الريش
        ma-goulmima MA | كلميمة
        ma-tinejdad MA | تنجداد
        ma-amsemrir MA | أمسمرير
        ma-boudnib MA | بوذنيب
        ma-alnif MA | ألنيف
        ma-tazarine MA | تازارين
        ma-skoura MA | سكورة
        ma-ait-ben-haddou MA | آيت بن حدو
        ma-zouj-bghal MA | زوج بغال
        eh-boucraa EH | بوكراع
        eh-mheiriz EH | امهيريز
        eh-mijek EH | ميجك
        eh-bir-anzarane EH | بئر أنزران
        eh-amgala EH | أمكالة
        eh-guelta-zemmur EH | كلتة زمور
        # Mauritania.
        mr-lexeiba MR | لكصيبة | مقاطعة لكصيبة
        mr-tekane MR | تكند | مقاطعة تكند
        mr-ghabou MR | مقاطعة غابو
        mr-tamourt-naaj MR | تامورت النعاج
        mr-boustila MR | بوسطيلة
        mr-inal MR | إينال
        mr-kedia-idjil MR | كدية الجل
        mr-gogui MR | غوغي
        mr-ain-ben-tili MR | عين بنتيلي | عين بن تيلي
        mr-nebaghiya MR | النباغية
        mr-socogim MR | حي سوكوجيم
        mr-tarhil MR | حي الترحيل
        mr-nouamghar MR | انوامغار
        mr-terjit MR | واحة ترجيت | ترجيت
        mr-ben-amira MR | صخرة بن عميرة
        mr-sangrafa MR | صنكرافة
        mr-koumbi-saleh MR | كومبي صالح
        mr-foum-gleita MR | فم لكليتة
        # Somalia.
        so-banadir SO | إقليم بنادر | محافظة بنادر
        so-lower-shabelle SO | شبيلي السفلى | إقليم شبيلي السفلى، محافظة شبيلي السفلى
        so-middle-shabelle SO | شبيلي الوسطى | إقليم شبيلي الوسطى، محافظة شبيلي الوسطى
        so-hiiraan SO | إقليم هيران | محافظة هيران
        so-galgaduud SO | جلجدود | إقليم جلجدود، محافظة جلجدود
        so-mudug SO | إقليم مدغ | محافظة مدغ
        so-nugaal SO | نوغال | إقليم نوغال، محافظة نوغال
        so-bari SO | إقليم باري | محافظة باري
        so-sool SO | إقليم سول | محافظة سول
        so-sanaag SO | سناج | إقليم سناج، محافظة سناج
        so-togdheer SO | توجدير | إقليم توجدير، محافظة توجدير
        so-awdal SO | أودل | إقليم أودل، محافظة أودل
        so-bay SO | إقليم باي | محافظة باي
        so-bakool SO | بكول | إقليم بكول، محافظة بكول
        so-gedo SO | إقليم جدو | محافظة جدو
        so-middle-juba SO | جوبا الوسطى | إقليم جوبا الوسطى، محافظة جوبا الوسطى
        so-lower-juba SO | جوبا السفلى | إقليم جوبا السفلى، محافظة جوبا السفلى
        so-somaliland SO | أرض الصومال | صوماليلاند، جمهورية أرض الصومال، إقليم أرض الصومال
        so-galmudug SO | جلمدغ | ولاية جلمدغ، غلمدغ
        so-hirshabelle SO | هيرشبيلي | ولاية هيرشبيلي
        so-south-west SO | ولاية جنوب غرب الصومال
        so-warsheikh SO | ورشيخ
        so-qandala SO | قندلا
        so-aluula SO | علولا
        so-iskushuban SO | إسكوشوبان
        so-villa-somalia SO | فيلا صوماليا | القصر الرئاسي في مقديشو
        # Djibouti.
        # More villages, towns and quarters of Libya, Jordan, Oman, the Gulf, Mauritania and Somalia.
        # Libya.
        ly-hawamid LY | الحوامد
        ly-tmassah LY | تمسة
        ly-ghuddwa LY | بلدة غدوة | منطقة غدوة
        ly-bardia LY | البردية
        ly-ain-al-ghazala LY | عين الغزالة
        ly-birka-benghazi LY | منطقة البركة
        ly-sidi-khalifa LY | سيدي خليفة
        ly-salmani LY | منطقة السلماني
        ly-juliana LY | جليانة
        ly-daryana LY | دريانة
        ly-talmitha LY | طلميثة
        ly-siyahiya LY | منطقة السياحية
        ly-bab-bin-ghashir LY | باب بن غشير
        ly-zanata LY | منطقة زناتة
        ly-dreibi LY | الدريبي
        ly-hashan LY | الحشان
        ly-saadiya LY | الساعدية
        ly-arada LY | منطقة عرادة
        ly-ras-hassan LY | رأس حسن
        ly-bir-osta-milad LY | بئر الأسطى ميلاد
        ly-zarrouq LY | منطقة الزروق
        ly-shakshuk LY | شكشوك
        ly-haraba LY | الحرابة
        ly-bir-ayyad LY | بئر عياد
        ly-kambut LY | كمبوت
        ly-tamimi LY | بلدة التميمي
        ly-qayqab LY | القيقب
        ly-athrun LY | الأثرون
        ly-karsa LY | كرسة
        ly-faidiya LY | الفايدية
        ly-kharruba LY | بلدة الخروبة
        ly-msus LY | مسوس
        ly-awaynat LY | بلدة العوينات
        ly-birkat LY | البركت
        ly-germa LY | جرمة
        ly-bint-bayya LY | بنت بيه
        ly-samnu LY | سمنو
        ly-tamzawa LY | تامزاوة
        ly-ashkeda LY | أشكدة
        ly-mahruqa LY | بلدة المحروقة
        ly-wanzarik LY | ونزريك
        ly-abdulkafi LY | حي عبد الكافي | حي عبدالكافي
        ly-mahdiya-sabha LY | حي المهدية
        ly-hajara LY | منطقة حجارة
        ly-nasiriya-sabha LY | حي الناصرية
        ly-sidi-abdul-jalil LY | سيدي عبد الجليل | سيدي عبدالجليل
        ly-hira LY | الهيرة
        ly-najila LY | النجيلة | منطقة النجيلة
        ly-kaam LY | كعام
        ly-abu-najim LY | أبو نجيم | أبونجيم، بونجيم
        ly-qaddahiya LY | القداحية
        ly-jarif LY | منطقة الجارف
        ly-rajma LY | الرجمة
        ly-ras-obeida LY | رأس اعبيدة | رأس عبيدة
        ly-shabna LY | شبنة
        ly-bu-dzira LY | بودزيرة | بو دزيرة
        ly-qasr-libya LY | قصر ليبيا
        ly-jardina LY | جردينة
        ly-bumbah LY | بومبة
        ly-bir-al-ashhab LY | بئر الأشهب
        ly-wadi-atba LY | وادي عتبة
        ly-bawanis LY | البوانيس
        ly-ghrayfa-town LY | بلدة الغريفة
        ly-buzayma LY | بزيمة
        ly-badr LY | بلدة بدر
        ly-abu-ghaylan LY | أبو غيلان | أبوغيلان
        ly-awiniya LY | العوينية
        ly-fassato LY | فساطو
        ly-jeddaim LY | جدائم
        ly-abu-surra LY | أبو صرة
        ly-sakt LY | منطقة السكت
        ly-zreeq LY | منطقة زريق
        ly-dollar LY | حي الدولار
        ly-jiza-bahriya LY | الجيزة البحرية
        ly-sabaa LY | منطقة السبعة
        ly-hadaba-khadra LY | الهضبة الخضراء
        ly-gurdha-sabha LY | منطقة القرضة
        ly-dawoun LY | الداوون
        ly-qasr-al-haj LY | قصر الحاج
        ly-nasma LY | بلدة نسمة
        ly-haniya LY | بلدة الحنية
        ly-hamama LY | بلدة الحمامة
        ly-tuwaibiya LY | الطويبية
        ly-buwairat-al-hasun LY | بويرات الحسون
        ly-aguriya LY | العقورية
        ly-muhaishi LY | منطقة المحيشي
        ly-sidi-younis LY | سيدي يونس
        ly-wuhaishi LY | حي الوحيشي
        ly-marawa LY | مراوة
        ly-massa LY | بلدة مسة
        ly-lamluda LY | لملودة
        ly-dhahr-al-hamar LY | الظهر الحمر
        ly-zighan LY | الزيغن
        ly-takarkiba LY | تكركيبة
        ly-isen LY | إيسين
        ly-majer LY | ماجر
        ly-balaoun LY | بلعون
        ly-tablino LY | الطابلينو
        ly-lathama LY | اللثامة
        ly-bab-tajoura LY | باب تاجوراء
        ly-qasabat LY | مدينة القصبات
        ly-birqin LY | برقن
        # Jordan.
        jo-jabal-al-jofeh JO | جبل الجوفة
        jo-hashmi-janoubi JO | الهاشمي الجنوبي
        jo-yajouz JO | ياجوز
        jo-badr-jadida JO | بدر الجديدة
        jo-safut JO | صافوط
        jo-harta JO | حرثا
        jo-shajara JO | بلدة الشجرة
        jo-kufr-asad JO | كفر أسد
        jo-malka JO | بلدة ملكا
        jo-beit-idis JO | بيت إيدس
        jo-jdeita JO | جديتا
        jo-sakhra JO | بلدة صخرة
        jo-ibbin JO | عبين
        jo-rajib JO | راجب
        jo-rehab JO | بلدة رحاب
        jo-dafyaneh JO | الدفيانة
        jo-allan JO | بلدة علان
        jo-yarqa JO | يرقا
        jo-mleih JO | بلدة مليح
        jo-libb JO | بلدة لب
        jo-mukawir JO | مكاور
        jo-ayy JO | لواء عي
        jo-adir JO | بلدة أدر
        jo-thaniya JO | بلدة الثنية
        jo-yarut JO | الياروت
        jo-adnaniya JO | العدنانية
        jo-simakiya JO | السماكية
        jo-kathraba JO | كثربا
        jo-qadisiyah-tafila JO | بلدة القادسية
        jo-husseiniya-maan JO | بلدة الحسينية
        jo-dilagha JO | دلاغة
        jo-zawahreh JO | حي الزواهرة
        jo-umm-nowarah JO | أم نوارة
        jo-jawa JO | بلدة جاوا
        jo-dahiyat-al-amir-hassan JO | ضاحية الأمير حسن
        jo-hallabat JO | الحلابات
        jo-sama-al-rousan JO | سما الروسان
        jo-taybeh-irbid JO | لواء الطيبة
        jo-sarih JO | بلدة الصريح
        jo-jabal-al-manara JO | جبل المنارة
        jo-dahiyat-al-aqsa JO | ضاحية الأقصى
        jo-dahiyat-al-haj-hassan JO | ضاحية الحاج حسن
        jo-gardens JO | منطقة الجاردنز | الجاردنز
        jo-rujeib JO | الرجيب
        jo-abu-al-sous JO | أبو السوس
        jo-rujm-umaish JO | رجم عميش
        jo-kamaliya JO | الكمالية
        jo-umm-qusair JO | أم قصير
        jo-hakama JO | بلدة حكما
        jo-beit-yafa JO | بيت يافا
        jo-kufr-yuba JO | كفريوبا | كفر يوبا
        jo-kufr-jayez JO | كفرجايز | كفر جايز
        jo-deir-yousef JO | دير يوسف
        jo-sal JO | بلدة سال
        jo-waqqas JO | بلدة وقاص
        jo-kuraymah JO | بلدة الكريمة
        jo-tabaqat-fahl JO | طبقة فحل
        jo-umrawa JO | عمراوة
        jo-dhneibeh JO | ذنيبة
        jo-kitim JO | بلدة كتم
        jo-fauara JO | فوعرا
        jo-deir-al-saana JO | دير السعنة
        jo-johfiyeh JO | جحفية
        jo-arjan-ajloun JO | عرجان
        jo-baoun JO | باعون
        jo-awsara JO | أوصرة
        jo-halawa JO | بلدة حلاوة
        jo-bleila JO | بليلا
        jo-kitteh JO | الكتة
        jo-burma JO | بلدة برما
        jo-kufr-khall JO | كفرخل | كفر خل
        jo-qafqafa JO | قفقفا
        jo-umm-jawza JO | أم جوزة
        jo-rumaimin JO | الرميمين
        jo-aira JO | عيرا
        jo-muaddi JO | بلدة معدي
        jo-manja JO | بلدة منجا
        jo-hmoud JO | بلدة حمود
        jo-rakin JO | راكين
        jo-dhat-ras JO | ذات راس
        jo-gharandal JO | غرندل
        jo-ayma JO | عيمة
        jo-sela JO | بلدة السلع
        jo-ail JO | بلدة أيل
        jo-basta JO | بلدة بسطة
        jo-umm-sayhoun JO | أم صيحون
        jo-rahma JO | قرية رحمة
        jo-baij JO | الباعج
        jo-thaghrat-al-jubb JO | ثغرة الجب
        jo-hofa-al-mazar JO | حوفا المزار
        jo-kufr-al-ma JO | كفر الماء
        jo-samma JO | بلدة صما
        jo-kufr-awan JO | كفرعوان | كفر عوان
        jo-kufr-rakib JO | كفرراكب | كفر راكب
        jo-doqara JO | دوقرة
        jo-rufaid JO | الرفيد
        jo-yubla JO | يبلا
        jo-huraima JO | حريما
        jo-makhraba JO | مخربا
        jo-kufr-kifya JO | كفركيفيا | كفر كيفيا
        jo-zubia JO | زوبيا
        jo-habka JO | حبكا
        jo-barha JO | حي البارحة
        jo-mahna JO | محنا
        jo-irhaba JO | ارحابا
        jo-raymoun JO | بلدة ريمون
        jo-subaihi JO | الصبيحي
        jo-kafrain JO | الكفرين
        jo-sanfaha JO | صنفحة
        jo-jurf-al-darawish JO | جرف الدراويش
        jo-jabal-al-qusour JO | جبل القصور
        jo-dahiyat-al-istiqlal JO | ضاحية الاستقلال
        jo-dahiyat-al-amir-rashid JO | ضاحية الأمير راشد
        jo-wadi-saqra JO | وادي صقرة
        jo-jabal-al-hadid JO | جبل الحديد
        jo-jandaweel JO | الجندويل
        jo-south-marka JO | ماركا الجنوبية
        jo-hay-ramzi JO | حي رمزي
        jo-juraiba JO | جريبا
        jo-hayyan-al-mushrif JO | حيان المشرف
        jo-mughayyir-al-sarhan JO | مغير السرحان
        jo-aluk JO | العالوك
        jo-dajaniya JO | الدجنية
        # Oman.
        om-wattayah OM | منطقة الوطية
        om-ghala OM | منطقة غلا
        om-jifnain OM | الجفنين
        om-wadi-adai OM | وادي عدي
        om-sidab OM | سداب
        om-bustan OM | قرية البستان
        om-sahnawt OM | صحنوت
        om-riyam OM | منطقة ريام
        om-kalbuh OM | كلبوه
        om-bandar-al-jissah OM | بندر الجصة
        om-hail-al-awamir OM | حيل العوامر
        om-hail-north OM | الحيل الشمالية
        om-hail-south OM | الحيل الجنوبية
        om-maabilah-south OM | المعبيلة الجنوبية
        om-mawaleh-north OM | الموالح الشمالية
        om-mawaleh-south OM | الموالح الجنوبية
        om-sur-al-hadid OM | سور آل حديد
        om-jarziz OM | جرزيز
        om-sharbithat OM | شربثات
        om-shuwaymiyah OM | الشويمية
        om-sahalnawt OM | صحلنوت
        om-firq OM | منطقة فرق
        om-karsha OM | كرشا
        om-surur OM | بلدة سرور
        om-bilad-sur OM | بلاد صور
        om-bilad-bani-bu-ali OM | بلاد بني بو علي
        om-bilad-bani-bu-hassan OM | بلاد بني بو حسن
        om-mintirib OM | المنترب
        om-mudayrib OM | المضيرب
        om-wadi-al-taiyin OM | وادي الطائيين
        om-falaj-al-qabail OM | فلج القبائل
        om-rumais OM | الرميس
        om-halban OM | حلبان
        om-ghushbah OM | الغشبة
        om-duraiz OM | الدريز
        om-maqniyat OM | مقنيات
        om-nafun OM | نافون
        om-khaluf OM | الخلوف
        om-tibat OM | تيبات
        om-umm-al-ghanam OM | جزيرة أم الغنم
        om-hamasa OM | منطقة حماسة
        om-hawqayn OM | الحوقين
        om-wadi-sahtan OM | وادي السحتن
        om-wadi-bani-ghafir OM | وادي بني غافر
        om-wafi OM | بلدة الوافي
        om-wadi-hawasinah OM | وادي الحواسنة
        om-wadi-ahin OM | وادي عاهن
        om-khuwair-south OM | الخوير الجنوبية
        om-jibroo OM | جبروه
        om-dhabab OM | قرية ضباب
        om-hayl-al-ghaf OM | حيل الغاف
        om-bimmah OM | بمة
        om-daghmar OM | دغمر
        om-sur-al-lawatiya OM | سور اللواتية
        om-madinat-al-irfan OM | مدينة العرفان
        om-awtab OM | عوتب
        om-harmul OM | حرمول
        om-bisya OM | بسياء
        om-manzafa OM | المنزفة
        om-itin OM | إتين
        om-madinat-al-haq OM | مدينة الحق
        om-lakbi OM | اللكبي
        # Kuwait.
        kw-khaldiya KW | منطقة الخالدية
        kw-rawda KW | منطقة الروضة
        kw-doha KW | منطقة الدوحة
        kw-granada KW | منطقة غرناطة
        kw-qairawan KW | منطقة القيروان
        kw-qusour KW | منطقة القصور
        kw-messila KW | منطقة المسيلة
        kw-oyoun KW | منطقة العيون
        kw-taima KW | منطقة تيماء
        kw-naseem KW | منطقة النسيم
        kw-abraq-khaitan KW | أبرق خيطان
        kw-shuwaikh-residential KW | الشويخ السكنية
        kw-dhubaiya KW | الضباعية | منطقة الضباعية
        kw-wafra-residential KW | الوفرة السكنية
        kw-shigaya KW | الشقايا
        # Saudi Arabia.
        sa-layla SA | مدينة ليلى
        sa-dariyah SA | ضرية
        sa-qaryat-al-ulya SA | قرية العليا
        sa-anak SA | بلدة عنك
        sa-jishah SA | الجشة
        sa-munaizila SA | المنيزلة
        sa-adamah SA | حي العدامة
        sa-jalawiya SA | حي الجلوية
        sa-ghamid-zinad SA | غامد الزناد
        sa-hajrah SA | محافظة الحجرة
        sa-bani-hassan SA | محافظة بني حسن
        sa-usfan SA | عسفان
        sa-shamli SA | الشملي
        sa-sulaimi SA | محافظة السليمي
        sa-samira SA | محافظة سميراء
        sa-deira SA | حي الديرة
        sa-rawdah-riyadh SA | حي الروضة
        sa-nakheel SA | حي النخيل
        sa-rabwa SA | حي الربوة
        sa-sulaimaniya SA | حي السليمانية
        sa-oud SA | حي العود
        sa-wizarat SA | حي الوزارات
        sa-narjis SA | حي النرجس
        sa-hittin SA | حي حطين
        sa-qairawan SA | حي القيروان
        sa-arid SA | حي العارض
        sa-laban SA | حي لبن
        sa-irqah SA | حي عرقة
        sa-hair SA | بلدة الحائر
        sa-ruwais SA | حي الرويس
        sa-hamra-jeddah SA | حي الحمراء
        sa-zahra-jeddah SA | حي الزهراء
        sa-naeem-jeddah SA | حي النعيم
        sa-salamah SA | حي السلامة
        sa-rehab-jeddah SA | حي الرحاب
        sa-sharafiya SA | حي الشرفية
        sa-thagr SA | حي الثغر
        sa-harazat SA | حي الحرازات
        sa-sajir SA | ساجر
        sa-bijadiyah SA | البجادية
        sa-ruwaidah SA | الرويضة
        sa-rawdat-sudair SA | روضة سدير
        sa-tuwaim SA | التويم
        sa-harmah SA | بلدة حرمة
        sa-artawiyah SA | الأرطاوية
        sa-ushaiqer SA | أشيقر
        sa-hayathim SA | الهياثم
        sa-haddar SA | بلدة الهدار
        sa-khamasin SA | مدينة الخماسين
        sa-qusaiba SA | قصيباء
        sa-dukhnah SA | دخنة
        sa-umm-al-sahik SA | أم الساهك
        sa-awjam SA | الأوجام
        sa-jarudiyah SA | الجارودية
        sa-hillat-muhaish SA | حلة محيش
        sa-khuwaildiyah SA | الخويلدية
        sa-mulaijah SA | مليجة
        sa-uraira SA | عريعرة
        sa-battaliyah SA | البطالية
        sa-hulailah SA | بلدة الحليلة
        sa-mutairfi SA | المطيرفي
        sa-kilabiyah SA | الكلابية
        sa-bir-askar SA | بئر عسكر
        sa-qahmah SA | القحمة
        sa-quz-al-jaafirah SA | قوز الجعافرة
        sa-tendaha SA | تندحة
        sa-wadi-bin-hashbal SA | وادي بن هشبل
        sa-rubuah SA | الربوعة
        sa-billasmar SA | بللسمر
        sa-billahmar SA | بللحمر
        sa-sharma SA | شرما
        sa-bir-ibn-hirmas SA | بئر بن هرماس | بئر ابن هرماس
        sa-maqna SA | مقنا
        sa-muwaylih SA | المويلح
        sa-kahfah SA | الكهفة
        sa-suwayr SA | صوير
        sa-shuwayhitiyah SA | الشويحطية
        sa-suwaidrah SA | الصويدرة
        sa-musayjid SA | المسيجيد
        sa-mudhaylif SA | المظيلف
        sa-huda-al-sham SA | هدى الشام
        sa-sulay SA | حي السلي
        sa-atiqah SA | حي عتيقة
        sa-khuzama SA | حي الخزامى
        sa-namar SA | حي نمار
        sa-dhahrat-namar SA | حي ظهرة نمار
        sa-munsiyah SA | حي المونسية
        sa-izdihar SA | حي الإزدهار
        sa-masif SA | حي المصيف
        sa-mursalat SA | حي المرسلات
        sa-mughrizat SA | حي المغرزات
        sa-nada SA | حي الندى
        sa-nafl SA | حي النفل
        sa-maather SA | حي المعذر
        sa-umm-al-hamam SA | حي أم الحمام
        sa-muhammadiyah-riyadh SA | حي المحمدية
        sa-rahmaniyah-riyadh SA | حي الرحمانية
        sa-futah SA | حي الفوطة
        sa-jarir SA | حي جرير
        sa-ghubairah SA | حي غبيرة
        sa-umm-sulaim SA | حي أم سليم
        sa-jaradiyah SA | حي الجرادية
        sa-badiah SA | حي البديعة
        sa-uraidh SA | حي عريض
        sa-duraihimiyah SA | حي الدريهمية
        sa-ghadir SA | حي الغدير
        sa-rawabi SA | حي الروابي
        sa-wurud SA | حي الورود
        sa-muruj SA | حي المروج
        sa-samer SA | حي السامر
        sa-ajwad SA | حي الأجواد
        sa-ghulail SA | حي غليل
        sa-karantina SA | حي الكرنتينة
        sa-mushrifah SA | حي مشرفة
        sa-sanabel SA | حي السنابل
        sa-hamdaniyah SA | حي الحمدانية
        sa-sawari SA | حي الصواري
        sa-briman SA | حي بريمان
        sa-muntazahat SA | حي المنتزهات
        sa-shisha SA | حي الششة
        sa-nawwariyah SA | حي النوارية
        sa-jarwal SA | حي جرول
        sa-hujun SA | حي الحجون
        sa-batha-quraish SA | حي بطحاء قريش
        sa-maabdah SA | حي المعابدة
        sa-rusaifah-makkah SA | حي الرصيفة
        sa-sultanah SA | حي سلطانة
        sa-anabis SA | حي العنابس
        sa-shuran SA | حي شوران
        sa-bani-haritha SA | حي بني حارثة
        sa-athir SA | حي الأثير
        sa-badiyah-dammam SA | حي البادية
        sa-jamiyin SA | حي الجامعيين
        sa-jubaila SA | الجبيلة
        sa-sudus SA | سدوس
        sa-salbukh SA | صلبوخ
        sa-ammariyah SA | العمارية
        sa-banban SA | بنبان
        sa-jirranah SA | الجعرانة
        sa-khumrah SA | حي الخمرة
        sa-waziriyah SA | حي الوزيرية
        sa-rughamah SA | حي الرغامة
        sa-mahjar SA | حي المحجر
        sa-thaalibah SA | حي الثعالبة
        sa-petromin SA | حي بترومين
        sa-tandabawi SA | حي الطندباوي
        sa-shubaikah SA | حي الشبيكة
        sa-ajyad SA | حي أجياد
        sa-hijlah SA | حي الهجلة
        sa-kudai SA | حي كدي
        sa-rei-dhakhir SA | حي ريع ذاخر
        sa-tubaishi SA | حي الطبيشي
        sa-qazzaz SA | حي القزاز
        sa-mazruiyah SA | حي المزروعية
        sa-khobar-north SA | الخبر الشمالية
        sa-khobar-south SA | الخبر الجنوبية
        sa-tuwaithir SA | التويثير
        sa-julaijilah SA | الجليجلة
        sa-bani-maan SA | بني معن
        # United Arab Emirates.
        ae-samha AE | منطقة السمحة
        ae-khatim AE | منطقة الختم
        ae-foah AE | منطقة الفوعة
        ae-khabisi AE | منطقة الخبيصي
        ae-qarayen AE | منطقة القرائن
        ae-abu-musa AE | جزيرة أبو موسى
        ae-ghalilah AE | غليلة
        ae-jeer AE | منطقة الجير
        ae-ghantoot AE | الغنتوت
        ae-ajban AE | العجبان
        ae-maqam AE | منطقة المقام
        ae-bida-bint-saud AE | بدع بنت سعود
        ae-ain-al-fayda AE | العين الفايضة
        ae-dhaghaya AE | الضغاية
        ae-ayal-nasser AE | عيال ناصر
        ae-naif AE | منطقة نايف
        ae-lahbab AE | لهباب
        ae-ghafia AE | منطقة الغافية
        ae-azra AE | العزرة
        ae-mushairif AE | منطقة مشيرف
        ae-helio AE | الحليو
        ae-muwaihat AE | المويهات
        ae-fahlain AE | الفحلين
        ae-khran AE | الخران
        ae-adhen AE | عذن
        ae-madhab AE | منطقة مضب
        ae-huwailat AE | الحويلات
        # Bahrain.
        bh-eker-east BH | العكر الشرقي
        bh-eker-west BH | العكر الغربي
        bh-jablat-habshi BH | جبلة حبشي
        bh-bukuwara BH | بوكوارة
        bh-halat-al-sulta BH | حالة السلطة
        bh-fereej-al-fadhel BH | فريج الفاضل
        bh-fereej-al-makharqa BH | فريج المخارقة
        # Qatar.
        qa-mashaf QA | منطقة المشاف
        qa-khalifa-north QA | مدينة خليفة الشمالية
        qa-khalifa-south QA | مدينة خليفة الجنوبية
        qa-murra QA | منطقة المرة
        qa-umm-al-afai QA | أم العفاعي
        qa-al-kharsaah QA | الخرسعة
        qa-al-utouriya QA | العطورية
        qa-jassasiya QA | الجساسية
        qa-aba-al-dhuluf QA | أبا الظلوف
        qa-huwaila QA | الحويلة
        qa-rawdat-rashid QA | روضة راشد
        qa-legtaifiya QA | لقطيفية
        # Mauritania.
        mr-tiguent MR | تيكنت
        mr-rachid MR | بلدة الرشيد
        mr-dar-el-barka MR | بلدية دار البركة
        mr-djonaba MR | جونابة
        mr-nbeika MR | النبيكة
        mr-azougui MR | أزوكي
        mr-ain-talh MR | عين الطلح
        mr-tensweilim MR | تنسويلم
        mr-bouhdida MR | بوحديدة
        mr-hay-saken MR | الحي الساكن
        mr-chegar MR | شكار
        mr-ain-ehel-taya MR | عين أهل الطايع
        mr-kouggui-zmal MR | كوكي الزمال
        # Somalia.
        so-rabdhure SO | ربدوري
        so-matabaan SO | مطبان
        so-qansax-dheere SO | قنسحطيري
        so-shalambood SO | شلامبود
        so-runirgod SO | رون نرجود
        so-bahdo SO | بحدو
        so-wisil SO | وسيل
        so-el-garas SO | عيل غرس
        so-oodweyne SO | أودويني
        so-moqokori SO | موقوكوري
        so-el-maan SO | عيل معان
        so-leego SO | ليجو
        so-bariire SO | بريري
        so-el-baraf SO | عيل باراف
        so-bacadweyn SO | بعادوين
        """
}
