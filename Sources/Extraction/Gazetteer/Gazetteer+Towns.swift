extension Gazetteer {
    /// Towns, districts and city quarters of the Arab countries, one a line, in the format of
    /// ``placeSource`` (see ``GazetteerTable``).
    ///
    /// The seats of districts (قضاء، ناحية، مركز، مديرية) and the towns, camps, border crossings and
    /// quarters of capitals and big cities that Arab news names in datelines and reports, none of them
    /// a name ``placeSource`` already holds. Small places are often named by a common word or a given
    /// name (الرطبة "the humid", الحزم "resolve", ربيعة a given name): unlike a city, such a town is too
    /// rarely meant to be read from the bare word, so it is listed only in its longer forms (قضاء
    /// الرطبة، حي المعادي، مدينة الشروق), or not at all.
    /// A name two places share (دبا in the Emirates and Oman, العبدلي in Jordan and Kuwait) is listed
    /// under each; quarters of Jerusalem carry no country, as القدس does not.
    static let townSource = """
        # Iraq.
        iq-musayyib IQ | المسيب
        iq-haditha IQ | قضاء حديثة
        iq-hit IQ | هيت | قضاء هيت
        iq-anah IQ | عانة | قضاء عانة
        iq-rutba IQ | قضاء الرطبة
        iq-habbaniyah IQ | الحبانية
        iq-karmah IQ | ناحية الكرمة | قضاء الكرمة
        iq-amiriyat-fallujah IQ | عامرية الفلوجة | عامرية الصمود
        iq-ain-al-asad IQ | قاعدة عين الأسد | عين الأسد
        iq-trebil IQ | منفذ طريبيل | طريبيل
        iq-baiji IQ | بيجي | قضاء بيجي
        iq-shirqat IQ | الشرقاط
        iq-dujail IQ | الدجيل
        iq-balad IQ | قضاء بلد | مدينة بلد
        iq-amerli IQ | آمرلي
        iq-taji IQ | التاجي | معسكر التاجي، قاعدة التاجي
        iq-tarmiyah IQ | الطارمية
        iq-mahmudiyah IQ | المحمودية
        iq-yusufiyah IQ | اليوسفية
        iq-kufa IQ | الكوفة
        iq-muqdadiyah IQ | المقدادية
        iq-khalis IQ | قضاء الخالص
        iq-jalawla IQ | جلولاء
        iq-saadiya IQ | ناحية السعدية
        iq-faw IQ | قضاء الفاو | شبه جزيرة الفاو، ميناء الفاو الكبير
        iq-abu-al-khasib IQ | أبو الخصيب
        iq-safwan IQ | ناحية صفوان
        iq-suq-al-shuyukh IQ | سوق الشيوخ
        iq-chibayish IQ | الجبايش
        iq-daquq IQ | داقوق
        iq-qayyarah IQ | القيارة
        iq-rabia IQ | ناحية ربيعة
        iq-bashiqa IQ | بعشيقة
        iq-qaraqosh IQ | قرقوش | بخديدا، بغديدا
        iq-hamdaniya IQ | قضاء الحمدانية
        iq-ranya IQ | قضاء رانية
        iq-koya IQ | كويسنجق | كويه
        iq-ainkawa IQ | عنكاوا | عينكاوا
        iq-adhamiya IQ | الأعظمية
        iq-karrada IQ | الكرادة
        iq-mansour IQ | حي المنصور
        iq-amiriya IQ | حي العامرية
        iq-karkh IQ | الكرخ
        iq-rusafa IQ | الرصافة
        iq-tahrir-square IQ | ساحة التحرير
        iq-rawa IQ | راوة | قضاء راوة
        iq-husaybah IQ | حصيبة | الحصيبة، مدينة حصيبة
        iq-akashat IQ | عكاشات
        iq-nukhaib IQ | النخيب | ناحية النخيب
        iq-baghdadi IQ | ناحية البغدادي
        iq-saqlawiyah IQ | الصقلاوية
        iq-khalidiya IQ | ناحية الخالدية | جزيرة الخالدية
        iq-al-walid IQ | منفذ الوليد
        iq-ibrahim-khalil IQ | منفذ إبراهيم الخليل | معبر إبراهيم الخليل
        iq-fishkhabour IQ | فيشخابور | معبر فيشخابور
        iq-mundhiriya IQ | منفذ المنذرية | المنذرية
        iq-zurbatiyah IQ | منفذ زرباطية | زرباطية
        iq-shalamcheh IQ | منفذ الشلامجة | الشلامجة
        iq-badra IQ | قضاء بدرة
        iq-shatt-al-arab IQ | شط العرب | قضاء شط العرب
        iq-qurna IQ | قضاء القرنة
        iq-majar-al-kabir IQ | المجر الكبير | قضاء المجر الكبير
        iq-ali-al-gharbi IQ | قضاء علي الغربي
        iq-qalat-salih IQ | قلعة صالح | قضاء قلعة صالح
        iq-shatra IQ | الشطرة | قضاء الشطرة
        iq-rifai IQ | قضاء الرفاعي
        iq-ur IQ | مدينة أور | أور الأثرية، زقورة أور
        iq-afak IQ | عفك | قضاء عفك
        iq-shamiya IQ | قضاء الشامية
        iq-rumaitha IQ | الرميثة | قضاء الرميثة
        iq-hindiya IQ | قضاء الهندية | طويريج
        iq-ain-al-tamr IQ | عين التمر
        iq-hashimiya IQ | قضاء الهاشمية
        iq-mahawil IQ | المحاويل | قضاء المحاويل
        iq-iskandariya IQ | ناحية الإسكندرية
        iq-suwaira IQ | قضاء الصويرة
        iq-numaniyah IQ | النعمانية | قضاء النعمانية
        iq-aziziyah IQ | قضاء العزيزية
        iq-hay IQ | قضاء الحي
        iq-mandali IQ | مندلي | قضاء مندلي
        iq-baladruz IQ | بلدروز | قضاء بلدروز
        iq-khan-bani-saad IQ | خان بني سعد
        iq-udhaim IQ | ناحية العظيم | سد العظيم
        iq-sulaiman-bek IQ | ناحية سليمان بيك
        iq-dibis IQ | قضاء الدبس
        iq-altun-kupri IQ | آلتون كوبري | ناحية آلتون كوبري
        iq-hamam-al-alil IQ | حمام العليل | مخيم حمام العليل
        iq-tel-keppe IQ | تلكيف | قضاء تلكيف
        iq-bartella IQ | برطلة
        iq-shekhan IQ | قضاء الشيخان
        iq-lalish IQ | لالش | معبد لالش
        iq-akre IQ | عقرة | قضاء عقرة
        iq-amadiya IQ | العمادية | قضاء العمادية
        iq-soran IQ | سوران | قضاء سوران
        iq-rawanduz IQ | راوندوز
        iq-shaqlawa IQ | شقلاوة
        iq-qandil IQ | جبال قنديل | جبل قنديل
        iq-penjwen IQ | بنجوين
        iq-chamchamal IQ | جمجمال
        iq-kalar IQ | كلار
        iq-darbandikhan IQ | دربندخان | سد دربندخان
        iq-dukan IQ | دوكان | سد دوكان
        iq-qaladiza IQ | قلعة دزة
        iq-simele IQ | سميل | قضاء سميل
        iq-nahrawan IQ | النهروان
        iq-madain IQ | قضاء المدائن
        iq-dora IQ | حي الدورة | منطقة الدورة
        iq-shuala IQ | حي الشعلة | مدينة الشعلة
        iq-bayaa IQ | حي البياع
        iq-ghazaliya IQ | الغزالية | حي الغزالية
        iq-zafaraniya IQ | الزعفرانية
        iq-jadriya IQ | الجادرية
        iq-bab-al-muadham IQ | باب المعظم
        iq-bataween IQ | البتاويين
        iq-shorja IQ | الشورجة
        iq-zayouna IQ | زيونة
        iq-new-baghdad IQ | بغداد الجديدة
        iq-rumaila IQ | حقل الرميلة | الرميلة
        iq-majnoon IQ | حقل مجنون
        iq-west-qurna IQ | حقل غرب القرنة
        iq-khor-mor IQ | حقل كورمور | كورمور، خورمور
        iq-khor-al-zubair IQ | خور الزبير | ميناء خور الزبير
        iq-mishkhab IQ | المشخاب | قضاء المشخاب
        iq-sinuni IQ | ناحية سنوني | سنوني
        iq-jeddah-camp IQ | مخيم الجدعة
        iq-domiz-camp IQ | مخيم دوميز
        iq-harir IQ | قاعدة حرير
        iq-tharthar IQ | بحيرة الثرثار | منخفض الثرثار
        iq-marshes IQ | أهوار العراق | الأهوار?، أهوار الجبايش
        iq-dhuluiya IQ | الضلوعية | ناحية الضلوعية
        iq-badush IQ | بادوش | ناحية بادوش
        iq-mosul-dam IQ | سد الموصل

        # Syria.
        sy-umm-al-tuyour SY | أم الطيور
        sy-ras-al-basit SY | رأس البسيط
        sy-malikiyah SY | المالكية?
        sy-qaryatayn SY | القريتين
        sy-sarmada SY | سرمدا
        sy-salamiyah SY | مدينة السلمية
        sy-masyaf SY | مصياف
        sy-mhardeh SY | محردة
        sy-suqaylabiyah SY | السقيلبية
        sy-rastan SY | الرستن
        sy-talbiseh SY | تلبيسة
        sy-houla SY | الحولة
        sy-qardaha SY | القرداحة
        sy-safita SY | صافيتا
        sy-hmeimim SY | قاعدة حميميم | حميميم
        sy-zabadani SY | الزبداني
        sy-madaya SY | مضايا
        sy-yabroud SY | يبرود
        sy-jobar SY | جوبر | حي جوبر
        sy-harasta SY | حرستا
        sy-arbin SY | عربين
        sy-darayya SY | داريا
        sy-muadamiyah SY | معضمية الشام | المعضمية
        sy-jaramana SY | جرمانا
        sy-al-tall SY | مدينة التل
        sy-mezzeh SY | المزة | حي المزة
        sy-barzeh SY | برزة | حي برزة
        sy-qaboun SY | القابون | حي القابون
        sy-kafr-sousa SY | كفرسوسة | كفر سوسة
        sy-rukban SY | مخيم الركبان | الركبان
        sy-deir-hafer SY | دير حافر
        sy-tal-rifaat SY | تل رفعت
        sy-sheikh-maqsoud SY | الشيخ مقصود | حي الشيخ مقصود
        sy-ain-issa SY | عين عيسى
        sy-shaddadi SY | الشدادي
        sy-amuda SY | عامودا
        sy-derik SY | ديريك
        sy-busra-al-sham SY | بصرى الشام | بصرى
        sy-inkhil SY | إنخل
        sy-sanamayn SY | الصنمين
        sy-jasim SY | مدينة جاسم
        sy-salkhad SY | صلخد
        sy-dana SY | الدانا
        sy-atarib SY | الأتارب
        sy-kafranbel SY | كفرنبل
        sy-bab-al-hawa SY | معبر باب الهوى | باب الهوى
        sy-bab-al-salama SY | معبر باب السلامة
        sy-majdal-shams SY | مجدل شمس
        sy-nubl SY | بلدة نبل | نبل والزهراء
        sy-zahraa SY | بلدة الزهراء
        sy-fuah SY | الفوعة | بلدة الفوعة، كفريا والفوعة
        sy-binnish SY | بنش
        sy-taftanaz SY | تفتناز | مطار تفتناز
        sy-maarat-misrin SY | معرة مصرين
        sy-harem SY | مدينة حارم | منطقة حارم
        sy-salqin SY | سلقين
        sy-atmeh SY | أطمة | مخيمات أطمة
        sy-jabal-al-zawiya SY | جبل الزاوية
        sy-abu-al-duhur SY | أبو الظهور | مطار أبو الظهور
        sy-latamneh SY | اللطامنة
        sy-kafr-zita SY | كفرزيتا
        sy-morek SY | مورك
        sy-kafr-nabuda SY | كفرنبودة
        sy-halfaya SY | حلفايا
        sy-qalaat-al-madiq SY | قلعة المضيق
        sy-ghab SY | سهل الغاب
        sy-kasab SY | بلدة كسب | معبر كسب
        sy-jabal-al-akrad SY | جبل الأكراد
        sy-jabal-al-turkman SY | جبل التركمان
        sy-arwad SY | جزيرة أرواد | أرواد
        sy-tal-kalakh SY | تلكلخ
        sy-jusiyah SY | معبر جوسية | جوسية
        sy-baba-amr SY | بابا عمرو | حي بابا عمرو
        sy-khalidiya-homs SY | حي الخالدية
        sy-waer SY | حي الوعر
        sy-shayrat SY | مطار الشعيرات | قاعدة الشعيرات
        sy-t4 SY | مطار التيفور | التيفور، مطار تي فور
        sy-sukhnah SY | مدينة السخنة | بلدة السخنة
        sy-shaer SY | حقل الشاعر | جبل الشاعر
        sy-bab-touma SY | باب توما
        sy-shaghour SY | الشاغور
        sy-umayyad-square SY | ساحة الأمويين
        sy-rukn-al-din SY | حي ركن الدين
        sy-malki SY | حي المالكي
        sy-dummar SY | ضاحية دمر | مشروع دمر
        sy-qudsaya SY | قدسيا
        sy-hameh SY | بلدة الهامة
        sy-kiswah SY | مدينة الكسوة | بلدة الكسوة
        sy-tadamon SY | حي التضامن
        sy-qadam SY | حي القدم
        sy-sahnaya SY | صحنايا | أشرفية صحنايا
        sy-adra SY | عدرا | مدينة عدرا العمالية
        sy-saydnaya SY | صيدنايا
        sy-maaloula SY | معلولا
        sy-nabk SY | النبك
        sy-qalamoun SY | القلمون | منطقة القلمون، جبال القلمون، القلمون الغربي، القلمون الشرقي
        sy-dumayr SY | مدينة الضمير | مطار الضمير
        sy-ruhaybah SY | الرحيبة
        sy-jayrud SY | جيرود
        sy-mleiha SY | بلدة المليحة
        sy-zamalka SY | زملكا
        sy-wadi-barada SY | وادي بردى
        sy-ain-al-fijeh SY | عين الفيجة
        sy-jdeidet-yabous SY | معبر جديدة يابوس | جديدة يابوس
        sy-tafas SY | طفس
        sy-nawa SY | مدينة نوى
        sy-hirak SY | بلدة الحراك
        sy-busr-al-harir SY | بصر الحرير
        sy-sheikh-maskin SY | الشيخ مسكين | مدينة الشيخ مسكين
        sy-izra SY | مدينة إزرع
        sy-dael SY | داعل
        sy-daraa-al-balad SY | درعا البلد
        sy-khan-arnabah SY | خان أرنبة
        sy-hader SY | بلدة حضر
        sy-hermon SY | جبل الشيخ | جبل حرمون، قمة جبل الشيخ
        sy-shahba SY | شهبا
        sy-hajin SY | بلدة هجين
        sy-baghuz SY | الباغوز
        sy-busayrah SY | بلدة البصيرة
        sy-omar-field SY | حقل العمر | حقل العمر النفطي
        sy-conoco SY | حقل كونيكو | كونيكو
        sy-tal-tamr SY | تل تمر
        sy-darbasiyah SY | الدرباسية
        sy-qahtaniyah SY | بلدة القحطانية
        sy-yarubiyah SY | اليعربية | معبر اليعربية، تل كوجر
        sy-semalka SY | معبر سيمالكا | سيمالكا
        sy-rmeilan SY | رميلان
        sy-roj-camp SY | مخيم روج
        sy-ghuwayran SY | حي غويران
        sy-safira SY | مدينة السفيرة
        sy-al-rai SY | بلدة الراعي | معبر الراعي
        sy-marea SY | مارع
        sy-khan-al-asal SY | خان العسل
        sy-jindires SY | جنديرس
        sy-nayrab SY | النيرب | مطار النيرب
        sy-kuweires SY | مطار كويرس | كويرس

        # Lebanon.
        lb-habboush LB | حبوش
        lb-arnoun LB | أرنون
        lb-zebdine LB | زبدين
        lb-deir-ammar LB | دير عمار
        lb-shebaa LB | شبعا | بلدة شبعا
        lb-kfarchouba LB | كفرشوبا | كفر شوبا
        lb-odaisseh LB | العديسة
        lb-mays-al-jabal LB | ميس الجبل
        lb-yaroun LB | يارون
        lb-maroun-al-ras LB | مارون الراس
        lb-rmeish LB | رميش
        lb-aitaroun LB | عيترون
        lb-alma-al-shaab LB | علما الشعب
        lb-qana LB | قانا
        lb-tebnine LB | تبنين
        lb-jezzine LB | جزين
        lb-rashaya LB | راشيا | راشيا الوادي
        lb-batroun LB | البترون
        lb-zgharta LB | زغرتا
        lb-halba LB | حلبا
        lb-qobayat LB | القبيات
        lb-arsal LB | عرسال
        lb-chtaura LB | شتورة
        lb-bar-elias LB | بر الياس | برالياس
        lb-anjar LB | عنجر
        lb-majdal-anjar LB | مجدل عنجر
        lb-riyaq LB | رياق
        lb-damour LB | الدامور
        lb-khaldeh LB | خلدة
        lb-achrafieh LB | الأشرفية
        lb-hamra LB | شارع الحمرا
        lb-ghobeiry LB | الغبيري
        lb-chiyah LB | الشياح
        lb-raouche LB | الروشة
        lb-ras-beirut LB | رأس بيروت
        lb-bourj-hammoud LB | برج حمود
        lb-ain-al-remmaneh LB | عين الرمانة
        lb-bab-al-tabbaneh LB | باب التبانة
        lb-jabal-mohsen LB | جبل محسن
        lb-shatila LB | شاتيلا | مخيم شاتيلا
        lb-sabra LB | مخيم صبرا
        lb-nahr-al-bared LB | مخيم نهر البارد | نهر البارد
        lb-beddawi LB | مخيم البداوي
        lb-rashidieh LB | مخيم الرشيدية
        lb-mieh-mieh LB | مخيم المية ومية | المية ومية
        lb-burj-al-shemali LB | مخيم برج الشمالي
        lb-houla LB | بلدة حولا
        lb-markaba LB | بلدة مركبا
        lb-ramyeh LB | بلدة رامية
        lb-dhayra LB | بلدة الضهيرة
        lb-tayr-harfa LB | طيرحرفا | طير حرفا
        lb-blida LB | بلدة بليدا
        lb-aynata LB | عيناتا
        lb-yater LB | ياطر
        lb-ain-ebel LB | عين إبل
        lb-wazzani LB | سهل الوزاني | بلدة الوزاني
        lb-ghajar LB | قرية الغجر | بلدة الغجر
        lb-kfarhamam LB | كفرحمام
        lb-hebbariyeh LB | الهبارية
        lb-jouaiya LB | بلدة جويا
        lb-maaraka LB | بلدة معركة
        lb-siddiqin LB | بلدة صديقين
        lb-bazouriyeh LB | البازورية
        lb-abbasiyeh LB | بلدة العباسية
        lb-mansouri LB | بلدة المنصوري
        lb-zahrani LB | منطقة الزهراني | نهر الزهراني
        lb-kfar-remen LB | كفررمان | كفر رمان
        lb-kfar-tebnit LB | كفرتبنيت | كفر تبنيت
        lb-arab-salim LB | عربصاليم
        lb-yohmor LB | يحمر الشقيف
        lb-mashghara LB | مشغرة
        lb-sohmor LB | سحمر
        lb-ghaziyeh LB | بلدة الغازية
        lb-abra LB | بلدة عبرا
        lb-sarafand LB | الصرفند
        lb-adloun LB | عدلون
        lb-maghdouche LB | مغدوشة
        lb-musaytbeh LB | المصيطبة
        lb-tariq-jdideh LB | منطقة الطريق الجديدة
        lb-jnah LB | منطقة الجناح
        lb-ouzai LB | منطقة الأوزاعي
        lb-bir-hassan LB | بئر حسن
        lb-verdun LB | منطقة فردان
        lb-ramlet-al-bayda LB | الرملة البيضاء
        lb-gemmayzeh LB | منطقة الجميزة
        lb-mar-mikhael LB | مار مخايل
        lb-karantina LB | الكرنتينا
        lb-zuqaq-al-blat LB | زقاق البلاط
        lb-hay-al-sellom LB | حي السلم
        lb-mraijeh LB | المريجة
        lb-hadath LB | بلدة الحدث | منطقة الحدث
        lb-choueifat LB | الشويفات
        lb-aramoun LB | عرمون
        lb-aley LB | مدينة عاليه | قضاء عاليه
        lb-bhamdoun LB | بحمدون
        lb-souk-el-gharb LB | سوق الغرب
        lb-sin-el-fil LB | منطقة سن الفيل
        lb-antelias LB | أنطلياس
        lb-metn LB | قضاء المتن | المتن الشمالي، المتن الجنوبي
        lb-keserwan LB | كسروان | قضاء كسروان
        lb-bkerke LB | بكركي
        lb-harissa LB | بلدة حريصا
        lb-dbayeh LB | ضبية
        lb-chekka LB | بلدة شكا
        lb-bsharri LB | قضاء بشري | بلدة بشري
        lb-ehden LB | إهدن
        lb-koura LB | قضاء الكورة
        lb-amioun LB | أميون
        lb-minieh LB | قضاء المنية | المنية الضنية
        lb-dinnieh LB | الضنية | قضاء الضنية
        lb-wadi-khaled LB | وادي خالد
        lb-qobbeh LB | منطقة القبة
        lb-qaa LB | بلدة القاع
        lb-ras-baalbek LB | رأس بعلبك
        lb-labweh LB | بلدة اللبوة
        lb-nabi-chit LB | النبي شيت
        lb-brital LB | بريتال
        lb-shmustar LB | شمسطار
        lb-qaraoun LB | القرعون | بحيرة القرعون
        lb-joub-jannine LB | جب جنين
        lb-qab-elias LB | قب الياس
        lb-beiteddine LB | بيت الدين
        lb-deir-al-qamar LB | دير القمر
        lb-moukhtara LB | بلدة المختارة
        lb-baakline LB | بعقلين
        lb-jiyeh LB | الجية
        lb-naameh LB | بلدة الناعمة
        lb-dahr-al-baidar LB | ضهر البيدر
        lb-arida LB | معبر العريضة
        lb-aboudiyeh LB | معبر العبودية
        lb-matraba LB | معبر مطربا
        lb-bass-camp LB | مخيم البص
        lb-wavel-camp LB | مخيم الجليل | مخيم ويفل

        # Jordan.
        jo-abu-nseir JO | أبو نصير
        jo-wadi-al-sir JO | وادي السير
        jo-marka JO | ماركا
        jo-tabarbour JO | طبربور
        jo-abdali JO | العبدلي
        jo-jabal-amman JO | جبل عمان
        jo-jabal-al-hussein JO | جبل الحسين
        jo-weibdeh JO | جبل اللويبدة | اللويبدة
        jo-shmeisani JO | الشميساني
        jo-sweifieh JO | الصويفية
        jo-khalda JO | خلدا
        jo-tla-al-ali JO | تلاع العلي
        jo-dabouq JO | دابوق
        jo-abdoun JO | عبدون
        jo-jubeiha JO | الجبيهة
        jo-sweileh JO | صويلح
        jo-naour JO | ناعور
        jo-baqaa JO | مخيم البقعة
        jo-wehdat JO | مخيم الوحدات
        jo-hussein-camp JO | مخيم الحسين
        jo-south-shuna JO | الشونة الجنوبية
        jo-north-shuna JO | الشونة الشمالية
        jo-deir-alla JO | دير علا
        jo-ghor-safi JO | غور الصافي
        jo-kufranjah JO | كفرنجة
        jo-south-mazar JO | المزار الجنوبي
        jo-north-mazar JO | المزار الشمالي
        jo-mutah JO | مؤتة
        jo-shobak JO | الشوبك
        jo-wadi-musa JO | وادي موسى
        jo-wadi-rum JO | وادي رم
        jo-quweira JO | القويرة
        jo-ruwaished JO | الرويشد
        jo-jaber JO | معبر جابر
        jo-dhlail JO | الضليل
        jo-ain-al-basha JO | عين الباشا
        jo-fuheis JO | الفحيص
        jo-marj-al-hamam JO | مرج الحمام
        jo-sahab JO | مدينة سحاب | لواء سحاب
        jo-muwaqqar JO | لواء الموقر | بلدة الموقر
        jo-dhiban JO | ذيبان | لواء ذيبان
        jo-safawi JO | الصفاوي
        jo-omari JO | معبر العمري | حدود العمري
        jo-mudawwara JO | معبر المدورة | بلدة المدورة
        jo-sheikh-hussein-bridge JO | جسر الشيخ حسين | معبر الشيخ حسين
        jo-wadi-araba JO | وادي عربة | معبر وادي عربة
        jo-baqoura JO | الباقورة
        jo-ghumar JO | منطقة الغمر
        jo-turra JO | بلدة الطرة
        jo-husn JO | بلدة الحصن
        jo-husn-camp JO | مخيم الحصن | مخيم عزمي المفتي، مخيم الشهيد عزمي المفتي
        jo-bani-kinana JO | لواء بني كنانة
        jo-koura JO | لواء الكورة
        jo-umm-qais JO | أم قيس
        jo-deir-abi-said JO | دير أبي سعيد
        jo-aydoun JO | إيدون
        jo-mukhaiba JO | الحمة الأردنية
        jo-irbid-camp JO | مخيم إربد
        jo-jerash-camp JO | مخيم جرش
        jo-souf-camp JO | مخيم سوف
        jo-talbieh-camp JO | مخيم الطالبية
        jo-marka-camp JO | مخيم ماركا | مخيم حطين
        jo-zarqa-camp JO | مخيم الزرقاء
        jo-mrajeeb-al-fhood JO | مخيم مريجيب الفهود | مريجيب الفهود
        jo-jabal-al-nuzha JO | جبل النزهة
        jo-jabal-al-nasr JO | جبل النصر
        jo-jabal-al-taj JO | جبل التاج
        jo-jabal-al-qalaa JO | جبل القلعة
        jo-jabal-al-ashrafieh JO | جبل الأشرفية
        jo-hashmi JO | الهاشمي الشمالي | حي الهاشمي
        jo-quwaysimah JO | القويسمة
        jo-abu-alanda JO | أبو علندا
        jo-jweideh JO | الجويدة
        jo-umm-uthaina JO | أم أذينة
        jo-shafa-badran JO | شفا بدران
        jo-dahiyat-al-rashid JO | ضاحية الرشيد
        jo-khraibet-al-souq JO | خريبة السوق
        jo-ain-ghazal JO | عين غزال
        jo-hashimiya JO | لواء الهاشمية | بلدة الهاشمية
        jo-mahis JO | ماحص
        jo-karameh JO | بلدة الكرامة
        jo-ghor-al-mazraa JO | غور المزرعة
        jo-southern-ghors JO | لواء الأغوار الجنوبية | الأغوار الجنوبية
        jo-middle-ghors JO | الأغوار الوسطى
        jo-qasr JO | لواء القصر
        jo-busayra JO | لواء بصيرا | بلدة بصيرا
        jo-hasa JO | لواء الحسا
        jo-jafr JO | بلدة الجفر | منطقة الجفر
        jo-disi JO | منطقة الديسي | حوض الديسي
        jo-sama-sarhan JO | سما السرحان
        jo-umm-al-jimal JO | أم الجمال
        jo-balama JO | بلعما
        jo-anjara JO | عنجرة
        jo-mount-nebo JO | جبل نيبو
        jo-maghtas JO | موقع المغطس | المغطس?، موقع عماد السيد المسيح
        jo-sweimeh JO | سويمة
        jo-wadi-mujib JO | وادي الموجب
        jo-main JO | حمامات ماعين | ماعين

        # Palestine.
        ps-nabi-saleh PS | النبي صالح
        ps-dhahiriya PS | الظاهرية
        ps-beit-sahour PS | بيت ساحور
        ps-beit-jala PS | بيت جالا
        ps-khader PS | بلدة الخضر
        ps-beit-fajjar PS | بيت فجار
        ps-halhul PS | حلحول
        ps-bani-naim PS | بني نعيم
        ps-samu PS | السموع
        ps-beit-ummar PS | بيت أمر
        ps-azzun PS | عزون
        ps-arraba PS | عرابة
        ps-qabatiya PS | قباطية
        ps-burqin PS | برقين
        ps-anabta PS | عنبتا
        ps-tammun PS | طمون
        ps-burin PS | بورين
        ps-sinjil PS | سنجل
        ps-silwad PS | سلواد
        ps-beitunia PS | بيتونيا
        ps-birzeit PS | بيرزيت | بير زيت
        ps-nilin PS | نعلين
        ps-bilin PS | بلعين
        ps-kafr-qaddum PS | كفر قدوم
        ps-eizariya PS | العيزرية
        ps-anata PS | عناتا
        ps-hizma PS | حزما
        ps-al-ram PS | بلدة الرام
        ps-kafr-aqab PS | كفر عقب
        ps-aqabat-jabr PS | مخيم عقبة جبر
        ps-aida-camp PS | مخيم عايدة
        ps-arroub-camp PS | مخيم العروب
        ps-amari-camp PS | مخيم الأمعري
        ps-jalazone-camp PS | مخيم الجلزون
        ps-askar-camp PS | مخيم عسكر
        ps-faraa-camp PS | مخيم الفارعة
        ps-abasan PS | عبسان | عبسان الكبيرة، عبسان الجديدة
        ps-khuzaa PS | خزاعة
        ps-qarara PS | القرارة
        ps-tuffah PS | حي التفاح
        ps-daraj PS | حي الدرج
        ps-sheikh-ijlin PS | الشيخ عجلين | حي الشيخ عجلين
        ps-bab-al-amud - | باب العامود | باب العمود
        ps-ras-al-amud - | رأس العمود
        ps-at-tur - | جبل الطور
        ps-sur-baher - | صور باهر
        ps-beit-safafa - | بيت صفافا
        ps-atatra PS | منطقة العطاطرة | العطاطرة
        ps-nasr-gaza PS | حي النصر
        ps-sabra-gaza PS | حي الصبرة
        ps-saftawi PS | الصفطاوي | حي الصفطاوي
        ps-qizan-an-najjar PS | قيزان النجار | حي قيزان النجار
        ps-mughraqa PS | المغراقة
        ps-juhor-ad-dik PS | جحر الديك
        ps-wadi-gaza PS | وادي غزة
        ps-musaddar PS | قرية المصدر
        ps-fukhari PS | منطقة الفخاري
        ps-shaboura PS | مخيم الشابورة | الشابورة
        ps-khan-yunis-camp PS | مخيم خان يونس
        ps-yibna-camp PS | مخيم يبنا
        ps-deir-al-balah-camp PS | مخيم دير البلح
        ps-hay-al-amal PS | حي الأمل
        ps-junaina-rafah PS | حي الجنينة
        ps-brazil-rafah PS | حي البرازيل
        ps-zahra-city PS | مدينة الزهراء
        ps-sudaniya PS | منطقة السودانية
        ps-morag PS | محور موراغ | محور موراج
        ps-gaza-port PS | ميناء غزة
        ps-karni PS | معبر المنطار | معبر كارني
        ps-tarqumiya PS | ترقوميا
        ps-idhna PS | بلدة إذنا
        ps-dura PS | بلدة دورا | مدينة دورا
        ps-saeer PS | بلدة سعير
        ps-shuyukh PS | بلدة الشيوخ
        ps-fawwar-camp PS | مخيم الفوار
        ps-susya PS | سوسيا | خربة سوسيا
        ps-tel-rumeida PS | تل الرميدة
        ps-ibrahimi-mosque PS | الحرم الإبراهيمي | المسجد الإبراهيمي
        ps-kiryat-arba PS | كريات أربع | مستوطنة كريات أربع
        ps-tuqu PS | تقوع
        ps-ubeidiya PS | العبيدية
        ps-battir PS | بتير
        ps-walaja PS | الولجة
        ps-azza-camp PS | مخيم العزة
        ps-gush-etzion PS | غوش عتصيون | تجمع غوش عتصيون
        ps-mughayyir PS | قرية المغير | بلدة المغير
        ps-deir-jarir PS | دير جرير
        ps-aboud PS | عابود
        ps-beit-rima PS | بيت ريما
        ps-deir-ammar-camp PS | مخيم دير عمار
        ps-mazraa-sharqiya PS | بلدة المزرعة الشرقية
        ps-beit-el PS | مستوطنة بيت إيل
        ps-awarta PS | عورتا
        ps-asira PS | عصيرة القبلية
        ps-qusra PS | قصرة
        ps-jalud PS | جالود
        ps-duma PS | قرية دوما
        ps-aqraba PS | بلدة عقربا
        ps-beit-furik PS | بيت فوريك
        ps-sebastia PS | سبسطية
        ps-lubban-sharqiya PS | اللبن الشرقية
        ps-qaryut PS | قريوت
        ps-urif PS | عوريف
        ps-ein-camp PS | مخيم العين
        ps-joseph-tomb PS | قبر يوسف
        ps-yitzhar PS | مستوطنة يتسهار | يتسهار
        ps-ariel PS | مستوطنة أرئيل
        ps-yabad PS | بلدة يعبد
        ps-silat-al-harithiya PS | سيلة الحارثية
        ps-jaba PS | جبع
        ps-zababdeh PS | الزبابدة
        ps-yamun PS | اليامون
        ps-aqqaba PS | بلدة عقابا
        ps-tayasir PS | تياسير | حاجز تياسير
        ps-north-jordan-valley PS | الأغوار الشمالية
        ps-shweikeh PS | ضاحية شويكة | شويكة
        ps-jayyus PS | جيوس
        ps-kifl-haris PS | كفل حارس
        ps-auja PS | قرية العوجا
        ps-ein-sultan-camp PS | مخيم عين السلطان
        ps-container-checkpoint PS | حاجز الكونتينر | حاجز وادي النار
        ps-maale-adumim PS | معاليه أدوميم | مستوطنة معاليه أدوميم
        ps-beit-iksa PS | بيت إكسا
        ps-nabi-samwil PS | النبي صموئيل
        ps-bir-nabala PS | بير نبالا | بيرنبالا
        ps-beit-surik PS | بيت سوريك
        ps-aqsa - | المسجد الأقصى | المسجد الأقصى المبارك، الحرم القدسي الشريف
        ps-buraq - | حائط البراق | ساحة البراق
        ps-bab-al-asbat - | باب الأسباط
        ps-bab-al-sahira - | باب الساهرة
        ps-wadi-al-joz - | وادي الجوز
        ps-thori - | حي الثوري
        ps-bustan - | حي البستان
        ps-wadi-hilweh - | وادي حلوة | حي وادي حلوة
        ps-sawahreh - | السواحرة | السواحرة الشرقية

        # Egypt.
        eg-dahab EG | دهب
        eg-mallawi EG | ملوي
        eg-maadi EG | حي المعادي
        eg-zamalek EG | حي الزمالك | جزيرة الزمالك
        eg-heliopolis EG | حي مصر الجديدة
        eg-shubra EG | شبرا
        eg-shubra-el-kheima EG | شبرا الخيمة
        eg-mokattam EG | المقطم
        eg-new-cairo EG | القاهرة الجديدة
        eg-fifth-settlement EG | التجمع الخامس
        eg-ain-shams EG | عين شمس
        eg-matariya EG | المطرية
        eg-dokki EG | الدقي
        eg-imbaba EG | إمبابة
        eg-haram EG | حي الهرم
        eg-bulaq-dakrour EG | بولاق الدكرور
        eg-warraq EG | جزيرة الوراق
        eg-kerdasa EG | كرداسة
        eg-sheikh-zayed-city EG | مدينة الشيخ زايد
        eg-shorouk EG | مدينة الشروق
        eg-obour EG | مدينة العبور
        eg-tenth-of-ramadan EG | مدينة العاشر من رمضان
        eg-sadat-city EG | مدينة السادات
        eg-kafr-el-dawwar EG | كفر الدوار
        eg-borg-el-arab EG | برج العرب
        eg-mit-ghamr EG | ميت غمر
        eg-desouk EG | دسوق
        eg-shebin-el-kom EG | شبين الكوم
        eg-qalyub EG | قليوب
        eg-qanater EG | القناطر الخيرية
        eg-belbeis EG | بلبيس
        eg-rafah EG | رفح المصرية
        eg-bir-al-abd EG | بئر العبد
        eg-nuweiba EG | نويبع
        eg-taba EG | طابا
        eg-qantara-east EG | القنطرة شرق
        eg-ain-sokhna EG | العين السخنة
        eg-nag-hammadi EG | نجع حمادي
        eg-esna EG | إسنا
        eg-edfu EG | إدفو
        eg-abu-simbel EG | أبو سمبل
        eg-siwa EG | سيوة | واحة سيوة
        eg-kharga EG | واحة الخارجة
        eg-tor EG | مدينة الطور
        eg-zefta EG | زفتى
        eg-kafr-el-zayat EG | كفر الزيات
        eg-talkha EG | طلخا
        eg-sinbillawin EG | السنبلاوين
        eg-manzala EG | مدينة المنزلة | بحيرة المنزلة
        eg-belqas EG | بلقاس
        eg-gamasa EG | جمصة
        eg-ras-el-bar EG | رأس البر
        eg-new-damietta EG | دمياط الجديدة
        eg-baltim EG | بلطيم
        eg-burullus EG | البرلس | بحيرة البرلس
        eg-fuwwah EG | مدينة فوه | مركز فوه
        eg-rashid EG | مدينة رشيد
        eg-edku EG | إدكو
        eg-abu-hummus EG | أبو حمص
        eg-itay-el-barud EG | إيتاي البارود
        eg-wadi-el-natrun EG | وادي النطرون
        eg-nubaria EG | النوبارية | مدينة النوبارية الجديدة
        eg-montaza EG | حي المنتزه
        eg-sidi-gaber EG | سيدي جابر
        eg-abu-qir EG | أبو قير | خليج أبو قير
        eg-agami EG | منطقة العجمي | حي العجمي
        eg-mariout EG | مريوط | بحيرة مريوط، كينج مريوط
        eg-dabaa EG | مدينة الضبعة | منطقة الضبعة
        eg-ras-el-hekma EG | رأس الحكمة | مدينة رأس الحكمة
        eg-salloum EG | السلوم | منفذ السلوم
        eg-fayed EG | مدينة فايد
        eg-qantara-west EG | القنطرة غرب
        eg-port-fouad EG | بورفؤاد | بور فؤاد
        eg-east-port-said EG | منطقة شرق بورسعيد | ميناء شرق بورسعيد، مدينة شرق بورسعيد
        eg-saint-catherine EG | سانت كاترين
        eg-ras-sudr EG | رأس سدر
        eg-hasana EG | مركز الحسنة | مدينة الحسنة
        eg-awja EG | معبر العوجة | منفذ العوجة
        eg-jabal-halal EG | جبل الحلال
        eg-gouna EG | الجونة
        eg-safaga EG | سفاجا
        eg-shalateen EG | الشلاتين | شلاتين
        eg-beni-mazar EG | بني مزار
        eg-samalut EG | سمالوط
        eg-abu-qurqas EG | أبو قرقاص
        eg-deir-mawas EG | دير مواس
        eg-manfalut EG | منفلوط
        eg-abu-tig EG | أبو تيج
        eg-tahta EG | طهطا
        eg-akhmim EG | أخميم
        eg-girga EG | جرجا
        eg-qus EG | قوص
        eg-kom-ombo EG | كوم أمبو
        eg-karnak EG | الكرنك
        eg-bahariya EG | الواحات البحرية
        eg-farafra EG | الفرافرة | واحة الفرافرة
        eg-dakhla-oasis EG | واحة الداخلة
        eg-toshka EG | توشكى
        eg-ibshaway EG | إبشواي
        eg-qarun EG | بحيرة قارون
        eg-wadi-el-rayan EG | وادي الريان
        eg-wasta EG | مركز الواسطى
        eg-atfih EG | أطفيح
        eg-ayyat EG | مركز العياط
        eg-badrashin EG | البدرشين
        eg-faisal EG | حي فيصل
        eg-mohandessin EG | حي المهندسين
        eg-saqqara EG | سقارة
        eg-giza-plateau EG | هضبة الأهرام | منطقة الأهرامات
        eg-sayeda-zeinab EG | حي السيدة زينب
        eg-garden-city EG | جاردن سيتي
        eg-old-cairo EG | حي مصر القديمة
        eg-marg EG | حي المرج
        eg-abbasiya EG | حي العباسية
        eg-rabaa EG | ميدان رابعة العدوية | ميدان رابعة
        eg-ramses EG | ميدان رمسيس
        eg-abdeen EG | حي عابدين
        eg-rehab EG | مدينة الرحاب
        eg-badr-city EG | مدينة بدر
        eg-new-mansoura EG | المنصورة الجديدة
        eg-galala EG | مدينة الجلالة
        eg-khanka EG | الخانكة
        eg-shibin-el-qanatir EG | شبين القناطر
        eg-khosous EG | مدينة الخصوص
        eg-faqus EG | فاقوس
        eg-minya-el-qamh EG | منيا القمح
        eg-abu-hammad EG | مركز أبو حماد | مدينة أبو حماد
        eg-salhiya EG | الصالحية الجديدة
        eg-menouf EG | منوف
        eg-ashmoun EG | أشمون
        eg-arqin EG | منفذ أرقين | أرقين
        eg-zohr EG | حقل ظهر

        # Saudi Arabia.
        sa-qurayyat SA | القريات
        sa-tayma SA | تيماء
        sa-qunfudhah SA | القنفذة
        sa-sabya SA | صبيا
        sa-majmaah SA | المجمعة
        sa-khaybar SA | خيبر
        sa-hofuf SA | الهفوف
        sa-ras-tanura SA | رأس تنورة
        sa-saihat SA | سيهات
        sa-safwa SA | صفوى
        sa-tarout SA | تاروت | جزيرة تاروت
        sa-nairyah SA | النعيرية
        sa-qaisumah SA | القيصومة
        sa-rafha SA | رفحاء
        sa-dumat-al-jandal SA | دومة الجندل
        sa-duba SA | ضباء
        sa-umluj SA | أملج
        sa-rabigh SA | رابغ
        sa-bisha SA | بيشة
        sa-abu-arish SA | أبو عريش
        sa-samtah SA | صامطة
        sa-farasan SA | جزر فرسان | جزيرة فرسان
        sa-sharurah SA | شرورة
        sa-dhahran-al-janub SA | ظهران الجنوب
        sa-muhayil SA | محايل عسير | محايل
        sa-namas SA | النماص
        sa-ahad-rufaidah SA | أحد رفيدة
        sa-wadi-al-dawasir SA | وادي الدواسر
        sa-aflaj SA | محافظة الأفلاج
        sa-zulfi SA | الزلفي
        sa-dawadmi SA | الدوادمي
        sa-quwayiyah SA | القويعية
        sa-rass SA | الرس
        sa-bukayriyah SA | البكيرية
        sa-ras-al-khair SA | رأس الخير
        sa-khurais SA | خريص | حقل خريص
        sa-quba SA | قباء | مسجد قباء
        sa-olaya SA | حي العليا
        sa-malaz SA | الملز | حي الملز
        sa-turaif SA | محافظة طريف | مدينة طريف
        sa-tabarjal SA | طبرجل
        sa-jadidat-arar SA | منفذ جديدة عرعر | جديدة عرعر
        sa-haditha-crossing SA | منفذ الحديثة
        sa-wajh SA | محافظة الوجه | مدينة الوجه
        sa-haql SA | محافظة حقل | مدينة حقل
        sa-bad SA | محافظة البدع
        sa-jumum SA | الجموم | محافظة الجموم
        sa-khulais SA | خليص
        sa-kamil SA | محافظة الكامل
        sa-lith SA | محافظة الليث
        sa-ranyah SA | رنية | محافظة رنية
        sa-turabah SA | محافظة تربة
        sa-khurmah SA | الخرمة
        sa-bahrah SA | محافظة بحرة
        sa-thuwal SA | ثول
        sa-kaec SA | مدينة الملك عبدالله الاقتصادية | مدينة الملك عبد الله الاقتصادية
        sa-obhur SA | أبحر الشمالية | أبحر الجنوبية، شرم أبحر، حي أبحر
        sa-jeddah-historic SA | جدة التاريخية | منطقة البلد التاريخية
        sa-hada SA | منطقة الهدا | الهدا?
        sa-batha SA | حي البطحاء
        sa-manfuha SA | منفوحة | حي منفوحة
        sa-murabba SA | حي المربع | المربع الجديد
        sa-aziziyah-makkah SA | حي العزيزية
        sa-hira SA | غار حراء | جبل حراء، جبل النور
        sa-thawr SA | جبل ثور | غار ثور
        sa-jabal-al-rahma SA | جبل الرحمة
        sa-tanim SA | التنعيم? | ميقات التنعيم
        sa-sayl-al-kabir SA | قرن المنازل | ميقات قرن المنازل، ميقات السيل الكبير
        sa-yalamlam SA | يلملم | ميقات يلملم
        sa-juhfa SA | الجحفة | ميقات الجحفة
        sa-dhul-hulaifa SA | ذو الحليفة | ذي الحليفة، أبيار علي، ميقات ذي الحليفة
        sa-uhud SA | جبل أحد
        sa-dilam SA | الدلم
        sa-hawtat-bani-tamim SA | حوطة بني تميم
        sa-hariq SA | محافظة الحريق
        sa-sulayyil SA | محافظة السليل
        sa-shaqra SA | محافظة شقراء
        sa-muzahmiyah SA | المزاحمية
        sa-rumah SA | محافظة رماح
        sa-afif SA | محافظة عفيف
        sa-mithnab SA | محافظة المذنب
        sa-badaie SA | محافظة البدائع
        sa-mubarraz SA | المبرز
        sa-darin SA | دارين
        sa-salwa-crossing SA | منفذ سلوى
        sa-batha-crossing SA | منفذ البطحاء
        sa-king-fahd-causeway SA | جسر الملك فهد
        sa-shaybah SA | حقل الشيبة
        sa-ghawar SA | حقل الغوار | الغوار
        sa-safaniya SA | السفانية | حقل السفانية
        sa-manifa SA | حقل منيفة | منيفة
        sa-jubail-industrial SA | الجبيل الصناعية | مدينة الجبيل الصناعية
        sa-yanbu-industrial SA | ينبع الصناعية | مدينة ينبع الصناعية
        sa-baqaa SA | بقعاء
        sa-mahd-adh-dhahab SA | مهد الذهب
        sa-badr SA | محافظة بدر
        sa-hanakiyah SA | الحناكية
        sa-ais SA | العيص
        sa-tanomah SA | تنومة
        sa-sarat-abidah SA | سراة عبيدة
        sa-rijal-almaa SA | رجال ألمع
        sa-tathlith SA | محافظة تثليث | تثليث?
        sa-birk SA | محافظة البرك
        sa-bariq SA | محافظة بارق
        sa-soudah SA | السودة
        sa-darb SA | محافظة الدرب
        sa-baysh SA | بيش
        sa-aridhah SA | محافظة العارضة
        sa-ahad-al-masarihah SA | أحد المسارحة
        sa-tuwal SA | منفذ الطوال
        sa-harth SA | محافظة الحرث
        sa-eidabi SA | العيدابي
        sa-fayfa SA | فيفاء
        sa-damad SA | محافظة ضمد
        sa-khubah SA | الخوبة
        sa-hubuna SA | حبونا
        sa-badr-al-janub SA | بدر الجنوب
        sa-wadiah SA | منفذ الوديعة
        sa-baljurashi SA | بلجرشي
        sa-qiddiya SA | القدية
        sa-trojena SA | تروجينا
        sa-the-line SA | ذا لاين | مدينة ذا لاين
        sa-waad-al-shamal SA | مدينة وعد الشمال | وعد الشمال
        sa-rub-al-khali SA | الربع الخالي | صحراء الربع الخالي
        sa-nafud SA | صحراء النفود | النفود الكبير
        sa-tuwaiq SA | جبل طويق | جبال طويق
        sa-sarawat SA | جبال السروات | جبال السراة
        sa-wadi-hanifa SA | وادي حنيفة
        sa-prince-sultan-air-base SA | قاعدة الأمير سلطان الجوية

        # United Arab Emirates.
        ae-deira AE | ديرة
        ae-ruwais AE | الرويس
        ae-madinat-zayed AE | مدينة زايد
        ae-ghayathi AE | غياثي
        ae-liwa AE | ليوا | واحة ليوا
        ae-dalma AE | جزيرة دلما | دلما
        ae-das AE | جزيرة داس
        ae-saadiyat AE | جزيرة السعديات | السعديات
        ae-yas AE | جزيرة ياس
        ae-reem AE | جزيرة الريم
        ae-khalifa-city AE | مدينة خليفة
        ae-mussafah AE | مصفح | المصفح
        ae-masdar AE | مدينة مصدر
        ae-sweihan AE | سويحان
        ae-jebel-ali AE | جبل علي | ميناء جبل علي
        ae-bur-dubai AE | بر دبي
        ae-jumeirah AE | جميرا | الجميرا
        ae-palm-jumeirah AE | نخلة جميرا
        ae-dubai-marina AE | دبي مارينا | مرسى دبي
        ae-al-quoz AE | القوز
        ae-mirdif AE | مردف
        ae-al-barsha AE | البرشاء
        ae-khawaneej AE | الخوانيج
        ae-hatta AE | حتا
        ae-kalba AE | كلباء
        ae-dibba AE | دبا | دبا الفجيرة، دبا الحصن
        ae-masafi AE | مسافي
        ae-dhaid AE | الذيد
        ae-hamriyah AE | الحمرية
        ae-jazirat-al-hamra AE | الجزيرة الحمراء
        ae-rams AE | الرمس
        ae-masfout AE | مصفوت
        ae-falaj-al-mualla AE | فلج المعلا
        ae-karama AE | منطقة الكرامة
        ae-qusais AE | القصيص
        ae-nahda AE | النهدة
        ae-twar AE | الطوار
        ae-warqa AE | منطقة الورقاء
        ae-nad-al-sheba AE | ند الشبا
        ae-mizhar AE | منطقة المزهر
        ae-sufouh AE | الصفوح
        ae-satwa AE | منطقة السطوة | حي السطوة
        ae-mankhool AE | منطقة المنخول
        ae-mamzar AE | الممزر
        ae-jaddaf AE | الجداف
        ae-downtown-dubai AE | وسط مدينة دبي | داون تاون دبي
        ae-business-bay AE | الخليج التجاري
        ae-dubai-south AE | دبي الجنوب
        ae-aweer AE | العوير
        ae-mbr-city AE | مدينة محمد بن راشد
        ae-umm-suqeim AE | أم سقيم
        ae-garhoud AE | القرهود
        ae-nad-al-hamar AE | ند الحمر
        ae-hor-al-anz AE | هور العنز
        ae-muraqqabat AE | المرقبات
        ae-muteena AE | المطينة
        ae-shindagha AE | الشندغة
        ae-fahidi AE | الفهيدي | حي الفهيدي التاريخي
        ae-tecom AE | تيكوم
        ae-palm-jebel-ali AE | نخلة جبل علي
        ae-deira-islands AE | جزر ديرة
        ae-dubailand AE | دبي لاند
        ae-wasl AE | منطقة الوصل
        ae-mleiha AE | منطقة مليحة
        ae-batayeh AE | البطائح
        ae-madam AE | منطقة المدام
        ae-majaz AE | منطقة المجاز
        ae-muwaileh AE | مويلح
        ae-sajaa AE | الصجعة
        ae-wadi-al-helo AE | وادي الحلو
        ae-sir-bu-nair AE | جزيرة صير بونعير | صير بونعير، صير أبو نعير
        ae-shahama AE | منطقة الشهامة
        ae-wathba AE | منطقة الوثبة
        ae-bani-yas AE | منطقة بني ياس
        ae-sir-bani-yas AE | جزيرة صير بني ياس | صير بني ياس
        ae-mbz-city AE | مدينة محمد بن زايد
        ae-shakhbout-city AE | مدينة شخبوط
        ae-bateen AE | منطقة البطين
        ae-hudayriyat AE | جزيرة الحديريات
        ae-maryah AE | جزيرة الماريه
        ae-ghuwaifat AE | الغويفات | منفذ الغويفات
        ae-mirfa AE | مدينة المرفأ
        ae-barakah AE | براكة | محطة براكة
        ae-habshan AE | حبشان
        ae-sila AE | منطقة السلع
        ae-taweelah AE | منطقة الطويلة
        ae-khalifa-port AE | ميناء خليفة
        ae-hili AE | الهيلي
        ae-jimi AE | الجيمي
        ae-jebel-hafeet AE | جبل حفيت
        ae-khatm-al-shikla AE | خطم الشكلة | منفذ خطم الشكلة
        ae-mezyad AE | منفذ المزيد
        ae-jurf AE | منطقة الجرف
        ae-nuaimiya AE | النعيمية
        ae-shaam AE | شعم
        ae-mairid AE | المعيريض
        ae-julfar AE | جلفار
        ae-jebel-jais AE | جبل جيس
        ae-murbah AE | منطقة مربح
        ae-qidfa AE | قدفع
        ae-bidiyah AE | البدية
        ae-fujairah-port AE | ميناء الفجيرة
        ae-aqah AE | العقة
        ae-bithnah AE | البثنة
        ae-tawyeen AE | الطويين

        # Kuwait.
        kw-mahboula KW | المهبولة
        kw-salmiya KW | السالمية
        kw-jabriya KW | الجابرية
        kw-fahaheel KW | الفحيحيل
        kw-mangaf KW | المنقف
        kw-fintas KW | الفنطاس
        kw-abu-halifa KW | أبو حليفة
        kw-mishref KW | منطقة مشرف
        kw-bayan-palace KW | قصر بيان
        kw-dasman KW | دسمان | قصر دسمان
        kw-seif-palace KW | قصر السيف
        kw-shuwaikh KW | الشويخ | ميناء الشويخ
        kw-kaifan KW | كيفان
        kw-rumaithiya KW | الرميثية
        kw-jleeb KW | جليب الشيوخ
        kw-sulaibikhat KW | الصليبخات
        kw-abdali KW | العبدلي | منفذ العبدلي
        kw-nuwaiseeb KW | النويصيب | منفذ النويصيب
        kw-sabah-al-ahmad-city KW | مدينة صباح الأحمد
        kw-saad-al-abdullah-city KW | مدينة سعد العبدالله
        kw-subiya KW | مدينة الصبية
        kw-mutlaa KW | المطلاع | مدينة المطلاع
        kw-mubarakiya KW | سوق المباركية | المباركية
        kw-shuaiba KW | الشعيبة | ميناء الشعيبة
        kw-arifjan KW | معسكر عريفجان | عريفجان
        kw-ali-al-salem-base KW | قاعدة علي السالم
        kw-ardiya KW | العارضية
        kw-mirqab KW | المرقاب
        kw-qibla KW | منطقة القبلة
        kw-bneid-al-gar KW | بنيد القار
        kw-dasma KW | الدسمة
        kw-daiya KW | منطقة الدعية
        kw-abdullah-al-salem KW | ضاحية عبدالله السالم | ضاحية عبد الله السالم
        kw-shamiya KW | منطقة الشامية
        kw-adailiya KW | العديلية
        kw-south-surra KW | جنوب السرة
        kw-jaber-al-ahmad-city KW | مدينة جابر الأحمد
        kw-bayan KW | منطقة بيان
        kw-salwa KW | منطقة سلوى
        kw-maidan-hawalli KW | ميدان حولي
        kw-mubarak-al-abdullah KW | ضاحية مبارك العبدالله | ضاحية مبارك العبد الله، غرب مشرف
        kw-khaitan KW | منطقة خيطان | خيطان?
        kw-omariya KW | منطقة العمرية
        kw-riggae KW | الرقعي
        kw-firdous KW | منطقة الفردوس
        kw-abdullah-al-mubarak KW | ضاحية عبدالله المبارك | ضاحية عبد الله المبارك
        kw-south-abdullah-al-mubarak KW | جنوب عبدالله المبارك | جنوب عبد الله المبارك
        kw-west-abdullah-al-mubarak KW | غرب عبدالله المبارك | غرب عبد الله المبارك
        kw-south-sabah-al-ahmad KW | جنوب صباح الأحمد | مدينة جنوب صباح الأحمد
        kw-sabah-al-nasser KW | منطقة صباح الناصر
        kw-dhajeej KW | منطقة الضجيج
        kw-hadiya KW | منطقة هدية
        kw-sabahiya KW | منطقة الصباحية
        kw-egaila KW | منطقة العقيلة
        kw-wafra KW | منطقة الوفرة | الوفرة الزراعية
        kw-khiran KW | الخيران | مدينة الخيران
        kw-zour KW | منطقة الزور | ميناء الزور
        kw-julaia KW | الجليعة
        kw-bneider KW | بنيدر
        kw-magwa KW | المقوع
        kw-burgan KW | حقل برقان | برقان
        kw-ahmadi-port KW | ميناء الأحمدي
        kw-jaber-al-ali KW | ضاحية جابر العلي
        kw-fahad-al-ahmad KW | ضاحية فهد الأحمد
        kw-umm-al-hayman KW | أم الهيمان | ضاحية علي صباح السالم
        kw-subhan KW | منطقة صبحان
        kw-qurain KW | منطقة القرين
        kw-adan KW | منطقة العدان
        kw-sabah-al-salem KW | ضاحية صباح السالم | منطقة صباح السالم
        kw-abu-fatira KW | أبو فطيرة
        kw-masayel KW | منطقة المسايل
        kw-funaitees KW | الفنيطيس
        kw-abu-al-hasaniya KW | أبو الحصانية
        kw-sulaibiya KW | منطقة الصليبية
        kw-kabd KW | منطقة كبد
        kw-salmi KW | منفذ السالمي
        kw-amghara KW | أمغرة
        kw-rawdatain KW | الروضتين
        kw-warba KW | جزيرة وربة | وربة
        kw-khor-abdullah - | خور عبدالله | خور عبد الله
        kw-mubarak-port KW | ميناء مبارك الكبير
        kw-kubbar KW | جزيرة كبر
        kw-qaruh KW | جزيرة قاروه
        kw-umm-al-maradim KW | جزيرة أم المرادم
        kw-auhah KW | جزيرة عوهة
        kw-miskan KW | جزيرة مسكان
        kw-rai KW | منطقة الري
        kw-shadadiya KW | الشدادية
        kw-silk-city KW | مدينة الحرير
        kw-neutral-zone - | المنطقة المقسومة

        # Qatar.
        qa-thumama QA | الثمامة
        qa-jumailiya QA | الجميلية
        qa-mesaieed QA | مسيعيد
        qa-dukhan QA | مدينة دخان
        qa-madinat-al-shamal QA | مدينة الشمال
        qa-ruwais QA | الرويس
        qa-shahaniya QA | الشحانية
        qa-umm-salal QA | أم صلال | أم صلال محمد، أم صلال علي
        qa-daayen QA | الضعاين
        qa-simaisma QA | سميسمة
        qa-udeid QA | قاعدة العديد
        qa-katara QA | كتارا | الحي الثقافي كتارا
        qa-education-city QA | المدينة التعليمية
        qa-msheireb QA | مشيرب | مشيرب قلب الدوحة
        qa-gharafa QA | الغرافة
        qa-wukair QA | الوكير
        qa-abu-samra QA | منفذ أبو سمرة | أبو سمرة
        qa-kharaitiyat QA | الخريطيات
        qa-zubarah QA | الزبارة
        qa-fuwairit QA | فويرط
        qa-umm-bab QA | أم باب
        qa-madinat-khalifa QA | مدينة خليفة
        qa-sailiya QA | السيلية
        qa-muaither QA | معيذر
        qa-mesaimeer QA | مسيمير
        qa-hamad-port QA | ميناء حمد
        qa-pearl QA | جزيرة اللؤلؤة | اللؤلؤة قطر، ذا بيرل
        qa-dafna QA | الدفنة | منطقة الدفنة
        qa-west-bay QA | منطقة الخليج الغربي
        qa-najma QA | منطقة نجمة
        qa-bin-mahmoud QA | فريج بن محمود
        qa-fereej-abdulaziz QA | فريج عبد العزيز | فريج عبدالعزيز
        qa-bin-omran QA | فريج بن عمران
        qa-fereej-kulaib QA | فريج كليب
        qa-bin-durham QA | فريج بن درهم
        qa-asmakh QA | الأصمخ
        qa-najada QA | النجادة
        qa-duhail QA | الدحيل
        qa-waab QA | الوعب
        qa-abu-hamour QA | أبو هامور
        qa-ain-khalid QA | عين خالد
        qa-umm-ghuwailina QA | أم غويلينة
        qa-ras-abu-aboud QA | رأس أبو عبود
        qa-hitmi QA | منطقة الهتمي
        qa-markhiya QA | المرخية
        qa-umm-lekhba QA | أم لخبا
        qa-luqta QA | منطقة اللقطة
        qa-kheesa QA | الخيسة
        qa-umm-qarn QA | أم قرن
        qa-thakhira QA | منطقة الذخيرة
        qa-ghariya QA | الغارية
        qa-kharaana QA | الكرعانة
        qa-abu-nakhla QA | أبو نخلة
        qa-mekaines QA | مكينس
        qa-rawdat-al-hamama QA | روضة الحمامة
        qa-wajba QA | منطقة الوجبة
        qa-izghawa QA | إزغوى
        qa-abu-dhalouf QA | أبو ظلوف
        qa-kaaban QA | الكعبان
        qa-ghuwariyah QA | الغويرية
        qa-mazrouah QA | منطقة المزروعة
        qa-bani-hajer QA | منطقة بني هاجر
        qa-onaiza QA | أونيزة
        qa-umm-al-amad QA | أم العمد
        qa-sakhama QA | الصخامة
        qa-halul QA | جزيرة حالول
        qa-north-field QA | حقل الشمال | حقل الشمال للغاز
        qa-khor-al-udaid QA | خور العديد
        qa-sealine QA | منطقة سيلين | شاطئ سيلين
        qa-ras-bufontas QA | رأس بوفنطاس
        qa-umm-al-houl QA | أم الحول
        qa-souq-waqif QA | سوق واقف
        qa-aspire QA | منطقة أسباير | أسباير زون
        qa-banana-island QA | جزيرة البنانا
        qa-abu-sidra QA | أبو سدرة
        qa-leabaib QA | لعبيب
        qa-kharayej QA | الخرايج
        qa-safliya QA | جزيرة الصافلية

        # Bahrain.
        bh-hamad-town BH | مدينة حمد
        bh-juffair BH | الجفير
        bh-seef BH | ضاحية السيف
        bh-diraz BH | الدراز
        bh-sanabis BH | السنابس
        bh-jidhafs BH | جدحفص
        bh-awali BH | عوالي
        bh-zallaq BH | الزلاق
        bh-arad BH | عراد
        bh-busaiteen BH | البسيتين
        bh-galali BH | قلالي
        bh-samaheej BH | سماهيج
        bh-tubli BH | توبلي
        bh-salmabad BH | سلماباد
        bh-karzakan BH | كرزكان
        bh-jannusan BH | جنوسان
        bh-bani-jamra BH | بني جمرة
        bh-nuwaidrat BH | النويدرات
        bh-maameer BH | المعامير
        bh-hawar BH | جزر حوار
        bh-sakhir BH | الصخير
        bh-bilad-al-qadeem BH | بلاد القديم
        bh-gudaibiya BH | القضيبية
        bh-hoora BH | الحورة
        bh-umm-al-hassam BH | أم الحصم
        bh-karbabad BH | كرباباد
        bh-abu-saiba BH | أبو صيبع
        bh-aali BH | منطقة عالي | قرية عالي، مدينة عالي
        bh-saar BH | منطقة سار | قرية سار
        bh-budaiya BH | منطقة البديع
        bh-daih BH | قرية الديه | منطقة الديه
        bh-sehla BH | السهلة الشمالية | السهلة الجنوبية، قرية السهلة
        bh-malkiya BH | قرية المالكية
        bh-dumistan BH | دمستان
        bh-karrana BH | كرانة
        bh-hamala BH | الهملة
        bh-jasra BH | الجسرة
        bh-dar-kulaib BH | دار كليب
        bh-shahrakan BH | شهركان
        bh-dair BH | قرية الدير
        bh-askar BH | قرية عسكر
        bh-barbar BH | باربار
        bh-shakhura BH | الشاخورة
        bh-markh BH | المرخ
        bh-maqsha BH | المقشع
        bh-qadam BH | قرية القدم
        bh-sanad BH | منطقة سند | قرية سند
        bh-naim BH | منطقة النعيم
        bh-salmaniya BH | السلمانية
        bh-mahooz BH | الماحوز
        bh-adliya BH | منطقة العدلية
        bh-zinj BH | منطقة الزنج
        bh-ghuraifa BH | الغريفة
        bh-ras-rumman BH | رأس رمان
        bh-hidd BH | مدينة الحد
        bh-east-hidd BH | مدينة شرق الحد
        bh-diyar-al-muharraq BH | ديار المحرق
        bh-amwaj BH | جزر أمواج
        bh-dilmunia BH | جزيرة دلمونيا
        bh-durrat-al-bahrain BH | درة البحرين
        bh-umm-an-nasan BH | جزيرة أم النعسان
        bh-east-riffa BH | الرفاع الشرقي
        bh-west-riffa BH | الرفاع الغربي
        bh-eker BH | قرية العكر
        bh-wadiyan BH | منطقة واديان
        bh-markoban BH | مركوبان
        bh-lawzi BH | قرية اللوزي
        bh-janabiya BH | منطقة الجنبية
        bh-sadad BH | قرية صدد
        bh-salman-city BH | مدينة سلمان
        bh-jurdab BH | جرداب
        bh-maqaba BH | مقابة
        bh-boori BH | قرية بوري
        bh-jidali BH | جدعلي
        bh-nabih-saleh BH | النبيه صالح | جزيرة النبيه صالح
        bh-jid-al-haj BH | جد الحاج
        bh-halat-bu-maher BH | حالة بوماهر
        bh-hajiyat BH | الحجيات
        bh-hunainiya BH | الحنينية
        bh-buhair BH | البحير
        bh-abu-quwah BH | أبو قوة
        bh-khalifa-bin-salman-port BH | ميناء خليفة بن سلمان

        # Oman.
        om-amerat OM | العامرات
        om-suwaiq OM | السويق
        om-mutrah OM | ولاية مطرح
        om-bawshar OM | بوشر
        om-qurayyat OM | ولاية قريات
        om-samail OM | سمائل
        om-bahla OM | بهلا
        om-adam OM | ولاية أدم
        om-izki OM | إزكي
        om-bidbid OM | بدبد
        om-khaburah OM | الخابورة
        om-saham OM | صحم
        om-shinas OM | شناص
        om-liwa OM | ولاية لوى
        om-haima OM | هيماء
        om-thumrait OM | ثمريت
        om-mirbat OM | مرباط
        om-mahout OM | محوت
        om-jaalan OM | جعلان | جعلان بني بو علي، جعلان بني بو حسن
        om-bidiyah OM | ولاية بدية
        om-wadi-bani-khalid OM | وادي بني خالد
        om-mahdah OM | محضة
        om-dibba OM | دبا | دبا البيعة
        om-bukha OM | بخا
        om-madha OM | مدحاء
        om-ashkharah OM | الأشخرة
        om-ras-al-hadd OM | رأس الحد
        om-qalhat OM | قلهات
        om-khuwair OM | الخوير
        om-azaiba OM | العذيبة
        om-ruwi OM | منطقة روي
        om-ghubra OM | منطقة الغبرة
        om-mawaleh OM | منطقة الموالح
        om-khoudh OM | منطقة الخوض
        om-maabela OM | المعبيلة
        om-hail OM | منطقة الحيل
        om-sultan-qaboos-city OM | مدينة السلطان قابوس
        om-ansab OM | الأنصب
        om-darsait OM | دارسيت
        om-rusayl OM | الرسيل
        om-yiti OM | يتي
        om-bandar-khayran OM | بندر الخيران
        om-awabi OM | العوابي
        om-nakhal OM | ولاية نخل
        om-wadi-maawil OM | وادي المعاول
        om-musanaah OM | ولاية المصنعة
        om-hamra OM | ولاية الحمراء
        om-manah OM | ولاية منح
        om-jebel-shams OM | جبل شمس
        om-birkat-al-mawz OM | بركة الموز
        om-tanuf OM | تنوف
        om-misfat OM | مسفاة العبريين
        om-yanqul OM | ولاية ينقل
        om-dank OM | ولاية ضنك
        om-sunaynah OM | السنينة
        om-wajajah OM | منفذ الوجاجة
        om-hafeet-crossing OM | منفذ حفيت
        om-rub-al-khali-crossing OM | منفذ الربع الخالي
        om-sarfait OM | صرفيت | منفذ صرفيت
        om-mazyunah OM | ولاية المزيونة | منفذ المزيونة
        om-mudhaibi OM | المضيبي
        om-qabil OM | ولاية القابل
        om-dima-wa-tayeen OM | دماء والطائيين
        om-sinaw OM | سناو
        om-samad-al-shan OM | سمد الشأن
        om-wahiba OM | رمال الشرقية | رمال وهيبة
        om-kamil-wafi OM | الكامل والوافي
        om-ras-al-jinz OM | رأس الجنز
        om-wadi-shab OM | وادي شاب
        om-tiwi OM | طيوي
        om-jazir OM | ولاية الجازر
        om-taqah OM | ولاية طاقة
        om-sadah OM | سدح
        om-rakhyut OM | رخيوت
        om-dhalkut OM | ضلكوت
        om-muqshin OM | مقشن
        om-hallaniyat OM | جزر الحلانيات | شليم وجزر الحلانيات
        om-awqad OM | عوقد
        om-raysut OM | ريسوت | ميناء ريسوت
        om-darbat OM | وادي دربات
        om-mughsail OM | المغسيل
        om-samhan OM | جبل سمحان
        om-ubar OM | أوبار | شصر
        om-hasik OM | حاسك
        om-kumzar OM | كمزار
        om-daymaniyat OM | جزر الديمانيات
        om-fahud OM | منطقة فهود | حقل فهود
        om-qarn-alam OM | قرن علم
        om-marmul OM | مرمول

        # Yemen.
        ye-shuqra YE | شقرة
        ye-azzan YE | عزان
        ye-zabid YE | زبيد
        ye-bajil YE | باجل
        ye-bayt-al-faqih YE | بيت الفقيه
        ye-luhayyah YE | مديرية اللحية
        ye-durayhimi YE | الدريهمي
        ye-tuhayta YE | التحيتا
        ye-hays YE | حيس
        ye-kamaran YE | جزيرة كمران | كمران
        ye-hanish YE | جزر حنيش | أرخبيل حنيش
        ye-dhubab YE | مديرية ذباب
        ye-turbah YE | مدينة التربة
        ye-hawban YE | الحوبان
        ye-yarim YE | يريم
        ye-qatabah YE | قعطبة
        ye-lawdar YE | لودر
        ye-mudiyah YE | مودية
        ye-jaar YE | جعار
        ye-bayhan YE | بيحان
        ye-balhaf YE | بلحاف | ميناء بلحاف
        ye-tarim YE | تريم
        ye-shibam YE | شبام
        ye-ghayl-bawazir YE | غيل باوزير
        ye-qishn YE | قشن
        ye-nishtun YE | نشطون | ميناء نشطون
        ye-sayhut YE | سيحوت
        ye-harf-sufyan YE | حرف سفيان
        ye-dahyan YE | ضحيان
        ye-razih YE | رازح
        ye-majz YE | مجز
        ye-baqim YE | باقم
        ye-kitaf YE | كتاف
        ye-sahar YE | سحار
        ye-arhab YE | مديرية أرحب
        ye-nihm YE | مديرية نهم
        ye-hazm YE | مدينة الحزم
        ye-tawahi YE | التواهي
        ye-khormaksar YE | خور مكسر
        ye-mualla YE | المعلا
        ye-dar-saad YE | دار سعد
        ye-sabeen-square YE | ميدان السبعين
        ye-hasaba YE | حي الحصبة
        ye-shuub YE | مديرية شعوب
        ye-maeen YE | مديرية معين
        ye-bani-al-harith YE | مديرية بني الحارث | بني الحارث
        ye-safiyah YE | مديرية الصافية
        ye-azal YE | مديرية آزال
        ye-hamdan YE | مديرية همدان
        ye-sanhan YE | سنحان | مديرية سنحان
        ye-bani-hushaysh YE | بني حشيش
        ye-haymah YE | الحيمة الداخلية | الحيمة الخارجية
        ye-khawlan YE | مديرية خولان
        ye-attan YE | جبل عطان
        ye-nuqum YE | جبل نقم
        ye-nahdain YE | جبل النهدين
        ye-jiraf YE | منطقة الجراف
        ye-madhbah YE | منطقة مذبح
        ye-shamlan YE | منطقة شملان
        ye-asr YE | منطقة عصر
        ye-bayt-bous YE | بيت بوس
        ye-sawan YE | سعوان
        ye-thula YE | ثلا
        ye-shibam-kawkaban YE | شبام كوكبان
        ye-sheikh-othman YE | مديرية الشيخ عثمان
        ye-sira YE | مديرية صيرة | جزيرة صيرة
        ye-bir-ahmed YE | بئر أحمد
        ye-inma YE | مدينة إنماء
        ye-ras-omran YE | رأس عمران
        ye-anad YE | قاعدة العند
        ye-hawtah YE | مدينة الحوطة
        ye-tuban YE | مديرية تبن
        ye-radfan YE | ردفان
        ye-tur-al-bahah YE | طور الباحة
        ye-mudarabah YE | مديرية المضاربة
        ye-ras-al-ara YE | رأس العارة
        ye-subayhah YE | منطقة الصبيحة
        ye-yafa YE | منطقة يافع
        ye-damt YE | دمت
        ye-muris YE | مريس
        ye-mahfad YE | المحفد
        ye-khanfar YE | خنفر
        ye-nisab YE | مديرية نصاب
        ye-markha YE | مرخة
        ye-habban YE | مديرية حبان
        ye-mayfaa YE | ميفعة
        ye-usaylan YE | عسيلان
        ye-qatn YE | مديرية القطن
        ye-abr YE | منطقة العبر
        ye-doan YE | دوعن | وادي دوعن
        ye-wadi-hadramawt YE | وادي حضرموت
        ye-hadramawt-coast YE | ساحل حضرموت
        ye-dabbah YE | ميناء الضبة
        ye-hawf YE | حوف
        ye-shahan YE | منفذ شحن
        ye-hadibu YE | حديبو
        ye-qalansiyah YE | قلنسية
        ye-abd-al-kuri YE | جزيرة عبد الكوري
        ye-sabir YE | جبل صبر
        ye-waziiyah YE | الوازعية
        ye-mawza YE | مديرية موزع
        ye-sharab YE | شرعب | شرعب السلام، شرعب الرونة
        ye-jabal-habashi YE | جبل حبشي
        ye-usayfira YE | عصيفرة
        ye-bir-basha YE | بير باشا
        ye-udayn YE | العدين
        ye-utmah YE | مديرية عتمة
        ye-wusab YE | وصاب العالي | وصاب السافل
        ye-marawiah YE | المراوعة
        ye-munirah YE | مديرية المنيرة
        ye-zuhrah YE | مديرية الزهرة
        ye-jarrahi YE | مديرية الجراحي
        ye-kathib YE | منطقة الكثيب
        ye-zuqar YE | جزيرة زقر
        ye-abs YE | مديرية عبس
        ye-hayran YE | مديرية حيران
        ye-saqayn YE | مديرية ساقين
        ye-qatabir YE | قطابر
        ye-buqa YE | منفذ البقع
        ye-alab YE | منفذ علب
        ye-marran YE | جبال مران
        ye-khamir YE | مدينة خمر | مديرية خمر
        ye-raydah YE | مدينة ريدة
        ye-mutun YE | مديرية المتون
        ye-harib YE | حريب
        ye-madghal YE | مدغل
        ye-rahabah YE | مديرية رحبة
        ye-safer YE | منطقة صافر | حقول صافر
        ye-mukayras YE | مكيراس

        # Sudan.
        sd-golid SD | القولد
        sd-burgeig SD | البرقيق
        sd-rufaa SD | رفاعة
        sd-singa SD | سنجة
        sd-hasahisa SD | الحصاحيصا
        sd-managil SD | المناقل
        sd-tamboul SD | تمبول
        sd-aba-island SD | الجزيرة أبا | جزيرة أبا
        sd-wadi-halfa SD | وادي حلفا
        sd-new-halfa SD | حلفا الجديدة
        sd-dongola SD | دنقلا
        sd-merowe SD | سد مروي
        sd-ed-damer SD | الدامر
        sd-suakin SD | سواكن
        sd-tokar SD | طوكر
        sd-halaib - | حلايب | مثلث حلايب، حلايب وشلاتين
        sd-um-ruwaba SD | أم روابة
        sd-rahad SD | الرهد
        sd-babanusa SD | بابنوسة
        sd-heglig SD | هجليج
        sd-talodi SD | تلودي
        sd-kauda SD | كاودا
        sd-abu-jubaiha SD | أبو جبيهة
        sd-mellit SD | مليط
        sd-kabkabiya SD | كبكابية
        sd-zamzam-camp SD | مخيم زمزم
        sd-abu-shouk-camp SD | مخيم أبو شوك
        sd-kalma-camp SD | مخيم كلمة
        sd-roseires SD | الروصيرص
        sd-kurmuk SD | الكرمك
        sd-gallabat SD | القلابات
        sd-fashaga SD | الفشقة
        sd-kalakla SD | الكلاكلة
        sd-ombada SD | أمبدة
        sd-karari SD | كرري
        sd-jebel-aulia SD | جبل أولياء
        sd-soba SD | سوبا
        sd-wadi-sayyidna SD | وادي سيدنا
        sd-fula SD | مدينة الفولة
        sd-nahud SD | مدينة النهود
        sd-khuwei SD | مدينة الخوي
        sd-bara SD | مدينة بارا
        sd-umm-sumeima SD | أم صميمة
        sd-abu-zabad SD | أبو زبد
        sd-muglad SD | مدينة المجلد
        sd-ghubaish SD | غبيش
        sd-adila SD | مدينة عديلة
        sd-abu-karinka SD | أبو كارنكا
        sd-tulus SD | تلس
        sd-rehaid-al-birdi SD | رهيد البردي
        sd-ed-al-fursan SD | عد الفرسان
        sd-tawila SD | منطقة طويلة | مدينة طويلة، بلدة طويلة
        sd-kutum SD | مدينة كتم | محلية كتم
        sd-um-kadada SD | أم كدادة
        sd-tine SD | مدينة الطينة | معبر الطينة
        sd-karnoi SD | كرنوي
        sd-umm-baru SD | أمبرو
        sd-saraf-omra SD | سرف عمرة
        sd-malha SD | منطقة المالحة | مدينة المالحة
        sd-kereinik SD | كرينك
        sd-ardamata SD | أردمتا
        sd-foro-baranga SD | فوربرنقا
        sd-nertiti SD | نيرتتي
        sd-shangil-tobaya SD | شنقل طوباي | شنقل طوباية
        sd-manawashi SD | منواشي
        sd-marshing SD | مرشنج
        sd-gereida SD | قريضة
        sd-kulbus SD | كلبس
        sd-mustariha SD | منطقة مستريحة
        sd-hamidiya-camp SD | مخيم الحميدية
        sd-krinding-camp SD | مخيم كريندنق | كريندنق
        sd-otash-camp SD | مخيم عطاش
        sd-jebra-al-sheikh SD | جبرة الشيخ
        sd-dubeibat SD | الدبيبات
        sd-habila SD | هبيلا
        sd-abu-karshola SD | أبو كرشولا
        sd-abbasiya-tagali SD | العباسية تقلي
        sd-rashad SD | مدينة رشاد
        sd-lagawa SD | لقاوة
        sd-meiram SD | الميرم
        sd-geissan SD | قيسان
        sd-dinder SD | الدندر | حظيرة الدندر
        sd-suki SD | السوكي
        sd-abu-hujar SD | أبو حجار
        sd-kamlin SD | مدينة الكاملين
        sd-wad-al-noura SD | ود النورة
        sd-hilaliya SD | مدينة الهلالية
        sd-abu-guta SD | أبو قوتة
        sd-haj-yousif SD | منطقة الحاج يوسف
        sd-east-nile SD | محلية شرق النيل
        sd-kadaro SD | الكدرو
        sd-halfaya SD | الحلفايا
        sd-shambat SD | شمبات
        sd-jereif SD | الجريف | الجريف شرق، الجريف غرب
        sd-mogran SD | منطقة المقرن
        sd-tuti SD | جزيرة توتي
        sd-jaili SD | منطقة الجيلي
        sd-salha SD | منطقة الصالحة
        sd-berber SD | مدينة بربر
        sd-abu-hamad SD | مدينة أبو حمد
        sd-metemma SD | المتمة
        sd-bagrawiya SD | البجراوية | أهرامات البجراوية
        sd-merowe-town SD | مدينة مروي
        sd-karima SD | مدينة كريمة
        sd-debba SD | مدينة الدبة
        sd-delgo SD | دلقو
        sd-ashkeit SD | معبر أشكيت | أشكيت
        sd-khashm-el-girba SD | خشم القربة
        sd-hamashkoreib SD | همشكوريب
        sd-showak SD | الشواك
        sd-doka SD | دوكة
        sd-sinkat SD | سنكات
        sd-haya SD | مدينة هيا
        sd-jebeit SD | جبيت
        sd-aqiq SD | مدينة عقيق
        sd-bashayer SD | ميناء بشائر
        sd-jabalain SD | مدينة الجبلين
        sd-kenana SD | مدينة كنانة
        sd-tendalti SD | تندلتي
        sd-gutaina SD | القطينة
        sd-kawa SD | مدينة الكوة
        sd-nuba-mountains SD | جبال النوبة
        sd-jebel-amer SD | جبل عامر
        sd-balila SD | حقل بليلة

        # Libya.
        ly-abu-salim LY | أبو سليم
        ly-bin-jawad LY | بن جواد
        ly-yefren LY | يفرن
        ly-nalut LY | نالوت
        ly-jadu LY | جادو
        ly-kikla LY | ككلة
        ly-rujban LY | الرجبان
        ly-wazin LY | معبر وازن | معبر وازن الذهيبة
        ly-msallata LY | مسلاتة
        ly-qasr-bin-ghashir LY | قصر بن غشير
        ly-ain-zara LY | عين زارة
        ly-gargaresh LY | قرقارش
        ly-mitiga LY | معيتيقة | مطار معيتيقة
        ly-surman LY | صرمان
        ly-ajaylat LY | العجيلات
        ly-regdalin LY | رقدالين
        ly-murzuq LY | مرزق
        ly-ghat LY | غات
        ly-brak LY | براك الشاطئ
        ly-sokna LY | سوكنة
        ly-tocra LY | توكرة
        ly-jalu LY | جالو
        ly-awjila LY | أوجلة
        ly-zueitina LY | الزويتينة | ميناء الزويتينة
        ly-nofaliya LY | النوفلية
        ly-abu-qurain LY | أبو قرين
        ly-qatrun LY | القطرون
        ly-tazirbu LY | تازربو
        ly-sharara LY | حقل الشرارة
        ly-el-feel LY | حقل الفيل
        ly-watiya LY | قاعدة الوطية | الوطية
        ly-benina LY | بنينة | مطار بنينة
        ly-garyounis LY | قاريونس
        ly-sabri LY | الصابري
        ly-shahhat LY | شحات? | مدينة شحات
        ly-umm-al-rizam LY | أم الرزم
        ly-qubba LY | مدينة القبة | بلدية القبة
        ly-labraq LY | الأبرق | مطار الأبرق
        ly-emsaed LY | منفذ امساعد | امساعد
        ly-jaghbub LY | الجغبوب | واحة الجغبوب
        ly-hun LY | مدينة هون | بلدية هون
        ly-waddan LY | ودان
        ly-shwerif LY | الشويرف
        ly-mizdah LY | مزدة
        ly-asabaa LY | الأصابعة
        ly-tiji LY | تيجي
        ly-warshefana LY | ورشفانة
        ly-aziziya LY | مدينة العزيزية | بلدية العزيزية
        ly-swani LY | منطقة السواني | بلدية السواني
        ly-souq-al-juma LY | سوق الجمعة? | بلدية سوق الجمعة
        ly-garabulli LY | القره بوللي | القربوللي، قره بوللي
        ly-qasr-al-akhyar LY | قصر الأخيار
        ly-jumail LY | بلدية الجميل | مدينة الجميل
        ly-zaltan LY | زلطن
        ly-assah LY | منطقة العسة | بلدة العسة
        ly-abu-kammash LY | أبو كماش | بوكماش
        ly-washka LY | الوشكة
        ly-heisha LY | الهيشة
        ly-tawergha LY | تاورغاء
        ly-dafniya LY | الدافنية
        ly-sdada LY | منطقة السدادة | بلدة السدادة
        ly-qasr-ahmed LY | ميناء قصر أحمد
        ly-harawa LY | بلدة هراوة | منطقة هراوة
        ly-agheila LY | بلدة العقيلة | مدينة العقيلة
        ly-marada LY | مرادة
        ly-sarir LY | حقل السرير
        ly-messla LY | حقل مسلة
        ly-bouri LY | حقل البوري
        ly-mellitah LY | مليتة | مجمع مليتة
        ly-hamada LY | الحمادة الحمراء
        ly-wadi-shati LY | وادي الشاطئ
        ly-traghan LY | تراغن
        ly-umm-al-aranib LY | أم الأرانب
        ly-zuwaylah LY | بلدة زويلة | مدينة زويلة
        ly-sinawen LY | سيناون
        ly-tamanhint LY | تمنهنت | قاعدة تمنهنت
        ly-suluq LY | سلوق
        ly-qaminis LY | قمينس
        ly-ganfouda LY | قنفودة
        ly-bu-atni LY | بوعطني
        ly-guwarsha LY | القوارشة
        ly-kuwaifiya LY | الكويفية
        ly-fuwaihat LY | الفويهات
        ly-sidi-khrebish LY | سيدي اخريبيش | سيدي خريبيش
        ly-hawari LY | منطقة الهواري
        ly-ain-mara LY | عين مارة
        ly-martuba LY | مرتوبة
        ly-gernada LY | قرنادة
        ly-jikharra LY | إجخرة
        ly-hariga LY | ميناء الحريقة | مرسى الحريقة
        ly-nafusa LY | جبل نفوسة | الجبل الغربي
        ly-kabaw LY | كاباو
        ly-bir-al-ghanam LY | بئر الغنم
        ly-ruhaybat LY | الرحيبات
        ly-sidi-al-sayeh LY | سيدي السائح | سيدي السايح
        ly-sbeaa LY | منطقة السبيعة
        ly-tuwaisha LY | الطويشة
        ly-khallat-al-furjan LY | خلة الفرجان
        ly-wadi-al-rabie LY | وادي الربيع
        ly-fernaj LY | الفرناج
        ly-nofliyin LY | النوفليين
        ly-karimia LY | منطقة الكريمية
        ly-maya LY | منطقة الماية

        # Tunisia.
        tn-mateur TN | ماطر
        tn-thala TN | تالة
        tn-remada TN | رمادة
        tn-meknassy TN | المكناسي
        tn-kelibia TN | قليبية
        tn-menzel-bourguiba TN | منزل بورقيبة
        tn-tabarka TN | طبرقة
        tn-ain-draham TN | عين دراهم
        tn-sbeitla TN | سبيطلة
        tn-feriana TN | فريانة
        tn-menzel-bouzaiane TN | منزل بوزيان
        tn-moulares TN | أم العرائس
        tn-mdhilla TN | المظيلة
        tn-douz TN | دوز
        tn-nefta TN | نفطة
        tn-houmt-souk TN | حومة السوق
        tn-matmata TN | مطماطة
        tn-dhehiba TN | الذهيبة | معبر الذهيبة
        tn-ksar-hellal TN | قصر هلال
        tn-moknine TN | المكنين
        tn-ksour-essef TN | قصور الساف
        tn-la-goulette TN | حلق الوادي
        tn-sidi-bou-said TN | سيدي بوسعيد | سيدي بو سعيد
        tn-douar-hicher TN | دوار هيشر
        tn-rades TN | رادس
        tn-hammam-lif TN | حمام الأنف
        tn-mornag TN | مرناق
        tn-hammam-sousse TN | حمام سوسة
        tn-enfidha TN | النفيضة
        tn-menzel-temime TN | منزل تميم
        tn-jebiniana TN | جبنيانة
        tn-aouina TN | العوينة
        tn-la-marsa TN | المرسى? | مدينة المرسى
        tn-le-kram TN | مدينة الكرم | معتمدية الكرم
        tn-ettadhamen TN | حي التضامن | معتمدية التضامن
        tn-mnihla TN | المنيهلة
        tn-raoued TN | معتمدية رواد | مدينة رواد
        tn-la-soukra TN | معتمدية سكرة | منطقة سكرة
        tn-kalaat-el-andalous TN | قلعة الأندلس
        tn-sidi-thabet TN | سيدي ثابت
        tn-el-mourouj TN | مدينة المروج | معتمدية المروج
        tn-fouchana TN | فوشانة
        tn-hammam-chott TN | حمام الشط
        tn-oued-ellil TN | وادي الليل
        tn-tebourba TN | طبربة
        tn-mornaguia TN | المرناقية
        tn-borj-el-amri TN | برج العامري
        tn-sidi-hassine TN | سيدي حسين | السيجومي
        tn-kabaria TN | الكبارية
        tn-menzel-jemil TN | منزل جميل
        tn-ras-jebel TN | مدينة رأس الجبل | معتمدية رأس الجبل
        tn-sejnane TN | سجنان
        tn-ghar-el-melh TN | غار الملح
        tn-hammamet TN | الحمامات? | مدينة الحمامات
        tn-korba TN | مدينة قربة | معتمدية قربة
        tn-soliman TN | مدينة سليمان | معتمدية سليمان
        tn-menzel-bouzelfa TN | منزل بوزلفة
        tn-dar-chaabane TN | دار شعبان الفهري | دار شعبان
        tn-haouaria TN | الهوارية
        tn-grombalia TN | قرمبالية
        tn-bou-argoub TN | بوعرقوب
        tn-el-fahs TN | مدينة الفحص | معتمدية الفحص
        tn-testour TN | تستور
        tn-teboursouk TN | تبرسق
        tn-nefza TN | نفزة
        tn-medjez-el-bab TN | مجاز الباب
        tn-bou-salem TN | بوسالم | بو سالم
        tn-ghardimaou TN | غار الدماء
        tn-fernana TN | فرنانة
        tn-dahmani TN | مدينة الدهماني | معتمدية الدهماني
        tn-tajerouine TN | تاجروين
        tn-sakiet-sidi-youssef TN | ساقية سيدي يوسف
        tn-kalaat-senan TN | قلعة سنان
        tn-makthar TN | مكثر
        tn-rouhia TN | معتمدية الروحية
        tn-gaafour TN | قعفور
        tn-bouarada TN | بوعرادة
        tn-msaken TN | مدينة مساكن | معتمدية مساكن
        tn-akouda TN | أكودة
        tn-kalaa-kebira TN | القلعة الكبرى
        tn-kalaa-seghira TN | القلعة الصغرى
        tn-bouficha TN | بوفيشة
        tn-port-el-kantaoui TN | القنطاوي | مرسى القنطاوي، ميناء القنطاوي
        tn-ksibet-el-mediouni TN | قصيبة المديوني
        tn-zeramdine TN | زرمدين
        tn-teboulba TN | طبلبة
        tn-bekalta TN | البقالطة
        tn-chebba TN | مدينة الشابة | معتمدية الشابة
        tn-el-jem TN | مدينة الجم | معتمدية الجم، قصر الجم
        tn-sakiet-ezzit TN | ساقية الزيت
        tn-sakiet-eddaier TN | ساقية الدائر
        tn-agareb TN | معتمدية عقارب | مدينة عقارب
        tn-mahres TN | المحرس
        tn-skhira TN | الصخيرة
        tn-el-amra TN | معتمدية العامرة | منطقة العامرة، مدينة العامرة
        tn-hencha TN | الحنشة
        tn-bir-ali-ben-khelifa TN | بئر علي بن خليفة
        tn-haffouz TN | حفوز
        tn-oueslatia TN | الوسلاتية
        tn-bouhajla TN | بوحجلة
        tn-hajeb-el-ayoun TN | حاجب العيون
        tn-sbiba TN | سبيبة
        tn-foussana TN | فوسانة
        tn-jebel-semmama TN | جبل سمامة
        tn-jebel-mghila TN | جبل المغيلة
        tn-regueb TN | معتمدية الرقاب | مدينة الرقاب
        tn-sidi-ali-ben-aoun TN | سيدي علي بن عون
        tn-jilma TN | جلمة
        tn-mezzouna TN | مزونة
        tn-redeyef TN | مدينة الرديف | معتمدية الرديف
        tn-degache TN | دقاش
        tn-hazoua TN | حزوة | معبر حزوة
        tn-mareth TN | مارث
        tn-el-hamma TN | مدينة الحامة | معتمدية الحامة
        tn-ghannouch TN | غنوش
        tn-beni-khedache TN | بني خداش
        tn-midoun TN | ميدون
        tn-ghomrassen TN | غمراسن
        tn-el-kamour TN | الكامور
        tn-melloula TN | معبر ملولة | ملولة
        tn-galite TN | جزيرة جالطة | جالطة
        tn-el-borma TN | حقل البرمة

        # Algeria.
        dz-tinzaouatine DZ | تين زاواتين
        dz-remchi DZ | الرمشي
        dz-hussein-dey DZ | حسين داي
        dz-hydra DZ | حيدرة
        dz-bentalha DZ | بن طلحة
        dz-ali-mendjeli DZ | علي منجلي
        dz-el-eulma DZ | العلمة
        dz-beni-abbes DZ | بني عباس
        dz-el-biar DZ | الأبيار
        dz-bab-el-oued DZ | باب الوادي
        dz-el-harrach DZ | الحراش
        dz-bab-ezzouar DZ | باب الزوار
        dz-bir-mourad-rais DZ | بئر مراد رايس
        dz-casbah DZ | قصبة الجزائر
        dz-rouiba DZ | الرويبة
        dz-reghaia DZ | الرغاية
        dz-cheraga DZ | الشراقة
        dz-zeralda DZ | زرالدة
        dz-staoueli DZ | سطاوالي
        dz-birkhadem DZ | بئر خادم
        dz-bordj-el-kiffan DZ | برج الكيفان
        dz-baraki DZ | براقي
        dz-boufarik DZ | بوفاريك
        dz-cherchell DZ | شرشال
        dz-kolea DZ | القليعة
        dz-nedroma DZ | ندرومة
        dz-arzew DZ | أرزيو
        dz-es-senia DZ | السانية
        dz-mers-el-kebir DZ | المرسى الكبير
        dz-akbou DZ | أقبو
        dz-kherrata DZ | خراطة
        dz-azazga DZ | عزازقة
        dz-draa-el-mizan DZ | ذراع الميزان
        dz-ain-mlila DZ | عين مليلة
        dz-ain-oussera DZ | عين وسارة
        dz-bou-saada DZ | بوسعادة | بو سعادة
        dz-hassi-rmel DZ | حاسي الرمل
        dz-djanet DZ | جانت
        dz-timimoun DZ | تيميمون
        dz-khemis-miliana DZ | خميس مليانة
        dz-bir-el-ater DZ | بئر العاتر
        dz-bordj-badji-mokhtar DZ | برج باجي مختار
        dz-in-guezzam DZ | عين قزام | إن قزام
        dz-azeffoun DZ | أزفون
        dz-bechar DZ | مدينة بشار
        dz-saida DZ | مدينة سعيدة
        dz-mascara DZ | مدينة معسكر
        dz-el-bayadh DZ | مدينة البيض
        dz-el-oued DZ | مدينة الوادي
        dz-ouled-djellal DZ | أولاد جلال | ولاية أولاد جلال
        dz-el-mghair DZ | المغير | ولاية المغير
        dz-el-menia DZ | ولاية المنيعة | مدينة المنيعة
        dz-bouzareah DZ | بوزريعة
        dz-belouizdad DZ | بلوزداد
        dz-bachdjerrah DZ | باش جراح
        dz-bir-touta DZ | بئر توتة
        dz-draria DZ | الدرارية
        dz-ain-benian DZ | عين البنيان
        dz-sidi-moussa DZ | سيدي موسى
        dz-sidi-fredj DZ | سيدي فرج
        dz-ain-el-turck DZ | عين الترك
        dz-bir-el-djir DZ | بئر الجير
        dz-el-khroub DZ | مدينة الخروب | بلدية الخروب، دائرة الخروب
        dz-hamma-bouziane DZ | حامة بوزيان
        dz-ain-oulmene DZ | عين ولمان
        dz-bougaa DZ | بوقاعة
        dz-barika DZ | بريكة
        dz-ain-touta DZ | عين التوتة
        dz-merouana DZ | مروانة
        dz-arris DZ | آريس? | مدينة آريس
        dz-tolga DZ | طولقة
        dz-sidi-okba DZ | سيدي عقبة
        dz-sidi-aich DZ | سيدي عيش
        dz-amizour DZ | أميزور
        dz-larbaa-nath-irathen DZ | الأربعاء ناث إيراثن | الأربعاء نايث إيراثن
        dz-draa-ben-khedda DZ | ذراع بن خدة
        dz-ain-el-hammam DZ | عين الحمام
        dz-lakhdaria DZ | مدينة الأخضرية | دائرة الأخضرية
        dz-sour-el-ghozlane DZ | سور الغزلان
        dz-bordj-menaiel DZ | برج منايل
        dz-dellys DZ | دلس? | مدينة دلس
        dz-boudouaou DZ | بودواو
        dz-khemis-el-khechna DZ | خميس الخشنة
        dz-hadjout DZ | حجوط
        dz-tenes DZ | مدينة تنس | ميناء تنس
        dz-maghnia DZ | مدينة مغنية | مغنية?
        dz-ghazaouet DZ | مدينة الغزوات | ميناء الغزوات
        dz-beni-saf DZ | بني صاف
        dz-frenda DZ | فرندة
        dz-ksar-chellala DZ | قصر الشلالة
        dz-messaad DZ | مدينة مسعد
        dz-hassi-bahbah DZ | حاسي بحبح
        dz-aflou DZ | أفلو
        dz-ain-madhi DZ | عين ماضي
        dz-ain-beida DZ | عين البيضاء
        dz-ouenza DZ | الونزة
        dz-el-kala DZ | القالة
        dz-oum-teboul DZ | أم الطبول | معبر أم الطبول
        dz-collo DZ | مدينة القل | دائرة القل
        dz-azzaba DZ | عزابة
        dz-taher DZ | الطاهير
        dz-el-milia DZ | الميلية
        dz-djen-djen DZ | ميناء جن جن
        dz-chelghoum-laid DZ | شلغوم العيد
        dz-ferdjioua DZ | فرجيوة
        dz-guemar DZ | مدينة قمار | دائرة قمار
        dz-taleb-larbi DZ | معبر الطالب العربي
        dz-metlili DZ | متليلي
        dz-berriane DZ | بريان
        dz-reggane DZ | رقان
        dz-taghit DZ | تاغيت
        dz-beni-ounif DZ | بني ونيف
        dz-tinzaouaten DZ | تين زواتين | تينزاواتين
        dz-tiguentourine DZ | تيقنتورين
        dz-mecheria DZ | المشرية | مشرية
        dz-ain-sefra DZ | عين الصفراء
        dz-el-abiodh-sidi-cheikh DZ | الأبيض سيدي الشيخ
        dz-theniet-el-had DZ | ثنية الحد
        dz-miliana DZ | مدينة مليانة
        dz-el-attaf DZ | العطاف
        dz-berrouaghia DZ | البرواقية
        dz-ksar-el-boukhari DZ | قصر البخاري
        dz-sig DZ | مدينة سيق
        dz-oued-rhiou DZ | وادي رهيو
        dz-djurdjura DZ | جبال جرجرة | جبل جرجرة
        dz-aures DZ | الأوراس | جبال الأوراس
        dz-hoggar DZ | الهقار | جبال الهقار
        dz-tassili DZ | طاسيلي ناجر | الطاسيلي
        dz-ouarsenis DZ | الونشريس | جبال الونشريس
        dz-mitidja DZ | متيجة | سهل متيجة
        dz-gara-djebilet DZ | غار جبيلات
        dz-tindouf-camps DZ | مخيمات تندوف | مخيمات اللاجئين الصحراويين
        dz-rabouni DZ | الرابوني | مخيم الرابوني

        # Morocco.
        ma-al-aaroui MA | العروي
        ma-sijilmasa MA | سجلماسة
        ma-fquih-ben-salah MA | الفقيه بن صالح
        ma-ben-guerir MA | ابن جرير
        ma-imzouren MA | إمزورن
        ma-taourirt MA | تاوريرت
        ma-bouarfa MA | بوعرفة
        ma-erfoud MA | أرفود
        ma-merzouga MA | مرزوكة | مرزوقة
        ma-zagora MA | زاكورة
        ma-tinghir MA | تنغير
        ma-midelt MA | ميدلت
        ma-ifrane MA | إفران
        ma-azrou MA | أزرو
        ma-sefrou MA | صفرو
        ma-taounate MA | تاونات
        ma-chefchaouen MA | شفشاون
        ma-martil MA | مرتيل
        ma-sidi-kacem MA | سيدي قاسم
        ma-sidi-slimane MA | سيدي سليمان
        ma-benslimane MA | بنسليمان
        ma-berrechid MA | برشيد
        ma-kelaat-sraghna MA | قلعة السراغنة
        ma-youssoufia MA | اليوسفية
        ma-chichaoua MA | شيشاوة
        ma-amizmiz MA | أمزميز
        ma-ighil MA | إغيل
        ma-tiznit MA | تزنيت
        ma-tan-tan MA | طانطان
        ma-sidi-ifni MA | سيدي إفني
        ma-inezgane MA | إنزكان
        ma-ait-melloul MA | أيت ملول
        ma-temsia MA | التمسية
        ma-drarga MA | الدراركة
        ma-ouled-teima MA | أولاد تايمة
        ma-tarfaya MA | طرفاية
        ma-sidi-moumen MA | سيدي مومن
        ma-sidi-bernoussi MA | سيدي البرنوصي
        ma-derb-sultan MA | درب السلطان
        ma-agdal MA | أكدال
        ma-beni-ansar MA | بني أنصار
        ma-driouch MA | الدريوش
        ma-guercif MA | جرسيف | كرسيف
        ma-azilal MA | أزيلال
        ma-kalaat-mgouna MA | قلعة مكونة
        ma-skhirat MA | الصخيرات
        ma-mdiq MA | مدينة المضيق | عمالة المضيق الفنيدق
        ma-nouaceur MA | النواصر
        ma-mediouna MA | إقليم مديونة | مدينة مديونة
        ma-sidi-bennour MA | سيدي بنور
        ma-rhamna MA | الرحامنة | إقليم الرحامنة
        ma-boulemane MA | إقليم بولمان | بولمان
        ma-missour MA | مدينة ميسور
        ma-el-hajeb MA | مدينة الحاجب | إقليم الحاجب
        ma-moulay-yacoub MA | إقليم مولاي يعقوب | حامة مولاي يعقوب
        ma-ouezzane MA | وزان
        ma-ksar-el-kebir MA | القصر الكبير? | مدينة القصر الكبير
        ma-asilah MA | مدينة أصيلة
        ma-fahs-anjra MA | الفحص أنجرة | إقليم الفحص أنجرة
        ma-tanger-med MA | طنجة المتوسط | ميناء طنجة المتوسط
        ma-mechra-bel-ksiri MA | مشرع بلقصيري
        ma-souk-larbaa MA | سوق أربعاء الغرب | سوق الأربعاء الغرب
        ma-sidi-yahya-gharb MA | سيدي يحيى الغرب
        ma-tiflet MA | تيفلت
        ma-oued-zem MA | وادي زم
        ma-boujad MA | أبي الجعد | بجعد
        ma-kasba-tadla MA | قصبة تادلة
        ma-souk-sebt MA | سوق السبت أولاد النمة
        ma-demnate MA | دمنات
        ma-mrirt MA | مريرت
        ma-azemmour MA | أزمور
        ma-chtouka MA | اشتوكة آيت باها | إقليم اشتوكة آيت باها
        ma-biougra MA | بيوكرى
        ma-tata MA | طاطا
        ma-assa-zag MA | أسا الزاك | آسا
        ma-tafraout MA | تافراوت
        ma-berkane MA | مدينة بركان | إقليم بركان
        ma-jerada MA | مدينة جرادة | إقليم جرادة
        ma-saidia MA | السعيدية? | مدينة السعيدية
        ma-ahfir MA | أحفير
        ma-ain-chock MA | عين الشق
        ma-ain-sebaa MA | عين السبع
        ma-hay-mohammadi MA | الحي المحمدي
        ma-hay-hassani MA | الحي الحسني
        ma-ben-msick MA | ابن امسيك | بن امسيك، بن مسيك
        ma-moulay-rachid MA | مقاطعة مولاي رشيد | حي مولاي رشيد
        ma-anfa MA | أنفا
        ma-bouskoura MA | بوسكورة
        ma-dar-bouazza MA | دار بوعزة
        ma-had-soualem MA | حد السوالم
        ma-tit-mellil MA | تيط مليل
        ma-sale-al-jadida MA | سلا الجديدة
        ma-harhoura MA | الهرهورة
        ma-ain-aouda MA | عين عودة
        ma-bouznika MA | بوزنيقة
        ma-gueliz MA | جليز | كيليز
        ma-mhamid MA | حي المحاميد
        ma-jemaa-el-fna MA | ساحة جامع الفنا | جامع الفنا، ساحة جامع الفناء
        ma-tahannaout MA | تحناوت
        ma-talat-nyaacoub MA | تلات نيعقوب | ثلاث نيعقوب
        ma-asni MA | أسني
        ma-imlil MA | إمليل
        ma-toubkal MA | جبل توبقال | توبقال
        ma-beni-makada MA | بني مكادة
        ma-taghazout MA | تغازوت
        ma-dcheira MA | الدشيرة الجهادية | الدشيرة
        ma-imilchil MA | إملشيل
        ma-moulay-idriss MA | مولاي إدريس زرهون
        ma-ketama MA | كتامة
        ma-targuist MA | ترجيست
        ma-beni-bouayach MA | بني بوعياش
        ma-ajdir MA | أجدير
        ma-midar MA | ميضار
        ma-leila-island MA | جزيرة ليلى | جزيرة تورة
        ma-jorf-lasfar MA | الجرف الأصفر
        ma-oualidia MA | الوليدية
        ma-agdz MA | أكدز
        ma-boumalne-dades MA | بومالن دادس
        ma-rissani MA | الريصاني
        ma-mhamid-el-ghizlane MA | محاميد الغزلان
        eh-aousserd EH | أوسرد
        eh-mahbes EH | المحبس? | منطقة المحبس
        eh-bir-gandouz EH | بئر كندوز
        eh-tifariti EH | تفاريتي
        eh-bir-lahlou EH | بئر لحلو
        eh-lagouira EH | الكويرة

        # Mauritania.
        mr-atar MR | مدينة أطار
        mr-kaedi MR | كيهيدي
        mr-boghe MR | بوكي | بوغي
        mr-akjoujt MR | أكجوجت
        mr-tidjikja MR | تجكجة
        mr-chinguetti MR | شنقيط
        mr-selibaby MR | سيلبابي
        mr-aioun MR | لعيون | مدينة لعيون
        mr-tevragh-zeina MR | تفرغ زينة
        mr-mbera MR | مخيم امبره | مخيم مبيرا
        mr-hodh-gharbi MR | الحوض الغربي? | ولاية الحوض الغربي
        mr-assaba MR | ولاية لعصابة | ولاية العصابة
        mr-gorgol MR | كوركول | ولاية كوركول
        mr-brakna MR | البراكنة | ولاية البراكنة
        mr-trarza MR | اترارزة | ولاية اترارزة، الترارزة
        mr-dakhlet-nouadhibou MR | ولاية داخلت نواذيبو | داخلت نواذيبو
        mr-tagant MR | تكانت | ولاية تكانت
        mr-guidimakha MR | كيدي ماغا | ولاية كيدي ماغا، كيديماغا، غيدي ماغا
        mr-tiris-zemmour MR | تيرس زمور | ولاية تيرس زمور
        mr-inchiri MR | إينشيري | ولاية إينشيري، انشيري
        mr-nouakchott-north MR | نواكشوط الشمالية | ولاية نواكشوط الشمالية
        mr-nouakchott-south MR | نواكشوط الجنوبية | ولاية نواكشوط الجنوبية
        mr-nouakchott-west MR | نواكشوط الغربية | ولاية نواكشوط الغربية
        mr-djigueni MR | جكني
        mr-timbedra MR | تمبدغة
        mr-oualata MR | ولاتة
        mr-amourj MR | أمرج
        mr-adel-bagrou MR | عدل بكرو
        mr-nbeiket-lahwach MR | انبيكت لحواش
        mr-tintane MR | الطينطان
        mr-kobenni MR | كوبني
        mr-tamchekett MR | تامشكط
        mr-kankossa MR | كنكوصة
        mr-guerou MR | مدينة كرو | مقاطعة كرو
        mr-barkeol MR | باركيول
        mr-boumdeid MR | بومديد
        mr-mbout MR | امبود
        mr-monguel MR | مونكل
        mr-maghama MR | مقاطعة مقامة | مدينة مقامة
        mr-aleg MR | ألاك
        mr-bababe MR | بابابي
        mr-mbagne MR | امباني
        mr-magta-lahjar MR | مقطع لحجار
        mr-boutilimit MR | بوتلميت | أبي تلميت
        mr-mederdra MR | المذرذرة
        mr-ouad-naga MR | واد الناقة
        mr-keur-macene MR | كرمسين
        mr-rkiz MR | الركيز
        mr-ouadane MR | وادان
        mr-aoujeft MR | أوجفت
        mr-tichitt MR | تيشيت
        mr-moudjeria MR | مقاطعة المجرية | مدينة المجرية
        mr-ould-yenge MR | ولد ينج
        mr-fderik MR | افديرك
        mr-bir-moghrein MR | بير أم اكرين
        mr-benichab MR | بنشاب
        mr-chami MR | مدينة الشامي | مقاطعة الشامي
        mr-boulenouar MR | بولنوار
        mr-ksar MR | لكصر | مقاطعة لكصر
        mr-sebkha MR | مقاطعة السبخة
        mr-el-mina MR | مقاطعة الميناء
        mr-arafat MR | مقاطعة عرفات
        mr-toujounine MR | توجنين
        mr-riyadh MR | مقاطعة الرياض
        mr-dar-naim MR | مقاطعة دار النعيم
        mr-teyarett MR | مقاطعة تيارت
        mr-ndiago MR | انجاكو | ميناء انجاكو
        mr-tasiast MR | تازيازت
        mr-richat MR | قلب الريشات
        mr-banc-arguin MR | حوض آرغين
        mr-lemgheity MR | لمغيطي
        mr-fassala MR | فصالة
        mr-ain-farba MR | عين فربة

        # Somalia.
        so-berbera SO | بربرة
        so-beledweyne SO | بلدوين
        so-galkayo SO | جالكعيو | غالكعيو
        so-marka SO | مركا
        so-afgooye SO | أفجوي | أفغوي
        so-dhusamareb SO | طوسمريب | دوسامريب
        so-las-anod SO | لاسعانود | لاس عانود
        so-burao SO | برعو
        so-barawe SO | براوة
        so-hobyo SO | هوبيو
        so-hamar-weyne SO | حمر ويني | مديرية حمر ويني
        so-hamar-jajab SO | حمر ججب | مديرية حمر ججب
        so-shangani SO | شنغاني | مديرية شنغاني
        so-bondhere SO | بونطيري | مديرية بونطيري
        so-abdiaziz SO | مديرية عبد العزيز
        so-hodan SO | هودن | مديرية هودن، حي هودن
        so-wardhigley SO | ورطيغلي | مديرية ورطيغلي
        so-heliwa SO | هيليوا | مديرية هيليوا
        so-yaqshid SO | ياقشيد | مديرية ياقشيد
        so-karan SO | مديرية كاران
        so-shibis SO | مديرية شبس
        so-dayniile SO | دينيلي | مديرية دينيلي
        so-kaxda SO | كاهدا | مديرية كاهدا
        so-wadajir SO | وداجر | مديرية وداجر
        so-dharkenley SO | طركينلي | مديرية طركينلي
        so-hawl-wadaag SO | حول وداج | مديرية حول وداج
        so-waberi SO | مديرية وابري
        so-bakara SO | سوق بكارة | سوق بكارو، سوق بكارا
        so-lido SO | شاطئ ليدو
        so-elasha-biyaha SO | عيلاشا بيها | إيلاشا بياها
        so-adado SO | عدادو
        so-guriel SO | جوريعيل | غوريعيل
        so-abudwaq SO | عابدواق
        so-el-bur SO | عيل بور | عيلبور
        so-el-dhere SO | عيل طير
        so-harardhere SO | هرارطيري
        so-bulo-burde SO | بولوبرتي | بولو بردي
        so-jalalaqsi SO | جلالقسي
        so-mahaday SO | مهداي
        so-balcad SO | بلعد
        so-adan-yabaal SO | آدن يابال | عدن يابال
        so-wanlaweyn SO | وانلاوين
        so-qoryoley SO | قريولي
        so-kurtunwarey SO | كورتنواري
        so-janale SO | جنالي
        so-sablale SO | سبلالي
        so-awdheegle SO | أوطيغلي
        so-bulo-marer SO | بولو مرير | بولومرير
        so-dinsoor SO | دينسور
        so-burhakaba SO | بورهكبا
        so-xudur SO | مدينة حدر
        so-wajid SO | مدينة وجيد
        so-tiyeglow SO | تيجلو
        so-beled-hawo SO | بلد حاوو
        so-dolow SO | دولو
        so-luuq SO | مدينة لوق
        so-garbaharey SO | جربهاري
        so-bardhere SO | بارطيري | بارديري
        so-el-wak SO | عيل واق
        so-afmadow SO | أفمدو
        so-jamame SO | جمامي
        so-badhadhe SO | بدهادي
        so-ras-kamboni SO | رأس كامبوني
        so-kolbio SO | كولبيو
        so-dhobley SO | طوبلي | دوبلي
        so-jilib SO | مدينة جلب
        so-buaale SO | بوالي
        so-saakow SO | مدينة ساكو
        so-hafun SO | رأس حافون | حافون
        so-qardho SO | قرطو | قردو
        so-bandarbeyla SO | بندر بيلا
        so-eyl SO | مدينة إيل
        so-burtinle SO | بورتنلي
        so-galdogob SO | جلدجب | غلدغب
        so-buuhoodle SO | بوهودلي
        so-erigavo SO | عيرجابو | عرجابو
        so-las-khorey SO | لاسقوري | لاس قوري
        so-borama SO | بوراما
        so-zeila SO | زيلع
        so-wajaale SO | وجالي | توجوجالي
        so-gabiley SO | مدينة جبيلي
        so-ainabo SO | عينابو
        so-taleex SO | تليح
        so-el-afweyn SO | عيل أفوين
        so-balanbale SO | بلنبلي

        # Djibouti.
        dj-ali-sabieh DJ | مدينة علي صبيح | إقليم علي صبيح
        dj-dikhil DJ | مدينة دخيل | إقليم دخيل
        dj-tadjourah DJ | تاجورة | مدينة تاجورة، إقليم تاجورة، خليج تاجورة، ميناء تاجورة
        dj-obock DJ | أوبوك | أبخ، مدينة أوبوك
        dj-arta DJ | عرتا | إقليم عرتا
        dj-balbala DJ | بلبلا | بلبالا
        dj-doraleh DJ | دوراله | ميناء دوراله، دورالي
        dj-damerjog DJ | دامرجوغ
        dj-djibouti-port DJ | ميناء جيبوتي
        dj-lake-assal DJ | بحيرة عسل | بحيرة عسال
        dj-lake-abbe DJ | بحيرة أبي | بحيرة أبه
        dj-moucha DJ | جزيرة موشا
        dj-maskali DJ | جزيرة مسكالي
        dj-seven-brothers DJ | جزر الإخوة السبعة
        dj-ras-doumeira - | رأس دميرة | جزيرة دميرة
        dj-loyada DJ | لويادا | منفذ لويادا
        dj-galafi DJ | جالافي | منفذ جالافي
        dj-dewele DJ | ديويلي | منفذ ديويلي
        dj-ali-addeh DJ | مخيم علي عدي | مخيم علي أدي
        dj-holhol DJ | هول هول | مخيم هول هول، هولهول
        dj-markazi DJ | مخيم مركزي
        dj-yoboki DJ | يوبوكي
        dj-as-eyla DJ | أسعيلا | أس عيلا
        dj-randa DJ | بلدة رندا
        dj-ghoubbet DJ | غبة الخراب | خليج غوبيت، غوبيت
        dj-chabelley DJ | قاعدة شابيلي | شابيلي
        dj-lemonnier DJ | معسكر ليمونييه | قاعدة ليمونييه، كامب ليمونييه
        dj-khor-angar DJ | خور أنجار
        dj-moulhoule DJ | مولهولي
        dj-sagallou DJ | سغالو
        dj-balho DJ | بالهو
        dj-alaili-dadda DJ | عاليلي دادا
        dj-assamo DJ | أسامو
        dj-arhiba DJ | أرهيبا | حي أرهيبا
        dj-boulaos DJ | بولاوس | حي بولاوس
        dj-ambouli DJ | أمبولي | حي أمبولي، وادي أمبولي
        dj-haramous DJ | هاراموس | حراموس
        dj-goda DJ | جبال جودا | جبال غودا
        dj-moussa-ali DJ | جبل موسى علي
        dj-day-forest DJ | غابة داي
        dj-hanle DJ | سهل هانلي

        # Comoros.
        km-anjouan KM | أنجوان | جزيرة أنجوان، نزواني
        km-moheli KM | موهيلي | جزيرة موهيلي
        km-grande-comore KM | القمر الكبرى | جزيرة القمر الكبرى، انجازيجا
        km-mayotte - | جزيرة مايوت | مايوت، ماهوري
        km-mamoudzou - | مامودزو
        km-dzaoudzi - | دزاودزي
        km-mutsamudu KM | موتسامودو
        km-fomboni KM | فومبوني
        km-domoni KM | دوموني
        km-mitsamiouli KM | ميتساميولي
        km-iconi KM | إيكوني
        km-mitsoudje KM | ميتسودجي
        km-ouani KM | مدينة واني
        km-karthala KM | جبل كارتالا | بركان كارتالا، كارتالا
        km-hahaya KM | هاهايا
        km-itsandra KM | إتساندرا
        km-ntsaoueni KM | انتساويني
        km-sima KM | مدينة سيما
        km-nioumakele KM | نيوماكيلي
        km-tsembehou KM | تسيمبيهو
        km-bambao KM | بامباو
        """
}
