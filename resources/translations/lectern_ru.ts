<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="202"/>
        <location filename="../../player/help_dialogs.py" line="203"/>
        <source>About Lectern</source>
        <translation>О программе Lectern</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="205"/>
        <source>Lectern %1</source>
        <translation>Lectern %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="207"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="211"/>
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress. It sends your progress to the course server when this computer is online.</source>
        <translation>Lectern воспроизводит курсы полностью в автономном режиме: видео, материалы для чтения и тесты хранятся на этом компьютере, как и ваш прогресс. Прогресс отправляется на сервер курсов, когда компьютер подключен к сети.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="215"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="217"/>
        <source>&amp;Data folder (your courses and progress):</source>
        <translation>&amp;Папка данных (ваши курсы и прогресс):</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="221"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="224"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="225"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="227"/>
        <source>&amp;Copy path</source>
        <translation>&amp;Копировать путь</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="228"/>
        <source>Copy the data folder&apos;s path</source>
        <translation>Копировать путь к папке данных</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="230"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="231"/>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
</context>
<context>
    <name>AccessibilityPage</name>
    <message>
        <location filename="../../player/settings/accessibility.py" line="39"/>
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="40"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="41"/>
        <source>High contrast colours</source>
        <translation>Цвета высокой контрастности</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="45"/>
        <source>Caption size</source>
        <translation>Размер субтитров</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="47"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="49"/>
        <source>Caption si&amp;ze:</source>
        <translation>&amp;Размер субтитров:</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="53"/>
        <source>Caption background</source>
        <translation>Фон субтитров</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="56"/>
        <source>Caption bac&amp;kground:</source>
        <translation>&amp;Фон субтитров:</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="59"/>
        <source>These apply at once and are kept for your profile.</source>
        <translation>Эти настройки применяются сразу и сохраняются для вашего профиля.</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="61"/>
        <source>About these settings</source>
        <translation>Об этих настройках</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../player/announcements.py" line="114"/>
        <source>Announcement</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="115"/>
        <source>Announcement text</source>
        <translation>Текст объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="117"/>
        <source>Announcement title</source>
        <translation>Заголовок объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="118"/>
        <source>&amp;Open announcements</source>
        <translation>&amp;Открыть объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="119"/>
        <source>Open the announcements</source>
        <translation>Открыть объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="120"/>
        <source>Mark as &amp;read</source>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="121"/>
        <source>Hide this announcement: it is read</source>
        <translation>Скрыть это объявление: оно прочитано</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="131"/>
        <source>Announcement: %1</source>
        <translation>Объявление: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="133"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
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
        <translation>Объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="164"/>
        <source>Announcements, newest first</source>
        <translation>Объявления, сначала новые</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="168"/>
        <source>No announcements yet. Your instructors&apos; announcements arrive when this computer syncs with the course server.</source>
        <translation>Объявлений пока нет. Объявления преподавателей приходят, когда этот компьютер проходит синхронизацию с сервером курсов.</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="171"/>
        <source>No announcements</source>
        <translation>Нет объявлений</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="176"/>
        <source>Announcement title</source>
        <translation>Заголовок объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="179"/>
        <source>From and when</source>
        <translation>Автор и дата</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="181"/>
        <source>Announcement text</source>
        <translation>Текст объявления</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="194"/>
        <source>Mark &amp;all as read</source>
        <translation>Отметить &amp;все как прочитанные</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="195"/>
        <source>Mark all announcements as read</source>
        <translation>Отметить все объявления как прочитанные</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="200"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="201"/>
        <source>Close the announcements</source>
        <translation>Закрыть объявления</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="222"/>
        <source>Announcements · %n unread</source>
        <translation>
            <numerusform>Объявления · %n непрочитанное</numerusform>
            <numerusform>Объявления · %n непрочитанных</numerusform>
            <numerusform>Объявления · %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="228"/>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="255"/>
        <source>From %1, %2</source>
        <translation>От %1, %2</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../player/widgets/banner.py" line="89"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../player/widgets/banner.py" line="148"/>
        <source>Hide this notice</source>
        <translation>Скрыть это уведомление</translation>
    </message>
