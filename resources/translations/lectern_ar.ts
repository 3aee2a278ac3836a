<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="202"/>
        <location filename="../../player/help_dialogs.py" line="203"/>
        <source>About Lectern</source>
        <translation>حول Lectern</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="205"/>
        <source>Lectern %1</source>
        <translation>Lectern %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="207"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="211"/>
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress. It sends your progress to the course server when this computer is online.</source>
        <translation>يشغّل Lectern الدورات دون اتصال بالكامل: تبقى مقاطع الفيديو والقراءات والاختبارات على هذا الحاسوب، وكذلك التقدم الذي تحرزه. ويرسل تقدمك إلى خادم الدورات عندما يكون هذا الحاسوب متصلًا بالشبكة.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="215"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="217"/>
        <source>&amp;Data folder (your courses and progress):</source>
        <translation>مجلد البيانات (دوراتك وتقدمك)(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="221"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="224"/>
        <source>Profile: %1</source>
        <translation>الملف الشخصي: %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="225"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="227"/>
        <source>&amp;Copy path</source>
        <translation>نسخ المسار(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="228"/>
        <source>Copy the data folder&apos;s path</source>
        <translation>نسخ مسار مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="230"/>
        <source>&amp;Open folder</source>
        <translation>فتح المجلد(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="231"/>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
</context>
<context>
    <name>AccessibilityPage</name>
    <message>
        <location filename="../../player/settings/accessibility.py" line="39"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="40"/>
        <source>&amp;High contrast</source>
        <translation>تباين عالٍ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="41"/>
        <source>High contrast colours</source>
        <translation>ألوان عالية التباين</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="45"/>
        <source>Caption size</source>
        <translation>حجم الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="47"/>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="49"/>
        <source>Caption si&amp;ze:</source>
        <translation>حجم الترجمة النصية(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="53"/>
        <source>Caption background</source>
        <translation>خلفية الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="56"/>
        <source>Caption bac&amp;kground:</source>
        <translation>خلفية الترجمة النصية(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="59"/>
        <source>These apply at once and are kept for your profile.</source>
        <translation>تُطبَّق هذه الإعدادات فورًا وتُحفظ في الملف الشخصي الخاص بك.</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="61"/>
        <source>About these settings</source>
        <translation>حول هذه الإعدادات</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../player/announcements.py" line="114"/>
        <source>Announcement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="115"/>
        <source>Announcement text</source>
        <translation>نص الإعلان</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="117"/>
        <source>Announcement title</source>
        <translation>عنوان الإعلان</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="118"/>
        <source>&amp;Open announcements</source>
        <translation>&amp;فتح الإعلانات</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="119"/>
        <source>Open the announcements</source>
        <translation>فتح الإعلانات</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="120"/>
        <source>Mark as &amp;read</source>
        <translation>تعليم كمقر&amp;وء</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="121"/>
        <source>Hide this announcement: it is read</source>
        <translation>إخفاء هذا الإعلان: تمت قراءته</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="131"/>
        <source>Announcement: %1</source>
        <translation>إعلان: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="133"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 (وإعلان آخر)</numerusform>
            <numerusform>%1 (وإعلانان آخران)</numerusform>
            <numerusform>%1 (و%n إعلانات أخرى)</numerusform>
            <numerusform>%1 (و%n إعلانًا آخر)</numerusform>
            <numerusform>%1 (و%n إعلان آخر)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="138"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AnnouncementInbox</name>
    <message>
        <location filename="../../player/announcements.py" line="158"/>
        <location filename="../../player/announcements.py" line="159"/>
        <location filename="../../player/announcements.py" line="162"/>
        <location filename="../../player/announcements.py" line="221"/>
        <source>Announcements</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="164"/>
        <source>Announcements, newest first</source>
        <translation>الإعلانات، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="168"/>
        <source>No announcements yet. Your instructors&apos; announcements arrive when this computer syncs with the course server.</source>
        <translation>لا توجد إعلانات بعد. تصل إعلانات المدرّبين عند مزامنة هذا الحاسوب مع خادم الدورات.</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="171"/>
        <source>No announcements</source>
        <translation>لا توجد إعلانات</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="176"/>
        <source>Announcement title</source>
        <translation>عنوان الإعلان</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="179"/>
        <source>From and when</source>
        <translation>المرسل والتاريخ</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="181"/>
        <source>Announcement text</source>
        <translation>نص الإعلان</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="194"/>
        <source>Mark &amp;all as read</source>
        <translation>تعليم ال&amp;كل كمقروء</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="195"/>
        <source>Mark all announcements as read</source>
        <translation>تعليم كل الإعلانات كمقروءة</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="200"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="201"/>
        <source>Close the announcements</source>
        <translation>إغلاق الإعلانات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="222"/>
        <source>Announcements · %n unread</source>
        <translation>
            <numerusform>الإعلانات · لا شيء غير مقروء</numerusform>
            <numerusform>الإعلانات · إعلان واحد غير مقروء</numerusform>
            <numerusform>الإعلانات · إعلانان غير مقروءين</numerusform>
            <numerusform>الإعلانات · %n إعلانات غير مقروءة</numerusform>
            <numerusform>الإعلانات · %n إعلانًا غير مقروء</numerusform>
            <numerusform>الإعلانات · %n إعلان غير مقروء</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="228"/>
        <source>unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="255"/>
        <source>From %1, %2</source>
        <translation>من %1، %2</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../player/widgets/banner.py" line="89"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../player/widgets/banner.py" line="148"/>
        <source>Hide this notice</source>
        <translation>إخفاء هذا الإشعار</translation>
    </message>
</context>
<context>
    <name>CaptionStyle</name>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="36"/>
        <source>Black</source>
        <translation>أسود</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="37"/>
        <source>Black, see-through</source>
        <translation>أسود شفاف</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="38"/>
        <source>Dark grey</source>
        <translation>رمادي داكن</translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <location filename="../../player/catalog_card.py" line="58"/>
        <source>Course on the course server: %1</source>
        <translation>دورة على خادم الدورات: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="67"/>
        <source>Course title</source>
        <translation>عنوان الدورة</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="69"/>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="72"/>
        <source>Language, version and publisher</source>
        <translation>اللغة والإصدار والناشر</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="73"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="75"/>
        <source>Languages and download sizes</source>
        <translation>اللغات وأحجام التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="78"/>
        <source>Language to download</source>
        <translation>اللغة المراد تنزيلها</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="88"/>
        <source>State on this computer</source>
        <translation>الحالة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="91"/>
        <source>Download choices and sizes</source>
        <translation>خيارات التنزيل وأحجامها</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="94"/>
        <location filename="../../player/catalog_card.py" line="184"/>
        <source>Download choice for %1</source>
        <translation>خيار التنزيل لـ %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="103"/>
        <source>&amp;Choice:</source>
        <translation>الخيار(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="106"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="156"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="159"/>
        <source>%1 (installed)</source>
        <translation>%1 (مثبّتة)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="163"/>
        <source>%1 (%2 more with %3 installed)</source>
        <translation>%1 (%2 إضافية مع تثبيت %3)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="170"/>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Low bandwidth</source>
        <translation>نطاق ترددي منخفض</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="202"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (%2p)</source>
        <translation>%1 (%2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (up to %2p)</source>
        <translation>%1 (حتى %2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="222"/>
        <source>%1 — size not known yet</source>
        <translation>%1 — الحجم غير معروف بعد</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="226"/>
        <source>%1, the same as %2</source>
        <translation>%1، مثل %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="234"/>
        <source>The smallest video of each lecture (%1p), captions and readings: for slow or costly internet.</source>
        <translation>أصغر فيديو لكل محاضرة (%1p) والترجمة النصية والقراءات: للإنترنت البطيء أو المكلف.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="237"/>
        <source>The smallest video of each lecture, captions and readings: for slow or costly internet.</source>
        <translation>أصغر فيديو لكل محاضرة والترجمة النصية والقراءات: للإنترنت البطيء أو المكلف.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="240"/>
        <source>Videos up to %1p, captions and readings.</source>
        <translation>مقاطع فيديو حتى %1p والترجمة النصية والقراءات.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="241"/>
        <source>Videos up to 480p, captions and readings.</source>
        <translation>مقاطع فيديو حتى 480p والترجمة النصية والقراءات.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="243"/>
        <source>Every video quality (up to %1p), captions and readings.</source>
        <translation>كل جودات الفيديو (حتى %1p) والترجمة النصية والقراءات.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="245"/>
        <source>Every video quality, captions and readings.</source>
        <translation>كل جودات الفيديو والترجمة النصية والقراءات.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="248"/>
        <source>This course has no videos.</source>
        <translation>لا تحتوي هذه الدورة على مقاطع فيديو.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="250"/>
        <source>This course has no larger videos, so it is the same download as %1.</source>
        <translation>لا تحتوي هذه الدورة على مقاطع فيديو أكبر، لذا فتنزيلها هو نفسه تنزيل %1.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="261"/>
        <source>size not known yet</source>
        <translation>الحجم غير معروف بعد</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="262"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="279"/>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="280"/>
        <source>Waiting to download</source>
        <translation>في انتظار التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="282"/>
        <source>Pausing download…</source>
        <translation>جارٍ إيقاف التنزيل مؤقتًا…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="284"/>
        <source>Cancelling download…</source>
        <translation>جارٍ إلغاء التنزيل…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="286"/>
        <source>Download paused</source>
        <translation>التنزيل متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="288"/>
        <source>Download stopped: see Downloads</source>
        <translation>توقف التنزيل: راجع التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="292"/>
        <source>Installed: %1</source>
        <translation>مثبّتة: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="294"/>
        <source>standard quality</source>
        <translation>الجودة القياسية</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="296"/>
        <location filename="../../player/catalog_card.py" line="347"/>
        <location filename="../../player/catalog_card.py" line="351"/>
        <source>Installed</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="299"/>
        <source>Update available: version %1 (you have %2)</source>
        <translation>يتوفر تحديث: الإصدار %1 (لديك %2)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="302"/>
        <source>Not on this computer</source>
        <translation>غير موجودة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="337"/>
        <source>Get &amp;standard quality</source>
        <translation>الحصول على الجودة القياسية(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="338"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>الحصول على الجودة القياسية لـ %1: %2 إضافية</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="340"/>
        <source>Get &amp;every quality</source>
        <translation>الحصول على كل الجودات(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="341"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>الحصول على كل جودات الفيديو لـ %1: %2 إضافية</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="344"/>
        <source>Downloads only the videos this computer does not have yet (%1); the course stays usable meanwhile.</source>
        <translation>يقتصر التنزيل على مقاطع الفيديو غير الموجودة بعد على هذا الحاسوب (%1)؛ وتبقى الدورة قابلة للاستخدام في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="348"/>
        <source>%1 is installed with this choice</source>
        <translation>%1 مثبّتة بهذا الخيار</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="352"/>
        <source>%1 is installed</source>
        <translation>%1 مثبّتة</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="355"/>
        <source>&amp;Update</source>
        <translation>تحديث(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="356"/>
        <source>Update %1</source>
        <translation>تحديث %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="359"/>
        <source>In Downloads</source>
        <translation>في التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="360"/>
        <source>%1 is in Downloads</source>
        <translation>%1 في التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="363"/>
        <source>&amp;Download</source>
        <translation>تنزيل(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="364"/>
        <source>Download %1</source>
        <translation>تنزيل %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../player/catalog_view.py" line="59"/>
        <source>Course catalog</source>
        <translation>فهرس الدورات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>Refresh the catalog</source>
        <translation>تحديث الفهرس</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="74"/>
        <source>Ask the course server for its list again</source>
        <translation>طلب قائمة الدورات من خادم الدورات مجددًا</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Do&amp;wnloads…</source>
        <translation>التنزيلات(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Show downloads</source>
        <translation>عرض التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="77"/>
        <source>Progress of your downloads (Ctrl+J)</source>
        <translation>تقدم التنزيلات (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="79"/>
        <source>Catalog status</source>
        <translation>حالة الفهرس</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="80"/>
        <source>&amp;Sign in…</source>
        <translation>تسجيل الدخول(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="81"/>
        <source>Sign in to the course server</source>
        <translation>تسجيل الدخول إلى خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="87"/>
        <source>No courses</source>
        <translation>لا توجد دورات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="88"/>
        <source>Courses on the course server</source>
        <translation>الدورات على خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="95"/>
        <source>Sign in to the course server to see the courses it offers you.</source>
        <translation>سجّل الدخول إلى خادم الدورات لترى الدورات التي يتيحها لك.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="130"/>
        <source>Asking the course server for its courses…</source>
        <translation>جارٍ طلب الدورات من خادم الدورات…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="142"/>
        <source>Sign in to the course server to see the courses it offers you and download them.</source>
        <translation>سجّل الدخول إلى خادم الدورات لترى الدورات التي يتيحها لك وتبدأ تنزيلها.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="146"/>
        <source>You are not signed in. This is the list the course server sent on %1; sign in to see today&apos;s and to download.</source>
        <translation>لم تسجّل الدخول. هذه هي القائمة التي أرسلها خادم الدورات في %1؛ سجّل الدخول لترى قائمة اليوم ولتبدأ التنزيل.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="189"/>
        <source>You are offline: the course server cannot be reached. This is the list it sent on %1; downloads start when the connection returns.</source>
        <translation>أنت دون اتصال: يتعذر الوصول إلى خادم الدورات. هذه هي القائمة التي أرسلها في %1؛ ويبدأ التنزيل عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="195"/>
        <source>The course server at %1 offers you no courses yet. Ask your court&apos;s administrator to enrol you.</source>
        <translation>لا يتيح لك خادم الدورات في %1 أي دورات بعد. اطلب من المسؤول الإداري في محكمتك تسجيلك في الدورة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/catalog_view.py" line="199"/>
        <source>%n course(s) offered to you by %1.</source>
        <translation>
            <numerusform>لا توجد دورات متاحة لك من %1.</numerusform>
            <numerusform>دورة واحدة متاحة لك من %1.</numerusform>
            <numerusform>دورتان متاحتان لك من %1.</numerusform>
            <numerusform>%n دورات متاحة لك من %1.</numerusform>
            <numerusform>%n دورة متاحة لك من %1.</numerusform>
            <numerusform>%n دورة متاحة لك من %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="248"/>
        <source>The better videos of “%1” (%2) were added to your downloads (Ctrl+J shows them); the course stays usable meanwhile.</source>
        <translation>أُضيفت مقاطع الفيديو الأفضل من «%1» (%2) إلى التنزيلات (يعرضها Ctrl+J)؛ وتبقى الدورة قابلة للاستخدام في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="253"/>
        <source>“%1” was added to your downloads (Ctrl+J shows them).</source>
        <translation>أُضيفت «%1» إلى التنزيلات (يعرضها Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>CertificateAnnouncer</name>
    <message>
        <location filename="../../player/certificates/announcer.py" line="37"/>
        <source>Your certificate for “%1” has arrived: Go ▸ Certificates to save or print it.</source>
        <translation>وصلت شهادتك عن دورة «%1»: اختر «انتقال ◂ الشهادات» لحفظها أو طباعتها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/announcer.py" line="39"/>
        <source>%n certificate(s) arrived: Go ▸ Certificates to save or print them.</source>
        <translation>
            <numerusform>لم تصل أي شهادات.</numerusform>
            <numerusform>وصلت شهادة واحدة: اختر «انتقال ◂ الشهادات» لحفظها أو طباعتها.</numerusform>
            <numerusform>وصلت شهادتان: اختر «انتقال ◂ الشهادات» لحفظهما أو طباعتهما.</numerusform>
            <numerusform>وصلت %n شهادات: اختر «انتقال ◂ الشهادات» لحفظها أو طباعتها.</numerusform>
            <numerusform>وصلت %n شهادة: اختر «انتقال ◂ الشهادات» لحفظها أو طباعتها.</numerusform>
            <numerusform>وصلت %n شهادة: اختر «انتقال ◂ الشهادات» لحفظها أو طباعتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="132"/>
        <source>Certificate for %1</source>
        <translation>شهادة %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="134"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="135"/>
        <source>Date, hours, language and state</source>
        <translation>التاريخ والساعات واللغة والحالة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>&amp;Open</source>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>Open the certificate for %1</source>
        <translation>فتح شهادة %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="142"/>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بتنسيق PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="143"/>
        <source>Save the certificate for %1 as a PDF</source>
        <translation>حفظ شهادة %1 بتنسيق PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="145"/>
        <source>An A4 page to print, with a QR code that holds the whole certificate</source>
        <translation>صفحة بحجم A4 للطباعة، فيها رمز QR يحمل الشهادة كاملة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="146"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>حفظ بيانات الاعتماد (JSON)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="147"/>
        <source>Save the credential for %1 as JSON</source>
        <translation>حفظ بيانات الاعتماد لـ %1 بتنسيق JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="149"/>
        <source>The signed Open Badges credential, for a verifier or a digital wallet</source>
        <translation>بيانات الاعتماد الموقّعة بمعيار Open Badges، لجهة تحقق أو محفظة رقمية</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="157"/>
        <source>Why it cannot be saved</source>
        <translation>لماذا لا يمكن حفظها</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="193"/>
        <source>Certificate — %1</source>
        <translation>الشهادة — %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="194"/>
        <source>Certificate for %1</source>
        <translation>شهادة %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="195"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="213"/>
        <source>Holder:</source>
        <translation>الحامل:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="214"/>
        <source>Course:</source>
        <translation>الدورة:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="215"/>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="216"/>
        <source>Hours:</source>
        <translation>الساعات:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="217"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="219"/>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="220"/>
        <source>Issuer:</source>
        <translation>جهة الإصدار:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="221"/>
        <source>Issuer key:</source>
        <translation>مفتاح جهة الإصدار:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="222"/>
        <source>Certificate id:</source>
        <translation>معرّف الشهادة:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="223"/>
        <source>Requirements met:</source>
        <translation>المتطلبات المستوفاة:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="230"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="242"/>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بتنسيق PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="243"/>
        <source>Save the certificate as a PDF</source>
        <translation>حفظ الشهادة بتنسيق PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="244"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>حفظ بيانات الاعتماد (JSON)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="245"/>
        <source>Save the credential as JSON</source>
        <translation>حفظ بيانات الاعتماد بتنسيق JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="253"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="281"/>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="288"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="290"/>
        <source>No certificates yet. When you meet a course&apos;s requirements (the course screen&apos;s Requirements button lists them), its certificate arrives with the next sync.</source>
        <translation>لا توجد شهادات بعد. عندما تستوفي متطلبات دورة ما (يسردها زر «المتطلبات» في شاشة الدورة)، تصل شهادتها مع المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="292"/>
        <source>No certificates</source>
        <translation>لا توجد شهادات</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="293"/>
        <source>Your certificates</source>
        <translation>شهاداتك</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="397"/>
        <source>Save the certificate as a PDF</source>
        <translation>حفظ الشهادة بتنسيق PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="398"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="402"/>
        <source>Save the credential as JSON</source>
        <translation>حفظ بيانات الاعتماد بتنسيق JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="403"/>
        <source>Credentials (*.json)</source>
        <translation>بيانات الاعتماد (*.json)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="416"/>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="431"/>
        <source>The credential could not be saved: %1</source>
        <translation>تعذّر حفظ بيانات الاعتماد: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="443"/>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="173"/>
        <source>Protect with a P&amp;IN</source>
        <translation>الحماية برمز PIN(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="174"/>
        <source>Protect the profile with a PIN</source>
        <translation>حماية الملف الشخصي برمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="177"/>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="179"/>
        <source>New PIN again</source>
        <translation>تأكيد رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="182"/>
        <source>&amp;New PIN:</source>
        <translation>رمز PIN الجديد(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="185"/>
        <source>&amp;Again:</source>
        <translation>مرة أخرى(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Save the PIN</source>
        <translation>حفظ رمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CompletionBanner</name>
    <message>
        <location filename="../../player/course/parts.py" line="35"/>
        <location filename="../../player/course/parts.py" line="38"/>
        <source>Course completed</source>
        <translation>اكتملت الدورة</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="36"/>
        <source>What happens next</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="37"/>
        <source>You have completed this course.</source>
        <translation>لقد أكملت هذه الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="39"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../player/library_view.py" line="99"/>
        <source>Course: %1</source>
        <translation>الدورة: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="111"/>
        <source>Course title</source>
        <translation>عنوان الدورة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="115"/>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="118"/>
        <source>Language, size and publisher</source>
        <translation>اللغة والحجم والناشر</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="120"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="123"/>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="124"/>
        <source>Installed languages</source>
        <translation>اللغات المثبّتة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="130"/>
        <source>%1 of %2 required items done</source>
        <translation>أُنجز %1 من %2 من العناصر المطلوبة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="132"/>
        <source>Progress in %1</source>
        <translation>التقدم في %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137"/>
        <source>Last studied: %1</source>
        <translation>آخر دراسة: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Not started yet</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Last studied</source>
        <translation>آخر دراسة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="141"/>
        <source>Publisher signature</source>
        <translation>توقيع الناشر</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="144"/>
        <source>Next module</source>
        <translation>الوحدة التالية</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>✓ Completed: all required items are done</source>
        <translation>✓ مكتملة: أُنجزت كل العناصر المطلوبة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review %1</source>
        <translation>مراجعة %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="158"/>
        <source>Open the course from its first item</source>
        <translation>فتح الدورة من عنصرها الأول</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Continue %1</source>
        <translation>متابعة %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Start %1</source>
        <translation>بدء %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="174"/>
        <source>Cover of %1</source>
        <translation>غلاف %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="203"/>
        <source>Module %1 opens on %2.</source>
        <translation>تُفتح الوحدة %1 في %2.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="204"/>
        <source>Module %1 opens later.</source>
        <translation>تُفتح الوحدة %1 لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="211"/>
        <source>Signed by a publisher this computer trusts.</source>
        <translation>موقّعة من ناشر يثق به هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="212"/>
        <source>Not signed by a publisher.</source>
        <translation>غير موقّعة من ناشر.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="213"/>
        <source>Signed by a publisher this computer does not know.</source>
        <translation>موقّعة من ناشر لا يعرفه هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="215"/>
        <source>Signature: %1</source>
        <translation>التوقيع: %1</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>&amp;Library</source>
        <translation>المكتبة(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>Back to the library</source>
        <translation>العودة إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="38"/>
        <source>Back to your courses (Ctrl+L)</source>
        <translation>العودة إلى دوراتك (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="46"/>
        <source>Course title</source>
        <translation>عنوان الدورة</translation>
    </message>
</context>
<context>
    <name>CourseMarks</name>
    <message>
        <location filename="../../player/course/marks.py" line="65"/>
        <source>%1 watched. Watch the parts you skipped to complete it.</source>
        <translation>شوهد %1. شاهد الأجزاء التي تخطيتها لإكماله.</translation>
    </message>
    <message>
        <location filename="../../player/course/marks.py" line="66"/>
        <source>%1 watched. Keep watching to complete it.</source>
        <translation>شوهد %1. تابع المشاهدة لإكماله.</translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../../player/course/outline.py" line="127"/>
        <source>Course outline</source>
        <translation>مخطط الدورة</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="129"/>
        <source>Modules and their items. Press Enter to open an item.</source>
        <translation>الوحدات وعناصرها. اضغط Enter لفتح عنصر.</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="145"/>
        <source>Outline columns</source>
        <translation>أعمدة المخطط</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="159"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Discussion</source>
        <translation>مناقشة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="171"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="172"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="172"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="174"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="179"/>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="185"/>
        <location filename="../../player/course/outline.py" line="318"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="190"/>
        <location filename="../../player/course/outline.py" line="340"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="193"/>
        <source>%1 · optional</source>
        <translation>%1 · اختياري</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="194"/>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens on %1</source>
        <translation>تُفتح في %1</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens later</source>
        <translation>تُفتح لاحقًا</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="263"/>
        <source>%1, locked, %2</source>
        <translation>%1، مقفلة، %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="265"/>
        <location filename="../../player/course/outline.py" line="291"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="287"/>
        <source>%1: %2, locked, %3</source>
        <translation>%1: %2، مقفل، %3</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="289"/>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="312"/>
        <source>%n new</source>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>واحد جديد</numerusform>
            <numerusform>اثنان جديدان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدًا</numerusform>
            <numerusform>%n جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="323"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="340"/>
        <source>started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="341"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="342"/>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1: %2، %3، %4، %5</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="351"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <location filename="../../player/course_view.py" line="109"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="147"/>
        <source>Outline and item</source>
        <translation>المخطط والعنصر</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="224"/>
        <source>Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum posts not yet sent to the course server are removed from this computer. This cannot be undone.</source>
        <translation>هل تريد حذف الملف الشخصي «%1»؟ سيُزال من هذا الحاسوب تقدمه ومحاولات الاختبارات وأي تغييرات أو مشاركات في المنتدى لم تُرسل بعد إلى خادم الدورات. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="228"/>
        <source>What deleting removes</source>
        <translation>ما الذي يزيله الحذف</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>&amp;Delete profile</source>
        <translation>حذف الملف الشخصي(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>Delete the profile</source>
        <translation>حذف الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="231"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DownloadCard</name>
    <message>
        <location filename="../../player/downloads_view.py" line="79"/>
        <source>Download of %1</source>
        <translation>تنزيل %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>low bandwidth</source>
        <translation>نطاق ترددي منخفض</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="92"/>
        <source>everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="93"/>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="96"/>
        <source>Language, version and choice</source>
        <translation>اللغة والإصدار والخيار</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="98"/>
        <source>Download state</source>
        <translation>حالة التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="103"/>
        <source>Progress of %1</source>
        <translation>تقدم %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="105"/>
        <source>File being downloaded</source>
        <translation>الملف الجاري تنزيله</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="108"/>
        <source>Progress of the current file</source>
        <translation>تقدم الملف الحالي</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="112"/>
        <source>Speed and time left</source>
        <translation>السرعة والوقت المتبقي</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="113"/>
        <source>Download message</source>
        <translation>رسالة التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>&amp;Pause</source>
        <translation>إيقاف مؤقت(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>Pause %1</source>
        <translation>إيقاف %1 مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <location filename="../../player/downloads_view.py" line="296"/>
        <source>&amp;Resume</source>
        <translation>استئناف(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <source>Resume %1</source>
        <translation>استئناف %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="124"/>
        <source>&amp;Cancel download</source>
        <translation>إلغاء التنزيل(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="125"/>
        <source>Cancel the download of %1</source>
        <translation>إلغاء تنزيل %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>&amp;Open course</source>
        <translation>فتح الدورة(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="130"/>
        <location filename="../../player/downloads_view.py" line="305"/>
        <source>Get &amp;standard quality</source>
        <translation>الحصول على الجودة القياسية(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="131"/>
        <source>Get standard quality for %1</source>
        <translation>الحصول على الجودة القياسية لـ %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="133"/>
        <source>Downloads only the better videos this computer does not have yet; the course stays usable meanwhile.</source>
        <translation>يقتصر التنزيل على مقاطع الفيديو الأفضل غير الموجودة بعد على هذا الحاسوب؛ وتبقى الدورة قابلة للاستخدام في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="176"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 من %2 (%3٪)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="180"/>
        <source>Size not known yet</source>
        <translation>الحجم غير معروف بعد</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="193"/>
        <source>Now: %1 — %2 of %3</source>
        <translation>الآن: %1 — %2 من %3</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="198"/>
        <source>%1/s</source>
        <translation>%1/ث</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="241"/>
        <source>Waiting for the course server</source>
        <translation>في انتظار خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="242"/>
        <source>The course server cannot be reached right now; Lectern will retry by itself and resume where it stopped.</source>
        <translation>يتعذر الوصول إلى خادم الدورات حاليًا؛ سيعيد Lectern المحاولة تلقائيًا ويستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="245"/>
        <source>Waiting for download hours</source>
        <translation>في انتظار ساعات التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="246"/>
        <source>Court IT allows downloads only at certain hours on this computer; the download starts by itself then.</source>
        <translation>يسمح قسم تقنية المعلومات في المحكمة بالتنزيل على هذا الحاسوب في ساعات محددة فقط؛ وسيبدأ التنزيل تلقائيًا حينها.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="249"/>
        <source>Checking the files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="251"/>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="253"/>
        <source>Pausing…</source>
        <translation>جارٍ الإيقاف المؤقت…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="254"/>
        <location filename="../../player/downloads_view.py" line="264"/>
        <source>What was downloaded is kept; Resume goes on from there.</source>
        <translation>يُحتفظ بما تم تنزيله؛ ويتابع «استئناف» من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="256"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="257"/>
        <source>The downloaded parts of this course are being deleted.</source>
        <translation>جارٍ حذف الأجزاء التي تم تنزيلها من هذه الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="259"/>
        <source>Waiting to start</source>
        <translation>في انتظار البدء</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="260"/>
        <source>It starts when the download before it has finished and the course server can be reached.</source>
        <translation>يبدأ عند انتهاء التنزيل السابق له وإمكانية الوصول إلى خادم الدورات.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="263"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="266"/>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="267"/>
        <source>The download stopped.</source>
        <translation>توقف التنزيل.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="269"/>
        <source>Installed</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="270"/>
        <source>The course is in your library.</source>
        <translation>الدورة موجودة في مكتبتك.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="272"/>
        <source>The course is in your library with the smallest videos. Get standard quality downloads only the better videos (%1).</source>
        <translation>الدورة موجودة في مكتبتك بأصغر مقاطع الفيديو. يقتصر تنزيل «الحصول على الجودة القياسية» على مقاطع الفيديو الأفضل (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="276"/>
        <source>The course is in your library. Get every quality downloads only the videos it does not have yet (%1).</source>
        <translation>الدورة موجودة في مكتبتك. يقتصر تنزيل «الحصول على كل الجودات» على مقاطع الفيديو غير الموجودة فيها بعد (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="294"/>
        <source>Try &amp;again</source>
        <translation>إعادة المحاولة(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="295"/>
        <source>&amp;Download again</source>
        <translation>التنزيل مجددًا(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="306"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>الحصول على الجودة القياسية لـ %1: %2 إضافية</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="308"/>
        <source>Get &amp;every quality</source>
        <translation>الحصول على كل الجودات(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="309"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>الحصول على كل جودات الفيديو لـ %1: %2 إضافية</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="167"/>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="168"/>
        <source>&amp;No limit</source>
        <translation>بلا حد(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="169"/>
        <source>No download speed limit</source>
        <translation>بلا حد لسرعة التنزيل</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="174"/>
        <source> kbit/s</source>
        <translation> كيلوبت/ث</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="175"/>
        <source>Download speed limit in kilobits per second</source>
        <translation>حد سرعة التنزيل بالكيلوبت في الثانية</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="178"/>
        <source>&amp;Speed limit:</source>
        <translation>حد السرعة(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="181"/>
        <source>Keeps downloads from filling a thin court link.</source>
        <translation>يمنع التنزيل من استهلاك اتصال المحكمة المحدود.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="183"/>
        <source>An&amp;y time</source>
        <translation>في أي وقت(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="184"/>
        <source>Download at any time</source>
        <translation>التنزيل في أي وقت</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="187"/>
        <source>Downloads start at</source>
        <translation>يبدأ التنزيل في</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="188"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="191"/>
        <source>Downloads stop at</source>
        <translation>يتوقف التنزيل في</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="197"/>
        <source>or only from</source>
        <translation>أو فقط من</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="199"/>
        <source>Download &amp;hours:</source>
        <translation>ساعات التنزيل(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="203"/>
        <source>Outside these hours downloads wait, for example 22:00 to 06:00 for nights only.</source>
        <translation>خارج هذه الساعات ينتظر التنزيل، مثلًا من 22:00 إلى 06:00 للتنزيل ليلًا فقط.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="206"/>
        <source>&amp;Save data (slow or costly internet)</source>
        <translation>توفير البيانات (إنترنت بطيء أو مكلف)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="207"/>
        <source>Save data</source>
        <translation>توفير البيانات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="208"/>
        <source>Internet:</source>
        <translation>الإنترنت:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="210"/>
        <source>No video downloads; only small progress updates are sent.</source>
        <translation>لا تنزيل لمقاطع الفيديو؛ تُرسل فقط تحديثات صغيرة عن التقدم.</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../player/downloads_view.py" line="59"/>
        <source>less than a minute left</source>
        <translation>بقي أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="62"/>
        <source>about %1 min left</source>
        <translation>بقي نحو %1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="64"/>
        <source>about %1 h %2 min left</source>
        <translation>بقي نحو %1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="334"/>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Course &amp;catalog…</source>
        <translation>فهرس الدورات(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Show the course catalog</source>
        <translation>عرض فهرس الدورات</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="340"/>
        <source>Choose courses to download (Ctrl+K)</source>
        <translation>اختيار دورات لتنزيلها (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="341"/>
        <source>Downloads status</source>
        <translation>حالة التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="342"/>
        <source>Download list</source>
        <translation>قائمة التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="344"/>
        <source>Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its download continues by itself, even after Lectern is closed and opened again.</source>
        <translation>لا شيء للتنزيل. افتح فهرس الدورات (Ctrl+K) لاختيار دورة؛ ويستمر تنزيلها تلقائيًا، حتى بعد إغلاق Lectern وفتحه مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="346"/>
        <source>No downloads</source>
        <translation>لا توجد تنزيلات</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="49"/>
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation>هذا الملف تالف أو غير مكتمل، لذا لا يستطيع Lectern فتحه. اطلب نسخة جديدة من قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="53"/>
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation>الوصف الموجود داخل ملف الدورة هذا غير صحيح، لذا لا يستطيع Lectern استخدامه. اطلب نسخة مصححة من قسم تقنية المعلومات في المحكمة أو من الناشر.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="57"/>
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation>هذه ليست دورة يستطيع هذا الإصدار من Lectern فتحها. قد تحتاج إلى إصدار أحدث من Lectern: اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="61"/>
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation>هذا الملف تالف: جزء من الدورة لا يطابق مجموع التحقق الخاص به. اطلب نسخة جديدة من قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="65"/>
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation>هذا الملف غير مكتمل: جزء من الدورة مفقود منه. اطلب نسخة جديدة من قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="69"/>
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation>يحتوي هذا الملف على أشياء لا ينبغي أن تحتويها دورة، لذا لم يفتحه Lectern. اطلب نسخة جديدة من قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="73"/>
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation>يحاول هذا الملف الكتابة خارج مجلده، لذا رفضه Lectern حفاظًا على أمان هذا الحاسوب. يُرجى إبلاغ قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="77"/>
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation>الوصف الموجود داخل ملف الدورة هذا غير متسق: جزآن يحملان الاسم نفسه. اطلب نسخة مصححة من الناشر.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="81"/>
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation>حجم هذه الدورة أكبر مما يقبله Lectern. اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="84"/>
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation>ملف الدورة هذا غير موقّع، لذا لا يستطيع Lectern معرفة من أعدّه ولم يستورده. اطلب من قسم تقنية المعلومات في المحكمة نسخة موقّعة، أو السماح بالدورات غير الموقّعة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="89"/>
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher&apos;s key.</source>
        <translation>هذه الدورة موقّعة من ناشر لا يعرفه هذا الحاسوب، لذا لم يستوردها Lectern. اطلب من قسم تقنية المعلومات في المحكمة إضافة مفتاح الناشر.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="93"/>
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation>تم تغيير ملف الدورة هذا بعد أن وقّعه الناشر، لذا لم يستورده Lectern. لا تستخدم هذه النسخة؛ واطلب نسخة جديدة من قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="97"/>
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation>تحتوي إحدى القراءات في هذه الدورة على محتوى غير آمن (نصوص برمجية أو روابط إلى صفحات ويب)، لذا رفضها Lectern. اطلب نسخة مصححة من الناشر.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="101"/>
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation>إصدار أحدث من هذه الدورة مثبّت بالفعل، لذا لم تُستورد هذه النسخة. لم يتغير تقدمك.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="105"/>
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation>مجلد الدورة غير مكتمل أو غير صحيح؛ توضح التفاصيل ما يجب إصلاحه.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="113"/>
        <source>This is not a Lectern course file. Lectern opens course files (ending in .lectern) that court IT or the course provider gives you.</source>
        <translation>هذا ليس ملف دورة من Lectern. يفتح Lectern ملفات الدورات (التي تنتهي بـ ‎.lectern) التي يقدمها لك قسم تقنية المعلومات في المحكمة أو مزوّد الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="123"/>
        <source>The course server cannot be reached right now. Everything stays on this computer, and Lectern tries again by itself.</source>
        <translation>يتعذر الوصول إلى خادم الدورات حاليًا. يبقى كل شيء على هذا الحاسوب، ويعيد Lectern المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="127"/>
        <source>Please sign in to the course server again. Nothing you did on this computer is lost.</source>
        <translation>يُرجى تسجيل الدخول إلى خادم الدورات مجددًا. لم يضع شيء مما فعلته على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="130"/>
        <source>The course server says you are not enrolled in this course. Ask your court&apos;s administrator to enrol you.</source>
        <translation>يفيد خادم الدورات بأنك غير مسجّل في هذه الدورة. اطلب من المسؤول الإداري في محكمتك تسجيلك فيها.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="134"/>
        <source>The course server no longer offers this course or this version of it.</source>
        <translation>لم يعد خادم الدورات يتيح هذه الدورة أو هذا الإصدار منها.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="137"/>
        <source>The course server is having trouble. Lectern will try again later by itself.</source>
        <translation>يواجه خادم الدورات مشكلة. سيعيد Lectern المحاولة لاحقًا تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="140"/>
        <source>The course server is busy and asked Lectern to wait; it will try again by itself.</source>
        <translation>خادم الدورات مشغول وطلب من Lectern الانتظار؛ وسيعيد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="143"/>
        <source>The answer did not come from a Lectern course server. Check the course server address; if it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>لم تأتِ الإجابة من خادم دورات Lectern. تحقق من عنوان خادم الدورات؛ وإذا كان صحيحًا، فقد يعترض الطريق خادم وكيل أو صفحة تسجيل دخول: اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="147"/>
        <source>The course server address or this computer&apos;s network settings (proxy, certificates) are not right. Check the address, or ask court IT.</source>
        <translation>عنوان خادم الدورات أو إعدادات الشبكة في هذا الحاسوب (الخادم الوكيل، الشهادات) غير صحيحة. تحقق من العنوان، أو اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="155"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. تحقق منهما وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="157"/>
        <source>Type the address of your course server, for example courses.example.org</source>
        <translation>اكتب عنوان خادم الدورات، مثلًا courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="160"/>
        <source>This is not a course server address:
%1
Type an address such as courses.example.org</source>
        <translation>هذا ليس عنوان خادم دورات:
%1
اكتب عنوانًا مثل courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="163"/>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="164"/>
        <source>The course server cannot be reached at this address:
%1
Check the address and that this computer is connected to the network, then try again.</source>
        <translation>يتعذر الوصول إلى خادم الدورات على هذا العنوان:
%1
تحقق من العنوان ومن اتصال هذا الحاسوب بالشبكة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="168"/>
        <source>This address did not answer as a Lectern course server:
%1
Check the address. If it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>لم يستجب هذا العنوان كخادم دورات Lectern:
%1
تحقق من العنوان. وإذا كان صحيحًا، فقد يعترض الطريق خادم وكيل أو صفحة تسجيل دخول: اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="172"/>
        <source>Lectern could not connect safely to the course server at this address:
%1
Check the address. If it is right, this computer&apos;s network settings (proxy, certificates) need court IT.</source>
        <translation>تعذّر على Lectern الاتصال بأمان بخادم الدورات على هذا العنوان:
%1
تحقق من العنوان. وإذا كان صحيحًا، فإن إعدادات الشبكة في هذا الحاسوب (الخادم الوكيل، الشهادات) تحتاج إلى قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="177"/>
        <source>The course server does not let this user sign in. Check the user name, or ask your court&apos;s administrator.</source>
        <translation>لا يسمح خادم الدورات لهذا المستخدم بتسجيل الدخول. تحقق من اسم المستخدم، أو اسأل المسؤول الإداري في محكمتك.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="181"/>
        <source>The course server is having trouble. Try again in a few minutes.</source>
        <translation>يواجه خادم الدورات مشكلة. حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="183"/>
        <source>The course server is busy. Wait a minute, then try again.</source>
        <translation>خادم الدورات مشغول. انتظر دقيقة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="185"/>
        <source>The download cannot go on. The details say why; when you try again it resumes where it stopped.</source>
        <translation>لا يمكن متابعة التنزيل. توضح التفاصيل السبب؛ وعند إعادة المحاولة يُستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="190"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>أُلغي. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="191"/>
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation>القرص ممتلئ، لذا لم يتغير شيء. حرّر بعض المساحة أو اسأل قسم تقنية المعلومات في المحكمة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="194"/>
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation>لم تعد هذه الدورة مثبّتة على هذا الحاسوب. استوردها مجددًا لدراستها؛ وقد احتُفظ بتقدمك.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="198"/>
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation>تعذّر على Lectern استخدام مجلد بياناته. تحقق من وجود القرص وأنه غير ممتلئ، أو اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="202"/>
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation>أحد ملفات مفاتيح الناشرين مفقود أو تالف. اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="204"/>
        <source>Lectern&apos;s settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation>يحتوي ملف إعدادات Lectern على خطأ. اطلب من قسم تقنية المعلومات في المحكمة تصحيحه.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="206"/>
        <source>Lectern could not do this.</source>
        <translation>تعذّر على Lectern تنفيذ ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="207"/>
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation>لا يجد Lectern هذا الملف. ربما نُقل، أو أُزيلت ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="210"/>
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation>غير مسموح لـ Lectern بقراءة هذا الملف أو الكتابة فيه. اسأل قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="212"/>
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation>تعذّر على Lectern قراءة ملف أو الكتابة فيه. إذا كانت الدورة على ذاكرة USB، فتحقق من أنها لا تزال موصولة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="216"/>
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation>حدث خطأ داخل Lectern. عملك السابق محفوظ. إذا تكرر ذلك، فأخبر قسم تقنية المعلومات في المحكمة بما كنت تفعله.</translation>
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="35"/>
        <source>Saved now and sent with the next sync (Ctrl+Return)</source>
        <translation>يُحفظ الآن ويُرسل مع المزامنة التالية (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="46"/>
        <source>kept on this computer (practice course)</source>
        <translation>محفوظ على هذا الحاسوب (دورة تجريبية)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="48"/>
        <source>waiting to send</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="49"/>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="50"/>
        <source>not accepted by the course server</source>
        <translation>لم يقبله خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="72"/>
        <source>[picture not shown]</source>
        <translation>[لا تُعرض الصورة]</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="58"/>
        <source>Discussion</source>
        <translation>مناقشة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="71"/>
        <location filename="../../player/item_views/forum_item_view.py" line="73"/>
        <source>Discussion prompt</source>
        <translation>موضوع المناقشة المطروح</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="82"/>
        <source>Prompt</source>
        <translation>الموضوع المطروح</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="96"/>
        <source>The discussion for this item is not on this computer yet. Other learners&apos; posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation>مناقشة هذا العنصر غير موجودة على هذا الحاسوب بعد. تصل مشاركات المتعلمين الآخرين عند مزامنة هذا الحاسوب مع خادم الدورات؛ يمكنك التفكير في الموضوع المطروح الآن والانضمام إلى المناقشة حينها. هذا العنصر اختياري.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="102"/>
        <location filename="../../player/item_views/forum_item_view.py" line="118"/>
        <source>About the discussion</source>
        <translation>حول المناقشة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="108"/>
        <source>This is a practice course: what you write here stays on this computer and is not sent to anyone. This item is optional.</source>
        <translation>هذه دورة تجريبية: ما تكتبه هنا يبقى على هذا الحاسوب ولا يُرسل إلى أحد. هذا العنصر اختياري.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="112"/>
        <source>You can read and write here while offline. What you write is shown at once, marked “waiting to send”, and reaches the other learners when this computer next syncs. Others&apos; posts arrive with each sync. This item is optional.</source>
        <translation>يمكنك القراءة والكتابة هنا وأنت دون اتصال. يظهر ما تكتبه فورًا مع علامة «في انتظار الإرسال»، ويصل إلى المتعلمين الآخرين في المزامنة التالية لهذا الحاسوب. وتصل مشاركات الآخرين مع كل مزامنة. هذا العنصر اختياري.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="124"/>
        <source>Discussion message</source>
        <translation>رسالة المناقشة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="132"/>
        <source>Thread</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="157"/>
        <source>No threads here yet. Start one with “New thread…”: you can write it now, even offline. Threads by others arrive when this computer syncs.</source>
        <translation>لا توجد مواضيع هنا بعد. ابدأ موضوعًا عبر «موضوع جديد…»: يمكنك كتابته الآن، حتى دون اتصال. تصل مواضيع الآخرين عند مزامنة هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="161"/>
        <source>No threads</source>
        <translation>لا توجد مواضيع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="170"/>
        <source>Thread title</source>
        <translation>عنوان الموضوع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="172"/>
        <source>Posts in this thread</source>
        <translation>المشاركات في هذا الموضوع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="175"/>
        <source>Your reply</source>
        <translation>ردك</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="176"/>
        <source>Write a reply… (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>اكتب ردًا… (نص عادي؛ يمكن استخدام Markdown مثل *التوكيد* والقوائم)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send &amp;reply</source>
        <translation>إرسال الرد(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="226"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Instructor</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Moderator</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="236"/>
        <source>Hidden by a moderator: %1</source>
        <translation>أخفاه مشرف: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="237"/>
        <source>Hidden by a moderator</source>
        <translation>أخفاه مشرف</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="238"/>
        <source>Hidden from learners: %1</source>
        <translation>مخفي عن المتعلمين: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="239"/>
        <source>Hidden from learners</source>
        <translation>مخفي عن المتعلمين</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="311"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="312"/>
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>لا ردود</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردان</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًا</numerusform>
            <numerusform>%n رد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="318"/>
        <source>%n new</source>
        <comment>posts of others not read yet in a thread</comment>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>رسالة جديدة</numerusform>
            <numerusform>رسالتان جديدتان</numerusform>
            <numerusform>%n رسائل جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="323"/>
        <source>Pinned: %1</source>
        <translation>مثبّت: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="379"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>لا مشاركات</numerusform>
            <numerusform>مشاركة واحدة</numerusform>
            <numerusform>مشاركتان</numerusform>
            <numerusform>%n مشاركات</numerusform>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="391"/>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Hide…</source>
        <translation>إخفاء…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="398"/>
        <source>The course server did not accept it: %1</source>
        <translation>لم يقبله خادم الدورات: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="399"/>
        <source>The course server did not accept it.</source>
        <translation>لم يقبله خادم الدورات.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="442"/>
        <source>Give the thread a title and a message.</source>
        <translation>أدخل عنوانًا للموضوع ورسالة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="465"/>
        <source>Your question is pinned at the top of this discussion. This is a practice course: it stays on this computer.</source>
        <translation>سؤالك مثبّت في أعلى هذه المناقشة. هذه دورة تجريبية: يبقى السؤال على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="467"/>
        <source>Your question is pinned at the top of this discussion and kept on this computer. It is sent with the next sync; learners get it at theirs. If the course server does not accept it, it says why here.</source>
        <translation>سؤالك مثبّت في أعلى هذه المناقشة ومحفوظ على هذا الحاسوب. يُرسل مع المزامنة التالية، ويصل إلى المتعلمين مع مزامنتهم. إن لم يقبله خادم الدورات، يظهر السبب هنا.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="498"/>
        <source>Write your reply first.</source>
        <translation>اكتب ردك أولًا.</translation>
    </message>
</context>
<context>
    <name>HubWiring</name>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="114"/>
        <source>New versions of %n course(s) are on the course server.</source>
        <translation>
            <numerusform>لا توجد إصدارات جديدة من أي دورة على خادم الدورات.</numerusform>
            <numerusform>يتوفر إصدار جديد من دورة واحدة على خادم الدورات.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من دورتين على خادم الدورات.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من %n دورات على خادم الدورات.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من %n دورة على خادم الدورات.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من %n دورة على خادم الدورات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="225"/>
        <location filename="../../player/window_hub.py" line="228"/>
        <source>Sync by file</source>
        <translation>المزامنة عبر ملف</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="241"/>
        <source>Something went wrong with the sync file; nothing was changed. The log has the details.</source>
        <translation>حدثت مشكلة في ملف المزامنة؛ لم يتغير شيء. يحتوي السجل على التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="258"/>
        <source>Save changes to a file</source>
        <translation>حفظ التغييرات في ملف</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="259"/>
        <source>Lectern sync files (*.lectern-sync)</source>
        <translation>ملفات مزامنة Lectern (*.lectern-sync)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="269"/>
        <source>Saved %n change(s) to %1. Take the file to court IT; they give you a reply file to load with “Load a reply file…”.</source>
        <translation>
            <numerusform>عدد التغييرات المحفوظة في %1: %n. سلّم الملف إلى قسم تقنية المعلومات في المحكمة، وسيعطونك ملف رد لتحميله عبر «تحميل ملف رد…».</numerusform>
            <numerusform>عدد التغييرات المحفوظة في %1: %n. سلّم الملف إلى قسم تقنية المعلومات في المحكمة، وسيعطونك ملف رد لتحميله عبر «تحميل ملف رد…».</numerusform>
            <numerusform>عدد التغييرات المحفوظة في %1: %n. سلّم الملف إلى قسم تقنية المعلومات في المحكمة، وسيعطونك ملف رد لتحميله عبر «تحميل ملف رد…».</numerusform>
            <numerusform>عدد التغييرات المحفوظة في %1: %n. سلّم الملف إلى قسم تقنية المعلومات في المحكمة، وسيعطونك ملف رد لتحميله عبر «تحميل ملف رد…».</numerusform>
            <numerusform>عدد التغييرات المحفوظة في %1: %n. سلّم الملف إلى قسم تقنية المعلومات في المحكمة، وسيعطونك ملف رد لتحميله عبر «تحميل ملف رد…».</numerusform>
            <numerusform>عدد التغييرات المحفوظة في %1: %n. سلّم الملف إلى قسم تقنية المعلومات في المحكمة، وسيعطونك ملف رد لتحميله عبر «تحميل ملف رد…».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="273"/>
        <source>%n more change(s) wait for the next file.</source>
        <translation>
            <numerusform>عدد التغييرات الأخرى التي تنتظر الملف التالي: %n.</numerusform>
            <numerusform>عدد التغييرات الأخرى التي تنتظر الملف التالي: %n.</numerusform>
            <numerusform>عدد التغييرات الأخرى التي تنتظر الملف التالي: %n.</numerusform>
            <numerusform>عدد التغييرات الأخرى التي تنتظر الملف التالي: %n.</numerusform>
            <numerusform>عدد التغييرات الأخرى التي تنتظر الملف التالي: %n.</numerusform>
            <numerusform>عدد التغييرات الأخرى التي تنتظر الملف التالي: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="289"/>
        <source>Load a reply file</source>
        <translation>تحميل ملف رد</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="290"/>
        <source>Replies from the course server (*.lectern-reply);;All files (*)</source>
        <translation>ردود خادم الدورات (*.lectern-reply);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="299"/>
        <source>The course server accepted %n change(s).</source>
        <translation>
            <numerusform>عدد التغييرات التي قبلها خادم الدورات: %n.</numerusform>
            <numerusform>عدد التغييرات التي قبلها خادم الدورات: %n.</numerusform>
            <numerusform>عدد التغييرات التي قبلها خادم الدورات: %n.</numerusform>
            <numerusform>عدد التغييرات التي قبلها خادم الدورات: %n.</numerusform>
            <numerusform>عدد التغييرات التي قبلها خادم الدورات: %n.</numerusform>
            <numerusform>عدد التغييرات التي قبلها خادم الدورات: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="301"/>
        <source>It refused %n of them; the course pages show why.</source>
        <translation>
            <numerusform>عدد ما رفضه منها: %n؛ تبيّن صفحات الدورة السبب.</numerusform>
            <numerusform>عدد ما رفضه منها: %n؛ تبيّن صفحات الدورة السبب.</numerusform>
            <numerusform>عدد ما رفضه منها: %n؛ تبيّن صفحات الدورة السبب.</numerusform>
            <numerusform>عدد ما رفضه منها: %n؛ تبيّن صفحات الدورة السبب.</numerusform>
            <numerusform>عدد ما رفضه منها: %n؛ تبيّن صفحات الدورة السبب.</numerusform>
            <numerusform>عدد ما رفضه منها: %n؛ تبيّن صفحات الدورة السبب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="303"/>
        <source>%n new discussion(s) or message(s) arrived.</source>
        <translation>
            <numerusform>عدد المناقشات أو الرسائل الجديدة الواردة: %n.</numerusform>
            <numerusform>عدد المناقشات أو الرسائل الجديدة الواردة: %n.</numerusform>
            <numerusform>عدد المناقشات أو الرسائل الجديدة الواردة: %n.</numerusform>
            <numerusform>عدد المناقشات أو الرسائل الجديدة الواردة: %n.</numerusform>
            <numerusform>عدد المناقشات أو الرسائل الجديدة الواردة: %n.</numerusform>
            <numerusform>عدد المناقشات أو الرسائل الجديدة الواردة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="305"/>
        <source>%n certificate(s) arrived.</source>
        <translation>
            <numerusform>عدد الشهادات الواردة: %n.</numerusform>
            <numerusform>عدد الشهادات الواردة: %n.</numerusform>
            <numerusform>عدد الشهادات الواردة: %n.</numerusform>
            <numerusform>عدد الشهادات الواردة: %n.</numerusform>
            <numerusform>عدد الشهادات الواردة: %n.</numerusform>
            <numerusform>عدد الشهادات الواردة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="307"/>
        <source>%n other update(s) arrived.</source>
        <translation>
            <numerusform>عدد التحديثات الأخرى الواردة: %n.</numerusform>
            <numerusform>عدد التحديثات الأخرى الواردة: %n.</numerusform>
            <numerusform>عدد التحديثات الأخرى الواردة: %n.</numerusform>
            <numerusform>عدد التحديثات الأخرى الواردة: %n.</numerusform>
            <numerusform>عدد التحديثات الأخرى الواردة: %n.</numerusform>
            <numerusform>عدد التحديثات الأخرى الواردة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="309"/>
        <source>Nothing new arrived.</source>
        <translation>لم يصل أي جديد.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="311"/>
        <source>The course server has more for you: save your changes to a file and take it to court IT again.</source>
        <translation>لدى خادم الدورات المزيد لك: احفظ تغييراتك في ملف وسلّمه مجددًا إلى قسم تقنية المعلومات في المحكمة.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../player/import_dialog.py" line="82"/>
        <location filename="../../player/import_dialog.py" line="83"/>
        <source>Import course</source>
        <translation>استيراد دورة</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="86"/>
        <source>Importing “%1”…</source>
        <translation>جارٍ استيراد «%1»…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="89"/>
        <source>File being imported</source>
        <translation>الملف الجاري استيراده</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="93"/>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="95"/>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="96"/>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="103"/>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="106"/>
        <source>&amp;Open course</source>
        <translation>فتح الدورة(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="107"/>
        <source>Open the imported course</source>
        <translation>فتح الدورة المستوردة</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="110"/>
        <location filename="../../player/import_dialog.py" line="111"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="140"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="152"/>
        <source>%1 of %2 copied</source>
        <translation>نُسخ %1 من %2</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="166"/>
        <source>Imported “%1”.</source>
        <translation>استُوردت «%1».</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="168"/>
        <source>Updated to version %1. Your progress was kept.</source>
        <translation>حُدّثت إلى الإصدار %1. احتُفظ بتقدمك.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="169"/>
        <source>The course is ready to study, offline.</source>
        <translation>الدورة جاهزة للدراسة دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="178"/>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="179"/>
        <source>Nothing was changed on this computer.</source>
        <translation>لم يتغير شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="181"/>
        <source>“%1” could not be imported.</source>
        <translation>تعذّر استيراد «%1».</translation>
    </message>
</context>
<context>
    <name>ItemOpener</name>
    <message>
        <location filename="../../player/course/item_opener.py" line="141"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../player/course/panes.py" line="75"/>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="76"/>
        <source>Item title</source>
        <translation>عنوان العنصر</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="79"/>
        <source>How to complete this item</source>
        <translation>كيفية إكمال هذا العنصر</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="81"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="89"/>
        <source>Open item</source>
        <translation>العنصر المفتوح</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous item</source>
        <translation>العنصر السابق</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="96"/>
        <source>Position in the course</source>
        <translation>الموضع في الدورة</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next item</source>
        <translation>العنصر التالي</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="125"/>
        <source> · optional</source>
        <translation> · اختياري</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="128"/>
        <source>Item %1 of %2</source>
        <translation>العنصر %1 من %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="137"/>
        <source>Previous: %1 (Alt+Left)</source>
        <translation>السابق: %1 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="139"/>
        <source>Next: %1 (Alt+Right)</source>
        <translation>التالي: %1 (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>ItemViews</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="25"/>
        <source>{what} is not on this computer. A reduced copy of the course (for example a low-bandwidth download or USB copy) can leave it out. Ask court IT for the full course, or download it when this computer is online.</source>
        <translation>{what} غير موجود على هذا الحاسوب. قد تُغفله نسخة مختصرة من الدورة (مثل التنزيل بنطاق ترددي منخفض أو نسخة على ذاكرة USB). اطلب الدورة كاملة من قسم تقنية المعلومات في المحكمة، أو نزّلها عندما يكون هذا الحاسوب متصلًا بالشبكة.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="66"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="68"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="70"/>
        <source>System default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>لغة الواجهة(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="78"/>
        <source>Applies when Lectern starts again; you can restart it after Save.</source>
        <translation>تُطبَّق عند تشغيل Lectern مرة أخرى؛ يمكنك إعادة تشغيله بعد الحفظ.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="85"/>
        <source>Default for this computer (%1)</source>
        <translation>الافتراضي لهذا الحاسوب (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../player/course/language_switch.py" line="43"/>
        <source>Course languages</source>
        <translation>لغات الدورة</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="40"/>
        <source>The course in another language: your progress, quiz attempts and discussions stay the same</source>
        <translation>الدورة بلغة أخرى: يبقى تقدمك ومحاولات الاختبار والمناقشات كما هي</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="65"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="66"/>
        <source>Course language: %1</source>
        <translation>لغة الدورة: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="77"/>
        <source>%1 — download, %2</source>
        <translation>%1 — تنزيل، %2</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="80"/>
        <source>Download the %1 version; the course stays open meanwhile</source>
        <translation>تنزيل النسخة %1؛ تبقى الدورة مفتوحة في أثناء ذلك</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../player/app.py" line="233"/>
        <source>Preparing the demo course… (this happens once)</source>
        <translation>جارٍ تجهيز الدورة التوضيحية… (يحدث هذا مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Your courses</source>
        <translation>دوراتك</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>&amp;Import course…</source>
        <translation>استيراد دورة(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>Import course</source>
        <translation>استيراد دورة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="328"/>
        <source>Open a .lectern course file, for example from a USB stick (Ctrl+O)</source>
        <translation>فتح ملف دورة ‎.lectern، مثلًا من ذاكرة USB ‏(Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="333"/>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="335"/>
        <source>No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one from a .lectern file, for example from a USB stick.</source>
        <translation>لا توجد دورات على هذا الحاسوب بعد. اختر «استيراد دورة…» (Ctrl+O) لإضافة دورة من ملف ‎.lectern، مثلًا من ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="336"/>
        <source>No courses</source>
        <translation>لا توجد دورات</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="337"/>
        <source>Installed courses</source>
        <translation>الدورات المثبّتة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="472"/>
        <source>The %1 version of “%2” was removed; its other languages and your progress stay.</source>
        <translation>أُزيلت النسخة %1 من «%2»؛ تبقى لغاتها الأخرى وتقدمك.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="477"/>
        <source>“%1” was removed. Your progress was kept.</source>
        <translation>أُزيلت «%1». احتُفظ بتقدمك.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="480"/>
        <source>“%1” was removed with its progress.</source>
        <translation>أُزيلت «%1» مع تقدمك فيها.</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <location filename="../../player/course/parts.py" line="64"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="65"/>
        <source>%1 is not open yet</source>
        <translation>%1 غير مفتوحة بعد</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="71"/>
        <source>This module opens on %1. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded. The date follows the course server&apos;s clock, not this computer&apos;s.</source>
        <translation>تُفتح هذه الوحدة في %1. وتُفتح عناصرها تلقائيًا حينها؛ وإذا كان محتواها على هذا الحاسوب بالفعل فلا حاجة إلى تنزيل آخر. يتبع التاريخ ساعة خادم الدورات، لا ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="76"/>
        <source>This module opens later. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded.</source>
        <translation>تُفتح هذه الوحدة لاحقًا. وتُفتح عناصرها تلقائيًا حينها؛ وإذا كان محتواها على هذا الحاسوب بالفعل فلا حاجة إلى تنزيل آخر.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../player/app.py" line="196"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="93"/>
        <location filename="../../player/main_window.py" line="94"/>
        <location filename="../../player/main_window.py" line="117"/>
        <location filename="../../player/main_window.py" line="222"/>
        <location filename="../../player/main_window.py" line="384"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="349"/>
        <source>&amp;Announcements</source>
        <translation>الإ&amp;علانات</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="300"/>
        <source>Certificates — Lectern</source>
        <translation>الشهادات — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="308"/>
        <source>The other language of this course is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>يجري تنزيل اللغة الأخرى لهذه الدورة؛ راجع التنزيلات (Ctrl+J). يمكنك متابعة الدراسة في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="315"/>
        <source>Course catalog — Lectern</source>
        <translation>فهرس الدورات — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="324"/>
        <source>Downloads — Lectern</source>
        <translation>التنزيلات — Lectern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/main_window.py" line="350"/>
        <source>&amp;Announcements (%n unread)</source>
        <translation>
            <numerusform>الإ&amp;علانات (لا شيء غير مقروء)</numerusform>
            <numerusform>الإ&amp;علانات (واحد غير مقروء)</numerusform>
            <numerusform>الإ&amp;علانات (اثنان غير مقروءين)</numerusform>
            <numerusform>الإ&amp;علانات (%n غير مقروءة)</numerusform>
            <numerusform>الإ&amp;علانات (%n غير مقروء)</numerusform>
            <numerusform>الإ&amp;علانات (%n غير مقروء)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="91"/>
        <source>This is a demo course: your progress stays on this computer and is not sent to the course server. You can review any item at any time.</source>
        <translation>هذه دورة توضيحية: يبقى تقدمك على هذا الحاسوب ولا يُرسل إلى خادم الدورات. يمكنك مراجعة أي عنصر في أي وقت.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="95"/>
        <source>Your completion is sent to the course server with your next sync, which happens by itself when this computer is online. You can review any item at any time.</source>
        <translation>يُرسل إكمالك للدورة إلى خادم الدورات مع المزامنة التالية، التي تتم تلقائيًا عندما يكون هذا الحاسوب متصلًا بالشبكة. يمكنك مراجعة أي عنصر في أي وقت.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="99"/>
        <source>Your completion is kept on this computer. Sign in to the course server (Course server ▸ Sign in…) to send it. You can review any item at any time.</source>
        <translation>يُحفظ إكمالك للدورة على هذا الحاسوب. سجّل الدخول إلى خادم الدورات (خادم الدورات ◂ تسجيل الدخول…) لإرساله. يمكنك مراجعة أي عنصر في أي وقت.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="383"/>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="390"/>
        <source>Import course</source>
        <translation>استيراد دورة</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="391"/>
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation>دورات Lectern (*.lectern);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="394"/>
        <source>Choose a course file</source>
        <translation>اختيار ملف دورة</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="109"/>
        <source>A new version of “%1” is on the course server.</source>
        <translation>يتوفر إصدار جديد من «%1» على خادم الدورات.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="129"/>
        <source>The standard quality videos are being downloaded (Ctrl+J shows them).</source>
        <translation>يجري تنزيل مقاطع الفيديو بالجودة القياسية (يعرضها Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="155"/>
        <source>A course finished downloading and is in your library.</source>
        <translation>انتهى تنزيل إحدى الدورات وهي الآن في مكتبتك.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="184"/>
        <source>Signed in to %1 as %2.</source>
        <translation>تم تسجيل الدخول إلى %1 باسم %2.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="204"/>
        <source>Signed out. Changes not yet sent are kept on this computer.</source>
        <translation>تم تسجيل الخروج. يُحتفظ على هذا الحاسوب بالتغييرات التي لم تُرسل بعد.</translation>
    </message>
</context>
<context>
    <name>MarkReadBar</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="78"/>
        <source>Reading status</source>
        <translation>حالة القراءة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="80"/>
        <source>Mark as read</source>
        <translation>تعليم كمقروءة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="90"/>
        <source>Read ✓</source>
        <translation>مقروءة ✓</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="91"/>
        <source>You have finished this reading.</source>
        <translation>لقد أنهيت هذه القراءة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="92"/>
        <source>This reading is complete.</source>
        <translation>اكتملت هذه القراءة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="95"/>
        <source>&amp;Mark as read</source>
        <translation>تعليم كمقروءة(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="96"/>
        <source>Count this reading as done (it also counts once you have scrolled through all of it).</source>
        <translation>احتساب هذه القراءة منجزة (وتُحتسب أيضًا بمجرد التمرير حتى نهايتها).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="98"/>
        <source>Counts this reading as done.</source>
        <translation>يحتسب هذه القراءة منجزة.</translation>
    </message>
</context>
<context>
    <name>ModuleProgressChart</name>
    <message>
        <location filename="../../player/course/progress_chart.py" line="20"/>
        <source>Progress per module</source>
        <translation>التقدم في كل وحدة</translation>
    </message>
    <message>
        <location filename="../../player/course/progress_chart.py" line="26"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: أُنجز %2 من %3</translation>
    </message>
    <message>
        <location filename="../../player/course/progress_chart.py" line="71"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <location filename="../../player/profiles/forms.py" line="68"/>
        <source>Type a name for the profile.</source>
        <translation>اكتب اسمًا للملف الشخصي.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="72"/>
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation>يتكون اسم الملف الشخصي من 1 إلى 40 حرفًا أو رقمًا أو مسافة أو نقطة أو شرطة أو شرطة سفلية، ويبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="75"/>
        <source>There is already a profile called “%1”.</source>
        <translation>يوجد بالفعل ملف شخصي باسم «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="83"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>يتكون رمز PIN من 4 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="85"/>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>رمزا PIN غير متطابقين. اكتب رمز PIN مجددًا في الحقلين.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="119"/>
        <source>New profile — Lectern</source>
        <translation>ملف شخصي جديد — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="120"/>
        <source>New profile</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="124"/>
        <source>Profile name</source>
        <translation>اسم الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="125"/>
        <source>for example: Clerk Ana</source>
        <translation>مثلًا: الكاتبة سلمى</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="126"/>
        <source>Protect with a &amp;PIN</source>
        <translation>الحماية برمز PIN(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="127"/>
        <source>Protect the profile with a PIN</source>
        <translation>حماية الملف الشخصي برمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="129"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="131"/>
        <source>PIN again</source>
        <translation>تأكيد رمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="135"/>
        <source>A PIN has 4 to 12 digits. It keeps colleagues from using your profile by mistake; it does not encrypt anything.</source>
        <translation>يتكون رمز PIN من 4 إلى 12 رقمًا. وهو يمنع الزملاء من استخدام ملفك الشخصي عن طريق الخطأ؛ لكنه لا يشفّر أي شيء.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="138"/>
        <source>About PINs</source>
        <translation>حول رموز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="142"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>الاسم(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="151"/>
        <source>P&amp;IN:</source>
        <translation>رمز PIN(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="154"/>
        <source>&amp;Again:</source>
        <translation>مرة أخرى(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>&amp;Create and open</source>
        <translation>إنشاء وفتح(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>Create the profile and open it</source>
        <translation>إنشاء الملف الشخصي وفتحه</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="161"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="58"/>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
</context>
<context>
    <name>OfflineHelpDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="159"/>
        <location filename="../../player/help_dialogs.py" line="160"/>
        <location filename="../../player/help_dialogs.py" line="162"/>
        <source>How Lectern works offline</source>
        <translation>كيف يعمل Lectern دون اتصال</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="164"/>
        <source>
&lt;h3&gt;Everything you study is on this computer&lt;/h3&gt;
&lt;p&gt;Videos, readings, quizzes and discussions of the courses in your library are stored on
this computer. You can study without any connection, for as long as you like.&lt;/p&gt;
&lt;h3&gt;Your progress is saved at once&lt;/h3&gt;
&lt;p&gt;Where you are in a video, the readings you finished, your quiz results and your forum
posts are saved on this computer the moment you make them, even if Lectern is closed or the
computer is shut down afterwards.&lt;/p&gt;
&lt;h3&gt;Sending and receiving happens by itself&lt;/h3&gt;
&lt;p&gt;When you are signed in to the course server and this computer is online, Lectern sends
your changes and fetches other learners&apos; posts by itself, every few minutes and shortly after
you change something. You never have to press anything; “Sync now” (F5) only does it at
once. The bar at the bottom of the window says whether you are online and how many changes
are waiting.&lt;/p&gt;
&lt;h3&gt;Nothing is lost while offline&lt;/h3&gt;
&lt;p&gt;Changes made offline wait safely on this computer and are sent with the next sync. Posts
you write offline are marked “waiting to send” and reach the other learners after it.&lt;/p&gt;
&lt;h3&gt;New courses and updates&lt;/h3&gt;
&lt;p&gt;When online, Go ▸ Course catalog lists the courses the course server offers you to
download. Without a connection, court IT can give you a course file (.lectern), for example
on a USB stick: File ▸ Import course…&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;كل ما تدرسه موجود على هذا الحاسوب&lt;/h3&gt;
&lt;p&gt;تُخزَّن على هذا الحاسوب مقاطع الفيديو والقراءات والاختبارات والمناقشات الخاصة بالدورات الموجودة في مكتبتك.
يمكنك الدراسة دون أي اتصال، للمدة التي تريدها.&lt;/p&gt;
&lt;h3&gt;يُحفظ تقدمك فورًا&lt;/h3&gt;
&lt;p&gt;يُحفظ على هذا الحاسوب موضعك في الفيديو والقراءات التي أنهيتها ونتائج اختباراتك ومشاركاتك في
المنتدى لحظة إنجازها، حتى إذا أُغلق Lectern أو أُطفئ الحاسوب بعد ذلك.&lt;/p&gt;
&lt;h3&gt;يتم الإرسال والاستقبال تلقائيًا&lt;/h3&gt;
&lt;p&gt;عندما تكون قد سجّلت الدخول إلى خادم الدورات ويكون هذا الحاسوب متصلًا بالشبكة، يرسل Lectern
تغييراتك ويجلب مشاركات المتعلمين الآخرين تلقائيًا، كل بضع دقائق وبعد وقت قصير من
أي تغيير تجريه. لا تحتاج أبدًا إلى الضغط على أي شيء؛ فزر «مزامنة الآن» (F5) يجري المزامنة فورًا فقط.
ويوضح الشريط أسفل النافذة ما إذا كنت متصلًا وعدد التغييرات
التي تنتظر الإرسال.&lt;/p&gt;
&lt;h3&gt;لا يضيع شيء وأنت دون اتصال&lt;/h3&gt;
&lt;p&gt;تنتظر التغييرات التي تجريها دون اتصال بأمان على هذا الحاسوب وتُرسل مع المزامنة التالية. وتحمل المشاركات
التي تكتبها دون اتصال علامة «في انتظار الإرسال» وتصل إلى المتعلمين الآخرين بعد المزامنة.&lt;/p&gt;
&lt;h3&gt;الدورات الجديدة والتحديثات&lt;/h3&gt;
&lt;p&gt;عند الاتصال بالشبكة، يسرد «انتقال ◂ فهرس الدورات» الدورات التي يتيحها لك خادم الدورات
للتنزيل. ودون اتصال، يمكن أن يعطيك قسم تقنية المعلومات في المحكمة ملف دورة (‎.lectern)، مثلًا
على ذاكرة USB: ملف ◂ استيراد دورة…&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../player/course/panes.py" line="33"/>
        <source>Course progress</source>
        <translation>التقدم في الدورة</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="35"/>
        <source>New replies to your posts</source>
        <translation>ردود جديدة على رسائلك</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/panes.py" line="50"/>
        <source>%n new reply(ies) to your posts</source>
        <translation>
            <numerusform>لا ردود جديدة على رسائلك</numerusform>
            <numerusform>رد جديد واحد على رسائلك</numerusform>
            <numerusform>ردان جديدان على رسائلك</numerusform>
            <numerusform>%n ردود جديدة على رسائلك</numerusform>
            <numerusform>%n ردًا جديدًا على رسائلك</numerusform>
            <numerusform>%n رد جديد على رسائلك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="58"/>
        <source>%1 of %2 required items done</source>
        <translation>أُنجز %1 من %2 من العناصر المطلوبة</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="62"/>
        <source>✓ Completed: %1</source>
        <translation>✓ مكتملة: %1</translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>No matches</source>
        <translation>لا توجد نتائج مطابقة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/pdf/find.py" line="133"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا توجد نتائج مطابقة</numerusform>
            <numerusform>نتيجة مطابقة واحدة</numerusform>
            <numerusform>نتيجتان مطابقتان</numerusform>
            <numerusform>%n نتائج مطابقة</numerusform>
            <numerusform>%n نتيجة مطابقة</numerusform>
            <numerusform>%n نتيجة مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="135"/>
        <source>Match {n} of {count}</source>
        <translation>النتيجة {n} من {count}</translation>
    </message>
</context>
<context>
    <name>PdfReadingView</name>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="59"/>
        <source>PDF reading</source>
        <translation>قراءة PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="75"/>
        <source>PDF pages</source>
        <translation>صفحات PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="144"/>
        <source>This PDF reading</source>
        <translation>قراءة PDF هذه</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="150"/>
        <source>the PDF is locked with a password.</source>
        <translation>ملف PDF مقفل بكلمة مرور.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152"/>
        <source>the file is damaged or is not a PDF.</source>
        <translation>الملف تالف أو ليس ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="157"/>
        <source>the PDF has no pages.</source>
        <translation>لا يحتوي ملف PDF على أي صفحات.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="173"/>
        <source>This reading cannot be opened: {reason} Ask the course provider for a new copy.</source>
        <translation>لا يمكن فتح هذه القراءة: {reason} اطلب نسخة جديدة من مزوّد الدورة.</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="25"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="26"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>الصفحة السابقة (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="30"/>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="31"/>
        <source>Type a page number and press Enter</source>
        <translation>اكتب رقم الصفحة واضغط Enter</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="35"/>
        <source>Page count</source>
        <translation>عدد الصفحات</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>الصفحة التالية (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="41"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="43"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="44"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="45"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>ملاءمة الصفحة لعرض النافذة (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="50"/>
        <location filename="../../player/item_views/pdf/toolbar.py" line="51"/>
        <source>Find in document</source>
        <translation>البحث في المستند</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="52"/>
        <source>Ctrl+F; Enter finds the next match, Shift+Enter the previous one</source>
        <translation>Ctrl+F؛ يجد Enter النتيجة التالية، ويجد Shift+Enter النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="56"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="58"/>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next match (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="60"/>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="62"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="90"/>
        <source>of {count}</source>
        <translation>من {count}</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="67"/>
        <source>Report a message</source>
        <translation>الإبلاغ عن رسالة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="68"/>
        <source>The moderators of this course will read your report and decide. The author is not told who reported it. Your report is sent with the next sync.</source>
        <translation>سيقرأ مشرفو هذه الدورة بلاغك ويقررون. لا يُخبَر الكاتب بمن أبلغ عنه. يُرسَل بلاغك مع المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="70"/>
        <source>&amp;Report</source>
        <translation>إ&amp;بلاغ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="76"/>
        <source>Thank you. Your report is kept on this computer and reaches the moderators with the next sync.</source>
        <translation>شكرًا. يُحفظ بلاغك على هذا الحاسوب ويصل إلى المشرفين مع المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="86"/>
        <source>Asking the course server…</source>
        <translation>جارٍ سؤال خادم الدورات…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="91"/>
        <source>Hide a message</source>
        <translation>إخفاء رسالة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="92"/>
        <source>Learners no longer see it after their next sync; its author sees that a moderator hid it, with your reason. Nothing is deleted, and the course server&apos;s audit log keeps who hid it and why.</source>
        <translation>لن يراها المتعلمون بعد مزامنتهم التالية؛ ويرى كاتبها أن مشرفًا أخفاها، مع سببك. لا يُحذف شيء، ويحتفظ سجل التدقيق في خادم الدورات بمن أخفاها ولماذا.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="95"/>
        <source>&amp;Hide</source>
        <translation>إ&amp;خفاء</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="97"/>
        <source>Restore a message</source>
        <translation>استعادة رسالة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="98"/>
        <source>Learners see it again after their next sync. The audit log keeps your reason.</source>
        <translation>يراها المتعلمون مجددًا بعد مزامنتهم التالية. ويحتفظ سجل التدقيق بسببك.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="99"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="106"/>
        <source>Hidden. Learners no longer see it after their next sync.</source>
        <translation>أُخفيت. لن يراها المتعلمون بعد مزامنتهم التالية.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="107"/>
        <source>Restored. Learners see it again after their next sync.</source>
        <translation>استُعيدت. يراها المتعلمون مجددًا بعد مزامنتهم التالية.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="116"/>
        <source>The course server refused: %1</source>
        <translation>رفض خادم الدورات: %1</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="56"/>
        <source>Current PIN of %1</source>
        <translation>رمز PIN الحالي لـ %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="57"/>
        <source>&amp;Current PIN:</source>
        <translation>رمز PIN الحالي(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="62"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="94"/>
        <source>That PIN was not right several times. Please wait before trying again (%1 s).</source>
        <translation>أُدخل رمز PIN غير صحيح عدة مرات. يُرجى الانتظار قبل المحاولة مجددًا (%1 ث).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="97"/>
        <source>Type the current PIN of “%1”.</source>
        <translation>اكتب رمز PIN الحالي لـ «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="124"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>رمز PIN هذا غير صحيح. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="125"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>رمز PIN هذا غير صحيح. يُرجى الانتظار قبل المحاولة مجددًا (%1 ث).</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../player/profiles/chooser.py" line="84"/>
        <source>Choose your profile — Lectern</source>
        <translation>اختر ملفك الشخصي — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="85"/>
        <source>Choose your profile</source>
        <translation>اختر ملفك الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="92"/>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="95"/>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="98"/>
        <source>Profiles</source>
        <translation>الملفات الشخصية</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="108"/>
        <source>Profile picture</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="110"/>
        <source>&amp;PIN:</source>
        <translation>رمز PIN(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="112"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="124"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="130"/>
        <source>&amp;New profile…</source>
        <translation>ملف شخصي جديد(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="131"/>
        <source>Create a new profile</source>
        <translation>إنشاء ملف شخصي جديد</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="134"/>
        <source>&amp;Manage</source>
        <translation>إدارة(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="135"/>
        <source>Rename the selected profile, change its PIN, or delete it</source>
        <translation>إعادة تسمية الملف الشخصي المحدد، أو تغيير رمز PIN الخاص به، أو حذفه</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="139"/>
        <source>Manage the profile</source>
        <translation>إدارة الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="140"/>
        <source>&amp;Rename…</source>
        <translation>إعادة تسمية(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="142"/>
        <source>Change the &amp;PIN…</source>
        <translation>تغيير رمز PIN(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>&amp;Open</source>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>Open the selected profile</source>
        <translation>فتح الملف الشخصي المحدد</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>Quit Lectern</source>
        <translation>إنهاء Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="187"/>
        <source>Enter the PIN for “%1”</source>
        <translation>أدخل رمز PIN لـ «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="188"/>
        <source>This profile is protected by a PIN.</source>
        <translation>هذا الملف الشخصي محمي برمز PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="194"/>
        <source>Who is studying?</source>
        <translation>من يدرس الآن؟</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="196"/>
        <source>Each person on this computer has their own profile, with their own progress and forum posts. Choose yours, or create one.</source>
        <translation>لكل شخص يستخدم هذا الحاسوب ملفه الشخصي، بتقدمه ومشاركاته في المنتدى. اختر ملفك، أو أنشئ ملفًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="216"/>
        <source>Protected by a PIN</source>
        <translation>محمي برمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="220"/>
        <source>%1, protected by a PIN</source>
        <translation>%1، محمي برمز PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="246"/>
        <source>PIN for %1</source>
        <translation>رمز PIN لـ %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="276"/>
        <source>Type the PIN for “%1”.</source>
        <translation>اكتب رمز PIN لـ «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="299"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>رمز PIN هذا غير صحيح. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="324"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>رمز PIN هذا غير صحيح. يُرجى الانتظار قبل المحاولة مجددًا (%1 ث).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="337"/>
        <source>That PIN was not right. You can try again now.</source>
        <translation>رمز PIN هذا غير صحيح. يمكنك المحاولة مجددًا الآن.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="428"/>
        <source>The profile is now called “%1”.</source>
        <translation>أصبح اسم الملف الشخصي «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="433"/>
        <source>“%1” now has a new PIN.</source>
        <translation>لدى «%1» الآن رمز PIN جديد.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="434"/>
        <source>“%1” now has no PIN.</source>
        <translation>لم يعد لدى «%1» رمز PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="444"/>
        <source>The profile “%1” was deleted.</source>
        <translation>حُذف الملف الشخصي «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="138"/>
        <source>Rename “%1”</source>
        <translation>إعادة تسمية «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="170"/>
        <source>PIN of “%1”</source>
        <translation>رمز PIN لـ «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="220"/>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>PublishersPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="246"/>
        <source>Course publishers</source>
        <translation>ناشرو الدورات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="247"/>
        <source>Allow &amp;unsigned courses and unknown publishers</source>
        <translation>السماح بالدورات غير الموقّعة والناشرين غير المعروفين(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="249"/>
        <source>Allow unsigned courses</source>
        <translation>السماح بالدورات غير الموقّعة</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="250"/>
        <source>Safety:</source>
        <translation>الأمان:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="253"/>
        <source>Warning: Lectern will accept courses that anyone may have made or changed. Turn this on only for courses you made yourself, and ask court IT first.</source>
        <translation>تحذير: سيقبل Lectern دورات ربما أعدّها أو غيّرها أي شخص. لا تفعّل هذا الخيار إلا للدورات التي أعددتها بنفسك، واسأل قسم تقنية المعلومات في المحكمة أولًا.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="257"/>
        <source>Warning about unsigned courses</source>
        <translation>تحذير بشأن الدورات غير الموقّعة</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="264"/>
        <source>Trusted publishers</source>
        <translation>الناشرون الموثوقون</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="272"/>
        <source>&amp;Add publisher key…</source>
        <translation>إضافة مفتاح ناشر(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="273"/>
        <source>Add a publisher key from a .pub file</source>
        <translation>إضافة مفتاح ناشر من ملف ‎.pub</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="274"/>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="275"/>
        <source>Remove the selected publisher</source>
        <translation>إزالة الناشر المحدد</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="282"/>
        <source>&amp;Trusted:</source>
        <translation>الموثوقون(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="284"/>
        <source>Courses signed by these publishers are accepted. Keys from court IT cannot be removed here.</source>
        <translation>تُقبل الدورات الموقّعة من هؤلاء الناشرين. لا يمكن إزالة المفاتيح التي أضافها قسم تقنية المعلومات في المحكمة من هنا.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="296"/>
        <source>Trusted on this computer by court IT; it cannot be removed here.</source>
        <translation>يثق به هذا الحاسوب بقرار من قسم تقنية المعلومات في المحكمة؛ ولا يمكن إزالته من هنا.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="307"/>
        <source>No publishers yet. Courses must be signed by a trusted publisher to be imported.</source>
        <translation>لا يوجد ناشرون بعد. يجب أن تكون الدورات موقّعة من ناشر موثوق ليمكن استيرادها.</translation>
    </message>
</context>
<context>
    <name>QrPreview</name>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="18"/>
        <source>QR code of the certificate</source>
        <translation>رمز QR للشهادة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="19"/>
        <source>It holds the whole signed certificate, so a printout can be checked with no network.</source>
        <translation>يحمل الشهادة الموقّعة كاملة، بحيث يمكن التحقق من النسخة المطبوعة دون أي شبكة.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="147"/>
        <source>Question {n} of {total}</source>
        <translation>السؤال {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="152"/>
        <source>Question {n}</source>
        <translation>السؤال {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="156"/>
        <source>Choose all that apply.</source>
        <translation>اختر كل ما ينطبق.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="186"/>
        <source>Feedback on question {n}</source>
        <translation>تعليق على السؤال {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="225"/>
        <source>✓ Correct.</source>
        <translation>✓ صحيح.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="227"/>
        <source>✗ Not correct: this question has more than one right answer, and all of them (and only them) must be chosen.</source>
        <translation>✗ غير صحيح: لهذا السؤال أكثر من إجابة صحيحة، ويجب اختيارها كلها (وهي فقط).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="230"/>
        <source>✗ Not correct.</source>
        <translation>✗ غير صحيح.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="56"/>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="61"/>
        <source>Quiz rules</source>
        <translation>قواعد الاختبار</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="63"/>
        <location filename="../../player/item_views/quiz_view.py" line="65"/>
        <source>Earlier attempts</source>
        <translation>المحاولات السابقة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="81"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="89"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="104"/>
        <source>Quiz message</source>
        <translation>رسالة الاختبار</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="106"/>
        <source>&amp;Submit answers</source>
        <translation>إرسال الإجابات(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="107"/>
        <source>Submit answers</source>
        <translation>إرسال الإجابات</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="108"/>
        <source>Check your answers and record this attempt</source>
        <translation>التحقق من إجاباتك وتسجيل هذه المحاولة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="110"/>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="111"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="112"/>
        <source>Clear the answers and start a new attempt</source>
        <translation>مسح الإجابات وبدء محاولة جديدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="155"/>
        <source>%n question(s). The pass mark is %1%.</source>
        <translation>
            <numerusform>لا أسئلة. درجة النجاح %1٪.</numerusform>
            <numerusform>سؤال واحد. درجة النجاح %1٪.</numerusform>
            <numerusform>سؤالان. درجة النجاح %1٪.</numerusform>
            <numerusform>%n أسئلة. درجة النجاح %1٪.</numerusform>
            <numerusform>%n سؤالًا. درجة النجاح %1٪.</numerusform>
            <numerusform>%n سؤال. درجة النجاح %1٪.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="158"/>
        <source>You may make %n attempt(s); %1 left.</source>
        <translation>
            <numerusform>لا يُسمح بأي محاولة؛ بقي منها %1.</numerusform>
            <numerusform>يمكنك إجراء محاولة واحدة؛ بقي منها %1.</numerusform>
            <numerusform>يمكنك إجراء محاولتين؛ بقي منهما %1.</numerusform>
            <numerusform>يمكنك إجراء %n محاولات؛ بقي منها %1.</numerusform>
            <numerusform>يمكنك إجراء %n محاولة؛ بقي منها %1.</numerusform>
            <numerusform>يمكنك إجراء %n محاولة؛ بقي منها %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="285"/>
        <source>You have used all %n attempt(s), so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation>
            <numerusform>لم تعد لديك محاولات، لذا لا يمكن اجتياز هذا الاختبار على هذا الحاسوب. تحدّث إلى منسق الدورة.</numerusform>
            <numerusform>لقد استنفدت محاولتك الوحيدة، لذا لا يمكن اجتياز هذا الاختبار على هذا الحاسوب. تحدّث إلى منسق الدورة.</numerusform>
            <numerusform>لقد استنفدت محاولتيك كلتيهما، لذا لا يمكن اجتياز هذا الاختبار على هذا الحاسوب. تحدّث إلى منسق الدورة.</numerusform>
            <numerusform>لقد استنفدت محاولاتك الـ %n كلها، لذا لا يمكن اجتياز هذا الاختبار على هذا الحاسوب. تحدّث إلى منسق الدورة.</numerusform>
            <numerusform>لقد استنفدت محاولاتك الـ %n كلها، لذا لا يمكن اجتياز هذا الاختبار على هذا الحاسوب. تحدّث إلى منسق الدورة.</numerusform>
            <numerusform>لقد استنفدت محاولاتك الـ %n كلها، لذا لا يمكن اجتياز هذا الاختبار على هذا الحاسوب. تحدّث إلى منسق الدورة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="161"/>
        <source>You have passed this quiz.</source>
        <translation>لقد اجتزت هذا الاختبار.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>not passed</source>
        <translation>غير ناجح</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="168"/>
        <source>Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}</source>
        <translation>المحاولة {n}: {correct} من {total} ({percent}٪)، {outcome} — {when}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="230"/>
        <source>Answer question {n} before submitting.</source>
        <translation>أجب عن السؤال {n} قبل الإرسال.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="240"/>
        <source>Saving your answers…</source>
        <translation>جارٍ حفظ إجاباتك…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="249"/>
        <source>Your answers could not be saved. Nothing was recorded; you can submit them again.</source>
        <translation>تعذّر حفظ إجاباتك. لم يُسجَّل شيء؛ ويمكنك إرسالها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="267"/>
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation>حصلت على {correct} من {total} ({percent}٪). درجة النجاح {pass_mark}٪.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="272"/>
        <source>You passed.</source>
        <translation>لقد نجحت.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="274"/>
        <source>You did not pass this time.</source>
        <translation>لم تنجح هذه المرة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="282"/>
        <source>You have used all your attempts.</source>
        <translation>لقد استنفدت كل محاولاتك.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="289"/>
        <source>Read the explanations, then try again if you wish.</source>
        <translation>اقرأ الشروح، ثم أعد المحاولة إن شئت.</translation>
    </message>
</context>
<context>
    <name>ReadingItemView</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="115"/>
        <source>Meanwhile you can mark it as read to go on with the course.</source>
        <translation>يمكنك في أثناء ذلك تعليمها كمقروءة لمتابعة الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="142"/>
        <source>Reading complete.</source>
        <translation>اكتملت القراءة.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="24"/>
        <source>What happens</source>
        <translation>ما الذي يحدث</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="27"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="28"/>
        <source>In a few words</source>
        <translation>في كلمات قليلة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="29"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <location filename="../../player/refusal_notice.py" line="25"/>
        <source>Not accepted by the course server</source>
        <translation>لم يقبله خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="26"/>
        <source>Why the course server did not accept it</source>
        <translation>لماذا لم يقبله خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="29"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="38"/>
        <source>The course server did not accept your last change here: %1</source>
        <translation>لم يقبل خادم الدورات آخر تغيير أجريته هنا: %1</translation>
    </message>
</context>
<context>
    <name>RemoveCourseDialog</name>
    <message>
        <location filename="../../player/library_view.py" line="236"/>
        <location filename="../../player/library_view.py" line="237"/>
        <source>Remove course</source>
        <translation>إزالة الدورة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="238"/>
        <source>Remove “%1” from this computer? Its videos and readings are deleted; you can import it again later.</source>
        <translation>هل تريد إزالة «%1» من هذا الحاسوب؟ ستُحذف مقاطع الفيديو والقراءات الخاصة بها؛ ويمكنك استيرادها مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="242"/>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="243"/>
        <source>&amp;Keep my progress</source>
        <translation>الاحتفاظ بتقدمي(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="245"/>
        <source>Keep my progress</source>
        <translation>الاحتفاظ بتقدمي</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="247"/>
        <source>Your completed items and quiz results stay on this computer and come back if you import the course again.</source>
        <translation>تبقى عناصرك المكتملة ونتائج اختباراتك على هذا الحاسوب وتعود إذا استوردت الدورة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="250"/>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="252"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="254"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="262"/>
        <location filename="../../player/library_view.py" line="263"/>
        <source>Which language versions?</source>
        <translation>أي نسخ لغوية؟</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="267"/>
        <source>Only %1</source>
        <translation>%1 فقط</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="268"/>
        <source>Remove only the %1 version</source>
        <translation>إزالة النسخة %1 فقط</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="271"/>
        <source>&amp;All languages (%1)</source>
        <translation>&amp;كل اللغات (%1)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="273"/>
        <source>Remove every language version</source>
        <translation>إزالة كل النسخ اللغوية</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="280"/>
        <source>Your completed items and quiz results are kept for the course&apos;s other languages, and come back if you import it again.</source>
        <translation>تبقى العناصر التي أكملتها ونتائج الاختبارات محفوظة للغات الدورة الأخرى، وتعود إذا استوردت الدورة مجددًا.</translation>
    </message>
</context>
<context>
    <name>RenameProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="143"/>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="145"/>
        <source>New &amp;name:</source>
        <translation>الاسم الجديد(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>&amp;Rename</source>
        <translation>إعادة تسمية(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Rename the profile</source>
        <translation>إعادة تسمية الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="188"/>
        <source>Requirements — Lectern</source>
        <translation>المتطلبات — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="189"/>
        <source>Requirements for the certificate</source>
        <translation>متطلبات الشهادة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="193"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RequirementsLauncher</name>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>&amp;Requirements</source>
        <translation>المتطلبات(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>Requirements for the certificate</source>
        <translation>متطلبات الشهادة</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="37"/>
        <source>What earns this course&apos;s certificate, and what is left (Ctrl+R)</source>
        <translation>ما يؤهلك لشهادة هذه الدورة، وما تبقى (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="38"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
</context>
<context>
    <name>RequirementsView</name>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="49"/>
        <location filename="../../player/certificates/requirements_view.py" line="51"/>
        <source>Requirements for the certificate</source>
        <translation>متطلبات الشهادة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="52"/>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="53"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="55"/>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="58"/>
        <source>Requirements done</source>
        <translation>المتطلبات المنجزة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="60"/>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="68"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="82"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="96"/>
        <source>Complete %1</source>
        <translation>إكمال %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="97"/>
        <source>Not done yet</source>
        <translation>لم يُنجز بعد</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="99"/>
        <source>Pass %1</source>
        <translation>اجتياز %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="100"/>
        <source>Not passed yet</source>
        <translation>لم يُجتز بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="102"/>
        <source>Post at least %n time(s) in %1</source>
        <translation>
            <numerusform>المشاركة في %1</numerusform>
            <numerusform>المشاركة مرة واحدة على الأقل في %1</numerusform>
            <numerusform>المشاركة مرتين على الأقل في %1</numerusform>
            <numerusform>المشاركة %n مرات على الأقل في %1</numerusform>
            <numerusform>المشاركة %n مرة على الأقل في %1</numerusform>
            <numerusform>المشاركة %n مرة على الأقل في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="104"/>
        <source>%n more post(s) to go</source>
        <translation>
            <numerusform>لا مشاركات متبقية</numerusform>
            <numerusform>بقيت مشاركة واحدة</numerusform>
            <numerusform>بقيت مشاركتان</numerusform>
            <numerusform>بقيت %n مشاركات</numerusform>
            <numerusform>بقيت %n مشاركة</numerusform>
            <numerusform>بقيت %n مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="106"/>
        <source>Reply to at least one colleague in the discussions</source>
        <translation>الرد على زميل واحد على الأقل في المناقشات</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="107"/>
        <source>No reply to a colleague yet</source>
        <translation>لا يوجد رد على زميل بعد</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="110"/>
        <source>Before %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="111"/>
        <source>Before the course&apos;s end</source>
        <translation>قبل نهاية الدورة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="112"/>
        <source>The course ended before every requirement was done</source>
        <translation>انتهت الدورة قبل إنجاز كل المتطلبات</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="113"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="117"/>
        <source>This course does not award a certificate.</source>
        <translation>لا تمنح هذه الدورة شهادة.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="119"/>
        <source>Certificate: issued. It is in Go ▸ Certificates, to save as a PDF or print.</source>
        <translation>الشهادة: صدرت. تجدها في «انتقال ◂ الشهادات» لحفظها بتنسيق PDF أو طباعتها.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="122"/>
        <source>Certificate: revoked. The course server withdrew it; ask the course&apos;s organisers why.</source>
        <translation>الشهادة: ملغاة. سحبها خادم الدورات؛ اسأل منظمي الدورة عن السبب.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="125"/>
        <source>Certificate: earned, waiting to sync. The course server issues it after this computer&apos;s next sync.</source>
        <translation>الشهادة: مستحقة، في انتظار المزامنة. يُصدرها خادم الدورات بعد المزامنة التالية لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="128"/>
        <source>Certificate: not earned. The course ended before every requirement was done.</source>
        <translation>الشهادة: غير مستحقة. انتهت الدورة قبل إنجاز كل المتطلبات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="130"/>
        <source>Certificate: not yet earned. %n requirement(s) left.</source>
        <translation>
            <numerusform>الشهادة: لم تُستحق بعد. لا متطلبات متبقية.</numerusform>
            <numerusform>الشهادة: لم تُستحق بعد. بقي متطلب واحد.</numerusform>
            <numerusform>الشهادة: لم تُستحق بعد. بقي متطلبان.</numerusform>
            <numerusform>الشهادة: لم تُستحق بعد. بقيت %n متطلبات.</numerusform>
            <numerusform>الشهادة: لم تُستحق بعد. بقي %n متطلبًا.</numerusform>
            <numerusform>الشهادة: لم تُستحق بعد. بقي %n متطلب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="150"/>
        <source>%1 of %2 requirements done</source>
        <translation>أُنجز %1 من %2 من المتطلبات</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="158"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="100"/>
        <source>Course server</source>
        <translation>خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="103"/>
        <source>Course server address</source>
        <translation>عنوان خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="106"/>
        <source>Course server &amp;address:</source>
        <translation>عنوان خادم الدورات(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="108"/>
        <source>Where your courses come from and your progress goes. Court IT or the course provider gives you this address.</source>
        <translation>المكان الذي تأتي منه دوراتك ويذهب إليه تقدمك. يعطيك قسم تقنية المعلومات في المحكمة أو مزوّد الدورة هذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="115"/>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="122"/>
        <source>Proxy address</source>
        <translation>عنوان الخادم الوكيل</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="123"/>
        <source>&amp;Proxy:</source>
        <translation>الخادم الوكيل(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="124"/>
        <source>Leave empty to connect the way this computer usually does.</source>
        <translation>اتركه فارغًا للاتصال بالطريقة المعتادة لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="127"/>
        <source>Certificate file</source>
        <translation>ملف الشهادات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="128"/>
        <source>None (this computer&apos;s certificates)</source>
        <translation>لا شيء (شهادات هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="129"/>
        <source>&amp;Browse…</source>
        <translation>استعراض(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="130"/>
        <source>Choose a certificate file</source>
        <translation>اختيار ملف شهادات</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="131"/>
        <source>&amp;Certificates:</source>
        <translation>الشهادات(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="134"/>
        <source>Only needed behind a proxy that inspects secure connections: a PEM file from court IT.</source>
        <translation>لا يلزم إلا خلف خادم وكيل يفحص الاتصالات الآمنة: ملف PEM من قسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="146"/>
        <source>You are signed in to this course server as %1. To use another, sign out first.</source>
        <translation>لقد سجّلت الدخول إلى خادم الدورات هذا باسم %1. لاستخدام خادم آخر، سجّل الخروج أولًا.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="153"/>
        <source>You are signed in as %1.</source>
        <translation>لقد سجّلت الدخول باسم %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../player/settings/dialog.py" line="55"/>
        <source>Settings — Lectern</source>
        <translation>الإعدادات — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="56"/>
        <location filename="../../player/settings/dialog.py" line="86"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="65"/>
        <source>Loading settings…</source>
        <translation>جارٍ تحميل الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="66"/>
        <source>Settings status</source>
        <translation>حالة الإعدادات</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="91"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="94"/>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="171"/>
        <source>the site configuration</source>
        <translation>إعدادات الموقع</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="172"/>
        <source>Court IT set this in %1. It cannot be changed here.</source>
        <translation>ضبط قسم تقنية المعلومات في المحكمة هذا الإعداد في %1. ولا يمكن تغييره هنا.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="173"/>
        <source>Set by your administrator in %1.</source>
        <translation>ضبطه المسؤول الإداري في %1.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="238"/>
        <source>it contains a space.</source>
        <translation>يحتوي على مسافة.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="239"/>
        <source>it does not start with %1://.</source>
        <translation>لا يبدأ بـ %1://.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="242"/>
        <source>it starts with “%1://”, which Lectern cannot use.</source>
        <translation>يبدأ بـ «%1://»، وهو ما لا يستطيع Lectern استخدامه.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="243"/>
        <source>the computer&apos;s name is missing after “//”.</source>
        <translation>اسم الحاسوب مفقود بعد «//».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="245"/>
        <source>Give the full path of the file, or choose it with Browse.</source>
        <translation>اكتب المسار الكامل للملف، أو اختره بزر «استعراض».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="246"/>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="248"/>
        <source>Lectern cannot read %1. Ask court IT to check who may read it.</source>
        <translation>لا يستطيع Lectern قراءة %1. اطلب من قسم تقنية المعلومات في المحكمة التحقق من صلاحيات قراءته.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="251"/>
        <source>%1 is not a certificate file: it should contain “-----BEGIN CERTIFICATE-----”.</source>
        <translation>%1 ليس ملف شهادات: يجب أن يحتوي على «-----BEGIN CERTIFICATE-----».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="254"/>
        <source>The start and the end are the same time. Choose two different times, or tick “Any time”.</source>
        <translation>وقت البدء ووقت الانتهاء متطابقان. اختر وقتين مختلفين، أو حدد «في أي وقت».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="259"/>
        <source>This is not a web address Lectern can use: %1 It should look like https://courses.example.org</source>
        <translation>هذا ليس عنوان ويب يستطيع Lectern استخدامه: %1 يجب أن يكون مثل https://courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="262"/>
        <source>This is not a proxy address Lectern can use: %1 It should look like http://proxy.court.local:3128</source>
        <translation>هذا ليس عنوان خادم وكيل يستطيع Lectern استخدامه: %1 يجب أن يكون مثل http://proxy.court.local:3128</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="282"/>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>لم يُحفظ شيء. يُرجى تصحيح ما هو محدد أعلاه.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="304"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="349"/>
        <location filename="../../player/settings/dialog.py" line="352"/>
        <source>Choose a certificate file</source>
        <translation>اختيار ملف شهادات</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="350"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Add a publisher key</source>
        <translation>إضافة مفتاح ناشر</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Publisher keys (*.pub);;All files (*)</source>
        <translation>مفاتيح الناشرين (*.pub);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="357"/>
        <source>Choose a publisher key file</source>
        <translation>اختيار ملف مفتاح ناشر</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="379"/>
        <source>This publisher is already trusted.</source>
        <translation>هذا الناشر موثوق بالفعل.</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="129"/>
        <source>Help</source>
        <translation>تعليمات</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="133"/>
        <source>set by your administrator</source>
        <translation>ضبطه المسؤول الإداري</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="137"/>
        <source>Locked by court IT</source>
        <translation>مقفل من قسم تقنية المعلومات في المحكمة</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="143"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="155"/>
        <source>Problem with this setting</source>
        <translation>مشكلة في هذا الإعداد</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="50"/>
        <source>Unnamed publisher</source>
        <translation>ناشر بلا اسم</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="51"/>
        <source>key %1</source>
        <translation>المفتاح %1</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="53"/>
        <source>%1 · added by court IT</source>
        <translation>%1 · أضافه قسم تقنية المعلومات في المحكمة</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="36"/>
        <source>Language — Lectern</source>
        <translation>اللغة — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="37"/>
        <source>The new interface language is used from the next time Lectern starts.</source>
        <translation>ستُستخدم لغة الواجهة الجديدة عند تشغيل Lectern في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="40"/>
        <source>&amp;Restart now</source>
        <translation>إعادة التشغيل الآن(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="41"/>
        <source>Restart Lectern now</source>
        <translation>إعادة تشغيل Lectern الآن</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="42"/>
        <source>&amp;Later</source>
        <translation>لاحقًا(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="49"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="59"/>
        <location filename="../../player/help_dialogs.py" line="60"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="61"/>
        <source>Every action is in a menu and can be reached with the keyboard: Alt with the underlined letter opens a menu, Tab and Shift+Tab move between controls.</source>
        <translation>كل إجراء موجود في قائمة ويمكن الوصول إليه بلوحة المفاتيح: Alt مع الحرف المسطّر يفتح قائمة، وTab وShift+Tab ينقلان بين عناصر التحكم.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="65"/>
        <source>About these keys</source>
        <translation>حول هذه المفاتيح</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="67"/>
        <source>Keys and what they do</source>
        <translation>المفاتيح ووظائفها</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>What they do</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="116"/>
        <source>%1 menu</source>
        <translation>قائمة %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="120"/>
        <source>In the open item</source>
        <translation>في العنصر المفتوح</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="121"/>
        <source>Course outline</source>
        <translation>مخطط الدورة</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="122"/>
        <source>Move through the items</source>
        <translation>التنقل بين العناصر</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="123"/>
        <source>Open the selected item</source>
        <translation>فتح العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="125"/>
        <source>Video (when the video has the focus)</source>
        <translation>الفيديو (عندما يكون التركيز على الفيديو)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="126"/>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="127"/>
        <source>Back or forward 10 seconds</source>
        <translation>رجوع أو تقديم 10 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="128"/>
        <source>Volume up or down</source>
        <translation>رفع الصوت أو خفضه</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="129"/>
        <source>Mute or unmute</source>
        <translation>كتم الصوت أو إلغاء كتمه</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="130"/>
        <source>Captions on or off</source>
        <translation>تشغيل الترجمة النصية أو إيقافها</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="131"/>
        <source>Full screen on or off</source>
        <translation>تشغيل ملء الشاشة أو إيقافه</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="132"/>
        <source>Leave full screen</source>
        <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="135"/>
        <source>PDF reading</source>
        <translation>قراءة PDF</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="136"/>
        <source>Search in the document</source>
        <translation>البحث في المستند</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="137"/>
        <source>Next or previous match</source>
        <translation>النتيجة التالية أو السابقة</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="140"/>
        <source>Zoom in or out</source>
        <translation>تكبير أو تصغير</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="141"/>
        <source>Fit the page to the width</source>
        <translation>ملاءمة الصفحة للعرض</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="143"/>
        <source>Next or previous page</source>
        <translation>الصفحة التالية أو السابقة</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="145"/>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="147"/>
        <source>Send the post or reply you are writing</source>
        <translation>إرسال المشاركة أو الرد الذي تكتبه</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="147"/>
        <location filename="../../player/sign_in_dialog.py" line="148"/>
        <source>Sign in to the course server</source>
        <translation>تسجيل الدخول إلى خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="152"/>
        <source>Sign in once on this computer. Lectern then sends your progress and forum posts to the course server by itself whenever the network is there, and downloads the courses you choose.</source>
        <translation>سجّل الدخول مرة واحدة على هذا الحاسوب. بعد ذلك يرسل Lectern تقدمك ومشاركاتك في المنتدى إلى خادم الدورات تلقائيًا كلما توفرت الشبكة، وينزّل الدورات التي تختارها.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="156"/>
        <source>About signing in</source>
        <translation>حول تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="159"/>
        <source>Course server address</source>
        <translation>عنوان خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="160"/>
        <source>courses.example.org</source>
        <translation>courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="162"/>
        <source>The address court IT gave you, for example courses.example.org. Lectern adds https:// itself.</source>
        <translation>عنوان خادم الدورات الذي أعطاك إياه قسم تقنية المعلومات في المحكمة، مثلًا courses.example.org. يضيف Lectern ‏https://‎ بنفسه.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="165"/>
        <source>Set by court IT for this computer.</source>
        <translation>ضبطه قسم تقنية المعلومات في المحكمة لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="166"/>
        <source>About the course server address</source>
        <translation>حول عنوان خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="171"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="174"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="176"/>
        <source>Name of this computer</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="178"/>
        <source>How the course server lists this computer among your devices, e.g. “Courtroom 3 PC”.</source>
        <translation>الاسم الذي يُدرج به خادم الدورات هذا الحاسوب بين أجهزتك، مثلًا «حاسوب قاعة الجلسات 3».</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="186"/>
        <source>Course server &amp;address:</source>
        <translation>عنوان خادم الدورات(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="189"/>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>كلمة المرور(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="191"/>
        <source>&amp;Computer name:</source>
        <translation>اسم الحاسوب(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="197"/>
        <source>Sign-in message</source>
        <translation>رسالة تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="201"/>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="203"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="206"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="255"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>SiteNotice</name>
    <message>
        <location filename="../../player/site_notice.py" line="31"/>
        <location filename="../../player/site_notice.py" line="37"/>
        <location filename="../../player/site_notice.py" line="91"/>
        <location filename="../../player/site_notice.py" line="96"/>
        <source>Settings file problem</source>
        <translation>مشكلة في ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="32"/>
        <source>Problems in the settings file</source>
        <translation>مشكلات في ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="36"/>
        <source>Court IT&apos;s settings file has a problem.</source>
        <translation>يوجد خطأ في ملف الإعدادات الخاص بقسم تقنية المعلومات في المحكمة.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="43"/>
        <source>Each line says what Lectern does until it is fixed; everything else works as usual. Please tell court IT so they can correct the file.</source>
        <translation>يوضح كل سطر ما يفعله Lectern إلى أن يُصلح الخطأ؛ وكل ما عدا ذلك يعمل كالمعتاد. يُرجى إبلاغ قسم تقنية المعلومات في المحكمة لتصحيح الملف.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="46"/>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="50"/>
        <source>&amp;Hide</source>
        <translation>إخفاء(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="51"/>
        <source>Hide this notice until Lectern is started again. Settings shows it too.</source>
        <translation>إخفاء هذا الإشعار حتى يُشغَّل Lectern مجددًا. ويعرضه أيضًا مربع «الإعدادات».</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="99"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="104"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="108"/>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="110"/>
        <source>Progress, quiz results and forum posts recorded on this computer that the course server has not received yet. They are kept safely until then.</source>
        <translation>التقدم ونتائج الاختبارات والمشاركات في المنتدى المسجّلة على هذا الحاسوب والتي لم يستلمها خادم الدورات بعد. ويُحتفظ بها بأمان إلى ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="114"/>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="118"/>
        <source>Last sync problem</source>
        <translation>آخر مشكلة في المزامنة</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="124"/>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="133"/>
        <location filename="../../player/status_bar.py" line="187"/>
        <source>Open the announcements</source>
        <translation>فتح الإعلانات</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="137"/>
        <location filename="../../player/status_bar.py" line="138"/>
        <location filename="../../player/status_bar.py" line="293"/>
        <location filename="../../player/status_bar.py" line="294"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="139"/>
        <source>Send your changes and fetch others&apos; posts now (F5)</source>
        <translation>إرسال تغييراتك وجلب مشاركات الآخرين الآن (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="183"/>
        <source>%n new announcement(s)</source>
        <translation>
            <numerusform>لا إعلانات جديدة</numerusform>
            <numerusform>إعلان جديد</numerusform>
            <numerusform>إعلانان جديدان</numerusform>
            <numerusform>%n إعلانات جديدة</numerusform>
            <numerusform>%n إعلانًا جديدًا</numerusform>
            <numerusform>%n إعلان جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="186"/>
        <source>%n new announcement(s): open the announcements</source>
        <translation>
            <numerusform>لا إعلانات جديدة: فتح الإعلانات</numerusform>
            <numerusform>إعلان جديد: فتح الإعلانات</numerusform>
            <numerusform>إعلانان جديدان: فتح الإعلانات</numerusform>
            <numerusform>%n إعلانات جديدة: فتح الإعلانات</numerusform>
            <numerusform>%n إعلانًا جديدًا: فتح الإعلانات</numerusform>
            <numerusform>%n إعلان جديد: فتح الإعلانات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="188"/>
        <source>Open the announcements (Ctrl+Shift+A)</source>
        <translation>فتح الإعلانات (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="225"/>
        <source>Changes waiting: unknown</source>
        <translation>التغييرات المنتظرة: غير معروفة</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="232"/>
        <source>No changes waiting to be sent</source>
        <translation>لا توجد تغييرات تنتظر الإرسال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="234"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>لا توجد تغييرات تنتظر الإرسال</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال</numerusform>
            <numerusform>تغييران ينتظران الإرسال</numerusform>
            <numerusform>%n تغييرات تنتظر الإرسال</numerusform>
            <numerusform>%n تغييرًا تنتظر الإرسال</numerusform>
            <numerusform>%n تغيير تنتظر الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="240"/>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="242"/>
        <source>Lectern works fully offline and keeps everything on this computer. Sign in to the course server (Course server ▸ Sign in…) to send your progress and forum posts and to download courses.</source>
        <translation>يعمل Lectern دون اتصال بالكامل ويحفظ كل شيء على هذا الحاسوب. سجّل الدخول إلى خادم الدورات (خادم الدورات ◂ تسجيل الدخول…) لإرسال تقدمك ومشاركاتك في المنتدى ولتنزيل الدورات.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="260"/>
        <source>Syncing… %1 of %2 sent</source>
        <translation>جارٍ المزامنة… أُرسل %1 من %2</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="264"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="265"/>
        <source>Sending your changes to %1 and fetching new posts.</source>
        <translation>جارٍ إرسال تغييراتك إلى %1 وجلب المشاركات الجديدة.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="268"/>
        <source>Looking for the course server…</source>
        <translation>جارٍ البحث عن خادم الدورات…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="269"/>
        <source>Checking whether %1 can be reached.</source>
        <translation>جارٍ التحقق من إمكانية الوصول إلى %1.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="272"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="273"/>
        <source>Connected to %1 as %2. Lectern syncs by itself every few minutes and after your changes.</source>
        <translation>متصل بـ %1 باسم %2. يجري Lectern المزامنة تلقائيًا كل بضع دقائق وبعد تغييراتك.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="278"/>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="280"/>
        <source>The course server at %1 cannot be reached. Everything you do is kept on this computer and sent when the connection returns; Lectern checks by itself.</source>
        <translation>يتعذر الوصول إلى خادم الدورات في %1. يُحفظ كل ما تفعله على هذا الحاسوب ويُرسل عند عودة الاتصال؛ ويتحقق Lectern من ذلك تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="284"/>
        <source>Sign-in needed</source>
        <translation>يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="286"/>
        <source>The course server asks you to sign in again (Course server ▸ Sign in…). Your changes are kept and sent afterwards.</source>
        <translation>يطلب منك خادم الدورات تسجيل الدخول مجددًا (خادم الدورات ◂ تسجيل الدخول…). يُحتفظ بتغييراتك وتُرسل بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="290"/>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="291"/>
        <source>Sign in to the course server</source>
        <translation>تسجيل الدخول إلى خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="302"/>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="303"/>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="305"/>
        <source>The last time everything waiting was sent to the course server (by this computer&apos;s clock).</source>
        <translation>آخر مرة أُرسل فيها كل ما كان ينتظر إلى خادم الدورات (حسب ساعة هذا الحاسوب).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="326"/>
        <source>The course server refused %n change(s): %1</source>
        <translation>
            <numerusform>رفض خادم الدورات تغييرات: %1</numerusform>
            <numerusform>رفض خادم الدورات تغييرًا واحدًا: %1</numerusform>
            <numerusform>رفض خادم الدورات تغييرين: %1</numerusform>
            <numerusform>رفض خادم الدورات %n تغييرات: %1</numerusform>
            <numerusform>رفض خادم الدورات %n تغييرًا: %1</numerusform>
            <numerusform>رفض خادم الدورات %n تغيير: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="302"/>
        <source>Offline: the %n change(s) waiting are kept on this computer and sent when the course server can be reached.</source>
        <translation>
            <numerusform>دون اتصال: تُحفظ التغييرات المنتظرة على هذا الحاسوب وتُرسل عندما يمكن الوصول إلى خادم الدورات.</numerusform>
            <numerusform>دون اتصال: يُحفظ التغيير المنتظر على هذا الحاسوب ويُرسل عندما يمكن الوصول إلى خادم الدورات.</numerusform>
            <numerusform>دون اتصال: يُحفظ التغييران المنتظران على هذا الحاسوب ويُرسلان عندما يمكن الوصول إلى خادم الدورات.</numerusform>
            <numerusform>دون اتصال: تُحفظ التغييرات المنتظرة (%n) على هذا الحاسوب وتُرسل عندما يمكن الوصول إلى خادم الدورات.</numerusform>
            <numerusform>دون اتصال: تُحفظ التغييرات المنتظرة (%n) على هذا الحاسوب وتُرسل عندما يمكن الوصول إلى خادم الدورات.</numerusform>
            <numerusform>دون اتصال: تُحفظ التغييرات المنتظرة (%n) على هذا الحاسوب وتُرسل عندما يمكن الوصول إلى خادم الدورات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="305"/>
        <source>Offline: nothing is lost. Lectern syncs by itself when the course server can be reached.</source>
        <translation>دون اتصال: لا يضيع شيء. يجري Lectern المزامنة تلقائيًا عندما يمكن الوصول إلى خادم الدورات.</translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="328"/>
        <source>Sign in to send your progress and posts to the course server.</source>
        <translation>سجّل الدخول لإرسال تقدمك ومشاركاتك إلى خادم الدورات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="385"/>
        <source>The course server asks you to sign in again. The %n change(s) waiting on this computer are kept and sent after you sign in.</source>
        <translation>
            <numerusform>يطلب منك خادم الدورات تسجيل الدخول مجددًا. يُحتفظ بالتغييرات المنتظرة على هذا الحاسوب وتُرسل بعد تسجيل الدخول.</numerusform>
            <numerusform>يطلب منك خادم الدورات تسجيل الدخول مجددًا. يُحتفظ بالتغيير المنتظر على هذا الحاسوب ويُرسل بعد تسجيل الدخول.</numerusform>
            <numerusform>يطلب منك خادم الدورات تسجيل الدخول مجددًا. يُحتفظ بالتغييرين المنتظرين على هذا الحاسوب ويُرسلان بعد تسجيل الدخول.</numerusform>
            <numerusform>يطلب منك خادم الدورات تسجيل الدخول مجددًا. يُحتفظ بالتغييرات المنتظرة (%n) على هذا الحاسوب وتُرسل بعد تسجيل الدخول.</numerusform>
            <numerusform>يطلب منك خادم الدورات تسجيل الدخول مجددًا. يُحتفظ بالتغييرات المنتظرة (%n) على هذا الحاسوب وتُرسل بعد تسجيل الدخول.</numerusform>
            <numerusform>يطلب منك خادم الدورات تسجيل الدخول مجددًا. يُحتفظ بالتغييرات المنتظرة (%n) على هذا الحاسوب وتُرسل بعد تسجيل الدخول.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="388"/>
        <source>The course server asks you to sign in again. Nothing on this computer is lost.</source>
        <translation>يطلب منك خادم الدورات تسجيل الدخول مجددًا. لم يضع شيء على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>TextReadingView</name>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="110"/>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="127"/>
        <source>Reading text</source>
        <translation>نص القراءة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="152"/>
        <source>This reading</source>
        <translation>هذه القراءة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="193"/>
        <source>Links to outside the course do not open from Lectern. The address is: {url}</source>
        <translation>لا تُفتح الروابط إلى خارج الدورة من Lectern. العنوان هو: {url}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="196"/>
        <source>Link to outside the course (does not open here): {url}</source>
        <translation>رابط إلى خارج الدورة (لا يُفتح هنا): {url}</translation>
    </message>
</context>
<context>
    <name>ThreadComposer</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="48"/>
        <location filename="../../player/item_views/forum/compose.py" line="92"/>
        <source>New thread</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="54"/>
        <source>Thread title</source>
        <translation>عنوان الموضوع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="55"/>
        <source>A short title</source>
        <translation>عنوان قصير</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="60"/>
        <source>Thread message</source>
        <translation>رسالة الموضوع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="61"/>
        <source>Your message (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>رسالتك (نص عادي؛ يمكن استخدام Markdown مثل *التوكيد* والقوائم)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="62"/>
        <source>&amp;Message:</source>
        <translation>الرسالة(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="93"/>
        <source>&amp;Post thread</source>
        <translation>نشر الموضوع(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="94"/>
        <source>Post thread</source>
        <translation>نشر الموضوع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="66"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="67"/>
        <source>Cancel the new thread</source>
        <translation>إلغاء الموضوع الجديد</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="87"/>
        <source>New discussion question (pinned at the top for everyone; kept on this computer and sent with the next sync)</source>
        <translation>سؤال مناقشة جديد (مثبّت في الأعلى للجميع؛ يُحفظ على هذا الحاسوب ويُرسل مع المزامنة التالية)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="89"/>
        <source>&amp;Post pinned question</source>
        <translation>&amp;نشر السؤال المثبّت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="90"/>
        <source>Post the pinned question</source>
        <translation>نشر السؤال المثبّت</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="15"/>
        <location filename="../../player/item_views/forum/thread_list.py" line="43"/>
        <source>Threads</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="17"/>
        <source>&amp;New thread…</source>
        <translation>موضوع جديد(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="18"/>
        <source>Start a new thread</source>
        <translation>بدء موضوع جديد</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="19"/>
        <source>Start a new discussion about this prompt</source>
        <translation>بدء مناقشة جديدة حول هذا الموضوع المطروح</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="21"/>
        <source>New &amp;question…</source>
        <translation>&amp;سؤال جديد…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="22"/>
        <source>Start a pinned discussion question</source>
        <translation>طرح سؤال مناقشة مثبّت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="24"/>
        <source>Instructors: a question pinned at the top of this discussion for every learner (kept on this computer at once and sent with the next sync, like any thread)</source>
        <translation>للمدرّبين: سؤال مثبّت في أعلى هذه المناقشة لكل المتعلمين (يُحفظ على هذا الحاسوب فورًا ويُرسل مع المزامنة التالية، مثل أي موضوع)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="32"/>
        <source>Threads in this discussion</source>
        <translation>المواضيع في هذه المناقشة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum/thread_list.py" line="44"/>
        <source>Threads · %n new</source>
        <translation>
            <numerusform>المواضيع · لا جديد</numerusform>
            <numerusform>المواضيع · موضوع جديد</numerusform>
            <numerusform>المواضيع · موضوعان جديدان</numerusform>
            <numerusform>المواضيع · %n مواضيع جديدة</numerusform>
            <numerusform>المواضيع · %n موضوعًا جديدًا</numerusform>
            <numerusform>المواضيع · %n موضوع جديد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../player/update_banner.py" line="28"/>
        <source>Course updates</source>
        <translation>تحديثات الدورات</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="29"/>
        <source>Course update notice</source>
        <translation>إشعار تحديث الدورات</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>&amp;Update now</source>
        <translation>التحديث الآن(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>Download the course updates</source>
        <translation>تنزيل تحديثات الدورات</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="36"/>
        <source>&amp;Later</source>
        <translation>لاحقًا(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="47"/>
        <source>A new version of “%1” is on the course server (version %2; you have version %3). Updating keeps your progress.</source>
        <translation>يتوفر إصدار جديد من «%1» على خادم الدورات (الإصدار %2؛ ولديك الإصدار %3). التحديث يحتفظ بتقدمك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/update_banner.py" line="54"/>
        <source>New versions of %n course(s) are on the course server: %1. Updating keeps your progress.</source>
        <translation>
            <numerusform>لا توجد إصدارات جديدة من أي دورات على خادم الدورات: %1. التحديث يحتفظ بتقدمك.</numerusform>
            <numerusform>يتوفر إصدار جديد من دورة واحدة على خادم الدورات: %1. التحديث يحتفظ بتقدمك.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من دورتين على خادم الدورات: %1. التحديث يحتفظ بتقدمك.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من %n دورات على خادم الدورات: %1. التحديث يحتفظ بتقدمك.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من %n دورة على خادم الدورات: %1. التحديث يحتفظ بتقدمك.</numerusform>
            <numerusform>تتوفر إصدارات جديدة من %n دورة على خادم الدورات: %1. التحديث يحتفظ بتقدمك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="63"/>
        <source>The update is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>يجري تنزيل التحديث؛ راجع التنزيلات (Ctrl+J). يمكنك متابعة الدراسة في أثناء ذلك.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="98"/>
        <source>Video player</source>
        <translation>مشغّل الفيديو</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="99"/>
        <source>Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change the volume, F switches full screen, C switches captions.</source>
        <translation>المسافة تشغّل أو توقف مؤقتًا، والسهمان الأيسر والأيمن ينقلان 10 ثوانٍ، والسهمان لأعلى ولأسفل يغيّران مستوى الصوت، وF يبدّل ملء الشاشة، وC يبدّل الترجمة النصية.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="105"/>
        <source>Video picture</source>
        <translation>صورة الفيديو</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="112"/>
        <source>Captions</source>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="133"/>
        <source>Position in the video</source>
        <translation>الموضع في الفيديو</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="134"/>
        <source>Drag to move in the video; arrow keys move 10 seconds</source>
        <translation>اسحب للتنقل في الفيديو؛ ومفاتيح الأسهم تنقل 10 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="145"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="151"/>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="152"/>
        <source>Play or pause (Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (Space)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="155"/>
        <source>Back 10 seconds</source>
        <translation>رجوع 10 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="156"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>رجوع 10 ثوانٍ (السهم الأيسر)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="159"/>
        <source>Forward 10 seconds</source>
        <translation>تقديم 10 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="160"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>تقديم 10 ثوانٍ (السهم الأيمن)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="163"/>
        <location filename="../../player/item_views/video/controls.py" line="387"/>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="164"/>
        <source>Mute or unmute (M)</source>
        <translation>كتم الصوت أو إلغاء كتمه (M)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="169"/>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="170"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>مستوى الصوت (السهمان لأعلى ولأسفل)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="180"/>
        <location filename="../../player/item_views/video/controls.py" line="181"/>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="184"/>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="186"/>
        <source>{rate} (normal)</source>
        <translation>{rate} (عادية)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="196"/>
        <source>Captions language</source>
        <translation>لغة الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="197"/>
        <source>Captions (C switches them on or off)</source>
        <translation>الترجمة النصية (يشغّلها C أو يوقفها)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="198"/>
        <source>Captions off</source>
        <translation>بلا ترجمة نصية</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="206"/>
        <source>Video quality</source>
        <translation>جودة الفيديو</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="207"/>
        <source>Picture quality; only copies on this computer can be chosen</source>
        <translation>جودة الصورة؛ لا يمكن اختيار إلا النسخ الموجودة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="213"/>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="214"/>
        <source>Full screen on or off (F; Esc leaves)</source>
        <translation>تشغيل ملء الشاشة أو إيقافه (F؛ وEsc للخروج)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="260"/>
        <source>Audio only</source>
        <translation>الصوت فقط</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="264"/>
        <source>Get standard quality in the Course catalog</source>
        <translation>الحصول على الجودة القياسية من فهرس الدورات</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="266"/>
        <source>Get every quality in the Course catalog</source>
        <translation>الحصول على كل الجودات من فهرس الدورات</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="267"/>
        <source>{label} — not downloaded ({how})</source>
        <translation>{label} — لم يتم تنزيلها ({how})</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="273"/>
        <source>Get standard quality…</source>
        <translation>الحصول على الجودة القياسية…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="274"/>
        <source>Download the standard-quality videos of this course (the course stays usable meanwhile)</source>
        <translation>تنزيل مقاطع الفيديو بالجودة القياسية لهذه الدورة (تبقى الدورة قابلة للاستخدام في أثناء ذلك)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="306"/>
        <source>Getting standard quality for this course: see Downloads. Open this lecture again when it is done to choose the better picture.</source>
        <translation>يجري الحصول على الجودة القياسية لهذه الدورة: راجع التنزيلات. افتح هذه المحاضرة مجددًا عند الانتهاء لاختيار الصورة الأفضل.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="310"/>
        <source>To watch in standard quality, open the Course catalog and choose Get standard quality for this course.</source>
        <translation>للمشاهدة بالجودة القياسية، افتح فهرس الدورات واختر «الحصول على الجودة القياسية» لهذه الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="386"/>
        <source>Unmute</source>
        <translation>إلغاء كتم الصوت</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="97"/>
        <source>The {failed} copy of this video cannot be played on this computer, so its sound-only copy plays instead (no picture).</source>
        <translation>لا يمكن تشغيل نسخة {failed} من هذا الفيديو على هذا الحاسوب، لذا تُشغَّل بدلًا منها نسختها الصوتية فقط (بلا صورة).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="101"/>
        <source>The {failed} copy of this video cannot be played on this computer, so the {label} copy plays instead.</source>
        <translation>لا يمكن تشغيل نسخة {failed} من هذا الفيديو على هذا الحاسوب، لذا تُشغَّل نسخة {label} بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="113"/>
        <source>{label} (cannot be played here)</source>
        <translation>{label} (لا يمكن تشغيلها هنا)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="125"/>
        <source>This video cannot be played on this computer (its format, {codec}, is not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>لا يمكن تشغيل هذا الفيديو على هذا الحاسوب (تنسيقه، {codec}، غير مدعوم). اطلب من مزوّد الدورة نسخة بتنسيق H.264 أو VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="130"/>
        <source>This video cannot be played on this computer (its formats, {codecs}, are not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>لا يمكن تشغيل هذا الفيديو على هذا الحاسوب (تنسيقاته، {codecs}، غير مدعومة). اطلب من مزوّد الدورة نسخة بتنسيق H.264 أو VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="134"/>
        <source>This video cannot be played on this computer: the file may be damaged or in a format it cannot decode ({details}). Ask court IT for a new copy of the course.</source>
        <translation>لا يمكن تشغيل هذا الفيديو على هذا الحاسوب: قد يكون الملف تالفًا أو بتنسيق لا يمكن فك ترميزه ({details}). اطلب من قسم تقنية المعلومات في المحكمة نسخة جديدة من الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="138"/>
        <source>This video cannot be played on this computer: no picture could be decoded from it. Ask court IT or the course provider for a new copy of the course.</source>
        <translation>لا يمكن تشغيل هذا الفيديو على هذا الحاسوب: تعذّر فك ترميز أي صورة منه. اطلب من قسم تقنية المعلومات في المحكمة أو من مزوّد الدورة نسخة جديدة من الدورة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="81"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="137"/>
        <location filename="../../player/item_views/video_view.py" line="164"/>
        <source>This video</source>
        <translation>هذا الفيديو</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="187"/>
        <source>Audio only: this copy of the lecture has no picture.</source>
        <translation>الصوت فقط: لا تحتوي هذه النسخة من المحاضرة على صورة.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../player/window_menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="45"/>
        <source>&amp;Import course…</source>
        <translation>استيراد دورة(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="46"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="47"/>
        <source>Add a course from a .lectern file</source>
        <translation>إضافة دورة من ملف ‎.lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation>الإعدادات(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="55"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="57"/>
        <source>Course server, downloads and trusted publishers</source>
        <translation>خادم الدورات والتنزيل والناشرون الموثوقون</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="62"/>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="63"/>
        <source>&amp;Library</source>
        <translation>المكتبة(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="65"/>
        <source>&amp;Previous item</source>
        <translation>العنصر السابق(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="67"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="68"/>
        <source>&amp;Next item</source>
        <translation>العنصر التالي(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="69"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="71"/>
        <source>Course &amp;outline</source>
        <translation>مخطط الدورة(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="73"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="75"/>
        <source>Course &amp;catalog</source>
        <translation>فهرس الدورات(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="76"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="77"/>
        <source>Courses the course server offers you, to download</source>
        <translation>الدورات التي يتيحها لك خادم الدورات للتنزيل</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="78"/>
        <source>&amp;Downloads</source>
        <translation>التنزيلات(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="79"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="80"/>
        <source>Progress of your downloads</source>
        <translation>تقدم التنزيلات</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="82"/>
        <source>C&amp;ertificates</source>
        <translation>الشهادات(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="83"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="84"/>
        <source>Your certificates, to save as a PDF or a signed credential</source>
        <translation>شهاداتك، لحفظها بتنسيق PDF أو بيانات اعتماد موقّعة</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="86"/>
        <source>&amp;Announcements</source>
        <translation>الإ&amp;علانات</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="87"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="88"/>
        <source>What the instructors of your courses announced</source>
        <translation>ما أعلنه مدرّبو دوراتك</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="90"/>
        <source>Course &amp;server</source>
        <translation>خادم الدورات(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="91"/>
        <location filename="../../player/window_menus.py" line="127"/>
        <source>&amp;Sign in…</source>
        <translation>تسجيل الدخول(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="92"/>
        <source>Sign in to the course server</source>
        <translation>تسجيل الدخول إلى خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="93"/>
        <source>Sync &amp;now</source>
        <translation>مزامنة الآن(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="94"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="95"/>
        <source>Send your changes and fetch others&apos; posts now</source>
        <translation>إرسال تغييراتك وجلب مشاركات الآخرين الآن</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="99"/>
        <source>Save changes to a &amp;file…</source>
        <translation>حفظ التغييرات في ملف(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="100"/>
        <source>Save the changes waiting to a signed file, for court IT to take to the course server</source>
        <translation>حفظ التغييرات المنتظرة في ملف موقّع، ليحمله قسم تقنية المعلومات في المحكمة إلى خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="103"/>
        <source>&amp;Load a reply file…</source>
        <translation>تحميل ملف رد(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="104"/>
        <source>Load the course server&apos;s reply to a saved file: others&apos; posts, certificates and updates</source>
        <translation>تحميل رد خادم الدورات على ملف محفوظ: رسائل الآخرين والشهادات والتحديثات</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="107"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="108"/>
        <source>Forget the sign-in on this computer; changes not yet sent are kept</source>
        <translation>نسيان تسجيل الدخول على هذا الحاسوب؛ ويُحتفظ بالتغييرات التي لم تُرسل بعد</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>تعليمات(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="112"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="113"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="114"/>
        <source>Every key Lectern knows, on one page</source>
        <translation>كل المفاتيح التي يعرفها Lectern في صفحة واحدة</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="115"/>
        <source>How Lectern works &amp;offline</source>
        <translation>كيف يعمل Lectern دون اتصال(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="117"/>
        <source>What is kept on this computer, and when it is sent to the course server</source>
        <translation>ما يُحفظ على هذا الحاسوب، ومتى يُرسل إلى خادم الدورات</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="120"/>
        <source>&amp;About Lectern</source>
        <translation>حول Lectern(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="122"/>
        <source>Version, and where your data is kept</source>
        <translation>الإصدار، ومكان حفظ بياناتك</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="126"/>
        <source>&amp;Sign in again…</source>
        <translation>تسجيل الدخول مجددًا(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="95"/>
        <source>Issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="96"/>
        <source>Revoked by the issuer</source>
        <translation>ملغاة من جهة الإصدار</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="97"/>
        <source>Earned, waiting to sync</source>
        <translation>مستحقة، في انتظار المزامنة</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="98"/>
        <source>Not yet earned</source>
        <translation>لم تُستحق بعد</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="101"/>
        <source>The issuer revoked this certificate, so it cannot be saved or printed.</source>
        <translation>هذه الشهادة ملغاة من جهة الإصدار، لذا لا يمكن حفظها أو طباعتها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/screen.py" line="110"/>
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>عدد الساعات: %1</numerusform>
            <numerusform>عدد الساعات: %1</numerusform>
            <numerusform>عدد الساعات: %1</numerusform>
            <numerusform>عدد الساعات: %1</numerusform>
            <numerusform>عدد الساعات: %1</numerusform>
            <numerusform>عدد الساعات: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
