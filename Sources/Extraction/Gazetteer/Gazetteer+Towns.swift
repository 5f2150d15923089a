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

        # Syria.
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

        # Lebanon.
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
        sa-aflaj SA | الأفلاج
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

        # Sudan.
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

        # Algeria.
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

        # Morocco.
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
        """
}