</context>
<context>
    <name>CaptionStyle</name>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="36"/>
        <source>Black</source>
        <translation>Черный</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="37"/>
        <source>Black, see-through</source>
        <translation>Черный, полупрозрачный</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="38"/>
        <source>Dark grey</source>
        <translation>Темно-серый</translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <location filename="../../player/catalog_card.py" line="58"/>
        <source>Course on the course server: %1</source>
        <translation>Курс на сервере курсов: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="67"/>
        <source>Course title</source>
        <translation>Название курса</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="69"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="72"/>
        <source>Language, version and publisher</source>
        <translation>Язык, версия и издатель</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="73"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="75"/>
        <source>Languages and download sizes</source>
        <translation>Языки и размеры загрузки</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="78"/>
        <source>Language to download</source>
        <translation>Язык для загрузки</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="88"/>
        <source>State on this computer</source>
        <translation>Состояние на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="91"/>
        <source>Download choices and sizes</source>
        <translation>Варианты загрузки и размеры</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="94"/>
        <location filename="../../player/catalog_card.py" line="184"/>
        <source>Download choice for %1</source>
        <translation>Вариант загрузки для курса %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="103"/>
        <source>&amp;Choice:</source>
        <translation>&amp;Вариант:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="106"/>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="156"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="159"/>
        <source>%1 (installed)</source>
        <translation>%1 (установлен)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="163"/>
        <source>%1 (%2 more with %3 installed)</source>
        <translation>%1 (ещё %2, если установлен %3)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="170"/>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Low bandwidth</source>
        <translation>Экономный</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="202"/>
        <source>Everything</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (%2p)</source>
        <translation>%1 (%2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (up to %2p)</source>
        <translation>%1 (до %2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="222"/>
        <source>%1 — size not known yet</source>
        <translation>%1 — размер пока неизвестен</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="226"/>
        <source>%1, the same as %2</source>
        <translation>%1, то же, что «%2»</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="234"/>
        <source>The smallest video of each lecture (%1p), captions and readings: for slow or costly internet.</source>
        <translation>Видео каждой лекции в наименьшем размере (%1p), субтитры и материалы для чтения: для медленного или дорогого интернета.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="237"/>
        <source>The smallest video of each lecture, captions and readings: for slow or costly internet.</source>
        <translation>Видео каждой лекции в наименьшем размере, субтитры и материалы для чтения: для медленного или дорогого интернета.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="240"/>
        <source>Videos up to %1p, captions and readings.</source>
        <translation>Видео до %1p, субтитры и материалы для чтения.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="241"/>
        <source>Videos up to 480p, captions and readings.</source>
        <translation>Видео до 480p, субтитры и материалы для чтения.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="243"/>
        <source>Every video quality (up to %1p), captions and readings.</source>
        <translation>Видео во всех вариантах качества (до %1p), субтитры и материалы для чтения.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="245"/>
        <source>Every video quality, captions and readings.</source>
        <translation>Видео во всех вариантах качества, субтитры и материалы для чтения.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="248"/>
        <source>This course has no videos.</source>
        <translation>В этом курсе нет видео.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="250"/>
        <source>This course has no larger videos, so it is the same download as %1.</source>
        <translation>В этом курсе нет видео большего размера, поэтому загрузка такая же, как «%1».</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="261"/>
        <source>size not known yet</source>
        <translation>размер пока неизвестен</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="262"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="279"/>
        <source>Downloading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="280"/>
        <source>Waiting to download</source>
        <translation>Ожидает загрузки</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="282"/>
        <source>Pausing download…</source>
        <translation>Приостановка загрузки…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="284"/>
        <source>Cancelling download…</source>
        <translation>Отмена загрузки…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="286"/>
        <source>Download paused</source>
        <translation>Загрузка приостановлена</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="288"/>
        <source>Download stopped: see Downloads</source>
        <translation>Загрузка остановлена: см. «Загрузки»</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="292"/>
        <source>Installed: %1</source>
        <translation>Установлен: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="294"/>
        <source>standard quality</source>
        <translation>стандартное качество</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="296"/>
        <location filename="../../player/catalog_card.py" line="347"/>
        <location filename="../../player/catalog_card.py" line="351"/>
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="299"/>
        <source>Update available: version %1 (you have %2)</source>
        <translation>Доступно обновление: версия %1 (у вас %2)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="302"/>
        <source>Not on this computer</source>
        <translation>Нет на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="337"/>
        <source>Get &amp;standard quality</source>
        <translation>&amp;Стандартное качество</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="338"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>Загрузить курс %1 в стандартном качестве: еще %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="340"/>
        <source>Get &amp;every quality</source>
        <translation>&amp;Все варианты качества</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="341"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>Загрузить все варианты качества видео для курса %1: еще %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="344"/>
        <source>Downloads only the videos this computer does not have yet (%1); the course stays usable meanwhile.</source>
        <translation>Загружаются только видео, которых еще нет на этом компьютере (%1); курсом можно пользоваться и во время загрузки.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="348"/>
        <source>%1 is installed with this choice</source>
        <translation>Курс %1 установлен в этом варианте</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="352"/>
        <source>%1 is installed</source>
        <translation>Курс %1 установлен</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="355"/>
        <source>&amp;Update</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="356"/>
        <source>Update %1</source>
        <translation>Обновить курс %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="359"/>
        <source>In Downloads</source>
        <translation>В загрузках</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="360"/>
        <source>%1 is in Downloads</source>
        <translation>Курс %1 в списке загрузок</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="363"/>
        <source>&amp;Download</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="364"/>
        <source>Download %1</source>
        <translation>Загрузить курс %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../player/catalog_view.py" line="59"/>
        <source>Course catalog</source>
        <translation>Каталог курсов</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>Refresh the catalog</source>
        <translation>Обновить каталог</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="74"/>
        <source>Ask the course server for its list again</source>
        <translation>Повторно запросить список у сервера курсов</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Do&amp;wnloads…</source>
        <translation>Загр&amp;узки…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Show downloads</source>
        <translation>Показать загрузки</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="77"/>
        <source>Progress of your downloads (Ctrl+J)</source>
        <translation>Прогресс ваших загрузок (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="79"/>
        <source>Catalog status</source>
        <translation>Состояние каталога</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="80"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="81"/>
        <source>Sign in to the course server</source>
        <translation>Войти на сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="87"/>
        <source>No courses</source>
        <translation>Нет курсов</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="88"/>
        <source>Courses on the course server</source>
        <translation>Курсы на сервере курсов</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="95"/>
        <source>Sign in to the course server to see the courses it offers you.</source>
        <translation>Войдите на сервер курсов, чтобы увидеть предлагаемые вам курсы.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="130"/>
        <source>Asking the course server for its courses…</source>
        <translation>Запрос списка курсов у сервера курсов…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="142"/>
        <source>Sign in to the course server to see the courses it offers you and download them.</source>
        <translation>Войдите на сервер курсов, чтобы увидеть предлагаемые вам курсы и загрузить их.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="146"/>
        <source>You are not signed in. This is the list the course server sent on %1; sign in to see today&apos;s and to download.</source>
        <translation>Вы не вошли в систему. Это список, полученный от сервера курсов %1; войдите, чтобы увидеть актуальный список и загружать курсы.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="189"/>
        <source>You are offline: the course server cannot be reached. This is the list it sent on %1; downloads start when the connection returns.</source>
        <translation>Вы работаете в автономном режиме: сервер курсов недоступен. Это список, полученный от него %1; загрузки начнутся, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="195"/>
        <source>The course server at %1 offers you no courses yet. Ask your court&apos;s administrator to enrol you.</source>
        <translation>Сервер курсов %1 пока не предлагает вам курсов. Попросите администратора вашего суда записать вас на курс.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/catalog_view.py" line="199"/>
        <source>%n course(s) offered to you by %1.</source>
        <translation>
            <numerusform>%1 предлагает вам %n курс.</numerusform>
            <numerusform>%1 предлагает вам %n курса.</numerusform>
            <numerusform>%1 предлагает вам %n курсов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="248"/>
        <source>The better videos of “%1” (%2) were added to your downloads (Ctrl+J shows them); the course stays usable meanwhile.</source>
        <translation>Видео лучшего качества для курса «%1» (%2) добавлены в ваши загрузки (показать: Ctrl+J); курсом можно пользоваться и во время загрузки.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="253"/>
        <source>“%1” was added to your downloads (Ctrl+J shows them).</source>
        <translation>Курс «%1» добавлен в ваши загрузки (показать: Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>CertificateAnnouncer</name>
    <message>
        <location filename="../../player/certificates/announcer.py" line="37"/>
        <source>Your certificate for “%1” has arrived: Go ▸ Certificates to save or print it.</source>
        <translation>Получен ваш сертификат за курс «%1»: откройте Переход ▸ Сертификаты, чтобы сохранить или распечатать его.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/announcer.py" line="39"/>
        <source>%n certificate(s) arrived: Go ▸ Certificates to save or print them.</source>
        <translation>
            <numerusform>Получен %n сертификат: откройте Переход ▸ Сертификаты, чтобы сохранить или распечатать его.</numerusform>
            <numerusform>Получено %n сертификата: откройте Переход ▸ Сертификаты, чтобы сохранить или распечатать их.</numerusform>
            <numerusform>Получено %n сертификатов: откройте Переход ▸ Сертификаты, чтобы сохранить или распечатать их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="132"/>
        <source>Certificate for %1</source>
        <translation>Сертификат за курс %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="134"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="135"/>
        <source>Date, hours, language and state</source>
        <translation>Дата, часы, язык и состояние</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>Open the certificate for %1</source>
        <translation>Открыть сертификат за курс %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="142"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="143"/>
        <source>Save the certificate for %1 as a PDF</source>
        <translation>Сохранить сертификат за курс %1 в формате PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="145"/>
        <source>An A4 page to print, with a QR code that holds the whole certificate</source>
        <translation>Страница A4 для печати с QR-кодом, содержащим весь сертификат</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="146"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>Сохранить &amp;удостоверение (JSON)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="147"/>
        <source>Save the credential for %1 as JSON</source>
        <translation>Сохранить цифровое удостоверение за курс %1 в формате JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="149"/>
        <source>The signed Open Badges credential, for a verifier or a digital wallet</source>
        <translation>Подписанное цифровое удостоверение Open Badges для проверяющей стороны или цифрового кошелька</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="157"/>
        <source>Why it cannot be saved</source>
        <translation>Почему его нельзя сохранить</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="193"/>
        <source>Certificate — %1</source>
        <translation>Сертификат — %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="194"/>
        <source>Certificate for %1</source>
        <translation>Сертификат за курс %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="195"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="213"/>
        <source>Holder:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="214"/>
        <source>Course:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="215"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="216"/>
        <source>Hours:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="217"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="219"/>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="220"/>
        <source>Issuer:</source>
        <translation>Выдавшая организация:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="221"/>
        <source>Issuer key:</source>
        <translation>Ключ выдавшей организации:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="222"/>
        <source>Certificate id:</source>
        <translation>Идентификатор сертификата:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="223"/>
        <source>Requirements met:</source>
        <translation>Выполненные требования:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="230"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="242"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="243"/>
        <source>Save the certificate as a PDF</source>
        <translation>Сохранить сертификат в формате PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="244"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>Сохранить &amp;удостоверение (JSON)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="245"/>
        <source>Save the credential as JSON</source>
        <translation>Сохранить цифровое удостоверение в формате JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="253"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="281"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="288"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="290"/>
        <source>No certificates yet. When you meet a course&apos;s requirements (the course screen&apos;s Requirements button lists them), its certificate arrives with the next sync.</source>
        <translation>Сертификатов пока нет. Когда вы выполните требования курса (их список открывает кнопка «Требования» на экране курса), сертификат придет при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="292"/>
        <source>No certificates</source>
        <translation>Нет сертификатов</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="293"/>
        <source>Your certificates</source>
        <translation>Ваши сертификаты</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="397"/>
        <source>Save the certificate as a PDF</source>
        <translation>Сохранить сертификат в формате PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="398"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="402"/>
        <source>Save the credential as JSON</source>
        <translation>Сохранить цифровое удостоверение в формате JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="403"/>
        <source>Credentials (*.json)</source>
        <translation>Цифровые удостоверения (*.json)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="416"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="431"/>
        <source>The credential could not be saved: %1</source>
        <translation>Не удалось сохранить цифровое удостоверение: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="443"/>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="173"/>
        <source>Protect with a P&amp;IN</source>
        <translation>&amp;Защитить PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="174"/>
        <source>Protect the profile with a PIN</source>
        <translation>Защитить профиль PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="177"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="179"/>
        <source>New PIN again</source>
        <translation>Повтор нового PIN-кода</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="182"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;Новый PIN-код:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="185"/>
        <source>&amp;Again:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Save the PIN</source>
        <translation>Сохранить PIN-код</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CompletionBanner</name>
    <message>
        <location filename="../../player/course/parts.py" line="35"/>
        <location filename="../../player/course/parts.py" line="38"/>
        <source>Course completed</source>
        <translation>Курс пройден</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="36"/>
        <source>What happens next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="37"/>
        <source>You have completed this course.</source>
        <translation>Вы прошли этот курс.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="39"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../player/library_view.py" line="99"/>
        <source>Course: %1</source>
        <translation>Курс: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="111"/>
        <source>Course title</source>
        <translation>Название курса</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="115"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="118"/>
        <source>Language, size and publisher</source>
        <translation>Язык, размер и издатель</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="120"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="123"/>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="124"/>
        <source>Installed languages</source>
        <translation>Установленные языки</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="130"/>
        <source>%1 of %2 required items done</source>
        <translation>Выполнено обязательных элементов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="132"/>
        <source>Progress in %1</source>
        <translation>Прогресс по курсу %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137"/>
        <source>Last studied: %1</source>
        <translation>Последнее занятие: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Not started yet</source>
        <translation>Еще не начат</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Last studied</source>
        <translation>Последнее занятие</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="141"/>
        <source>Publisher signature</source>
        <translation>Подпись издателя</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="144"/>
        <source>Next module</source>
        <translation>Следующий модуль</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>✓ Completed: all required items are done</source>
        <translation>✓ Пройден: все обязательные элементы выполнены</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>Completed</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review %1</source>
        <translation>Повторить курс %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="158"/>
        <source>Open the course from its first item</source>
        <translation>Открыть курс с первого элемента</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Continue %1</source>
        <translation>Продолжить курс %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Start %1</source>
        <translation>Начать курс %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove %1</source>
        <translation>Удалить курс %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="174"/>
        <source>Cover of %1</source>
        <translation>Обложка курса %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="203"/>
        <source>Module %1 opens on %2.</source>
        <translation>Модуль %1 откроется %2.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="204"/>
        <source>Module %1 opens later.</source>
        <translation>Модуль %1 откроется позже.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="211"/>
        <source>Signed by a publisher this computer trusts.</source>
        <translation>Подписан издателем, которому доверяет этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="212"/>
        <source>Not signed by a publisher.</source>
        <translation>Не подписан издателем.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="213"/>
        <source>Signed by a publisher this computer does not know.</source>
        <translation>Подписан издателем, неизвестным этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="215"/>
        <source>Signature: %1</source>
        <translation>Подпись: %1</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>Back to the library</source>
        <translation>Вернуться в библиотеку</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="38"/>
        <source>Back to your courses (Ctrl+L)</source>
        <translation>Вернуться к вашим курсам (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="46"/>
        <source>Course title</source>
        <translation>Название курса</translation>
    </message>
</context>
<context>
    <name>CourseMarks</name>
    <message>
        <location filename="../../player/course/marks.py" line="65"/>
        <source>%1 watched. Watch the parts you skipped to complete it.</source>
        <translation>Просмотрено: %1. Досмотрите пропущенные фрагменты, чтобы видео было засчитано.</translation>
    </message>
    <message>
        <location filename="../../player/course/marks.py" line="66"/>
        <source>%1 watched. Keep watching to complete it.</source>
        <translation>Просмотрено: %1. Продолжайте просмотр, чтобы видео было засчитано.</translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../../player/course/outline.py" line="127"/>
        <source>Course outline</source>
        <translation>Структура курса</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="129"/>
        <source>Modules and their items. Press Enter to open an item.</source>
        <translation>Модули и их элементы. Нажмите Enter, чтобы открыть элемент.</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="145"/>
        <source>Outline columns</source>
        <translation>Столбцы структуры курса</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="159"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Reading</source>
        <translation>Материал для чтения</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="171"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
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
        <translation>Текст</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="174"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="179"/>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="193"/>
        <source>%1 · optional</source>
        <translation>%1 · необязательно</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="194"/>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens on %1</source>
        <translation>откроется %1</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens later</source>
        <translation>откроется позже</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="263"/>
        <source>%1, locked, %2</source>
        <translation>%1, закрыт, %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="265"/>
        <location filename="../../player/course/outline.py" line="291"/>
        <source>Locked</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="287"/>
        <source>%1: %2, locked, %3</source>
        <translation>%1: %2, закрыто, %3</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="289"/>
        <source>locked</source>
        <translation>закрыто</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="312"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новое</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="323"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="340"/>
        <source>started</source>
        <translation>начато</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="341"/>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="342"/>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1: %2, %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>required</source>
        <translation>обязательно</translation>
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
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="147"/>
        <source>Outline and item</source>
        <translation>Структура и элемент</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="224"/>
        <source>Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum posts not yet sent to the course server are removed from this computer. This cannot be undone.</source>
        <translation>Удалить профиль «%1»? Его прогресс, попытки прохождения тестов, а также изменения и сообщения на форуме, еще не отправленные на сервер курсов, будут удалены с этого компьютера. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="228"/>
        <source>What deleting removes</source>
        <translation>Что удаляется</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>&amp;Delete profile</source>
        <translation>&amp;Удалить профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>Delete the profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="231"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DownloadCard</name>
    <message>
        <location filename="../../player/downloads_view.py" line="79"/>
        <source>Download of %1</source>
        <translation>Загрузка курса %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>low bandwidth</source>
        <translation>экономный</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>standard</source>
        <translation>стандартный</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="92"/>
        <source>everything</source>
        <translation>полный</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="93"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="96"/>
        <source>Language, version and choice</source>
        <translation>Язык, версия и вариант</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="98"/>
        <source>Download state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="103"/>
        <source>Progress of %1</source>
        <translation>Прогресс загрузки курса %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="105"/>
        <source>File being downloaded</source>
        <translation>Загружаемый файл</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="108"/>
        <source>Progress of the current file</source>
        <translation>Прогресс загрузки текущего файла</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="112"/>
        <source>Speed and time left</source>
        <translation>Скорость и оставшееся время</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="113"/>
        <source>Download message</source>
        <translation>Сообщение о загрузке</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>Pause %1</source>
        <translation>Приостановить загрузку курса %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <location filename="../../player/downloads_view.py" line="296"/>
        <source>&amp;Resume</source>
        <translation>Про&amp;должить</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <source>Resume %1</source>
        <translation>Продолжить загрузку курса %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="124"/>
        <source>&amp;Cancel download</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="125"/>
        <source>Cancel the download of %1</source>
        <translation>Отменить загрузку курса %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>&amp;Open course</source>
        <translation>Открыть &amp;курс</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>Open %1</source>
        <translation>Открыть курс %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="130"/>
        <location filename="../../player/downloads_view.py" line="305"/>
        <source>Get &amp;standard quality</source>
        <translation>&amp;Стандартное качество</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="131"/>
        <source>Get standard quality for %1</source>
        <translation>Загрузить курс %1 в стандартном качестве</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="133"/>
        <source>Downloads only the better videos this computer does not have yet; the course stays usable meanwhile.</source>
        <translation>Загружаются только видео лучшего качества, которых еще нет на этом компьютере; курсом можно пользоваться и во время загрузки.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="176"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="180"/>
        <source>Size not known yet</source>
        <translation>Размер пока неизвестен</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="193"/>
        <source>Now: %1 — %2 of %3</source>
        <translation>Сейчас: %1 — %2 из %3</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="198"/>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="241"/>
        <source>Waiting for the course server</source>
        <translation>Ожидание сервера курсов</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="242"/>
        <source>The course server cannot be reached right now; Lectern will retry by itself and resume where it stopped.</source>
        <translation>Сервер курсов сейчас недоступен; Lectern сам повторит попытку и продолжит с места остановки.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="245"/>
        <source>Waiting for download hours</source>
        <translation>Ожидание разрешенного времени загрузки</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="246"/>
        <source>Court IT allows downloads only at certain hours on this computer; the download starts by itself then.</source>
        <translation>ИТ-служба суда разрешает загрузку на этом компьютере только в определенные часы; в это время загрузка начнется сама.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="249"/>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="251"/>
        <source>Downloading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="253"/>
        <source>Pausing…</source>
        <translation>Приостановка…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="254"/>
        <location filename="../../player/downloads_view.py" line="264"/>
        <source>What was downloaded is kept; Resume goes on from there.</source>
        <translation>Уже загруженное сохраняется; кнопка «Продолжить» продолжит с этого места.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="256"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="257"/>
        <source>The downloaded parts of this course are being deleted.</source>
        <translation>Загруженные части этого курса удаляются.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="259"/>
        <source>Waiting to start</source>
        <translation>Ожидает начала</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="260"/>
        <source>It starts when the download before it has finished and the course server can be reached.</source>
        <translation>Загрузка начнется, когда завершится предыдущая загрузка и сервер курсов станет доступен.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="263"/>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="266"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="267"/>
        <source>The download stopped.</source>
        <translation>Загрузка остановлена.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="269"/>
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="270"/>
        <source>The course is in your library.</source>
        <translation>Курс находится в вашей библиотеке.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="272"/>
        <source>The course is in your library with the smallest videos. Get standard quality downloads only the better videos (%1).</source>
        <translation>Курс находится в вашей библиотеке с видео наименьшего размера. Кнопка «Стандартное качество» загружает только видео лучшего качества (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="276"/>
        <source>The course is in your library. Get every quality downloads only the videos it does not have yet (%1).</source>
        <translation>Курс находится в вашей библиотеке. Кнопка «Все варианты качества» загружает только видео, которых в нем еще нет (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="294"/>
        <source>Try &amp;again</source>
        <translation>&amp;Повторить попытку</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="295"/>
        <source>&amp;Download again</source>
        <translation>Загрузить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="306"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>Загрузить курс %1 в стандартном качестве: еще %2</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="308"/>
        <source>Get &amp;every quality</source>
        <translation>&amp;Все варианты качества</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="309"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>Загрузить все варианты качества видео для курса %1: еще %2</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="167"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="168"/>
        <source>&amp;No limit</source>
        <translation>&amp;Без ограничения</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="169"/>
        <source>No download speed limit</source>
        <translation>Без ограничения скорости загрузки</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="174"/>
        <source> kbit/s</source>
        <translation> кбит/с</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="175"/>
        <source>Download speed limit in kilobits per second</source>
        <translation>Ограничение скорости загрузки в килобитах в секунду</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="178"/>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Ограничение скорости:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="181"/>
        <source>Keeps downloads from filling a thin court link.</source>
        <translation>Не дает загрузкам занять весь узкий канал связи суда.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="183"/>
        <source>An&amp;y time</source>
        <translation>В &amp;любое время</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="184"/>
        <source>Download at any time</source>
        <translation>Загружать в любое время</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="187"/>
        <source>Downloads start at</source>
        <translation>Загрузки начинаются в</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="188"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="191"/>
        <source>Downloads stop at</source>
        <translation>Загрузки останавливаются в</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="197"/>
        <source>or only from</source>
        <translation>или только с</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="199"/>
        <source>Download &amp;hours:</source>
        <translation>&amp;Часы загрузки:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="203"/>
        <source>Outside these hours downloads wait, for example 22:00 to 06:00 for nights only.</source>
        <translation>В остальное время загрузки ждут; например, с 22:00 до 06:00 — только ночью.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="206"/>
        <source>&amp;Save data (slow or costly internet)</source>
        <translation>&amp;Экономия трафика (медленный или дорогой интернет)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="207"/>
        <source>Save data</source>
        <translation>Экономия трафика</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="208"/>
        <source>Internet:</source>
        <translation>Интернет:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="210"/>
        <source>No video downloads; only small progress updates are sent.</source>
        <translation>Видео не загружаются; отправляются только небольшие обновления прогресса.</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../player/downloads_view.py" line="59"/>
        <source>less than a minute left</source>
        <translation>осталось меньше минуты</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="62"/>
        <source>about %1 min left</source>
        <translation>осталось около %1 мин</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="64"/>
        <source>about %1 h %2 min left</source>
        <translation>осталось около %1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="334"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Course &amp;catalog…</source>
        <translation>&amp;Каталог курсов…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Show the course catalog</source>
        <translation>Показать каталог курсов</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="340"/>
        <source>Choose courses to download (Ctrl+K)</source>
        <translation>Выбрать курсы для загрузки (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="341"/>
        <source>Downloads status</source>
        <translation>Состояние загрузок</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="342"/>
        <source>Download list</source>
        <translation>Список загрузок</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="344"/>
        <source>Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its download continues by itself, even after Lectern is closed and opened again.</source>
        <translation>Загружать нечего. Откройте каталог курсов (Ctrl+K) и выберите курс; его загрузка продолжится сама, даже если закрыть и снова открыть Lectern.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="346"/>
        <source>No downloads</source>
        <translation>Нет загрузок</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="49"/>
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation>Этот файл поврежден или неполон, поэтому Lectern не может его открыть. Попросите у ИТ-службы суда новую копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="53"/>
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation>Описание внутри этого файла курса содержит ошибку, поэтому Lectern не может его использовать. Попросите у ИТ-службы суда или издателя исправленную копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="57"/>
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation>Этот курс не может быть открыт данной версией Lectern. Возможно, нужна более новая версия Lectern: обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="61"/>
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation>Этот файл поврежден: часть курса не совпадает со своей контрольной суммой. Попросите у ИТ-службы суда новую копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="65"/>
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation>Этот файл неполон: в нем отсутствует часть курса. Попросите у ИТ-службы суда новую копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="69"/>
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation>Этот файл содержит то, чего не должно быть в курсе, поэтому Lectern не открыл его. Попросите у ИТ-службы суда новую копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="73"/>
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation>Этот файл пытается записать данные за пределами своей папки, поэтому Lectern отклонил его, чтобы защитить этот компьютер. Пожалуйста, сообщите об этом в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="77"/>
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation>Описание внутри этого файла курса противоречиво: у двух частей одно и то же имя. Попросите у издателя исправленную копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="81"/>
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation>Этот курс больше, чем допускает Lectern. Обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="84"/>
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation>Этот файл курса не подписан, поэтому Lectern не может определить, кто его создал, и не импортировал его. Попросите у ИТ-службы суда подписанную копию или разрешение на неподписанные курсы на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="89"/>
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher&apos;s key.</source>
        <translation>Этот курс подписан издателем, неизвестным этому компьютеру, поэтому Lectern не импортировал его. Попросите ИТ-службу суда добавить ключ издателя.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="93"/>
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation>Этот файл курса был изменен после того, как издатель его подписал, поэтому Lectern не импортировал его. Не используйте эту копию; попросите у ИТ-службы суда новую.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="97"/>
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation>Материал для чтения в этом курсе содержит небезопасное содержимое (скрипты или ссылки на веб-страницы), поэтому Lectern отклонил его. Попросите у издателя исправленную копию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="101"/>
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation>Более новая версия этого курса уже установлена, поэтому эта копия не импортирована. Ваш прогресс не изменился.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="105"/>
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation>Папка курса неполна или содержит ошибки; в подробностях указано, что исправить.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="113"/>
        <source>This is not a Lectern course file. Lectern opens course files (ending in .lectern) that court IT or the course provider gives you.</source>
        <translation>Это не файл курса Lectern. Lectern открывает файлы курсов (с расширением .lectern), которые вам предоставляет ИТ-служба суда или поставщик курса.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="123"/>
        <source>The course server cannot be reached right now. Everything stays on this computer, and Lectern tries again by itself.</source>
        <translation>Сервер курсов сейчас недоступен. Все остается на этом компьютере, и Lectern сам повторит попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="127"/>
        <source>Please sign in to the course server again. Nothing you did on this computer is lost.</source>
        <translation>Пожалуйста, войдите на сервер курсов снова. Ничего из сделанного на этом компьютере не потеряно.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="130"/>
        <source>The course server says you are not enrolled in this course. Ask your court&apos;s administrator to enrol you.</source>
        <translation>Сервер курсов сообщает, что вы не записаны на этот курс. Попросите администратора вашего суда записать вас.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="134"/>
        <source>The course server no longer offers this course or this version of it.</source>
        <translation>Сервер курсов больше не предлагает этот курс или эту его версию.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="137"/>
        <source>The course server is having trouble. Lectern will try again later by itself.</source>
        <translation>На сервере курсов возникли неполадки. Lectern сам повторит попытку позже.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="140"/>
        <source>The course server is busy and asked Lectern to wait; it will try again by itself.</source>
        <translation>Сервер курсов занят и попросил Lectern подождать; Lectern сам повторит попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="143"/>
        <source>The answer did not come from a Lectern course server. Check the course server address; if it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>Ответ пришел не от сервера курсов Lectern. Проверьте адрес сервера курсов; если он верен, возможно, мешает прокси-сервер или страница входа: обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="147"/>
        <source>The course server address or this computer&apos;s network settings (proxy, certificates) are not right. Check the address, or ask court IT.</source>
        <translation>Адрес сервера курсов или сетевые настройки этого компьютера (прокси-сервер, сертификаты) неверны. Проверьте адрес или обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="155"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте их и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="157"/>
        <source>Type the address of your course server, for example courses.example.org</source>
        <translation>Введите адрес вашего сервера курсов, например courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="160"/>
        <source>This is not a course server address:
%1
Type an address such as courses.example.org</source>
        <translation>Это не адрес сервера курсов:
%1
Введите адрес, например courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="163"/>
        <source>Type your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="164"/>
        <source>The course server cannot be reached at this address:
%1
Check the address and that this computer is connected to the network, then try again.</source>
        <translation>Сервер курсов недоступен по этому адресу:
%1
Проверьте адрес и подключение компьютера к сети, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="168"/>
        <source>This address did not answer as a Lectern course server:
%1
Check the address. If it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>По этому адресу отвечает не сервер курсов Lectern:
%1
Проверьте адрес. Если он верен, возможно, мешает прокси-сервер или страница входа: обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="172"/>
        <source>Lectern could not connect safely to the course server at this address:
%1
Check the address. If it is right, this computer&apos;s network settings (proxy, certificates) need court IT.</source>
        <translation>Lectern не удалось установить безопасное соединение с сервером курсов по этому адресу:
%1
Проверьте адрес. Если он верен, сетевые настройки этого компьютера (прокси-сервер, сертификаты) должна проверить ИТ-служба суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="177"/>
        <source>The course server does not let this user sign in. Check the user name, or ask your court&apos;s administrator.</source>
        <translation>Сервер курсов не разрешает вход этому пользователю. Проверьте имя пользователя или обратитесь к администратору вашего суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="181"/>
        <source>The course server is having trouble. Try again in a few minutes.</source>
        <translation>На сервере курсов возникли неполадки. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="183"/>
        <source>The course server is busy. Wait a minute, then try again.</source>
        <translation>Сервер курсов занят. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="185"/>
        <source>The download cannot go on. The details say why; when you try again it resumes where it stopped.</source>
        <translation>Загрузку невозможно продолжить. Причина указана в подробностях; при повторной попытке загрузка продолжится с места остановки.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="190"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="191"/>
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation>Диск заполнен, поэтому ничего не изменено. Освободите место или обратитесь в ИТ-службу суда, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="194"/>
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation>Этот курс больше не установлен на этом компьютере. Чтобы заниматься по нему, импортируйте его снова; ваш прогресс сохранен.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="198"/>
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation>Lectern не удалось использовать свою папку данных. Проверьте, что диск подключен и не заполнен, или обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="202"/>
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation>Файл ключа издателя отсутствует или поврежден. Обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="204"/>
        <source>Lectern&apos;s settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation>В файле настроек Lectern есть ошибка. Попросите ИТ-службу суда исправить его.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="206"/>
        <source>Lectern could not do this.</source>
        <translation>Lectern не удалось выполнить это действие.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="207"/>
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation>Lectern не может найти этот файл. Возможно, он был перемещен или USB-накопитель был извлечен.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="210"/>
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation>У Lectern нет прав на чтение или запись этого файла. Обратитесь в ИТ-службу суда.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="212"/>
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation>Lectern не удалось прочитать или записать файл. Если курс находится на USB-накопителе, проверьте, что он по-прежнему подключен, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="216"/>
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation>Внутри Lectern произошла ошибка. Ваша предыдущая работа сохранена. Если это повторится, сообщите ИТ-службе суда, что вы делали.</translation>
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="35"/>
        <source>Saved now and sent with the next sync (Ctrl+Return)</source>
        <translation>Сохранено сейчас и будет отправлено при следующей синхронизации (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="46"/>
        <source>kept on this computer (practice course)</source>
        <translation>хранится на этом компьютере (пробный курс)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="48"/>
        <source>waiting to send</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="49"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="50"/>
        <source>not accepted by the course server</source>
        <translation>не принято сервером курсов</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="72"/>
        <source>[picture not shown]</source>
        <translation>[изображение не показано]</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="58"/>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="71"/>
        <location filename="../../player/item_views/forum_item_view.py" line="73"/>
        <source>Discussion prompt</source>
        <translation>Задание для обсуждения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="82"/>
        <source>Prompt</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="96"/>
        <source>The discussion for this item is not on this computer yet. Other learners&apos; posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation>Обсуждения для этого элемента пока нет на этом компьютере. Сообщения других слушателей поступят, когда этот компьютер синхронизируется с сервером курсов; вы можете уже сейчас обдумать задание и присоединиться к обсуждению позже. Этот элемент необязателен.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="102"/>
        <location filename="../../player/item_views/forum_item_view.py" line="118"/>
        <source>About the discussion</source>
        <translation>Об обсуждении</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="108"/>
        <source>This is a practice course: what you write here stays on this computer and is not sent to anyone. This item is optional.</source>
        <translation>Это пробный курс: то, что вы здесь пишете, остается на этом компьютере и никому не отправляется. Этот элемент необязателен.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="112"/>
        <source>You can read and write here while offline. What you write is shown at once, marked “waiting to send”, and reaches the other learners when this computer next syncs. Others&apos; posts arrive with each sync. This item is optional.</source>
        <translation>Здесь можно читать и писать в автономном режиме. Написанное вами появляется сразу с пометкой «ожидает отправки» и дойдет до других слушателей при следующей синхронизации этого компьютера. Сообщения других участников приходят при каждой синхронизации. Этот элемент необязателен.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="124"/>
        <source>Discussion message</source>
        <translation>Сообщение в обсуждении</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="132"/>
        <source>Thread</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="157"/>
        <source>No threads here yet. Start one with “New thread…”: you can write it now, even offline. Threads by others arrive when this computer syncs.</source>
        <translation>Тем пока нет. Создайте тему кнопкой «Новая тема…»: написать ее можно уже сейчас, даже в автономном режиме. Темы других участников появятся, когда этот компьютер синхронизируется.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="161"/>
        <source>No threads</source>
        <translation>Нет тем</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="170"/>
        <source>Thread title</source>
        <translation>Название темы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="172"/>
        <source>Posts in this thread</source>
        <translation>Сообщения в этой теме</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="175"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="176"/>
        <source>Write a reply… (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>Напишите ответ… (обычный текст; поддерживается Markdown, например *выделение* и списки)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send &amp;reply</source>
        <translation>Отправить &amp;ответ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="226"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Instructor</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="236"/>
        <source>Hidden by a moderator: %1</source>
        <translation>Скрыто модератором: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="237"/>
        <source>Hidden by a moderator</source>
        <translation>Скрыто модератором</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="238"/>
        <source>Hidden from learners: %1</source>
        <translation>Скрыто от слушателей: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="239"/>
        <source>Hidden from learners</source>
        <translation>Скрыто от слушателей</translation>
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
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="318"/>
        <source>%n new</source>
        <comment>posts of others not read yet in a thread</comment>
        <translation>
            <numerusform>%n новое</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="323"/>
        <source>Pinned: %1</source>
        <translation>Закреплено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="379"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="391"/>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Hide…</source>
        <translation>Скрыть…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="398"/>
        <source>The course server did not accept it: %1</source>
        <translation>Сервер курсов не принял это: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="399"/>
        <source>The course server did not accept it.</source>
        <translation>Сервер курсов не принял это.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="442"/>
        <source>Give the thread a title and a message.</source>
        <translation>Укажите название темы и текст сообщения.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="465"/>
        <source>Your question is pinned at the top of this discussion. This is a practice course: it stays on this computer.</source>
        <translation>Ваш вопрос закреплён вверху этого обсуждения. Это пробный курс: вопрос остаётся на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="467"/>
        <source>Your question is pinned at the top of this discussion and kept on this computer. It is sent with the next sync; learners get it at theirs. If the course server does not accept it, it says why here.</source>
        <translation>Ваш вопрос закреплён вверху этого обсуждения и сохранён на этом компьютере. Он будет отправлен при следующей синхронизации; слушатели получат его при своей. Если сервер курсов его не примет, здесь будет сказано почему.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="498"/>
        <source>Write your reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
</context>
<context>
    <name>HubWiring</name>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="114"/>
        <source>New versions of %n course(s) are on the course server.</source>
        <translation>
            <numerusform>На сервере курсов есть новые версии %n курса.</numerusform>
            <numerusform>На сервере курсов есть новые версии %n курсов.</numerusform>
            <numerusform>На сервере курсов есть новые версии %n курсов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="225"/>
        <location filename="../../player/window_hub.py" line="228"/>
        <source>Sync by file</source>
        <translation>Синхронизация через файл</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="241"/>
        <source>Something went wrong with the sync file; nothing was changed. The log has the details.</source>
        <translation>С файлом синхронизации что-то пошло не так; ничего не изменено. Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="258"/>
        <source>Save changes to a file</source>
        <translation>Сохранить изменения в файл</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="259"/>
        <source>Lectern sync files (*.lectern-sync)</source>
        <translation>Файлы синхронизации Lectern (*.lectern-sync)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="269"/>
        <source>Saved %n change(s) to %1. Take the file to court IT; they give you a reply file to load with “Load a reply file…”.</source>
        <translation>
            <numerusform>Сохранено %n изменение в %1. Передайте файл в ИТ-службу суда; вам дадут файл ответа, который нужно загрузить через «Загрузить файл ответа…».</numerusform>
            <numerusform>Сохранено %n изменения в %1. Передайте файл в ИТ-службу суда; вам дадут файл ответа, который нужно загрузить через «Загрузить файл ответа…».</numerusform>
            <numerusform>Сохранено %n изменений в %1. Передайте файл в ИТ-службу суда; вам дадут файл ответа, который нужно загрузить через «Загрузить файл ответа…».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="273"/>
        <source>%n more change(s) wait for the next file.</source>
        <translation>
            <numerusform>Ещё %n изменение ждёт следующего файла.</numerusform>
            <numerusform>Ещё %n изменения ждут следующего файла.</numerusform>
            <numerusform>Ещё %n изменений ждут следующего файла.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="289"/>
        <source>Load a reply file</source>
        <translation>Загрузить файл ответа</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="290"/>
        <source>Replies from the course server (*.lectern-reply);;All files (*)</source>
        <translation>Ответы сервера курсов (*.lectern-reply);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="299"/>
        <source>The course server accepted %n change(s).</source>
        <translation>
            <numerusform>Сервер курсов принял %n изменение.</numerusform>
            <numerusform>Сервер курсов принял %n изменения.</numerusform>
            <numerusform>Сервер курсов принял %n изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="301"/>
        <source>It refused %n of them; the course pages show why.</source>
        <translation>
            <numerusform>Из них отклонено: %n; причина указана на страницах курса.</numerusform>
            <numerusform>Из них отклонено: %n; причина указана на страницах курса.</numerusform>
            <numerusform>Из них отклонено: %n; причина указана на страницах курса.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="303"/>
        <source>%n new discussion(s) or message(s) arrived.</source>
        <translation>
            <numerusform>Получено %n новое обсуждение или сообщение.</numerusform>
            <numerusform>Получено %n новых обсуждения или сообщения.</numerusform>
            <numerusform>Получено %n новых обсуждений или сообщений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="305"/>
        <source>%n certificate(s) arrived.</source>
        <translation>
            <numerusform>Получен %n сертификат.</numerusform>
            <numerusform>Получено %n сертификата.</numerusform>
            <numerusform>Получено %n сертификатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="307"/>
        <source>%n other update(s) arrived.</source>
        <translation>
            <numerusform>Получено %n другое обновление.</numerusform>
            <numerusform>Получено %n других обновления.</numerusform>
            <numerusform>Получено %n других обновлений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="309"/>
        <source>Nothing new arrived.</source>
        <translation>Ничего нового не поступило.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="311"/>
        <source>The course server has more for you: save your changes to a file and take it to court IT again.</source>
        <translation>У сервера курсов есть для вас ещё данные: сохраните изменения в файл и снова передайте его в ИТ-службу суда.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../player/import_dialog.py" line="82"/>
        <location filename="../../player/import_dialog.py" line="83"/>
        <source>Import course</source>
        <translation>Импорт курса</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="86"/>
        <source>Importing “%1”…</source>
        <translation>Импорт курса «%1»…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="89"/>
        <source>File being imported</source>
        <translation>Импортируемый файл</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="93"/>
        <source>Import progress</source>
        <translation>Прогресс импорта</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="95"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="96"/>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="103"/>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="106"/>
        <source>&amp;Open course</source>
        <translation>&amp;Открыть курс</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="107"/>
        <source>Open the imported course</source>
        <translation>Открыть импортированный курс</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="110"/>
        <location filename="../../player/import_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="140"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="152"/>
        <source>%1 of %2 copied</source>
        <translation>Скопировано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="166"/>
        <source>Imported “%1”.</source>
        <translation>Курс «%1» импортирован.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="168"/>
        <source>Updated to version %1. Your progress was kept.</source>
        <translation>Курс обновлен до версии %1. Ваш прогресс сохранен.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="169"/>
        <source>The course is ready to study, offline.</source>
        <translation>Курс готов к изучению в автономном режиме.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="178"/>
        <source>Import cancelled.</source>
        <translation>Импорт отменен.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="179"/>
        <source>Nothing was changed on this computer.</source>
        <translation>На этом компьютере ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="181"/>
        <source>“%1” could not be imported.</source>
        <translation>Не удалось импортировать «%1».</translation>
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
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="76"/>
        <source>Item title</source>
        <translation>Название элемента</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="79"/>
        <source>How to complete this item</source>
        <translation>Как выполнить этот элемент</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="81"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="89"/>
        <source>Open item</source>
        <translation>Открытый элемент</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous item</source>
        <translation>Предыдущий элемент</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="96"/>
        <source>Position in the course</source>
        <translation>Позиция в курсе</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next item</source>
        <translation>Следующий элемент</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="125"/>
        <source> · optional</source>
        <translation> · необязательно</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="128"/>
        <source>Item %1 of %2</source>
        <translation>Элемент %1 из %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="137"/>
        <source>Previous: %1 (Alt+Left)</source>
        <translation>Предыдущий: %1 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="139"/>
        <source>Next: %1 (Alt+Right)</source>
        <translation>Следующий: %1 (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>ItemViews</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="25"/>
        <source>{what} is not on this computer. A reduced copy of the course (for example a low-bandwidth download or USB copy) can leave it out. Ask court IT for the full course, or download it when this computer is online.</source>
        <translation>{what} отсутствует на этом компьютере. В сокращенной копии курса (например, при экономной загрузке или в копии на USB-накопителе) этого может не быть. Попросите у ИТ-службы суда полный курс или загрузите его, когда компьютер будет подключен к сети.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="66"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="68"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="70"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="78"/>
        <source>Applies when Lectern starts again; you can restart it after Save.</source>
        <translation>Применяется при следующем запуске Lectern; перезапустить программу можно после нажатия «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="85"/>
        <source>Default for this computer (%1)</source>
        <translation>По умолчанию для этого компьютера (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../player/course/language_switch.py" line="43"/>
        <source>Course languages</source>
        <translation>Языки курса</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="40"/>
        <source>The course in another language: your progress, quiz attempts and discussions stay the same</source>
        <translation>Курс на другом языке: ваш прогресс, попытки теста и обсуждения остаются прежними</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="65"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="66"/>
        <source>Course language: %1</source>
        <translation>Язык курса: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="77"/>
        <source>%1 — download, %2</source>
        <translation>%1 — загрузить, %2</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="80"/>
        <source>Download the %1 version; the course stays open meanwhile</source>
        <translation>Загрузить версию на языке %1; курс тем временем остаётся открытым</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../player/app.py" line="233"/>
        <source>Preparing the demo course… (this happens once)</source>
        <translation>Подготовка демонстрационного курса… (выполняется один раз)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Your courses</source>
        <translation>Ваши курсы</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Импортировать курс…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>Import course</source>
        <translation>Импорт курса</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="328"/>
        <source>Open a .lectern course file, for example from a USB stick (Ctrl+O)</source>
        <translation>Открыть файл курса .lectern, например с USB-накопителя (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="333"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="335"/>
        <source>No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one from a .lectern file, for example from a USB stick.</source>
        <translation>На этом компьютере пока нет курсов. Выберите «Импортировать курс…» (Ctrl+O), чтобы добавить курс из файла курса .lectern, например с USB-накопителя.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="336"/>
        <source>No courses</source>
        <translation>Нет курсов</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="337"/>
        <source>Installed courses</source>
        <translation>Установленные курсы</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="472"/>
        <source>The %1 version of “%2” was removed; its other languages and your progress stay.</source>
        <translation>Версия курса «%2» на языке %1 удалена; другие языки и ваш прогресс сохранены.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="477"/>
        <source>“%1” was removed. Your progress was kept.</source>
        <translation>Курс «%1» удален. Ваш прогресс сохранен.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="480"/>
        <source>“%1” was removed with its progress.</source>
        <translation>Курс «%1» удален вместе с прогрессом.</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <location filename="../../player/course/parts.py" line="64"/>
        <source>Locked</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="65"/>
        <source>%1 is not open yet</source>
        <translation>%1 ещё не открыт</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="71"/>
        <source>This module opens on %1. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded. The date follows the course server&apos;s clock, not this computer&apos;s.</source>
        <translation>Этот модуль откроется %1. Тогда его элементы откроются сами; если их содержимое уже на этом компьютере, загрузка больше не нужна. Дата определяется по часам сервера курсов, а не этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="76"/>
        <source>This module opens later. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded.</source>
        <translation>Этот модуль откроется позже. Тогда его элементы откроются сами; если их содержимое уже на этом компьютере, загрузка больше не нужна.</translation>
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
        <translation>&amp;Объявления</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="300"/>
        <source>Certificates — Lectern</source>
        <translation>Сертификаты — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="308"/>
        <source>The other language of this course is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>Другая языковая версия этого курса загружается; см. «Загрузки» (Ctrl+J). А пока можно продолжать занятия.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="315"/>
        <source>Course catalog — Lectern</source>
        <translation>Каталог курсов — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="324"/>
        <source>Downloads — Lectern</source>
        <translation>Загрузки — Lectern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/main_window.py" line="350"/>
        <source>&amp;Announcements (%n unread)</source>
        <translation>
            <numerusform>&amp;Объявления (%n непрочитанное)</numerusform>
            <numerusform>&amp;Объявления (%n непрочитанных)</numerusform>
            <numerusform>&amp;Объявления (%n непрочитанных)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="91"/>
        <source>This is a demo course: your progress stays on this computer and is not sent to the course server. You can review any item at any time.</source>
        <translation>Это демонстрационный курс: ваш прогресс остается на этом компьютере и не отправляется на сервер курсов. Вы можете вернуться к любому элементу в любое время.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="95"/>
        <source>Your completion is sent to the course server with your next sync, which happens by itself when this computer is online. You can review any item at any time.</source>
        <translation>Сведения о прохождении курса будут отправлены на сервер курсов при следующей синхронизации, которая выполняется автоматически, когда компьютер подключен к сети. Вы можете вернуться к любому элементу в любое время.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="99"/>
        <source>Your completion is kept on this computer. Sign in to the course server (Course server ▸ Sign in…) to send it. You can review any item at any time.</source>
        <translation>Сведения о прохождении курса хранятся на этом компьютере. Войдите на сервер курсов (Сервер курсов ▸ Войти…), чтобы отправить их. Вы можете вернуться к любому элементу в любое время.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="383"/>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="390"/>
        <source>Import course</source>
        <translation>Импорт курса</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="391"/>
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation>Курсы Lectern (*.lectern);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="394"/>
        <source>Choose a course file</source>
        <translation>Выберите файл курса</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="109"/>
        <source>A new version of “%1” is on the course server.</source>
        <translation>На сервере курсов есть новая версия курса «%1».</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="129"/>
        <source>The standard quality videos are being downloaded (Ctrl+J shows them).</source>
        <translation>Видео в стандартном качестве загружаются (показать: Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="155"/>
        <source>A course finished downloading and is in your library.</source>
        <translation>Загрузка курса завершена, он находится в вашей библиотеке.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="184"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Выполнен вход на %1 как %2.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="204"/>
        <source>Signed out. Changes not yet sent are kept on this computer.</source>
        <translation>Выход выполнен. Еще не отправленные изменения хранятся на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>MarkReadBar</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="78"/>
        <source>Reading status</source>
        <translation>Состояние материала для чтения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="80"/>
        <source>Mark as read</source>
        <translation>Отметить как прочитанное</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="90"/>
        <source>Read ✓</source>
        <translation>Прочитано ✓</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="91"/>
        <source>You have finished this reading.</source>
        <translation>Вы прочитали этот материал.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="92"/>
        <source>This reading is complete.</source>
        <translation>Этот материал прочитан.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="95"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Отметить как прочитанное</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="96"/>
        <source>Count this reading as done (it also counts once you have scrolled through all of it).</source>
        <translation>Засчитать этот материал как прочитанный (он также засчитывается, когда вы прокрутите его до конца).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="98"/>
        <source>Counts this reading as done.</source>
        <translation>Засчитывает этот материал как прочитанный.</translation>
    </message>
</context>
<context>
    <name>ModuleProgressChart</name>
    <message>
        <location filename="../../player/course/progress_chart.py" line="20"/>
        <source>Progress per module</source>
        <translation>Прогресс по модулям</translation>
    </message>
    <message>
        <location filename="../../player/course/progress_chart.py" line="26"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: выполнено %2 из %3</translation>
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
        <translation>Введите имя профиля.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="72"/>
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation>Имя профиля содержит от 1 до 40 букв, цифр, пробелов, точек, дефисов или знаков подчеркивания и начинается с буквы или цифры.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="75"/>
        <source>There is already a profile called “%1”.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="83"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN-код состоит из 4–12 цифр.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="85"/>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>Введенные PIN-коды не совпадают. Введите PIN-код еще раз в оба поля.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="119"/>
        <source>New profile — Lectern</source>
        <translation>Новый профиль — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="120"/>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="124"/>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="125"/>
        <source>for example: Clerk Ana</source>
        <translation>например: Секретарь Анна</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="126"/>
        <source>Protect with a &amp;PIN</source>
        <translation>&amp;Защитить PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="127"/>
        <source>Protect the profile with a PIN</source>
        <translation>Защитить профиль PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="129"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="131"/>
        <source>PIN again</source>
        <translation>Повтор PIN-кода</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="135"/>
        <source>A PIN has 4 to 12 digits. It keeps colleagues from using your profile by mistake; it does not encrypt anything.</source>
        <translation>PIN-код состоит из 4–12 цифр. Он не дает коллегам по ошибке воспользоваться вашим профилем; он ничего не шифрует.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="138"/>
        <source>About PINs</source>
        <translation>О PIN-кодах</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="142"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="151"/>
        <source>P&amp;IN:</source>
        <translation>PIN-&amp;код:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="154"/>
        <source>&amp;Again:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>&amp;Create and open</source>
        <translation>&amp;Создать и открыть</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>Create the profile and open it</source>
        <translation>Создать профиль и открыть его</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="161"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="58"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
</context>
<context>
    <name>OfflineHelpDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="159"/>
        <location filename="../../player/help_dialogs.py" line="160"/>
        <location filename="../../player/help_dialogs.py" line="162"/>
        <source>How Lectern works offline</source>
        <translation>Как Lectern работает в автономном режиме</translation>
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
&lt;h3&gt;Все, что вы изучаете, находится на этом компьютере&lt;/h3&gt;
&lt;p&gt;Видео, материалы для чтения, тесты и обсуждения курсов из вашей библиотеки хранятся на
этом компьютере. Вы можете заниматься без какого-либо подключения сколько угодно.&lt;/p&gt;
&lt;h3&gt;Ваш прогресс сохраняется сразу&lt;/h3&gt;
&lt;p&gt;Место, на котором вы остановились в видео, прочитанные материалы, результаты тестов и ваши
сообщения на форуме сохраняются на этом компьютере в тот же момент, даже если затем Lectern
будет закрыт или компьютер выключен.&lt;/p&gt;
&lt;h3&gt;Отправка и получение выполняются сами&lt;/h3&gt;
&lt;p&gt;Когда вы вошли на сервер курсов и компьютер подключен к сети, Lectern сам отправляет
ваши изменения и получает сообщения других слушателей — каждые несколько минут и вскоре после
того, как вы что-то измените. Вам не нужно ничего нажимать; «Синхронизировать сейчас» (F5)
лишь делает это немедленно. Строка внизу окна показывает, есть ли подключение к сети и сколько
изменений ожидает отправки.&lt;/p&gt;
&lt;h3&gt;В автономном режиме ничего не теряется&lt;/h3&gt;
&lt;p&gt;Изменения, сделанные в автономном режиме, надежно хранятся на этом компьютере и отправляются
при следующей синхронизации. Сообщения, написанные в автономном режиме, отмечаются как
«ожидает отправки» и доходят до других слушателей после нее.&lt;/p&gt;
&lt;h3&gt;Новые курсы и обновления&lt;/h3&gt;
&lt;p&gt;При подключении к сети пункт Переход ▸ Каталог курсов показывает курсы, которые сервер
курсов предлагает вам загрузить. Без подключения ИТ-служба суда может предоставить вам
файл курса (.lectern), например на USB-накопителе: Файл ▸ Импортировать курс…&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../player/course/panes.py" line="33"/>
        <source>Course progress</source>
        <translation>Прогресс по курсу</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="35"/>
        <source>New replies to your posts</source>
        <translation>Новые ответы на ваши сообщения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/panes.py" line="50"/>
        <source>%n new reply(ies) to your posts</source>
        <translation>
            <numerusform>%n новый ответ на ваши сообщения</numerusform>
            <numerusform>%n новых ответа на ваши сообщения</numerusform>
            <numerusform>%n новых ответов на ваши сообщения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="58"/>
        <source>%1 of %2 required items done</source>
        <translation>Выполнено обязательных элементов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="62"/>
        <source>✓ Completed: %1</source>
        <translation>✓ Пройден: %1</translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/pdf/find.py" line="133"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="135"/>
        <source>Match {n} of {count}</source>
        <translation>Совпадение {n} из {count}</translation>
    </message>
</context>
<context>
    <name>PdfReadingView</name>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="59"/>
        <source>PDF reading</source>
        <translation>Материал для чтения (PDF)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="75"/>
        <source>PDF pages</source>
        <translation>Страницы PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="144"/>
        <source>This PDF reading</source>
        <translation>Этот материал для чтения (PDF)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="150"/>
        <source>the PDF is locked with a password.</source>
        <translation>файл PDF защищен паролем.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152"/>
        <source>the file is damaged or is not a PDF.</source>
        <translation>файл поврежден или не является файлом PDF.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="157"/>
        <source>the PDF has no pages.</source>
        <translation>в файле PDF нет страниц.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="173"/>
        <source>This reading cannot be opened: {reason} Ask the course provider for a new copy.</source>
        <translation>Этот материал для чтения не удается открыть: {reason} Попросите у поставщика курса новую копию.</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="25"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="26"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Предыдущая страница (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="30"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="31"/>
        <source>Type a page number and press Enter</source>
        <translation>Введите номер страницы и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="35"/>
        <source>Page count</source>
        <translation>Число страниц</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Следующая страница (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="41"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="43"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="44"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="45"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Подогнать страницу по ширине (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="50"/>
        <location filename="../../player/item_views/pdf/toolbar.py" line="51"/>
        <source>Find in document</source>
        <translation>Поиск в документе</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="52"/>
        <source>Ctrl+F; Enter finds the next match, Shift+Enter the previous one</source>
        <translation>Ctrl+F; Enter — следующее совпадение, Shift+Enter — предыдущее</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="56"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="58"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="60"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="62"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="90"/>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="67"/>
        <source>Report a message</source>
        <translation>Пожаловаться на сообщение</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="68"/>
        <source>The moderators of this course will read your report and decide. The author is not told who reported it. Your report is sent with the next sync.</source>
        <translation>Модераторы этого курса прочитают вашу жалобу и примут решение. Автору не сообщают, кто пожаловался. Жалоба отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="70"/>
        <source>&amp;Report</source>
        <translation>&amp;Пожаловаться</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="76"/>
        <source>Thank you. Your report is kept on this computer and reaches the moderators with the next sync.</source>
        <translation>Спасибо. Жалоба сохранена на этом компьютере и дойдёт до модераторов при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="86"/>
        <source>Asking the course server…</source>
        <translation>Обращение к серверу курсов…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="91"/>
        <source>Hide a message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="92"/>
        <source>Learners no longer see it after their next sync; its author sees that a moderator hid it, with your reason. Nothing is deleted, and the course server&apos;s audit log keeps who hid it and why.</source>
        <translation>Слушатели перестанут его видеть после следующей синхронизации; автор увидит, что модератор скрыл его, и вашу причину. Ничего не удаляется, а журнал аудита сервера курсов хранит, кто и почему его скрыл.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="95"/>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="97"/>
        <source>Restore a message</source>
        <translation>Восстановить сообщение</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="98"/>
        <source>Learners see it again after their next sync. The audit log keeps your reason.</source>
        <translation>Слушатели снова увидят его после следующей синхронизации. Журнал аудита хранит вашу причину.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="99"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="106"/>
        <source>Hidden. Learners no longer see it after their next sync.</source>
        <translation>Скрыто. Слушатели перестанут его видеть после следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="107"/>
        <source>Restored. Learners see it again after their next sync.</source>
        <translation>Восстановлено. Слушатели снова увидят его после следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="116"/>
        <source>The course server refused: %1</source>
        <translation>Сервер курсов отказал: %1</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="56"/>
        <source>Current PIN of %1</source>
        <translation>Текущий PIN-код профиля %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="57"/>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Текущий PIN-код:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="62"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="94"/>
        <source>That PIN was not right several times. Please wait before trying again (%1 s).</source>
        <translation>PIN-код несколько раз был введен неверно. Подождите, прежде чем повторить попытку (%1 с).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="97"/>
        <source>Type the current PIN of “%1”.</source>
        <translation>Введите текущий PIN-код профиля «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="124"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Неверный PIN-код. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="125"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>Неверный PIN-код. Подождите, прежде чем повторить попытку (%1 с).</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../player/profiles/chooser.py" line="84"/>
        <source>Choose your profile — Lectern</source>
        <translation>Выбор профиля — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="85"/>
        <source>Choose your profile</source>
        <translation>Выберите свой профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="92"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="95"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="98"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="108"/>
        <source>Profile picture</source>
        <translation>Изображение профиля</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="110"/>
        <source>&amp;PIN:</source>
        <translation>PIN-&amp;код:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="112"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="124"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="130"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Новый профиль…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="131"/>
        <source>Create a new profile</source>
        <translation>Создать новый профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="134"/>
        <source>&amp;Manage</source>
        <translation>&amp;Управление</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="135"/>
        <source>Rename the selected profile, change its PIN, or delete it</source>
        <translation>Переименовать выбранный профиль, изменить его PIN-код или удалить его</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="139"/>
        <source>Manage the profile</source>
        <translation>Управление профилем</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="140"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="142"/>
        <source>Change the &amp;PIN…</source>
        <translation>&amp;Изменить PIN-код…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>Open the selected profile</source>
        <translation>Открыть выбранный профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>Quit Lectern</source>
        <translation>Выйти из Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="187"/>
        <source>Enter the PIN for “%1”</source>
        <translation>Введите PIN-код профиля «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="188"/>
        <source>This profile is protected by a PIN.</source>
        <translation>Этот профиль защищен PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="194"/>
        <source>Who is studying?</source>
        <translation>Кто будет заниматься?</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="196"/>
        <source>Each person on this computer has their own profile, with their own progress and forum posts. Choose yours, or create one.</source>
        <translation>У каждого, кто работает на этом компьютере, свой профиль со своим прогрессом и сообщениями на форуме. Выберите свой профиль или создайте новый.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="216"/>
        <source>Protected by a PIN</source>
        <translation>Защищен PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="220"/>
        <source>%1, protected by a PIN</source>
        <translation>%1, защищен PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="246"/>
        <source>PIN for %1</source>
        <translation>PIN-код профиля %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="276"/>
        <source>Type the PIN for “%1”.</source>
        <translation>Введите PIN-код профиля «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="299"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Неверный PIN-код. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="324"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>Неверный PIN-код. Подождите, прежде чем повторить попытку (%1 с).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="337"/>
        <source>That PIN was not right. You can try again now.</source>
        <translation>PIN-код был неверным. Теперь можно повторить попытку.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="428"/>
        <source>The profile is now called “%1”.</source>
        <translation>Профиль теперь называется «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="433"/>
        <source>“%1” now has a new PIN.</source>
        <translation>У профиля «%1» новый PIN-код.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="434"/>
        <source>“%1” now has no PIN.</source>
        <translation>Профиль «%1» больше не защищен PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="444"/>
        <source>The profile “%1” was deleted.</source>
        <translation>Профиль «%1» удален.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="138"/>
        <source>Rename “%1”</source>
        <translation>Переименовать «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="170"/>
        <source>PIN of “%1”</source>
        <translation>PIN-код профиля «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="220"/>
        <source>Delete “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
</context>
<context>
    <name>PublishersPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="246"/>
        <source>Course publishers</source>
        <translation>Издатели курсов</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="247"/>
        <source>Allow &amp;unsigned courses and unknown publishers</source>
        <translation>Разрешить &amp;неподписанные курсы и неизвестных издателей</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="249"/>
        <source>Allow unsigned courses</source>
        <translation>Разрешить неподписанные курсы</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="250"/>
        <source>Safety:</source>
        <translation>Безопасность:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="253"/>
        <source>Warning: Lectern will accept courses that anyone may have made or changed. Turn this on only for courses you made yourself, and ask court IT first.</source>
        <translation>Внимание: Lectern будет принимать курсы, которые мог создать или изменить кто угодно. Включайте этот параметр только для курсов, созданных вами, и предварительно проконсультируйтесь с ИТ-службой суда.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="257"/>
        <source>Warning about unsigned courses</source>
        <translation>Предупреждение о неподписанных курсах</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="264"/>
        <source>Trusted publishers</source>
        <translation>Доверенные издатели</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="272"/>
        <source>&amp;Add publisher key…</source>
        <translation>&amp;Добавить ключ издателя…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="273"/>
        <source>Add a publisher key from a .pub file</source>
        <translation>Добавить ключ издателя из файла .pub</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="274"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="275"/>
        <source>Remove the selected publisher</source>
        <translation>Удалить выбранного издателя</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="282"/>
        <source>&amp;Trusted:</source>
        <translation>Д&amp;оверенные:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="284"/>
        <source>Courses signed by these publishers are accepted. Keys from court IT cannot be removed here.</source>
        <translation>Курсы, подписанные этими издателями, принимаются. Ключи, добавленные ИТ-службой суда, здесь удалить нельзя.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="296"/>
        <source>Trusted on this computer by court IT; it cannot be removed here.</source>
        <translation>Добавлен ИТ-службой суда как доверенный на этом компьютере; удалить его здесь нельзя.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="307"/>
        <source>No publishers yet. Courses must be signed by a trusted publisher to be imported.</source>
        <translation>Издателей пока нет. Чтобы курс можно было импортировать, он должен быть подписан доверенным издателем.</translation>
    </message>
</context>
<context>
    <name>QrPreview</name>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="18"/>
        <source>QR code of the certificate</source>
        <translation>QR-код сертификата</translation>
    </message>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="19"/>
        <source>It holds the whole signed certificate, so a printout can be checked with no network.</source>
        <translation>Он содержит весь подписанный сертификат, поэтому распечатку можно проверить без подключения к сети.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="147"/>
        <source>Question {n} of {total}</source>
        <translation>Вопрос {n} из {total}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="152"/>
        <source>Question {n}</source>
        <translation>Вопрос {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="156"/>
        <source>Choose all that apply.</source>
        <translation>Выберите все подходящие варианты.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="186"/>
        <source>Feedback on question {n}</source>
        <translation>Пояснение к вопросу {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="225"/>
        <source>✓ Correct.</source>
        <translation>✓ Верно.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="227"/>
        <source>✗ Not correct: this question has more than one right answer, and all of them (and only them) must be chosen.</source>
        <translation>✗ Неверно: у этого вопроса несколько правильных вариантов, и нужно выбрать их все (и только их).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="230"/>
        <source>✗ Not correct.</source>
        <translation>✗ Неверно.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="56"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="61"/>
        <source>Quiz rules</source>
        <translation>Правила теста</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="63"/>
        <location filename="../../player/item_views/quiz_view.py" line="65"/>
        <source>Earlier attempts</source>
        <translation>Предыдущие попытки</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="81"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="89"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="104"/>
        <source>Quiz message</source>
        <translation>Сообщение о тесте</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="106"/>
        <source>&amp;Submit answers</source>
        <translation>&amp;Отправить ответы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="107"/>
        <source>Submit answers</source>
        <translation>Отправить ответы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="108"/>
        <source>Check your answers and record this attempt</source>
        <translation>Проверить ответы и записать эту попытку</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="110"/>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить попытку</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="111"/>
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="112"/>
        <source>Clear the answers and start a new attempt</source>
        <translation>Очистить ответы и начать новую попытку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="155"/>
        <source>%n question(s). The pass mark is %1%.</source>
        <translation>
            <numerusform>%n вопрос. Проходной балл: %1%.</numerusform>
            <numerusform>%n вопроса. Проходной балл: %1%.</numerusform>
            <numerusform>%n вопросов. Проходной балл: %1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="158"/>
        <source>You may make %n attempt(s); %1 left.</source>
        <translation>
            <numerusform>Можно сделать %n попытку; осталось: %1.</numerusform>
            <numerusform>Можно сделать %n попытки; осталось: %1.</numerusform>
            <numerusform>Можно сделать %n попыток; осталось: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="285"/>
        <source>You have used all %n attempt(s), so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation>
            <numerusform>Вы исчерпали все попытки (%n), поэтому этот тест нельзя пройти на этом компьютере. Обратитесь к координатору курса.</numerusform>
            <numerusform>Вы исчерпали все попытки (%n), поэтому этот тест нельзя пройти на этом компьютере. Обратитесь к координатору курса.</numerusform>
            <numerusform>Вы исчерпали все попытки (%n), поэтому этот тест нельзя пройти на этом компьютере. Обратитесь к координатору курса.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="161"/>
        <source>You have passed this quiz.</source>
        <translation>Вы прошли этот тест.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>not passed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="168"/>
        <source>Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}</source>
        <translation>Попытка {n}: {correct} из {total} ({percent}%), {outcome} — {when}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="230"/>
        <source>Answer question {n} before submitting.</source>
        <translation>Ответьте на вопрос {n}, прежде чем отправлять ответы.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="240"/>
        <source>Saving your answers…</source>
        <translation>Сохранение ответов…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="249"/>
        <source>Your answers could not be saved. Nothing was recorded; you can submit them again.</source>
        <translation>Не удалось сохранить ваши ответы. Ничего не записано; вы можете отправить их снова.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="267"/>
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation>Ваш результат: {correct} из {total} ({percent}%). Проходной балл: {pass_mark}%.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="272"/>
        <source>You passed.</source>
        <translation>Тест пройден.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="274"/>
        <source>You did not pass this time.</source>
        <translation>На этот раз тест не пройден.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="282"/>
        <source>You have used all your attempts.</source>
        <translation>Вы использовали все попытки.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="289"/>
        <source>Read the explanations, then try again if you wish.</source>
        <translation>Прочитайте пояснения, затем при желании повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ReadingItemView</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="115"/>
        <source>Meanwhile you can mark it as read to go on with the course.</source>
        <translation>А пока можно отметить материал как прочитанный, чтобы продолжить изучение курса.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="142"/>
        <source>Reading complete.</source>
        <translation>Материал прочитан.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="24"/>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="27"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="28"/>
        <source>In a few words</source>
        <translation>В нескольких словах</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="29"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <location filename="../../player/refusal_notice.py" line="25"/>
        <source>Not accepted by the course server</source>
        <translation>Не принято сервером курсов</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="26"/>
        <source>Why the course server did not accept it</source>
        <translation>Почему сервер курсов это не принял</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="29"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="38"/>
        <source>The course server did not accept your last change here: %1</source>
        <translation>Сервер курсов не принял ваше последнее изменение здесь: %1</translation>
    </message>
</context>
<context>
    <name>RemoveCourseDialog</name>
    <message>
        <location filename="../../player/library_view.py" line="236"/>
        <location filename="../../player/library_view.py" line="237"/>
        <source>Remove course</source>
        <translation>Удаление курса</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="238"/>
        <source>Remove “%1” from this computer? Its videos and readings are deleted; you can import it again later.</source>
        <translation>Удалить курс «%1» с этого компьютера? Его видео и материалы для чтения будут удалены; позже курс можно импортировать снова.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="242"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="243"/>
        <source>&amp;Keep my progress</source>
        <translation>&amp;Сохранить мой прогресс</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="245"/>
        <source>Keep my progress</source>
        <translation>Сохранить мой прогресс</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="247"/>
        <source>Your completed items and quiz results stay on this computer and come back if you import the course again.</source>
        <translation>Выполненные элементы и результаты тестов останутся на этом компьютере и вернутся, если снова импортировать курс.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="250"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="252"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="254"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="262"/>
        <location filename="../../player/library_view.py" line="263"/>
        <source>Which language versions?</source>
        <translation>Какие языковые версии?</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="267"/>
        <source>Only %1</source>
        <translation>Только %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="268"/>
        <source>Remove only the %1 version</source>
        <translation>Удалить только версию на языке %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="271"/>
        <source>&amp;All languages (%1)</source>
        <translation>&amp;Все языки (%1)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="273"/>
        <source>Remove every language version</source>
        <translation>Удалить все языковые версии</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="280"/>
        <source>Your completed items and quiz results are kept for the course&apos;s other languages, and come back if you import it again.</source>
        <translation>Выполненные элементы и результаты тестов сохраняются для других языков курса и вернутся, если вы снова импортируете его.</translation>
    </message>
</context>
<context>
    <name>RenameProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="143"/>
        <source>New name</source>
        <translation>Новое имя</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="145"/>
        <source>New &amp;name:</source>
        <translation>Новое &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Rename the profile</source>
        <translation>Переименовать профиль</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="188"/>
        <source>Requirements — Lectern</source>
        <translation>Требования — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="189"/>
        <source>Requirements for the certificate</source>
        <translation>Требования для получения сертификата</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="193"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RequirementsLauncher</name>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>&amp;Requirements</source>
        <translation>&amp;Требования</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>Requirements for the certificate</source>
        <translation>Требования для получения сертификата</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="37"/>
        <source>What earns this course&apos;s certificate, and what is left (Ctrl+R)</source>
        <translation>Что нужно для получения сертификата за этот курс и что осталось сделать (Ctrl+R)</translation>
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
        <translation>Требования для получения сертификата</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="52"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="53"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="55"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="58"/>
        <source>Requirements done</source>
        <translation>Выполненные требования</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="60"/>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="68"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="82"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="96"/>
        <source>Complete %1</source>
        <translation>Выполнить %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="97"/>
        <source>Not done yet</source>
        <translation>Еще не выполнено</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="99"/>
        <source>Pass %1</source>
        <translation>Пройти %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="100"/>
        <source>Not passed yet</source>
        <translation>Еще не пройдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="102"/>
        <source>Post at least %n time(s) in %1</source>
        <translation>
            <numerusform>Написать в %1 не менее %n сообщения</numerusform>
            <numerusform>Написать в %1 не менее %n сообщений</numerusform>
            <numerusform>Написать в %1 не менее %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="104"/>
        <source>%n more post(s) to go</source>
        <translation>
            <numerusform>Осталось %n сообщение</numerusform>
            <numerusform>Осталось %n сообщения</numerusform>
            <numerusform>Осталось %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="106"/>
        <source>Reply to at least one colleague in the discussions</source>
        <translation>Ответить хотя бы одному коллеге в обсуждениях</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="107"/>
        <source>No reply to a colleague yet</source>
        <translation>Пока нет ответа коллеге</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="110"/>
        <source>Before %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="111"/>
        <source>Before the course&apos;s end</source>
        <translation>До окончания курса</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="112"/>
        <source>The course ended before every requirement was done</source>
        <translation>Курс закончился раньше, чем были выполнены все требования</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="113"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="117"/>
        <source>This course does not award a certificate.</source>
        <translation>За этот курс сертификат не выдается.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="119"/>
        <source>Certificate: issued. It is in Go ▸ Certificates, to save as a PDF or print.</source>
        <translation>Сертификат: выдан. Он находится в разделе Переход ▸ Сертификаты, где его можно сохранить в формате PDF или распечатать.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="122"/>
        <source>Certificate: revoked. The course server withdrew it; ask the course&apos;s organisers why.</source>
        <translation>Сертификат: отозван. Сервер курсов отозвал его; узнайте причину у организаторов курса.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="125"/>
        <source>Certificate: earned, waiting to sync. The course server issues it after this computer&apos;s next sync.</source>
        <translation>Сертификат: право на него получено, ожидается синхронизация. Сервер курсов выдаст его после следующей синхронизации этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="128"/>
        <source>Certificate: not earned. The course ended before every requirement was done.</source>
        <translation>Сертификат: не получен. Курс закончился раньше, чем были выполнены все требования.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="130"/>
        <source>Certificate: not yet earned. %n requirement(s) left.</source>
        <translation>
            <numerusform>Сертификат: еще не получен. Осталось %n требование.</numerusform>
            <numerusform>Сертификат: еще не получен. Осталось %n требования.</numerusform>
            <numerusform>Сертификат: еще не получен. Осталось %n требований.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="150"/>
        <source>%1 of %2 requirements done</source>
        <translation>Выполнено требований: %1 из %2</translation>
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
        <translation>Сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="103"/>
        <source>Course server address</source>
        <translation>Адрес сервера курсов</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="106"/>
        <source>Course server &amp;address:</source>
        <translation>&amp;Адрес сервера курсов:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="108"/>
        <source>Where your courses come from and your progress goes. Court IT or the course provider gives you this address.</source>
        <translation>Откуда поступают ваши курсы и куда отправляется ваш прогресс. Этот адрес вам сообщит ИТ-служба суда или поставщик курса.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="115"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="122"/>
        <source>Proxy address</source>
        <translation>Адрес прокси-сервера</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="123"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Прокси-сервер:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="124"/>
        <source>Leave empty to connect the way this computer usually does.</source>
        <translation>Оставьте пустым, чтобы подключаться так, как обычно подключается этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="127"/>
        <source>Certificate file</source>
        <translation>Файл сертификата</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="128"/>
        <source>None (this computer&apos;s certificates)</source>
        <translation>Нет (сертификаты этого компьютера)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="129"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="130"/>
        <source>Choose a certificate file</source>
        <translation>Выберите файл сертификата</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="131"/>
        <source>&amp;Certificates:</source>
        <translation>&amp;Сертификаты:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="134"/>
        <source>Only needed behind a proxy that inspects secure connections: a PEM file from court IT.</source>
        <translation>Нужен только при работе через прокси-сервер, проверяющий защищенные соединения: файл PEM от ИТ-службы суда.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="146"/>
        <source>You are signed in to this course server as %1. To use another, sign out first.</source>
        <translation>Вы вошли на этот сервер курсов как %1. Чтобы использовать другой сервер, сначала выйдите.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="153"/>
        <source>You are signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../player/settings/dialog.py" line="55"/>
        <source>Settings — Lectern</source>
        <translation>Настройки — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="56"/>
        <location filename="../../player/settings/dialog.py" line="86"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="65"/>
        <source>Loading settings…</source>
        <translation>Чтение настроек…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="66"/>
        <source>Settings status</source>
        <translation>Состояние настроек</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="91"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="94"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="171"/>
        <source>the site configuration</source>
        <translation>конфигурации суда</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="172"/>
        <source>Court IT set this in %1. It cannot be changed here.</source>
        <translation>ИТ-служба суда задала этот параметр в %1. Здесь его изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="173"/>
        <source>Set by your administrator in %1.</source>
        <translation>Задано вашим администратором в %1.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="238"/>
        <source>it contains a space.</source>
        <translation>он содержит пробел.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="239"/>
        <source>it does not start with %1://.</source>
        <translation>он не начинается с %1://.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="242"/>
        <source>it starts with “%1://”, which Lectern cannot use.</source>
        <translation>он начинается с «%1://», а такой адрес Lectern использовать не может.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="243"/>
        <source>the computer&apos;s name is missing after “//”.</source>
        <translation>после «//» отсутствует имя компьютера.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="245"/>
        <source>Give the full path of the file, or choose it with Browse.</source>
        <translation>Укажите полный путь к файлу или выберите его кнопкой «Обзор…».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="246"/>
        <source>There is no file at %1.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="248"/>
        <source>Lectern cannot read %1. Ask court IT to check who may read it.</source>
        <translation>Lectern не может прочитать %1. Попросите ИТ-службу суда проверить права на чтение этого файла.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="251"/>
        <source>%1 is not a certificate file: it should contain “-----BEGIN CERTIFICATE-----”.</source>
        <translation>%1 не является файлом сертификата: он должен содержать «-----BEGIN CERTIFICATE-----».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="254"/>
        <source>The start and the end are the same time. Choose two different times, or tick “Any time”.</source>
        <translation>Время начала и окончания совпадает. Выберите два разных значения или отметьте «В любое время».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="259"/>
        <source>This is not a web address Lectern can use: %1 It should look like https://courses.example.org</source>
        <translation>Этот веб-адрес Lectern использовать не может: %1 Адрес сервера курсов должен иметь вид https://courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="262"/>
        <source>This is not a proxy address Lectern can use: %1 It should look like http://proxy.court.local:3128</source>
        <translation>Этот адрес прокси-сервера Lectern использовать не может: %1 Адрес должен иметь вид http://proxy.court.local:3128</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="282"/>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>Ничего не сохранено. Исправьте то, что отмечено выше.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="304"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="349"/>
        <location filename="../../player/settings/dialog.py" line="352"/>
        <source>Choose a certificate file</source>
        <translation>Выберите файл сертификата</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="350"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Add a publisher key</source>
        <translation>Добавление ключа издателя</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Publisher keys (*.pub);;All files (*)</source>
        <translation>Ключи издателей (*.pub);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="357"/>
        <source>Choose a publisher key file</source>
        <translation>Выберите файл ключа издателя</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="379"/>
        <source>This publisher is already trusted.</source>
        <translation>Этот издатель уже является доверенным.</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="129"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="133"/>
        <source>set by your administrator</source>
        <translation>задано вашим администратором</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="137"/>
        <source>Locked by court IT</source>
        <translation>Заблокировано ИТ-службой суда</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="143"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="155"/>
        <source>Problem with this setting</source>
        <translation>Проблема с этой настройкой</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="50"/>
        <source>Unnamed publisher</source>
        <translation>Издатель без имени</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="51"/>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="53"/>
        <source>%1 · added by court IT</source>
        <translation>%1 · добавлен ИТ-службой суда</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="36"/>
        <source>Language — Lectern</source>
        <translation>Язык — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="37"/>
        <source>The new interface language is used from the next time Lectern starts.</source>
        <translation>Новый язык интерфейса будет использоваться после следующего запуска Lectern.</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="40"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="41"/>
        <source>Restart Lectern now</source>
        <translation>Перезапустить Lectern сейчас</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="42"/>
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="49"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="59"/>
        <location filename="../../player/help_dialogs.py" line="60"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="61"/>
        <source>Every action is in a menu and can be reached with the keyboard: Alt with the underlined letter opens a menu, Tab and Shift+Tab move between controls.</source>
        <translation>Каждое действие есть в меню и доступно с клавиатуры: Alt с подчеркнутой буквой открывает меню, Tab и Shift+Tab перемещают между элементами управления.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="65"/>
        <source>About these keys</source>
        <translation>Об этих клавишах</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="67"/>
        <source>Keys and what they do</source>
        <translation>Клавиши и их действия</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="116"/>
        <source>%1 menu</source>
        <translation>Меню «%1»</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="120"/>
        <source>In the open item</source>
        <translation>В открытом элементе</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="121"/>
        <source>Course outline</source>
        <translation>Структура курса</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="122"/>
        <source>Move through the items</source>
        <translation>Перемещение по элементам</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="123"/>
        <source>Open the selected item</source>
        <translation>Открыть выбранный элемент</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="125"/>
        <source>Video (when the video has the focus)</source>
        <translation>Видео (когда фокус на видео)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="126"/>
        <source>Play or pause</source>
        <translation>Воспроизведение или пауза</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="127"/>
        <source>Back or forward 10 seconds</source>
        <translation>Назад или вперед на 10 секунд</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="128"/>
        <source>Volume up or down</source>
        <translation>Увеличить или уменьшить громкость</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="129"/>
        <source>Mute or unmute</source>
        <translation>Выключить или включить звук</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="130"/>
        <source>Captions on or off</source>
        <translation>Включить или выключить субтитры</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="131"/>
        <source>Full screen on or off</source>
        <translation>Включить или выключить полноэкранный режим</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="132"/>
        <source>Leave full screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="135"/>
        <source>PDF reading</source>
        <translation>Материал для чтения (PDF)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="136"/>
        <source>Search in the document</source>
        <translation>Поиск в документе</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="137"/>
        <source>Next or previous match</source>
        <translation>Следующее или предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="140"/>
        <source>Zoom in or out</source>
        <translation>Увеличить или уменьшить масштаб</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="141"/>
        <source>Fit the page to the width</source>
        <translation>Подогнать страницу по ширине</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="143"/>
        <source>Next or previous page</source>
        <translation>Следующая или предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="145"/>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="147"/>
        <source>Send the post or reply you are writing</source>
        <translation>Отправить сообщение или ответ, который вы пишете</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="147"/>
        <location filename="../../player/sign_in_dialog.py" line="148"/>
        <source>Sign in to the course server</source>
        <translation>Вход на сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="152"/>
        <source>Sign in once on this computer. Lectern then sends your progress and forum posts to the course server by itself whenever the network is there, and downloads the courses you choose.</source>
        <translation>Войдите один раз на этом компьютере. После этого Lectern будет сам отправлять ваш прогресс и сообщения на форуме на сервер курсов, когда есть сеть, и загружать выбранные вами курсы.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="156"/>
        <source>About signing in</source>
        <translation>О входе</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="159"/>
        <source>Course server address</source>
        <translation>Адрес сервера курсов</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="160"/>
        <source>courses.example.org</source>
        <translation>courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="162"/>
        <source>The address court IT gave you, for example courses.example.org. Lectern adds https:// itself.</source>
        <translation>Адрес сервера курсов, который вам дала ИТ-служба суда, например courses.example.org. Lectern сам добавит https://.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="165"/>
        <source>Set by court IT for this computer.</source>
        <translation>Задано ИТ-службой суда для этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="166"/>
        <source>About the course server address</source>
        <translation>Об адресе сервера курсов</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="171"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="174"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="176"/>
        <source>Name of this computer</source>
        <translation>Имя этого компьютера</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="178"/>
        <source>How the course server lists this computer among your devices, e.g. “Courtroom 3 PC”.</source>
        <translation>Как сервер курсов будет показывать этот компьютер среди ваших устройств, например «ПК зала заседаний 3».</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="186"/>
        <source>Course server &amp;address:</source>
        <translation>&amp;Адрес сервера курсов:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="189"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="191"/>
        <source>&amp;Computer name:</source>
        <translation>Имя &amp;компьютера:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="197"/>
        <source>Sign-in message</source>
        <translation>Сообщение о входе</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="201"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="203"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="206"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="255"/>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
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
        <translation>Проблема с файлом настроек</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="32"/>
        <source>Problems in the settings file</source>
        <translation>Проблемы в файле настроек</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="36"/>
        <source>Court IT&apos;s settings file has a problem.</source>
        <translation>В файле настроек ИТ-службы суда есть проблема.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="43"/>
        <source>Each line says what Lectern does until it is fixed; everything else works as usual. Please tell court IT so they can correct the file.</source>
        <translation>В каждой строке указано, как Lectern будет работать, пока проблема не устранена; все остальное работает как обычно. Пожалуйста, сообщите ИТ-службе суда, чтобы файл исправили.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="46"/>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="50"/>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="51"/>
        <source>Hide this notice until Lectern is started again. Settings shows it too.</source>
        <translation>Скрыть это уведомление до следующего запуска Lectern. Оно также отображается в настройках.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="99"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="104"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="108"/>
        <source>Changes waiting to be sent</source>
        <translation>Изменения, ожидающие отправки</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="110"/>
        <source>Progress, quiz results and forum posts recorded on this computer that the course server has not received yet. They are kept safely until then.</source>
        <translation>Прогресс, результаты тестов и сообщения на форуме, записанные на этом компьютере и еще не полученные сервером курсов. До тех пор они надежно хранятся.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="114"/>
        <source>Last successful sync</source>
        <translation>Последняя успешная синхронизация</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="118"/>
        <source>Last sync problem</source>
        <translation>Последняя проблема синхронизации</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="124"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="133"/>
        <location filename="../../player/status_bar.py" line="187"/>
        <source>Open the announcements</source>
        <translation>Открыть объявления</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="137"/>
        <location filename="../../player/status_bar.py" line="138"/>
        <location filename="../../player/status_bar.py" line="293"/>
        <location filename="../../player/status_bar.py" line="294"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="139"/>
        <source>Send your changes and fetch others&apos; posts now (F5)</source>
        <translation>Отправить ваши изменения и получить сообщения других участников сейчас (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="183"/>
        <source>%n new announcement(s)</source>
        <translation>
            <numerusform>%n новое объявление</numerusform>
            <numerusform>%n новых объявления</numerusform>
            <numerusform>%n новых объявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="186"/>
        <source>%n new announcement(s): open the announcements</source>
        <translation>
            <numerusform>%n новое объявление: открыть объявления</numerusform>
            <numerusform>%n новых объявления: открыть объявления</numerusform>
            <numerusform>%n новых объявлений: открыть объявления</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="188"/>
        <source>Open the announcements (Ctrl+Shift+A)</source>
        <translation>Открыть объявления (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="225"/>
        <source>Changes waiting: unknown</source>
        <translation>Ожидающие изменения: неизвестно</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="232"/>
        <source>No changes waiting to be sent</source>
        <translation>Нет изменений, ожидающих отправки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="234"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="240"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="242"/>
        <source>Lectern works fully offline and keeps everything on this computer. Sign in to the course server (Course server ▸ Sign in…) to send your progress and forum posts and to download courses.</source>
        <translation>Lectern работает полностью автономно и хранит все на этом компьютере. Войдите на сервер курсов (Сервер курсов ▸ Войти…), чтобы отправлять прогресс и сообщения на форуме и загружать курсы.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="260"/>
        <source>Syncing… %1 of %2 sent</source>
        <translation>Синхронизация… отправлено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="264"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="265"/>
        <source>Sending your changes to %1 and fetching new posts.</source>
        <translation>Отправка ваших изменений на %1 и получение новых сообщений.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="268"/>
        <source>Looking for the course server…</source>
        <translation>Поиск сервера курсов…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="269"/>
        <source>Checking whether %1 can be reached.</source>
        <translation>Проверка доступности %1.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="272"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="273"/>
        <source>Connected to %1 as %2. Lectern syncs by itself every few minutes and after your changes.</source>
        <translation>Подключено к %1 как %2. Lectern сам выполняет синхронизацию каждые несколько минут и после ваших изменений.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="278"/>
        <source>Offline</source>
        <translation>Автономный режим</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="280"/>
        <source>The course server at %1 cannot be reached. Everything you do is kept on this computer and sent when the connection returns; Lectern checks by itself.</source>
        <translation>Сервер курсов %1 недоступен. Все ваши действия сохраняются на этом компьютере и будут отправлены, когда связь восстановится; Lectern проверяет это сам.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="284"/>
        <source>Sign-in needed</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="286"/>
        <source>The course server asks you to sign in again (Course server ▸ Sign in…). Your changes are kept and sent afterwards.</source>
        <translation>Сервер курсов просит вас войти снова (Сервер курсов ▸ Войти…). Ваши изменения сохранены и будут отправлены после входа.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="290"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="291"/>
        <source>Sign in to the course server</source>
        <translation>Войти на сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="302"/>
        <source>Last sync: %1</source>
        <translation>Синхронизировано: %1</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="303"/>
        <source>Never synced</source>
        <translation>Синхронизации не было</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="305"/>
        <source>The last time everything waiting was sent to the course server (by this computer&apos;s clock).</source>
        <translation>Когда все ожидающие данные в последний раз были отправлены на сервер курсов (по часам этого компьютера).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="326"/>
        <source>The course server refused %n change(s): %1</source>
        <translation>
            <numerusform>Сервер курсов отклонил %n изменение: %1</numerusform>
            <numerusform>Сервер курсов отклонил %n изменения: %1</numerusform>
            <numerusform>Сервер курсов отклонил %n изменений: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="302"/>
        <source>Offline: the %n change(s) waiting are kept on this computer and sent when the course server can be reached.</source>
        <translation>
            <numerusform>Автономный режим: %n ожидающее изменение хранится на этом компьютере и будет отправлено, когда сервер курсов станет доступен.</numerusform>
            <numerusform>Автономный режим: %n ожидающих изменения хранятся на этом компьютере и будут отправлены, когда сервер курсов станет доступен.</numerusform>
            <numerusform>Автономный режим: %n ожидающих изменений хранятся на этом компьютере и будут отправлены, когда сервер курсов станет доступен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="305"/>
        <source>Offline: nothing is lost. Lectern syncs by itself when the course server can be reached.</source>
        <translation>Автономный режим: ничего не потеряно. Lectern сам выполнит синхронизацию, когда сервер курсов станет доступен.</translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="328"/>
        <source>Sign in to send your progress and posts to the course server.</source>
        <translation>Войдите, чтобы отправлять ваш прогресс и сообщения на сервер курсов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="385"/>
        <source>The course server asks you to sign in again. The %n change(s) waiting on this computer are kept and sent after you sign in.</source>
        <translation>
            <numerusform>Сервер курсов просит вас войти снова. %n ожидающее изменение на этом компьютере сохранено и будет отправлено после входа.</numerusform>
            <numerusform>Сервер курсов просит вас войти снова. %n ожидающих изменения на этом компьютере сохранены и будут отправлены после входа.</numerusform>
            <numerusform>Сервер курсов просит вас войти снова. %n ожидающих изменений на этом компьютере сохранены и будут отправлены после входа.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="388"/>
        <source>The course server asks you to sign in again. Nothing on this computer is lost.</source>
        <translation>Сервер курсов просит вас войти снова. Ничего на этом компьютере не потеряно.</translation>
    </message>
</context>
<context>
    <name>TextReadingView</name>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="110"/>
        <source>Reading</source>
        <translation>Материал для чтения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="127"/>
        <source>Reading text</source>
        <translation>Текст материала для чтения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="152"/>
        <source>This reading</source>
        <translation>Этот материал для чтения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="193"/>
        <source>Links to outside the course do not open from Lectern. The address is: {url}</source>
        <translation>Ссылки за пределы курса не открываются из Lectern. Адрес: {url}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="196"/>
        <source>Link to outside the course (does not open here): {url}</source>
        <translation>Ссылка за пределы курса (здесь не открывается): {url}</translation>
    </message>
</context>
<context>
    <name>ThreadComposer</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="48"/>
        <location filename="../../player/item_views/forum/compose.py" line="92"/>
        <source>New thread</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="54"/>
        <source>Thread title</source>
        <translation>Название темы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="55"/>
        <source>A short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="60"/>
        <source>Thread message</source>
        <translation>Сообщение темы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="61"/>
        <source>Your message (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>Ваше сообщение (обычный текст; поддерживается Markdown, например *выделение* и списки)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="62"/>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="93"/>
        <source>&amp;Post thread</source>
        <translation>&amp;Опубликовать тему</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="94"/>
        <source>Post thread</source>
        <translation>Опубликовать тему</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="66"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="67"/>
        <source>Cancel the new thread</source>
        <translation>Отменить создание темы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="87"/>
        <source>New discussion question (pinned at the top for everyone; kept on this computer and sent with the next sync)</source>
        <translation>Новый вопрос для обсуждения (закреплён вверху для всех; сохраняется на этом компьютере и отправляется при следующей синхронизации)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="89"/>
        <source>&amp;Post pinned question</source>
        <translation>&amp;Опубликовать закреплённый вопрос</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="90"/>
        <source>Post the pinned question</source>
        <translation>Опубликовать закреплённый вопрос</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="15"/>
        <location filename="../../player/item_views/forum/thread_list.py" line="43"/>
        <source>Threads</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="17"/>
        <source>&amp;New thread…</source>
        <translation>&amp;Новая тема…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="18"/>
        <source>Start a new thread</source>
        <translation>Создать новую тему</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="19"/>
        <source>Start a new discussion about this prompt</source>
        <translation>Начать новую тему обсуждения по этому заданию</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="21"/>
        <source>New &amp;question…</source>
        <translation>Новый &amp;вопрос…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="22"/>
        <source>Start a pinned discussion question</source>
        <translation>Задать закреплённый вопрос для обсуждения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="24"/>
        <source>Instructors: a question pinned at the top of this discussion for every learner (kept on this computer at once and sent with the next sync, like any thread)</source>
        <translation>Преподавателям: вопрос, закреплённый вверху этого обсуждения для всех слушателей (сразу сохраняется на этом компьютере и отправляется при следующей синхронизации, как любая тема)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="32"/>
        <source>Threads in this discussion</source>
        <translation>Темы в этом обсуждении</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum/thread_list.py" line="44"/>
        <source>Threads · %n new</source>
        <translation>
            <numerusform>Темы · %n новая</numerusform>
            <numerusform>Темы · %n новых</numerusform>
            <numerusform>Темы · %n новых</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../player/update_banner.py" line="28"/>
        <source>Course updates</source>
        <translation>Обновления курсов</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="29"/>
        <source>Course update notice</source>
        <translation>Уведомление об обновлении курса</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>&amp;Update now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>Download the course updates</source>
        <translation>Загрузить обновления курсов</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="36"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="47"/>
        <source>A new version of “%1” is on the course server (version %2; you have version %3). Updating keeps your progress.</source>
        <translation>На сервере курсов есть новая версия курса «%1» (версия %2; у вас версия %3). При обновлении прогресс сохраняется.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/update_banner.py" line="54"/>
        <source>New versions of %n course(s) are on the course server: %1. Updating keeps your progress.</source>
        <translation>
            <numerusform>На сервере курсов есть новые версии %n курса: %1. При обновлении прогресс сохраняется.</numerusform>
            <numerusform>На сервере курсов есть новые версии %n курсов: %1. При обновлении прогресс сохраняется.</numerusform>
            <numerusform>На сервере курсов есть новые версии %n курсов: %1. При обновлении прогресс сохраняется.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="63"/>
        <source>The update is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>Обновление загружается; см. «Загрузки» (Ctrl+J). А пока можно продолжать занятия.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="98"/>
        <source>Video player</source>
        <translation>Видеопроигрыватель</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="99"/>
        <source>Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change the volume, F switches full screen, C switches captions.</source>
        <translation>Пробел — воспроизведение или пауза, стрелки влево и вправо — перемотка на 10 секунд, стрелки вверх и вниз — громкость, F — полноэкранный режим, C — субтитры.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="105"/>
        <source>Video picture</source>
        <translation>Изображение видео</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="112"/>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="133"/>
        <source>Position in the video</source>
        <translation>Позиция в видео</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="134"/>
        <source>Drag to move in the video; arrow keys move 10 seconds</source>
        <translation>Перетащите, чтобы перейти к другому месту видео; клавиши со стрелками перематывают на 10 секунд</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="145"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="151"/>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="152"/>
        <source>Play or pause (Space)</source>
        <translation>Воспроизведение или пауза (Пробел)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="155"/>
        <source>Back 10 seconds</source>
        <translation>Назад на 10 секунд</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="156"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>Назад на 10 секунд (стрелка влево)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="159"/>
        <source>Forward 10 seconds</source>
        <translation>Вперед на 10 секунд</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="160"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>Вперед на 10 секунд (стрелка вправо)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="163"/>
        <location filename="../../player/item_views/video/controls.py" line="387"/>
        <source>Mute</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="164"/>
        <source>Mute or unmute (M)</source>
        <translation>Выключить или включить звук (M)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="169"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="170"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>Громкость (стрелки вверх и вниз)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="180"/>
        <location filename="../../player/item_views/video/controls.py" line="181"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="184"/>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="186"/>
        <source>{rate} (normal)</source>
        <translation>{rate} (обычная)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="196"/>
        <source>Captions language</source>
        <translation>Язык субтитров</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="197"/>
        <source>Captions (C switches them on or off)</source>
        <translation>Субтитры (C — включить или выключить)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="198"/>
        <source>Captions off</source>
        <translation>Субтитры выключены</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="206"/>
        <source>Video quality</source>
        <translation>Качество видео</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="207"/>
        <source>Picture quality; only copies on this computer can be chosen</source>
        <translation>Качество изображения; можно выбрать только копии, имеющиеся на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="213"/>
        <source>Full screen</source>
        <translation>Полный экран</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="214"/>
        <source>Full screen on or off (F; Esc leaves)</source>
        <translation>Полноэкранный режим (F; выход — Esc)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="260"/>
        <source>Audio only</source>
        <translation>Только звук</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="264"/>
        <source>Get standard quality in the Course catalog</source>
        <translation>Стандартное качество — в каталоге курсов</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="266"/>
        <source>Get every quality in the Course catalog</source>
        <translation>Все варианты качества — в каталоге курсов</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="267"/>
        <source>{label} — not downloaded ({how})</source>
        <translation>{label} — не загружено ({how})</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="273"/>
        <source>Get standard quality…</source>
        <translation>Стандартное качество…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="274"/>
        <source>Download the standard-quality videos of this course (the course stays usable meanwhile)</source>
        <translation>Загрузить видео этого курса в стандартном качестве (курсом можно пользоваться и во время загрузки)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="306"/>
        <source>Getting standard quality for this course: see Downloads. Open this lecture again when it is done to choose the better picture.</source>
        <translation>Видео стандартного качества для этого курса загружаются: см. «Загрузки». Когда загрузка завершится, откройте эту лекцию снова, чтобы выбрать изображение лучшего качества.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="310"/>
        <source>To watch in standard quality, open the Course catalog and choose Get standard quality for this course.</source>
        <translation>Чтобы смотреть видео в стандартном качестве, откройте каталог курсов и выберите для этого курса «Стандартное качество».</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="386"/>
        <source>Unmute</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="97"/>
        <source>The {failed} copy of this video cannot be played on this computer, so its sound-only copy plays instead (no picture).</source>
        <translation>Копия {failed} этого видео не воспроизводится на этом компьютере, поэтому вместо нее воспроизводится копия только со звуком (без изображения).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="101"/>
        <source>The {failed} copy of this video cannot be played on this computer, so the {label} copy plays instead.</source>
        <translation>Копия {failed} этого видео не воспроизводится на этом компьютере, поэтому вместо нее воспроизводится копия {label}.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="113"/>
        <source>{label} (cannot be played here)</source>
        <translation>{label} (здесь не воспроизводится)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="125"/>
        <source>This video cannot be played on this computer (its format, {codec}, is not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>Это видео невозможно воспроизвести на этом компьютере (его формат, {codec}, не поддерживается). Попросите у поставщика курса версию в формате H.264 или VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="130"/>
        <source>This video cannot be played on this computer (its formats, {codecs}, are not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>Это видео невозможно воспроизвести на этом компьютере (его форматы, {codecs}, не поддерживаются). Попросите у поставщика курса версию в формате H.264 или VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="134"/>
        <source>This video cannot be played on this computer: the file may be damaged or in a format it cannot decode ({details}). Ask court IT for a new copy of the course.</source>
        <translation>Это видео невозможно воспроизвести на этом компьютере: файл может быть поврежден или иметь формат, который не удается декодировать ({details}). Попросите у ИТ-службы суда новую копию курса.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="138"/>
        <source>This video cannot be played on this computer: no picture could be decoded from it. Ask court IT or the course provider for a new copy of the course.</source>
        <translation>Это видео невозможно воспроизвести на этом компьютере: из него не удалось декодировать изображение. Попросите у ИТ-службы суда или поставщика курса новую копию курса.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="81"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="137"/>
        <location filename="../../player/item_views/video_view.py" line="164"/>
        <source>This video</source>
        <translation>Это видео</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="187"/>
        <source>Audio only: this copy of the lecture has no picture.</source>
        <translation>Только звук: в этой копии лекции нет изображения.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../player/window_menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="45"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Импортировать курс…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="46"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="47"/>
        <source>Add a course from a .lectern file</source>
        <translation>Добавить курс из файла курса .lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="55"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="57"/>
        <source>Course server, downloads and trusted publishers</source>
        <translation>Сервер курсов, загрузки и доверенные издатели</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="62"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="63"/>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="65"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Предыдущий элемент</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="67"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="68"/>
        <source>&amp;Next item</source>
        <translation>&amp;Следующий элемент</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="69"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="71"/>
        <source>Course &amp;outline</source>
        <translation>Стр&amp;уктура курса</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="73"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="75"/>
        <source>Course &amp;catalog</source>
        <translation>&amp;Каталог курсов</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="76"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="77"/>
        <source>Courses the course server offers you, to download</source>
        <translation>Курсы, которые сервер курсов предлагает вам для загрузки</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="78"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Загрузки</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="79"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="80"/>
        <source>Progress of your downloads</source>
        <translation>Прогресс ваших загрузок</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="82"/>
        <source>C&amp;ertificates</source>
        <translation>Серт&amp;ификаты</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="83"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="84"/>
        <source>Your certificates, to save as a PDF or a signed credential</source>
        <translation>Ваши сертификаты: сохранение в формате PDF или в виде подписанного цифрового удостоверения</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="86"/>
        <source>&amp;Announcements</source>
        <translation>&amp;Объявления</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="87"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="88"/>
        <source>What the instructors of your courses announced</source>
        <translation>Объявления преподавателей ваших курсов</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="90"/>
        <source>Course &amp;server</source>
        <translation>Сер&amp;вер курсов</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="91"/>
        <location filename="../../player/window_menus.py" line="127"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="92"/>
        <source>Sign in to the course server</source>
        <translation>Войти на сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="93"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="94"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="95"/>
        <source>Send your changes and fetch others&apos; posts now</source>
        <translation>Отправить ваши изменения и получить сообщения других участников сейчас</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="99"/>
        <source>Save changes to a &amp;file…</source>
        <translation>Сохранить изменения в &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="100"/>
        <source>Save the changes waiting to a signed file, for court IT to take to the course server</source>
        <translation>Сохранить ожидающие изменения в подписанный файл, который ИТ-служба суда передаст на сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="103"/>
        <source>&amp;Load a reply file…</source>
        <translation>&amp;Загрузить файл ответа…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="104"/>
        <source>Load the course server&apos;s reply to a saved file: others&apos; posts, certificates and updates</source>
        <translation>Загрузить ответ сервера курсов на сохранённый файл: сообщения других, сертификаты и обновления</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="107"/>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="108"/>
        <source>Forget the sign-in on this computer; changes not yet sent are kept</source>
        <translation>Забыть данные для входа на этом компьютере; еще не отправленные изменения сохраняются</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="112"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="113"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="114"/>
        <source>Every key Lectern knows, on one page</source>
        <translation>Все сочетания клавиш Lectern на одной странице</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="115"/>
        <source>How Lectern works &amp;offline</source>
        <translation>Как Lectern работает &amp;автономно</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="117"/>
        <source>What is kept on this computer, and when it is sent to the course server</source>
        <translation>Что хранится на этом компьютере и когда отправляется на сервер курсов</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="120"/>
        <source>&amp;About Lectern</source>
        <translation>&amp;О программе Lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="122"/>
        <source>Version, and where your data is kept</source>
        <translation>Версия и место хранения ваших данных</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="126"/>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Войти снова…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="95"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="96"/>
        <source>Revoked by the issuer</source>
        <translation>Отозван выдавшей организацией</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="97"/>
        <source>Earned, waiting to sync</source>
        <translation>Право получено, ожидается синхронизация</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="98"/>
        <source>Not yet earned</source>
        <translation>Еще не получен</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="101"/>
        <source>The issuer revoked this certificate, so it cannot be saved or printed.</source>
        <translation>Этот сертификат отозван выдавшей организацией, поэтому его нельзя сохранить или распечатать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/screen.py" line="110"/>
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 час</numerusform>
            <numerusform>%1 часа</numerusform>
            <numerusform>%1 часов</numerusform>
        </translation>
    </message>
</context>
</TS>
