<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="202"/>
        <location filename="../../player/help_dialogs.py" line="203"/>
        <source>About Lectern</source>
        <translation>关于 Lectern</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="205"/>
        <source>Lectern %1</source>
        <translation>Lectern %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="207"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="211"/>
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress. It sends your progress to the course server when this computer is online.</source>
        <translation>Lectern 完全离线播放课程：视频、阅读材料和测验都保存在本机上，您的进度也是如此。本机联网时，Lectern 会将您的进度发送到课程服务器。</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="215"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="217"/>
        <source>&amp;Data folder (your courses and progress):</source>
        <translation>数据文件夹（您的课程和进度）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="221"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="224"/>
        <source>Profile: %1</source>
        <translation>个人资料：%1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="225"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="227"/>
        <source>&amp;Copy path</source>
        <translation>复制路径(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="228"/>
        <source>Copy the data folder&apos;s path</source>
        <translation>复制数据文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="230"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="231"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>AccessibilityPage</name>
    <message>
        <location filename="../../player/settings/accessibility.py" line="39"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="40"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="41"/>
        <source>High contrast colours</source>
        <translation>高对比度颜色</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="45"/>
        <source>Caption size</source>
        <translation>字幕大小</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="47"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="49"/>
        <source>Caption si&amp;ze:</source>
        <translation>字幕大小(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="53"/>
        <source>Caption background</source>
        <translation>字幕背景</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="56"/>
        <source>Caption bac&amp;kground:</source>
        <translation>字幕背景(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="59"/>
        <source>These apply at once and are kept for your profile.</source>
        <translation>这些设置会立即生效，并保存在您的个人资料中。</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="61"/>
        <source>About these settings</source>
        <translation>关于这些设置</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../player/announcements.py" line="114"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="115"/>
        <source>Announcement text</source>
        <translation>公告内容</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="117"/>
        <source>Announcement title</source>
        <translation>公告标题</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="118"/>
        <source>&amp;Open announcements</source>
        <translation>打开公告(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="119"/>
        <source>Open the announcements</source>
        <translation>打开公告</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="120"/>
        <source>Mark as &amp;read</source>
        <translation>标为已读(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="121"/>
        <source>Hide this announcement: it is read</source>
        <translation>隐藏此公告：已读</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="131"/>
        <source>Announcement: %1</source>
        <translation>公告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="133"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 条）</numerusform>
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
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="164"/>
        <source>Announcements, newest first</source>
        <translation>公告，最新的在前</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="168"/>
        <source>No announcements yet. Your instructors&apos; announcements arrive when this computer syncs with the course server.</source>
        <translation>还没有公告。本电脑与课程服务器同步时，讲师的公告就会到达。</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="171"/>
        <source>No announcements</source>
        <translation>没有公告</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="176"/>
        <source>Announcement title</source>
        <translation>公告标题</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="179"/>
        <source>From and when</source>
        <translation>发布者和时间</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="181"/>
        <source>Announcement text</source>
        <translation>公告内容</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="194"/>
        <source>Mark &amp;all as read</source>
        <translation>全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="195"/>
        <source>Mark all announcements as read</source>
        <translation>将所有公告标为已读</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="200"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="201"/>
        <source>Close the announcements</source>
        <translation>关闭公告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="222"/>
        <source>Announcements · %n unread</source>
        <translation>
            <numerusform>公告 · %n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="228"/>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="255"/>
        <source>From %1, %2</source>
        <translation>来自 %1，%2</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../player/widgets/banner.py" line="89"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../player/widgets/banner.py" line="148"/>
        <source>Hide this notice</source>
        <translation>隐藏此通知</translation>
    </message>
</context>
<context>
    <name>CaptionStyle</name>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="36"/>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="37"/>
        <source>Black, see-through</source>
        <translation>半透明黑色</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="38"/>
        <source>Dark grey</source>
        <translation>深灰色</translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <location filename="../../player/catalog_card.py" line="58"/>
        <source>Course on the course server: %1</source>
        <translation>课程服务器上的课程：%1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="67"/>
        <source>Course title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="69"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="72"/>
        <source>Language, version and publisher</source>
        <translation>语言、版本和发布者</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="73"/>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="75"/>
        <source>Languages and download sizes</source>
        <translation>语言和下载大小</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="78"/>
        <source>Language to download</source>
        <translation>要下载的语言</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="88"/>
        <source>State on this computer</source>
        <translation>在本机上的状态</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="91"/>
        <source>Download choices and sizes</source>
        <translation>下载选项和大小</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="94"/>
        <location filename="../../player/catalog_card.py" line="184"/>
        <source>Download choice for %1</source>
        <translation>%1 的下载选项</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="103"/>
        <source>&amp;Choice:</source>
        <translation>选项(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="106"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="156"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="159"/>
        <source>%1 (installed)</source>
        <translation>%1（已安装）</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="163"/>
        <source>%1 (%2 more with %3 installed)</source>
        <translation>%1（已安装 %3 时另需 %2）</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="170"/>
        <source>Languages: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Low bandwidth</source>
        <translation>低带宽</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="202"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (%2p)</source>
        <translation>%1（%2p）</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (up to %2p)</source>
        <translation>%1（最高 %2p）</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="222"/>
        <source>%1 — size not known yet</source>
        <translation>%1 — 大小暂未知</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="226"/>
        <source>%1, the same as %2</source>
        <translation>%1，与 %2 相同</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="234"/>
        <source>The smallest video of each lecture (%1p), captions and readings: for slow or costly internet.</source>
        <translation>每个讲座的最小视频（%1p）、字幕和阅读材料：适用于网速慢或流量费用高的情况。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="237"/>
        <source>The smallest video of each lecture, captions and readings: for slow or costly internet.</source>
        <translation>每个讲座的最小视频、字幕和阅读材料：适用于网速慢或流量费用高的情况。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="240"/>
        <source>Videos up to %1p, captions and readings.</source>
        <translation>最高 %1p 的视频、字幕和阅读材料。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="241"/>
        <source>Videos up to 480p, captions and readings.</source>
        <translation>最高 480p 的视频、字幕和阅读材料。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="243"/>
        <source>Every video quality (up to %1p), captions and readings.</source>
        <translation>所有画质的视频（最高 %1p）、字幕和阅读材料。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="245"/>
        <source>Every video quality, captions and readings.</source>
        <translation>所有画质的视频、字幕和阅读材料。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="248"/>
        <source>This course has no videos.</source>
        <translation>本课程没有视频。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="250"/>
        <source>This course has no larger videos, so it is the same download as %1.</source>
        <translation>本课程没有更大的视频，因此下载内容与 %1 相同。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="261"/>
        <source>size not known yet</source>
        <translation>大小暂未知</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="262"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="279"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="280"/>
        <source>Waiting to download</source>
        <translation>等待下载</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="282"/>
        <source>Pausing download…</source>
        <translation>正在暂停下载…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="284"/>
        <source>Cancelling download…</source>
        <translation>正在取消下载…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="286"/>
        <source>Download paused</source>
        <translation>下载已暂停</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="288"/>
        <source>Download stopped: see Downloads</source>
        <translation>下载已停止：请查看“下载”</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="292"/>
        <source>Installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="294"/>
        <source>standard quality</source>
        <translation>标准画质</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="296"/>
        <location filename="../../player/catalog_card.py" line="347"/>
        <location filename="../../player/catalog_card.py" line="351"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="299"/>
        <source>Update available: version %1 (you have %2)</source>
        <translation>有可用更新：版本 %1（您的版本为 %2）</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="302"/>
        <source>Not on this computer</source>
        <translation>不在本机上</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="337"/>
        <source>Get &amp;standard quality</source>
        <translation>获取标准画质(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="338"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>为 %1 获取标准画质：另需 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="340"/>
        <source>Get &amp;every quality</source>
        <translation>获取全部画质(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="341"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>为 %1 获取全部视频画质：另需 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="344"/>
        <source>Downloads only the videos this computer does not have yet (%1); the course stays usable meanwhile.</source>
        <translation>仅下载本机尚未有的视频（%1）；下载期间课程仍可使用。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="348"/>
        <source>%1 is installed with this choice</source>
        <translation>%1 已按此选项安装</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="352"/>
        <source>%1 is installed</source>
        <translation>%1 已安装</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="355"/>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="356"/>
        <source>Update %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="359"/>
        <source>In Downloads</source>
        <translation>在“下载”中</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="360"/>
        <source>%1 is in Downloads</source>
        <translation>%1 已在“下载”中</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="363"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="364"/>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../player/catalog_view.py" line="59"/>
        <source>Course catalog</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>Refresh the catalog</source>
        <translation>刷新目录</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="74"/>
        <source>Ask the course server for its list again</source>
        <translation>重新向课程服务器获取课程列表</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Do&amp;wnloads…</source>
        <translation>下载(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Show downloads</source>
        <translation>显示下载</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="77"/>
        <source>Progress of your downloads (Ctrl+J)</source>
        <translation>您的下载进度（Ctrl+J）</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="79"/>
        <source>Catalog status</source>
        <translation>目录状态</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="80"/>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="81"/>
        <source>Sign in to the course server</source>
        <translation>登录课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="87"/>
        <source>No courses</source>
        <translation>没有课程</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="88"/>
        <source>Courses on the course server</source>
        <translation>课程服务器上的课程</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="95"/>
        <source>Sign in to the course server to see the courses it offers you.</source>
        <translation>登录课程服务器，即可查看其为您提供的课程。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="130"/>
        <source>Asking the course server for its courses…</source>
        <translation>正在向课程服务器获取课程…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="142"/>
        <source>Sign in to the course server to see the courses it offers you and download them.</source>
        <translation>登录课程服务器，即可查看其为您提供的课程并下载。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="146"/>
        <source>You are not signed in. This is the list the course server sent on %1; sign in to see today&apos;s and to download.</source>
        <translation>您尚未登录。这是课程服务器于 %1 发送的列表；登录后即可查看最新列表并下载。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="189"/>
        <source>You are offline: the course server cannot be reached. This is the list it sent on %1; downloads start when the connection returns.</source>
        <translation>您处于离线状态：无法连接课程服务器。这是课程服务器于 %1 发送的列表；连接恢复后即开始下载。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="195"/>
        <source>The course server at %1 offers you no courses yet. Ask your court&apos;s administrator to enrol you.</source>
        <translation>位于 %1 的课程服务器尚未为您提供任何课程。请联系您所在法院的管理员为您注册。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/catalog_view.py" line="199"/>
        <source>%n course(s) offered to you by %1.</source>
        <translation>
            <numerusform>%1 为您提供了 %n 门课程。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="248"/>
        <source>The better videos of “%1” (%2) were added to your downloads (Ctrl+J shows them); the course stays usable meanwhile.</source>
        <translation>“%1”的更高画质视频（%2）已加入您的下载（按 Ctrl+J 查看）；下载期间课程仍可使用。</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="253"/>
        <source>“%1” was added to your downloads (Ctrl+J shows them).</source>
        <translation>“%1”已加入您的下载（按 Ctrl+J 查看）。</translation>
    </message>
</context>
<context>
    <name>CertificateAnnouncer</name>
    <message>
        <location filename="../../player/certificates/announcer.py" line="37"/>
        <source>Your certificate for “%1” has arrived: Go ▸ Certificates to save or print it.</source>
        <translation>您的“%1”证书已送达：请通过“转到 ▸ 证书”保存或打印。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/announcer.py" line="39"/>
        <source>%n certificate(s) arrived: Go ▸ Certificates to save or print them.</source>
        <translation>
            <numerusform>已收到 %n 份证书：请通过“转到 ▸ 证书”保存或打印。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="132"/>
        <source>Certificate for %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="134"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="135"/>
        <source>Date, hours, language and state</source>
        <translation>日期、学时、语言和状态</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>Open the certificate for %1</source>
        <translation>打开 %1 的证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="142"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="143"/>
        <source>Save the certificate for %1 as a PDF</source>
        <translation>将 %1 的证书另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="145"/>
        <source>An A4 page to print, with a QR code that holds the whole certificate</source>
        <translation>用于打印的 A4 页面，附有包含完整证书的二维码</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="146"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>保存凭证（JSON）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="147"/>
        <source>Save the credential for %1 as JSON</source>
        <translation>将 %1 的凭证保存为 JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="149"/>
        <source>The signed Open Badges credential, for a verifier or a digital wallet</source>
        <translation>经签名的 Open Badges 凭证，供验证方或数字钱包使用</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="157"/>
        <source>Why it cannot be saved</source>
        <translation>为何无法保存</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="193"/>
        <source>Certificate — %1</source>
        <translation>证书 — %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="194"/>
        <source>Certificate for %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="195"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="213"/>
        <source>Holder:</source>
        <translation>持有人：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="214"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="215"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="216"/>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="217"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="219"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="220"/>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="221"/>
        <source>Issuer key:</source>
        <translation>颁发者密钥：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="222"/>
        <source>Certificate id:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="223"/>
        <source>Requirements met:</source>
        <translation>已满足的要求：</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="230"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="242"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="243"/>
        <source>Save the certificate as a PDF</source>
        <translation>将证书另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="244"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>保存凭证（JSON）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="245"/>
        <source>Save the credential as JSON</source>
        <translation>将凭证保存为 JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="253"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="281"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="288"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="290"/>
        <source>No certificates yet. When you meet a course&apos;s requirements (the course screen&apos;s Requirements button lists them), its certificate arrives with the next sync.</source>
        <translation>尚无证书。满足课程的要求后（课程页面上的“要求”按钮会列出这些要求），证书会在下次同步时送达。</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="292"/>
        <source>No certificates</source>
        <translation>没有证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="293"/>
        <source>Your certificates</source>
        <translation>您的证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="397"/>
        <source>Save the certificate as a PDF</source>
        <translation>将证书另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="398"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="402"/>
        <source>Save the credential as JSON</source>
        <translation>将凭证保存为 JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="403"/>
        <source>Credentials (*.json)</source>
        <translation>凭证 (*.json)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="416"/>
        <source>The PDF could not be saved: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="431"/>
        <source>The credential could not be saved: %1</source>
        <translation>无法保存凭证：%1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="443"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="173"/>
        <source>Protect with a P&amp;IN</source>
        <translation>用 PIN 码保护(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="174"/>
        <source>Protect the profile with a PIN</source>
        <translation>用 PIN 码保护个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="177"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="179"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="182"/>
        <source>&amp;New PIN:</source>
        <translation>新 PIN 码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="185"/>
        <source>&amp;Again:</source>
        <translation>确认(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Save the PIN</source>
        <translation>保存 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CompletionBanner</name>
    <message>
        <location filename="../../player/course/parts.py" line="35"/>
        <location filename="../../player/course/parts.py" line="38"/>
        <source>Course completed</source>
        <translation>课程已完成</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="36"/>
        <source>What happens next</source>
        <translation>后续说明</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="37"/>
        <source>You have completed this course.</source>
        <translation>您已完成本课程。</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="39"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../player/library_view.py" line="99"/>
        <source>Course: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="111"/>
        <source>Course title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="115"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="118"/>
        <source>Language, size and publisher</source>
        <translation>语言、大小和发布者</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="120"/>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="123"/>
        <source>Languages: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="124"/>
        <source>Installed languages</source>
        <translation>已安装的语言</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="130"/>
        <source>%1 of %2 required items done</source>
        <translation>已完成 %1/%2 个必修项目</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="132"/>
        <source>Progress in %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137"/>
        <source>Last studied: %1</source>
        <translation>上次学习：%1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Last studied</source>
        <translation>上次学习</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="141"/>
        <source>Publisher signature</source>
        <translation>发布者签名</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="144"/>
        <source>Next module</source>
        <translation>下一单元</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>✓ Completed: all required items are done</source>
        <translation>✓ 已完成：所有必修项目均已完成</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review %1</source>
        <translation>复习 %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="158"/>
        <source>Open the course from its first item</source>
        <translation>从第一个项目开始打开课程</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Continue %1</source>
        <translation>继续学习 %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Start %1</source>
        <translation>开始学习 %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="174"/>
        <source>Cover of %1</source>
        <translation>%1 的封面</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="203"/>
        <source>Module %1 opens on %2.</source>
        <translation>第 %1 单元将于 %2 开放。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="204"/>
        <source>Module %1 opens later.</source>
        <translation>第 %1 单元稍后开放。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="211"/>
        <source>Signed by a publisher this computer trusts.</source>
        <translation>由本机信任的发布者签名。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="212"/>
        <source>Not signed by a publisher.</source>
        <translation>未经发布者签名。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="213"/>
        <source>Signed by a publisher this computer does not know.</source>
        <translation>由本机未知的发布者签名。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="215"/>
        <source>Signature: %1</source>
        <translation>签名：%1</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>&amp;Library</source>
        <translation>课程库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>Back to the library</source>
        <translation>返回课程库</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="38"/>
        <source>Back to your courses (Ctrl+L)</source>
        <translation>返回您的课程（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="46"/>
        <source>Course title</source>
        <translation>课程标题</translation>
    </message>
</context>
<context>
    <name>CourseMarks</name>
    <message>
        <location filename="../../player/course/marks.py" line="65"/>
        <source>%1 watched. Watch the parts you skipped to complete it.</source>
        <translation>已观看 %1。请观看您跳过的部分以完成此项目。</translation>
    </message>
    <message>
        <location filename="../../player/course/marks.py" line="66"/>
        <source>%1 watched. Keep watching to complete it.</source>
        <translation>已观看 %1。继续观看即可完成。</translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../../player/course/outline.py" line="127"/>
        <source>Course outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="129"/>
        <source>Modules and their items. Press Enter to open an item.</source>
        <translation>各单元及其项目。按 Enter 键打开项目。</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="145"/>
        <source>Outline columns</source>
        <translation>大纲列</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="159"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Reading</source>
        <translation>阅读材料</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="171"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
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
        <translation>文本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="174"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
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
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="193"/>
        <source>%1 · optional</source>
        <translation>%1 · 选修</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="194"/>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>optional</source>
        <translation>选修</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens on %1</source>
        <translation>于 %1 开放</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens later</source>
        <translation>稍后开放</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="263"/>
        <source>%1, locked, %2</source>
        <translation>%1，已锁定，%2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="265"/>
        <location filename="../../player/course/outline.py" line="291"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="287"/>
        <source>%1: %2, locked, %3</source>
        <translation>%1：%2，已锁定，%3</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="289"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="312"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n 条新内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="323"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="340"/>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="341"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="342"/>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1：%2，%3，%4，%5</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>required</source>
        <translation>必修</translation>
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
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="147"/>
        <source>Outline and item</source>
        <translation>大纲和项目</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="224"/>
        <source>Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum posts not yet sent to the course server are removed from this computer. This cannot be undone.</source>
        <translation>要删除个人资料“%1”吗？其进度、测验作答记录，以及尚未发送到课程服务器的所有更改和论坛帖子，都将从本机删除。此操作无法撤消。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="228"/>
        <source>What deleting removes</source>
        <translation>删除的内容</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>&amp;Delete profile</source>
        <translation>删除个人资料(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>Delete the profile</source>
        <translation>删除个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="231"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DownloadCard</name>
    <message>
        <location filename="../../player/downloads_view.py" line="79"/>
        <source>Download of %1</source>
        <translation>%1 的下载</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>low bandwidth</source>
        <translation>低带宽</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="92"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="93"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="96"/>
        <source>Language, version and choice</source>
        <translation>语言、版本和下载选项</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="98"/>
        <source>Download state</source>
        <translation>下载状态</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="103"/>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="105"/>
        <source>File being downloaded</source>
        <translation>正在下载的文件</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="108"/>
        <source>Progress of the current file</source>
        <translation>当前文件的进度</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="112"/>
        <source>Speed and time left</source>
        <translation>速度和剩余时间</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="113"/>
        <source>Download message</source>
        <translation>下载消息</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>Pause %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <location filename="../../player/downloads_view.py" line="296"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <source>Resume %1</source>
        <translation>继续下载 %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="124"/>
        <source>&amp;Cancel download</source>
        <translation>取消下载(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="125"/>
        <source>Cancel the download of %1</source>
        <translation>取消 %1 的下载</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>&amp;Open course</source>
        <translation>打开课程(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="130"/>
        <location filename="../../player/downloads_view.py" line="305"/>
        <source>Get &amp;standard quality</source>
        <translation>获取标准画质(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="131"/>
        <source>Get standard quality for %1</source>
        <translation>为 %1 获取标准画质</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="133"/>
        <source>Downloads only the better videos this computer does not have yet; the course stays usable meanwhile.</source>
        <translation>仅下载本机尚未有的更高画质视频；下载期间课程仍可使用。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="176"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1/%2（%3%）</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="180"/>
        <source>Size not known yet</source>
        <translation>大小暂未知</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="193"/>
        <source>Now: %1 — %2 of %3</source>
        <translation>当前：%1 — %2/%3</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="198"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="241"/>
        <source>Waiting for the course server</source>
        <translation>正在等待课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="242"/>
        <source>The course server cannot be reached right now; Lectern will retry by itself and resume where it stopped.</source>
        <translation>暂时无法连接课程服务器；Lectern 会自动重试，并从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="245"/>
        <source>Waiting for download hours</source>
        <translation>正在等待下载时段</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="246"/>
        <source>Court IT allows downloads only at certain hours on this computer; the download starts by itself then.</source>
        <translation>法院 IT 部门只允许本机在特定时段下载；届时下载会自动开始。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="249"/>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="251"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="253"/>
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="254"/>
        <location filename="../../player/downloads_view.py" line="264"/>
        <source>What was downloaded is kept; Resume goes on from there.</source>
        <translation>已下载的内容会保留；点击“继续”即从该处接着下载。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="256"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="257"/>
        <source>The downloaded parts of this course are being deleted.</source>
        <translation>正在删除本课程已下载的部分。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="259"/>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="260"/>
        <source>It starts when the download before it has finished and the course server can be reached.</source>
        <translation>前一项下载完成且能连接课程服务器后即开始。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="263"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="266"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="267"/>
        <source>The download stopped.</source>
        <translation>下载已停止。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="269"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="270"/>
        <source>The course is in your library.</source>
        <translation>课程已在您的课程库中。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="272"/>
        <source>The course is in your library with the smallest videos. Get standard quality downloads only the better videos (%1).</source>
        <translation>课程已以最小视频加入您的课程库。“获取标准画质”只会下载更高画质的视频（%1）。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="276"/>
        <source>The course is in your library. Get every quality downloads only the videos it does not have yet (%1).</source>
        <translation>课程已在您的课程库中。“获取全部画质”只会下载其尚未有的视频（%1）。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="294"/>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="295"/>
        <source>&amp;Download again</source>
        <translation>重新下载(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="306"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>为 %1 获取标准画质：另需 %2</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="308"/>
        <source>Get &amp;every quality</source>
        <translation>获取全部画质(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="309"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>为 %1 获取全部视频画质：另需 %2</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="167"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="168"/>
        <source>&amp;No limit</source>
        <translation>不限速(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="169"/>
        <source>No download speed limit</source>
        <translation>不限制下载速度</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="174"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="175"/>
        <source>Download speed limit in kilobits per second</source>
        <translation>下载速度上限（千比特/秒）</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="178"/>
        <source>&amp;Speed limit:</source>
        <translation>速度上限(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="181"/>
        <source>Keeps downloads from filling a thin court link.</source>
        <translation>避免下载占满法院有限的网络连接。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="183"/>
        <source>An&amp;y time</source>
        <translation>任何时间(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="184"/>
        <source>Download at any time</source>
        <translation>任何时间均可下载</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="187"/>
        <source>Downloads start at</source>
        <translation>下载开始时间</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="188"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="191"/>
        <source>Downloads stop at</source>
        <translation>下载结束时间</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="197"/>
        <source>or only from</source>
        <translation>或仅从</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="199"/>
        <source>Download &amp;hours:</source>
        <translation>下载时段(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="203"/>
        <source>Outside these hours downloads wait, for example 22:00 to 06:00 for nights only.</source>
        <translation>在这些时段之外，下载会等待；例如设为 22:00 至 06:00 即仅在夜间下载。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="206"/>
        <source>&amp;Save data (slow or costly internet)</source>
        <translation>节省流量（网速慢或流量费用高）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="207"/>
        <source>Save data</source>
        <translation>节省流量</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="208"/>
        <source>Internet:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="210"/>
        <source>No video downloads; only small progress updates are sent.</source>
        <translation>不下载视频；只发送少量进度更新。</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../player/downloads_view.py" line="59"/>
        <source>less than a minute left</source>
        <translation>剩余不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="62"/>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="64"/>
        <source>about %1 h %2 min left</source>
        <translation>约剩 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="334"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Course &amp;catalog…</source>
        <translation>课程目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Show the course catalog</source>
        <translation>显示课程目录</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="340"/>
        <source>Choose courses to download (Ctrl+K)</source>
        <translation>选择要下载的课程（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="341"/>
        <source>Downloads status</source>
        <translation>下载状态</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="342"/>
        <source>Download list</source>
        <translation>下载列表</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="344"/>
        <source>Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its download continues by itself, even after Lectern is closed and opened again.</source>
        <translation>没有要下载的内容。请打开课程目录（Ctrl+K）选择课程；即使关闭并重新打开 Lectern，下载也会自动继续。</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="346"/>
        <source>No downloads</source>
        <translation>没有下载</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="49"/>
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation>此文件已损坏或不完整，Lectern 无法打开。请向法院 IT 部门索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="53"/>
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation>此课程文件中的描述信息有误，Lectern 无法使用。请向法院 IT 部门或发布者索取更正后的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="57"/>
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation>当前版本的 Lectern 无法打开此课程，可能需要更新版本的 Lectern：请咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="61"/>
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation>此文件已损坏：课程的一部分与其校验和不符。请向法院 IT 部门索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="65"/>
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation>此文件不完整：缺少课程的一部分。请向法院 IT 部门索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="69"/>
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation>此文件包含课程不应包含的内容，因此 Lectern 未打开它。请向法院 IT 部门索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="73"/>
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation>此文件试图写入其自身文件夹之外的位置，为保护本机安全，Lectern 已拒绝该文件。请告知法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="77"/>
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation>此课程文件中的描述信息前后矛盾：有两个部分同名。请向发布者索取更正后的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="81"/>
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation>此课程超出了 Lectern 可接受的大小。请咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="84"/>
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation>此课程文件未经签名，Lectern 无法判断其制作者，因此未导入。请向法院 IT 部门索取已签名的副本，或请其允许本机使用未签名的课程。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="89"/>
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher&apos;s key.</source>
        <translation>此课程由本机未知的发布者签名，因此 Lectern 未导入。请法院 IT 部门添加该发布者的密钥。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="93"/>
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation>此课程文件在发布者签名后被修改过，因此 Lectern 未导入。请勿使用此副本；请向法院 IT 部门索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="97"/>
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation>本课程中的一份阅读材料包含不安全的内容（脚本或网页链接），因此 Lectern 已拒绝。请向发布者索取更正后的副本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="101"/>
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation>本机已安装此课程的更新版本，因此未导入此副本。您的进度未受影响。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="105"/>
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation>课程文件夹不完整或不正确；详细信息说明了需要修正的内容。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="113"/>
        <source>This is not a Lectern course file. Lectern opens course files (ending in .lectern) that court IT or the course provider gives you.</source>
        <translation>这不是 Lectern 课程文件。Lectern 可打开由法院 IT 部门或课程提供方提供的课程文件（以 .lectern 结尾）。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="123"/>
        <source>The course server cannot be reached right now. Everything stays on this computer, and Lectern tries again by itself.</source>
        <translation>暂时无法连接课程服务器。所有内容都保留在本机上，Lectern 会自动重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="127"/>
        <source>Please sign in to the course server again. Nothing you did on this computer is lost.</source>
        <translation>请重新登录课程服务器。您在本机上所做的一切都不会丢失。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="130"/>
        <source>The course server says you are not enrolled in this course. Ask your court&apos;s administrator to enrol you.</source>
        <translation>课程服务器提示您未注册此课程。请联系您所在法院的管理员为您注册。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="134"/>
        <source>The course server no longer offers this course or this version of it.</source>
        <translation>课程服务器已不再提供此课程或此课程版本。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="137"/>
        <source>The course server is having trouble. Lectern will try again later by itself.</source>
        <translation>课程服务器出现问题。Lectern 稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="140"/>
        <source>The course server is busy and asked Lectern to wait; it will try again by itself.</source>
        <translation>课程服务器繁忙，要求 Lectern 稍候；Lectern 会自动重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="143"/>
        <source>The answer did not come from a Lectern course server. Check the course server address; if it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>响应并非来自 Lectern 课程服务器。请检查课程服务器地址；如果地址正确，可能是代理或登录页面造成了阻碍：请咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="147"/>
        <source>The course server address or this computer&apos;s network settings (proxy, certificates) are not right. Check the address, or ask court IT.</source>
        <translation>课程服务器地址或本机的网络设置（代理、证书）不正确。请检查地址，或咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="155"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>用户名或密码错误。请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="157"/>
        <source>Type the address of your course server, for example courses.example.org</source>
        <translation>请输入您的课程服务器地址，例如 courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="160"/>
        <source>This is not a course server address:
%1
Type an address such as courses.example.org</source>
        <translation>这不是课程服务器地址：
%1
请输入类似 courses.example.org 的地址</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="163"/>
        <source>Type your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="164"/>
        <source>The course server cannot be reached at this address:
%1
Check the address and that this computer is connected to the network, then try again.</source>
        <translation>无法通过此地址连接课程服务器：
%1
请检查地址以及本机是否已连接网络，然后重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="168"/>
        <source>This address did not answer as a Lectern course server:
%1
Check the address. If it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>此地址未以 Lectern 课程服务器的方式响应：
%1
请检查地址。如果地址正确，可能是代理或登录页面造成了阻碍：请咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="172"/>
        <source>Lectern could not connect safely to the course server at this address:
%1
Check the address. If it is right, this computer&apos;s network settings (proxy, certificates) need court IT.</source>
        <translation>Lectern 无法安全连接到此地址的课程服务器：
%1
请检查地址。如果地址正确，则需要法院 IT 部门检查本机的网络设置（代理、证书）。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="177"/>
        <source>The course server does not let this user sign in. Check the user name, or ask your court&apos;s administrator.</source>
        <translation>课程服务器不允许此用户登录。请检查用户名，或咨询您所在法院的管理员。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="181"/>
        <source>The course server is having trouble. Try again in a few minutes.</source>
        <translation>课程服务器出现问题。请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="183"/>
        <source>The course server is busy. Wait a minute, then try again.</source>
        <translation>课程服务器繁忙。请稍等一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="185"/>
        <source>The download cannot go on. The details say why; when you try again it resumes where it stopped.</source>
        <translation>下载无法继续。详细信息说明了原因；重试时将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="190"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="191"/>
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation>磁盘已满，因此未做任何更改。请释放一些空间或咨询法院 IT 部门，然后重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="194"/>
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation>本机上已不再安装此课程。请重新导入后再学习；您的进度已保留。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="198"/>
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation>Lectern 无法使用其数据文件夹。请检查磁盘是否存在且未满，或咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="202"/>
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation>某个发布者密钥文件缺失或已损坏。请咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="204"/>
        <source>Lectern&apos;s settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation>Lectern 的设置文件有错误。请法院 IT 部门更正。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="206"/>
        <source>Lectern could not do this.</source>
        <translation>Lectern 无法完成此操作。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="207"/>
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation>Lectern 找不到此文件。文件可能已被移动，或 U 盘已被拔出。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="210"/>
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation>Lectern 无权读取或写入此文件。请咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="212"/>
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation>Lectern 无法读取或写入文件。如果课程在 U 盘上，请检查 U 盘是否仍已插入，然后重试。</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="216"/>
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation>Lectern 内部出错。您之前的学习记录已保存。如果再次发生，请告诉法院 IT 部门您当时正在进行的操作。</translation>
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="35"/>
        <source>Saved now and sent with the next sync (Ctrl+Return)</source>
        <translation>立即保存，并在下次同步时发送（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="46"/>
        <source>kept on this computer (practice course)</source>
        <translation>保存在本机上（练习课程）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="48"/>
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="49"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="50"/>
        <source>not accepted by the course server</source>
        <translation>未被课程服务器接受</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="72"/>
        <source>[picture not shown]</source>
        <translation>[图片未显示]</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="58"/>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="71"/>
        <location filename="../../player/item_views/forum_item_view.py" line="73"/>
        <source>Discussion prompt</source>
        <translation>讨论题目</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="82"/>
        <source>Prompt</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="96"/>
        <source>The discussion for this item is not on this computer yet. Other learners&apos; posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation>此项目的讨论尚未同步到本机。本机与课程服务器同步时，其他学员的帖子就会到达；您现在可以先思考讨论题目，届时再参与讨论。此项目为选修。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="102"/>
        <location filename="../../player/item_views/forum_item_view.py" line="118"/>
        <source>About the discussion</source>
        <translation>关于此讨论</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="108"/>
        <source>This is a practice course: what you write here stays on this computer and is not sent to anyone. This item is optional.</source>
        <translation>这是练习课程：您在此处所写的内容仅保存在本机上，不会发送给任何人。此项目为选修。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="112"/>
        <source>You can read and write here while offline. What you write is shown at once, marked “waiting to send”, and reaches the other learners when this computer next syncs. Others&apos; posts arrive with each sync. This item is optional.</source>
        <translation>离线时您也可以在此阅读和发帖。您所写的内容会立即显示，并标记为“等待发送”，在本机下次同步时送达其他学员。其他人的帖子会随每次同步到达。此项目为选修。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="124"/>
        <source>Discussion message</source>
        <translation>讨论消息</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="132"/>
        <source>Thread</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="157"/>
        <source>No threads here yet. Start one with “New thread…”: you can write it now, even offline. Threads by others arrive when this computer syncs.</source>
        <translation>这里还没有主题。请使用“新主题…”发起一个：即使离线，也可以现在就撰写。其他人的主题会在本机同步时到达。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="161"/>
        <source>No threads</source>
        <translation>没有主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="170"/>
        <source>Thread title</source>
        <translation>主题标题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="172"/>
        <source>Posts in this thread</source>
        <translation>此主题中的帖子</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="175"/>
        <source>Your reply</source>
        <translation>您的回复</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="176"/>
        <source>Write a reply… (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>撰写回复…（纯文本；支持 Markdown，例如 *强调* 和列表）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send &amp;reply</source>
        <translation>发送回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="226"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Instructor</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="236"/>
        <source>Hidden by a moderator: %1</source>
        <translation>已被版主隐藏：%1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="237"/>
        <source>Hidden by a moderator</source>
        <translation>已被版主隐藏</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="238"/>
        <source>Hidden from learners: %1</source>
        <translation>已对学员隐藏：%1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="239"/>
        <source>Hidden from learners</source>
        <translation>已对学员隐藏</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="311"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="312"/>
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="318"/>
        <source>%n new</source>
        <comment>posts of others not read yet in a thread</comment>
        <translation>
            <numerusform>%n 条新内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="323"/>
        <source>Pinned: %1</source>
        <translation>置顶：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="379"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 条帖子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="391"/>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Hide…</source>
        <translation>隐藏…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="398"/>
        <source>The course server did not accept it: %1</source>
        <translation>课程服务器未接受：%1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="399"/>
        <source>The course server did not accept it.</source>
        <translation>课程服务器未接受。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="442"/>
        <source>Give the thread a title and a message.</source>
        <translation>请为主题填写标题和内容。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="465"/>
        <source>Your question is pinned at the top of this discussion. This is a practice course: it stays on this computer.</source>
        <translation>您的问题已置顶在本讨论顶部。这是练习课程：问题只保存在本机上。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="467"/>
        <source>Your question is pinned at the top of this discussion and kept on this computer. It is sent with the next sync; learners get it at theirs. If the course server does not accept it, it says why here.</source>
        <translation>您的问题已置顶在本讨论顶部，并保存在本机上。它会在下次同步时发送；学员在各自同步时收到。如果课程服务器不接受，这里会说明原因。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="498"/>
        <source>Write your reply first.</source>
        <translation>请先撰写您的回复。</translation>
    </message>
</context>
<context>
    <name>HubWiring</name>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="114"/>
        <source>New versions of %n course(s) are on the course server.</source>
        <translation>
            <numerusform>课程服务器上有 %n 门课程的新版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="225"/>
        <location filename="../../player/window_hub.py" line="228"/>
        <source>Sync by file</source>
        <translation>通过文件同步</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="241"/>
        <source>Something went wrong with the sync file; nothing was changed. The log has the details.</source>
        <translation>同步文件出现问题；未做任何更改。详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="258"/>
        <source>Save changes to a file</source>
        <translation>将更改保存到文件</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="259"/>
        <source>Lectern sync files (*.lectern-sync)</source>
        <translation>Lectern 同步文件 (*.lectern-sync)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="269"/>
        <source>Saved %n change(s) to %1. Take the file to court IT; they give you a reply file to load with “Load a reply file…”.</source>
        <translation>
            <numerusform>已将 %n 项更改保存到 %1。请将文件交给法院 IT 部门；他们会给您一个回复文件，请通过“加载回复文件…”加载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="273"/>
        <source>%n more change(s) wait for the next file.</source>
        <translation>
            <numerusform>另有 %n 项更改等待下一个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="289"/>
        <source>Load a reply file</source>
        <translation>加载回复文件</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="290"/>
        <source>Replies from the course server (*.lectern-reply);;All files (*)</source>
        <translation>课程服务器的回复 (*.lectern-reply);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="299"/>
        <source>The course server accepted %n change(s).</source>
        <translation>
            <numerusform>课程服务器已接受 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="301"/>
        <source>It refused %n of them; the course pages show why.</source>
        <translation>
            <numerusform>其中 %n 项被拒绝；课程页面会说明原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="303"/>
        <source>%n new discussion(s) or message(s) arrived.</source>
        <translation>
            <numerusform>收到 %n 个新讨论或消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="305"/>
        <source>%n certificate(s) arrived.</source>
        <translation>
            <numerusform>收到 %n 份证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="307"/>
        <source>%n other update(s) arrived.</source>
        <translation>
            <numerusform>收到 %n 项其他更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="309"/>
        <source>Nothing new arrived.</source>
        <translation>没有收到新内容。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="311"/>
        <source>The course server has more for you: save your changes to a file and take it to court IT again.</source>
        <translation>课程服务器还有更多内容给您：请将更改保存到文件，并再次交给法院 IT 部门。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../player/import_dialog.py" line="82"/>
        <location filename="../../player/import_dialog.py" line="83"/>
        <source>Import course</source>
        <translation>导入课程</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="86"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="89"/>
        <source>File being imported</source>
        <translation>正在导入的文件</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="93"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="95"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="96"/>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="103"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="106"/>
        <source>&amp;Open course</source>
        <translation>打开课程(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="107"/>
        <source>Open the imported course</source>
        <translation>打开已导入的课程</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="110"/>
        <location filename="../../player/import_dialog.py" line="111"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="140"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="152"/>
        <source>%1 of %2 copied</source>
        <translation>已复制 %1/%2</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="166"/>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="168"/>
        <source>Updated to version %1. Your progress was kept.</source>
        <translation>已更新到版本 %1。您的进度已保留。</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="169"/>
        <source>The course is ready to study, offline.</source>
        <translation>课程已就绪，可离线学习。</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="178"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="179"/>
        <source>Nothing was changed on this computer.</source>
        <translation>本机上未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="181"/>
        <source>“%1” could not be imported.</source>
        <translation>无法导入“%1”。</translation>
    </message>
</context>
<context>
    <name>ItemOpener</name>
    <message>
        <location filename="../../player/course/item_opener.py" line="141"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../player/course/panes.py" line="75"/>
        <source>Module</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="76"/>
        <source>Item title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="79"/>
        <source>How to complete this item</source>
        <translation>如何完成此项目</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="81"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="89"/>
        <source>Open item</source>
        <translation>当前打开的项目</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous item</source>
        <translation>上一个项目</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="96"/>
        <source>Position in the course</source>
        <translation>在课程中的位置</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next item</source>
        <translation>下一个项目</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="125"/>
        <source> · optional</source>
        <translation> · 选修</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="128"/>
        <source>Item %1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="137"/>
        <source>Previous: %1 (Alt+Left)</source>
        <translation>上一个：%1（Alt+Left）</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="139"/>
        <source>Next: %1 (Alt+Right)</source>
        <translation>下一个：%1（Alt+Right）</translation>
    </message>
</context>
<context>
    <name>ItemViews</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="25"/>
        <source>{what} is not on this computer. A reduced copy of the course (for example a low-bandwidth download or USB copy) can leave it out. Ask court IT for the full course, or download it when this computer is online.</source>
        <translation>{what}不在本机上。课程的精简副本（例如低带宽下载或 U 盘副本）可能不包含此内容。请向法院 IT 部门索取完整课程，或在本机联网时下载。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="66"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="68"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="70"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="78"/>
        <source>Applies when Lectern starts again; you can restart it after Save.</source>
        <translation>在 Lectern 下次启动时生效；保存后可以立即重新启动。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="85"/>
        <source>Default for this computer (%1)</source>
        <translation>此计算机的默认设置（%1）</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../player/course/language_switch.py" line="43"/>
        <source>Course languages</source>
        <translation>课程语言</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="40"/>
        <source>The course in another language: your progress, quiz attempts and discussions stay the same</source>
        <translation>以另一种语言学习本课程：您的进度、测验尝试和讨论保持不变</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="65"/>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="66"/>
        <source>Course language: %1</source>
        <translation>课程语言：%1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="77"/>
        <source>%1 — download, %2</source>
        <translation>%1 — 下载，%2</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="80"/>
        <source>Download the %1 version; the course stays open meanwhile</source>
        <translation>下载 %1 版本；课程在此期间保持打开</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../player/app.py" line="233"/>
        <source>Preparing the demo course… (this happens once)</source>
        <translation>正在准备演示课程…（仅需一次）</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Library</source>
        <translation>课程库</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Your courses</source>
        <translation>您的课程</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>&amp;Import course…</source>
        <translation>导入课程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>Import course</source>
        <translation>导入课程</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="328"/>
        <source>Open a .lectern course file, for example from a USB stick (Ctrl+O)</source>
        <translation>打开 .lectern 课程文件，例如 U 盘中的文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="333"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="335"/>
        <source>No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one from a .lectern file, for example from a USB stick.</source>
        <translation>本机上还没有课程。请选择“导入课程…”（Ctrl+O），从 .lectern 文件添加课程，例如 U 盘中的文件。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="336"/>
        <source>No courses</source>
        <translation>没有课程</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="337"/>
        <source>Installed courses</source>
        <translation>已安装的课程</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="472"/>
        <source>The %1 version of “%2” was removed; its other languages and your progress stay.</source>
        <translation>已移除“%2”的 %1 版本；其他语言和您的进度保留。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="477"/>
        <source>“%1” was removed. Your progress was kept.</source>
        <translation>已移除“%1”。您的进度已保留。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="480"/>
        <source>“%1” was removed with its progress.</source>
        <translation>已移除“%1”及其进度。</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <location filename="../../player/course/parts.py" line="64"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="65"/>
        <source>%1 is not open yet</source>
        <translation>%1 尚未开放</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="71"/>
        <source>This module opens on %1. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded. The date follows the course server&apos;s clock, not this computer&apos;s.</source>
        <translation>本单元将于 %1 开放。届时其中各项会自动打开；如果内容已在本电脑上，无需再下载。日期以课程服务器的时钟为准，而非本电脑的时钟。</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="76"/>
        <source>This module opens later. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded.</source>
        <translation>本单元稍后开放。届时其中各项会自动打开；如果内容已在本电脑上，无需再下载。</translation>
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
        <translation>公告(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="300"/>
        <source>Certificates — Lectern</source>
        <translation>证书 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="308"/>
        <source>The other language of this course is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>正在下载本课程的另一种语言版本；请查看“下载”（Ctrl+J）。在此期间您可以继续学习。</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="315"/>
        <source>Course catalog — Lectern</source>
        <translation>课程目录 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="324"/>
        <source>Downloads — Lectern</source>
        <translation>下载 — Lectern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/main_window.py" line="350"/>
        <source>&amp;Announcements (%n unread)</source>
        <translation>
            <numerusform>公告(&amp;A)（%n 条未读）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="91"/>
        <source>This is a demo course: your progress stays on this computer and is not sent to the course server. You can review any item at any time.</source>
        <translation>这是演示课程：您的进度仅保存在本机上，不会发送到课程服务器。您可以随时复习任何项目。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="95"/>
        <source>Your completion is sent to the course server with your next sync, which happens by itself when this computer is online. You can review any item at any time.</source>
        <translation>您的完成情况将在下次同步时发送到课程服务器；本机联网时会自动同步。您可以随时复习任何项目。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="99"/>
        <source>Your completion is kept on this computer. Sign in to the course server (Course server ▸ Sign in…) to send it. You can review any item at any time.</source>
        <translation>您的完成情况保存在本机上。请登录课程服务器（课程服务器 ▸ 登录…）以发送。您可以随时复习任何项目。</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="383"/>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="390"/>
        <source>Import course</source>
        <translation>导入课程</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="391"/>
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation>Lectern 课程 (*.lectern);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="394"/>
        <source>Choose a course file</source>
        <translation>选择课程文件</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="109"/>
        <source>A new version of “%1” is on the course server.</source>
        <translation>课程服务器上有“%1”的新版本。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="129"/>
        <source>The standard quality videos are being downloaded (Ctrl+J shows them).</source>
        <translation>正在下载标准画质视频（按 Ctrl+J 查看）。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="155"/>
        <source>A course finished downloading and is in your library.</source>
        <translation>一门课程已下载完成，现已在您的课程库中。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="184"/>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="204"/>
        <source>Signed out. Changes not yet sent are kept on this computer.</source>
        <translation>已退出登录。尚未发送的更改保留在本机上。</translation>
    </message>
</context>
<context>
    <name>MarkReadBar</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="78"/>
        <source>Reading status</source>
        <translation>阅读材料状态</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="80"/>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="90"/>
        <source>Read ✓</source>
        <translation>已读 ✓</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="91"/>
        <source>You have finished this reading.</source>
        <translation>您已读完此阅读材料。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="92"/>
        <source>This reading is complete.</source>
        <translation>此阅读材料已完成。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="95"/>
        <source>&amp;Mark as read</source>
        <translation>标记为已读(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="96"/>
        <source>Count this reading as done (it also counts once you have scrolled through all of it).</source>
        <translation>将此阅读材料计为已完成（滚动浏览全文后也会自动计为已完成）。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="98"/>
        <source>Counts this reading as done.</source>
        <translation>将此阅读材料计为已完成。</translation>
    </message>
</context>
<context>
    <name>ModuleProgressChart</name>
    <message>
        <location filename="../../player/course/progress_chart.py" line="20"/>
        <source>Progress per module</source>
        <translation>各单元进度</translation>
    </message>
    <message>
        <location filename="../../player/course/progress_chart.py" line="26"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1：已完成 %2/%3</translation>
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
        <translation>请输入个人资料名称。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="72"/>
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation>个人资料名称由 1 到 40 个字母、数字、空格、点、连字符或下划线组成，且须以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="75"/>
        <source>There is already a profile called “%1”.</source>
        <translation>已有名为“%1”的个人资料。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="83"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN 码由 4 到 12 位数字组成。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="85"/>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>两次输入的 PIN 码不一致。请在两个字段中重新输入 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="119"/>
        <source>New profile — Lectern</source>
        <translation>新建个人资料 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="120"/>
        <source>New profile</source>
        <translation>新建个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="124"/>
        <source>Profile name</source>
        <translation>个人资料名称</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="125"/>
        <source>for example: Clerk Ana</source>
        <translation>例如：书记员李娜</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="126"/>
        <source>Protect with a &amp;PIN</source>
        <translation>用 PIN 码保护(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="127"/>
        <source>Protect the profile with a PIN</source>
        <translation>用 PIN 码保护个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="129"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="131"/>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="135"/>
        <source>A PIN has 4 to 12 digits. It keeps colleagues from using your profile by mistake; it does not encrypt anything.</source>
        <translation>PIN 码由 4 到 12 位数字组成。它可防止同事误用您的个人资料，但不会加密任何内容。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="138"/>
        <source>About PINs</source>
        <translation>关于 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="142"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="151"/>
        <source>P&amp;IN:</source>
        <translation>PIN 码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="154"/>
        <source>&amp;Again:</source>
        <translation>确认(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>&amp;Create and open</source>
        <translation>创建并打开(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>Create the profile and open it</source>
        <translation>创建个人资料并打开</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="58"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>OfflineHelpDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="159"/>
        <location filename="../../player/help_dialogs.py" line="160"/>
        <location filename="../../player/help_dialogs.py" line="162"/>
        <source>How Lectern works offline</source>
        <translation>Lectern 如何离线工作</translation>
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
&lt;h3&gt;您学习的一切都在本机上&lt;/h3&gt;
&lt;p&gt;您课程库中各课程的视频、阅读材料、测验和讨论都存储在本机上。您无需任何网络连接即可学习，时间不限。&lt;/p&gt;
&lt;h3&gt;您的进度会立即保存&lt;/h3&gt;
&lt;p&gt;您在视频中的位置、已读完的阅读材料、测验结果和论坛帖子，都会在您操作的那一刻保存到本机上；即使之后 Lectern 被关闭或计算机关机，也不受影响。&lt;/p&gt;
&lt;h3&gt;发送和接收自动进行&lt;/h3&gt;
&lt;p&gt;当您已登录课程服务器且本机联网时，Lectern 会每隔几分钟，以及在您做出更改后不久，自动发送您的更改并获取其他学员的帖子。您无需按任何按钮；“立即同步”（F5）只是让其立即执行。窗口底部的状态栏会显示您是否在线，以及有多少项更改正在等待发送。&lt;/p&gt;
&lt;h3&gt;离线时不会丢失任何内容&lt;/h3&gt;
&lt;p&gt;离线时所做的更改会安全地保存在本机上，并在下次同步时发送。您离线时撰写的帖子会标记为“等待发送”，并在同步后送达其他学员。&lt;/p&gt;
&lt;h3&gt;新课程和更新&lt;/h3&gt;
&lt;p&gt;联网时，“转到 ▸ 课程目录”会列出课程服务器为您提供的可下载课程。没有网络连接时，法院 IT 部门可以向您提供课程文件（.lectern），例如存放在 U 盘上：通过“文件 ▸ 导入课程…”导入。&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../player/course/panes.py" line="33"/>
        <source>Course progress</source>
        <translation>课程进度</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="35"/>
        <source>New replies to your posts</source>
        <translation>对您帖子的新回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/panes.py" line="50"/>
        <source>%n new reply(ies) to your posts</source>
        <translation>
            <numerusform>%n 条对您帖子的新回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="58"/>
        <source>%1 of %2 required items done</source>
        <translation>已完成 %1/%2 个必修项目</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="62"/>
        <source>✓ Completed: %1</source>
        <translation>✓ 已完成：%1</translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/pdf/find.py" line="133"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="135"/>
        <source>Match {n} of {count}</source>
        <translation>第 {n} 项，共 {count} 项</translation>
    </message>
</context>
<context>
    <name>PdfReadingView</name>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="59"/>
        <source>PDF reading</source>
        <translation>PDF 阅读材料</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="75"/>
        <source>PDF pages</source>
        <translation>PDF 页面</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="144"/>
        <source>This PDF reading</source>
        <translation>此 PDF 阅读材料</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="150"/>
        <source>the PDF is locked with a password.</source>
        <translation>该 PDF 已用密码锁定。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152"/>
        <source>the file is damaged or is not a PDF.</source>
        <translation>文件已损坏或不是 PDF。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="157"/>
        <source>the PDF has no pages.</source>
        <translation>该 PDF 没有页面。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="173"/>
        <source>This reading cannot be opened: {reason} Ask the course provider for a new copy.</source>
        <translation>无法打开此阅读材料：{reason}请向课程提供方索取新的副本。</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="25"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="26"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>上一页（Ctrl+PgUp）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="30"/>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="31"/>
        <source>Type a page number and press Enter</source>
        <translation>输入页码并按 Enter 键</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="35"/>
        <source>Page count</source>
        <translation>总页数</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>下一页（Ctrl+PgDown）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="41"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="43"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="44"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="45"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>使页面适合宽度（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="50"/>
        <location filename="../../player/item_views/pdf/toolbar.py" line="51"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="52"/>
        <source>Ctrl+F; Enter finds the next match, Shift+Enter the previous one</source>
        <translation>Ctrl+F；按 Enter 查找下一个匹配项，按 Shift+Enter 查找上一个</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="56"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="58"/>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="60"/>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="62"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="90"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="67"/>
        <source>Report a message</source>
        <translation>举报消息</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="68"/>
        <source>The moderators of this course will read your report and decide. The author is not told who reported it. Your report is sent with the next sync.</source>
        <translation>本课程的版主会阅读您的举报并作出决定。作者不会知道是谁举报的。您的举报将在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="70"/>
        <source>&amp;Report</source>
        <translation>举报(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="76"/>
        <source>Thank you. Your report is kept on this computer and reaches the moderators with the next sync.</source>
        <translation>谢谢。您的举报已保存在本电脑上，将在下次同步时送达版主。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="86"/>
        <source>Asking the course server…</source>
        <translation>正在询问课程服务器…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="91"/>
        <source>Hide a message</source>
        <translation>隐藏消息</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="92"/>
        <source>Learners no longer see it after their next sync; its author sees that a moderator hid it, with your reason. Nothing is deleted, and the course server&apos;s audit log keeps who hid it and why.</source>
        <translation>学员在下次同步后将看不到它；作者会看到版主隐藏了它以及您的理由。不会删除任何内容，课程服务器的审计日志会记录是谁隐藏的以及原因。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="95"/>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="97"/>
        <source>Restore a message</source>
        <translation>恢复消息</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="98"/>
        <source>Learners see it again after their next sync. The audit log keeps your reason.</source>
        <translation>学员在下次同步后会再次看到它。审计日志会记录您的理由。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="99"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="106"/>
        <source>Hidden. Learners no longer see it after their next sync.</source>
        <translation>已隐藏。学员在下次同步后将看不到它。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="107"/>
        <source>Restored. Learners see it again after their next sync.</source>
        <translation>已恢复。学员在下次同步后会再次看到它。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="116"/>
        <source>The course server refused: %1</source>
        <translation>课程服务器拒绝了：%1</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="56"/>
        <source>Current PIN of %1</source>
        <translation>%1 的当前 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="57"/>
        <source>&amp;Current PIN:</source>
        <translation>当前 PIN 码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="62"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="94"/>
        <source>That PIN was not right several times. Please wait before trying again (%1 s).</source>
        <translation>PIN 码多次输入错误。请稍候再试（%1 秒）。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="97"/>
        <source>Type the current PIN of “%1”.</source>
        <translation>请输入“%1”的当前 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="124"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 码不正确。请重试。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="125"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>PIN 码不正确。请稍候再试（%1 秒）。</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../player/profiles/chooser.py" line="84"/>
        <source>Choose your profile — Lectern</source>
        <translation>选择您的个人资料 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="85"/>
        <source>Choose your profile</source>
        <translation>选择您的个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="92"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="95"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="98"/>
        <source>Profiles</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="108"/>
        <source>Profile picture</source>
        <translation>个人资料图片</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="110"/>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="112"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="124"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="130"/>
        <source>&amp;New profile…</source>
        <translation>新建个人资料(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="131"/>
        <source>Create a new profile</source>
        <translation>新建个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="134"/>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="135"/>
        <source>Rename the selected profile, change its PIN, or delete it</source>
        <translation>重命名所选个人资料、更改其 PIN 码或将其删除</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="139"/>
        <source>Manage the profile</source>
        <translation>管理个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="140"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="142"/>
        <source>Change the &amp;PIN…</source>
        <translation>更改 PIN 码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>Open the selected profile</source>
        <translation>打开所选个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>Quit Lectern</source>
        <translation>退出 Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="187"/>
        <source>Enter the PIN for “%1”</source>
        <translation>输入“%1”的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="188"/>
        <source>This profile is protected by a PIN.</source>
        <translation>此个人资料受 PIN 码保护。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="194"/>
        <source>Who is studying?</source>
        <translation>谁在学习？</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="196"/>
        <source>Each person on this computer has their own profile, with their own progress and forum posts. Choose yours, or create one.</source>
        <translation>本机上的每个人都有自己的个人资料，其中包含各自的进度和论坛帖子。请选择您的个人资料，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="216"/>
        <source>Protected by a PIN</source>
        <translation>受 PIN 码保护</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="220"/>
        <source>%1, protected by a PIN</source>
        <translation>%1，受 PIN 码保护</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="246"/>
        <source>PIN for %1</source>
        <translation>%1 的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="276"/>
        <source>Type the PIN for “%1”.</source>
        <translation>请输入“%1”的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="299"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 码不正确。请重试。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="324"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>PIN 码不正确。请稍候再试（%1 秒）。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="337"/>
        <source>That PIN was not right. You can try again now.</source>
        <translation>PIN 码不正确。现在可以重试。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="428"/>
        <source>The profile is now called “%1”.</source>
        <translation>个人资料已更名为“%1”。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="433"/>
        <source>“%1” now has a new PIN.</source>
        <translation>“%1”已设置新的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="434"/>
        <source>“%1” now has no PIN.</source>
        <translation>“%1”已不再使用 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="444"/>
        <source>The profile “%1” was deleted.</source>
        <translation>个人资料“%1”已删除。</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="138"/>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="170"/>
        <source>PIN of “%1”</source>
        <translation>“%1”的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="220"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>PublishersPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="246"/>
        <source>Course publishers</source>
        <translation>课程发布者</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="247"/>
        <source>Allow &amp;unsigned courses and unknown publishers</source>
        <translation>允许未签名的课程和未知发布者(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="249"/>
        <source>Allow unsigned courses</source>
        <translation>允许未签名的课程</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="250"/>
        <source>Safety:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="253"/>
        <source>Warning: Lectern will accept courses that anyone may have made or changed. Turn this on only for courses you made yourself, and ask court IT first.</source>
        <translation>警告：Lectern 将接受任何人都可能制作或修改过的课程。请仅对您自己制作的课程开启此选项，并事先咨询法院 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="257"/>
        <source>Warning about unsigned courses</source>
        <translation>关于未签名课程的警告</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="264"/>
        <source>Trusted publishers</source>
        <translation>受信任的发布者</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="272"/>
        <source>&amp;Add publisher key…</source>
        <translation>添加发布者密钥(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="273"/>
        <source>Add a publisher key from a .pub file</source>
        <translation>从 .pub 文件添加发布者密钥</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="274"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="275"/>
        <source>Remove the selected publisher</source>
        <translation>移除所选发布者</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="282"/>
        <source>&amp;Trusted:</source>
        <translation>受信任(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="284"/>
        <source>Courses signed by these publishers are accepted. Keys from court IT cannot be removed here.</source>
        <translation>由这些发布者签名的课程会被接受。来自法院 IT 部门的密钥无法在此移除。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="296"/>
        <source>Trusted on this computer by court IT; it cannot be removed here.</source>
        <translation>由法院 IT 部门设为在本机上受信任；无法在此移除。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="307"/>
        <source>No publishers yet. Courses must be signed by a trusted publisher to be imported.</source>
        <translation>尚无发布者。课程必须由受信任的发布者签名才能导入。</translation>
    </message>
</context>
<context>
    <name>QrPreview</name>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="18"/>
        <source>QR code of the certificate</source>
        <translation>证书的二维码</translation>
    </message>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="19"/>
        <source>It holds the whole signed certificate, so a printout can be checked with no network.</source>
        <translation>二维码包含经签名的完整证书，因此无需联网即可核验打印件。</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="147"/>
        <source>Question {n} of {total}</source>
        <translation>第 {n} 题，共 {total} 题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="152"/>
        <source>Question {n}</source>
        <translation>第 {n} 题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="156"/>
        <source>Choose all that apply.</source>
        <translation>请选择所有适用的选项。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="186"/>
        <source>Feedback on question {n}</source>
        <translation>第 {n} 题的反馈</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="225"/>
        <source>✓ Correct.</source>
        <translation>✓ 正确。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="227"/>
        <source>✗ Not correct: this question has more than one right answer, and all of them (and only them) must be chosen.</source>
        <translation>✗ 不正确：此题有多个正确答案，必须选中全部正确答案（且只能选正确答案）。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="230"/>
        <source>✗ Not correct.</source>
        <translation>✗ 不正确。</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="56"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="61"/>
        <source>Quiz rules</source>
        <translation>测验规则</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="63"/>
        <location filename="../../player/item_views/quiz_view.py" line="65"/>
        <source>Earlier attempts</source>
        <translation>以往作答记录</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="81"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="89"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="104"/>
        <source>Quiz message</source>
        <translation>测验消息</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="106"/>
        <source>&amp;Submit answers</source>
        <translation>提交答案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="107"/>
        <source>Submit answers</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="108"/>
        <source>Check your answers and record this attempt</source>
        <translation>检查您的答案并记录本次作答</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="110"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="111"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="112"/>
        <source>Clear the answers and start a new attempt</source>
        <translation>清除答案并开始新的作答</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="155"/>
        <source>%n question(s). The pass mark is %1%.</source>
        <translation>
            <numerusform>共 %n 题。及格分数为 %1%。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="158"/>
        <source>You may make %n attempt(s); %1 left.</source>
        <translation>
            <numerusform>您最多可作答 %n 次；还剩 %1 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="285"/>
        <source>You have used all %n attempt(s), so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation>
            <numerusform>您已用完全部 %n 次作答机会，因此无法在本机上通过此测验。请与您的课程协调员联系。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="161"/>
        <source>You have passed this quiz.</source>
        <translation>您已通过此测验。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="168"/>
        <source>Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}</source>
        <translation>第 {n} 次作答：{correct}/{total}（{percent}%），{outcome} — {when}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="230"/>
        <source>Answer question {n} before submitting.</source>
        <translation>提交前请回答第 {n} 题。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="240"/>
        <source>Saving your answers…</source>
        <translation>正在保存您的答案…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="249"/>
        <source>Your answers could not be saved. Nothing was recorded; you can submit them again.</source>
        <translation>无法保存您的答案。未记录任何内容；您可以再次提交。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="267"/>
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation>您的得分为 {correct}/{total}（{percent}%）。及格分数为 {pass_mark}%。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="272"/>
        <source>You passed.</source>
        <translation>您已通过。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="274"/>
        <source>You did not pass this time.</source>
        <translation>您这次未通过。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="282"/>
        <source>You have used all your attempts.</source>
        <translation>您已用完所有作答次数。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="289"/>
        <source>Read the explanations, then try again if you wish.</source>
        <translation>请阅读解析，如有需要可再试一次。</translation>
    </message>
</context>
<context>
    <name>ReadingItemView</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="115"/>
        <source>Meanwhile you can mark it as read to go on with the course.</source>
        <translation>在此期间，您可以将其标记为已读，以便继续学习课程。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="142"/>
        <source>Reading complete.</source>
        <translation>阅读材料已完成。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="24"/>
        <source>What happens</source>
        <translation>会发生什么</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="27"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="28"/>
        <source>In a few words</source>
        <translation>简短说明</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="29"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <location filename="../../player/refusal_notice.py" line="25"/>
        <source>Not accepted by the course server</source>
        <translation>未被课程服务器接受</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="26"/>
        <source>Why the course server did not accept it</source>
        <translation>课程服务器不接受的原因</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="29"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="38"/>
        <source>The course server did not accept your last change here: %1</source>
        <translation>课程服务器未接受您在此处的最近一次更改：%1</translation>
    </message>
</context>
<context>
    <name>RemoveCourseDialog</name>
    <message>
        <location filename="../../player/library_view.py" line="236"/>
        <location filename="../../player/library_view.py" line="237"/>
        <source>Remove course</source>
        <translation>移除课程</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="238"/>
        <source>Remove “%1” from this computer? Its videos and readings are deleted; you can import it again later.</source>
        <translation>要从本机移除“%1”吗？其视频和阅读材料将被删除；您以后可以重新导入。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="242"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="243"/>
        <source>&amp;Keep my progress</source>
        <translation>保留我的进度(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="245"/>
        <source>Keep my progress</source>
        <translation>保留我的进度</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="247"/>
        <source>Your completed items and quiz results stay on this computer and come back if you import the course again.</source>
        <translation>您已完成的项目和测验结果会保留在本机上，重新导入课程后即可恢复。</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="250"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="252"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="254"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="262"/>
        <location filename="../../player/library_view.py" line="263"/>
        <source>Which language versions?</source>
        <translation>哪些语言版本？</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="267"/>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="268"/>
        <source>Remove only the %1 version</source>
        <translation>仅移除 %1 版本</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="271"/>
        <source>&amp;All languages (%1)</source>
        <translation>所有语言 (%1)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="273"/>
        <source>Remove every language version</source>
        <translation>移除所有语言版本</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="280"/>
        <source>Your completed items and quiz results are kept for the course&apos;s other languages, and come back if you import it again.</source>
        <translation>您已完成的项目和测验结果会为本课程的其他语言保留，再次导入时也会恢复。</translation>
    </message>
</context>
<context>
    <name>RenameProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="143"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="145"/>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Rename the profile</source>
        <translation>重命名个人资料</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="188"/>
        <source>Requirements — Lectern</source>
        <translation>证书要求 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="189"/>
        <source>Requirements for the certificate</source>
        <translation>获得证书的要求</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="193"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RequirementsLauncher</name>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>&amp;Requirements</source>
        <translation>要求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>Requirements for the certificate</source>
        <translation>获得证书的要求</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="37"/>
        <source>What earns this course&apos;s certificate, and what is left (Ctrl+R)</source>
        <translation>获得本课程证书需要完成的内容及剩余事项（Ctrl+R）</translation>
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
        <translation>获得证书的要求</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="52"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="53"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="55"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="58"/>
        <source>Requirements done</source>
        <translation>已完成的要求</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="60"/>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="68"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="82"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="96"/>
        <source>Complete %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="97"/>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="99"/>
        <source>Pass %1</source>
        <translation>通过 %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="100"/>
        <source>Not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="102"/>
        <source>Post at least %n time(s) in %1</source>
        <translation>
            <numerusform>在 %1 中至少发帖 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="104"/>
        <source>%n more post(s) to go</source>
        <translation>
            <numerusform>还需发帖 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="106"/>
        <source>Reply to at least one colleague in the discussions</source>
        <translation>在讨论中至少回复一位同事</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="107"/>
        <source>No reply to a colleague yet</source>
        <translation>尚未回复同事</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="110"/>
        <source>Before %1</source>
        <translation>在 %1 之前</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="111"/>
        <source>Before the course&apos;s end</source>
        <translation>在课程结束之前</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="112"/>
        <source>The course ended before every requirement was done</source>
        <translation>课程结束时仍有要求未完成</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="113"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="117"/>
        <source>This course does not award a certificate.</source>
        <translation>本课程不颁发证书。</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="119"/>
        <source>Certificate: issued. It is in Go ▸ Certificates, to save as a PDF or print.</source>
        <translation>证书：已颁发。可在“转到 ▸ 证书”中另存为 PDF 或打印。</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="122"/>
        <source>Certificate: revoked. The course server withdrew it; ask the course&apos;s organisers why.</source>
        <translation>证书：已撤销。课程服务器已撤回该证书；请向课程组织方询问原因。</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="125"/>
        <source>Certificate: earned, waiting to sync. The course server issues it after this computer&apos;s next sync.</source>
        <translation>证书：已获得，等待同步。本机下次同步后，课程服务器将颁发证书。</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="128"/>
        <source>Certificate: not earned. The course ended before every requirement was done.</source>
        <translation>证书：未获得。课程结束时仍有要求未完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="130"/>
        <source>Certificate: not yet earned. %n requirement(s) left.</source>
        <translation>
            <numerusform>证书：尚未获得。还剩 %n 项要求。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="150"/>
        <source>%1 of %2 requirements done</source>
        <translation>已完成 %1/%2 项要求</translation>
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
        <translation>课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="103"/>
        <source>Course server address</source>
        <translation>课程服务器地址</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="106"/>
        <source>Course server &amp;address:</source>
        <translation>课程服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="108"/>
        <source>Where your courses come from and your progress goes. Court IT or the course provider gives you this address.</source>
        <translation>您的课程从这里获取，您的进度也发送到这里。此地址由法院 IT 部门或课程提供方提供。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="115"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="122"/>
        <source>Proxy address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="123"/>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="124"/>
        <source>Leave empty to connect the way this computer usually does.</source>
        <translation>留空则按本机通常的方式连接。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="127"/>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="128"/>
        <source>None (this computer&apos;s certificates)</source>
        <translation>无（使用本机的证书）</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="129"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="130"/>
        <source>Choose a certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="131"/>
        <source>&amp;Certificates:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="134"/>
        <source>Only needed behind a proxy that inspects secure connections: a PEM file from court IT.</source>
        <translation>仅在使用会检查安全连接的代理时才需要：由法院 IT 部门提供的 PEM 文件。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="146"/>
        <source>You are signed in to this course server as %1. To use another, sign out first.</source>
        <translation>您已以 %1 身份登录此课程服务器。如需使用其他服务器，请先退出登录。</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="153"/>
        <source>You are signed in as %1.</source>
        <translation>您已以 %1 身份登录。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../player/settings/dialog.py" line="55"/>
        <source>Settings — Lectern</source>
        <translation>设置 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="56"/>
        <location filename="../../player/settings/dialog.py" line="86"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="65"/>
        <source>Loading settings…</source>
        <translation>正在加载设置…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="66"/>
        <source>Settings status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="91"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="94"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="171"/>
        <source>the site configuration</source>
        <translation>站点配置</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="172"/>
        <source>Court IT set this in %1. It cannot be changed here.</source>
        <translation>法院 IT 部门已在 %1 中设置此项，无法在此更改。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="173"/>
        <source>Set by your administrator in %1.</source>
        <translation>由您的管理员在 %1 中设置。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="238"/>
        <source>it contains a space.</source>
        <translation>其中包含空格。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="239"/>
        <source>it does not start with %1://.</source>
        <translation>它不是以 %1:// 开头。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="242"/>
        <source>it starts with “%1://”, which Lectern cannot use.</source>
        <translation>它以“%1://”开头，Lectern 无法使用。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="243"/>
        <source>the computer&apos;s name is missing after “//”.</source>
        <translation>“//”之后缺少计算机名称。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="245"/>
        <source>Give the full path of the file, or choose it with Browse.</source>
        <translation>请输入文件的完整路径，或使用“浏览”选择文件。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="246"/>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="248"/>
        <source>Lectern cannot read %1. Ask court IT to check who may read it.</source>
        <translation>Lectern 无法读取 %1。请法院 IT 部门检查读取权限。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="251"/>
        <source>%1 is not a certificate file: it should contain “-----BEGIN CERTIFICATE-----”.</source>
        <translation>%1 不是证书文件：它应包含“-----BEGIN CERTIFICATE-----”。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="254"/>
        <source>The start and the end are the same time. Choose two different times, or tick “Any time”.</source>
        <translation>开始时间和结束时间相同。请选择两个不同的时间，或勾选“任何时间”。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="259"/>
        <source>This is not a web address Lectern can use: %1 It should look like https://courses.example.org</source>
        <translation>这不是 Lectern 可以使用的网址：%1 网址应类似于 https://courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="262"/>
        <source>This is not a proxy address Lectern can use: %1 It should look like http://proxy.court.local:3128</source>
        <translation>这不是 Lectern 可以使用的代理地址：%1 地址应类似于 http://proxy.court.local:3128</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="282"/>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>未保存任何内容。请更正上方标出的内容。</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="304"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="349"/>
        <location filename="../../player/settings/dialog.py" line="352"/>
        <source>Choose a certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="350"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Add a publisher key</source>
        <translation>添加发布者密钥</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Publisher keys (*.pub);;All files (*)</source>
        <translation>发布者密钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="357"/>
        <source>Choose a publisher key file</source>
        <translation>选择发布者密钥文件</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="379"/>
        <source>This publisher is already trusted.</source>
        <translation>此发布者已受信任。</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="129"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="133"/>
        <source>set by your administrator</source>
        <translation>由您的管理员设置</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="137"/>
        <source>Locked by court IT</source>
        <translation>已由法院 IT 部门锁定</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="143"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="155"/>
        <source>Problem with this setting</source>
        <translation>此设置有问题</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="50"/>
        <source>Unnamed publisher</source>
        <translation>未命名的发布者</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="51"/>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="53"/>
        <source>%1 · added by court IT</source>
        <translation>%1 · 由法院 IT 部门添加</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="36"/>
        <source>Language — Lectern</source>
        <translation>语言 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="37"/>
        <source>The new interface language is used from the next time Lectern starts.</source>
        <translation>新的界面语言将在 Lectern 下次启动时使用。</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="40"/>
        <source>&amp;Restart now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="41"/>
        <source>Restart Lectern now</source>
        <translation>立即重新启动 Lectern</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="42"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="49"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="59"/>
        <location filename="../../player/help_dialogs.py" line="60"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="61"/>
        <source>Every action is in a menu and can be reached with the keyboard: Alt with the underlined letter opens a menu, Tab and Shift+Tab move between controls.</source>
        <translation>每项操作都在菜单中，并可通过键盘使用：按 Alt 加带下划线的字母可打开菜单，按 Tab 和 Shift+Tab 可在控件之间移动。</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="65"/>
        <source>About these keys</source>
        <translation>关于这些按键</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="67"/>
        <source>Keys and what they do</source>
        <translation>按键及其功能</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>What they do</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="116"/>
        <source>%1 menu</source>
        <translation>“%1”菜单</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="120"/>
        <source>In the open item</source>
        <translation>在当前打开的项目中</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="121"/>
        <source>Course outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="122"/>
        <source>Move through the items</source>
        <translation>在项目之间移动</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="123"/>
        <source>Open the selected item</source>
        <translation>打开所选项目</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="125"/>
        <source>Video (when the video has the focus)</source>
        <translation>视频（视频获得焦点时）</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="126"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="127"/>
        <source>Back or forward 10 seconds</source>
        <translation>后退或前进 10 秒</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="128"/>
        <source>Volume up or down</source>
        <translation>调高或调低音量</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="129"/>
        <source>Mute or unmute</source>
        <translation>静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="130"/>
        <source>Captions on or off</source>
        <translation>打开或关闭字幕</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="131"/>
        <source>Full screen on or off</source>
        <translation>打开或关闭全屏</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="132"/>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="135"/>
        <source>PDF reading</source>
        <translation>PDF 阅读材料</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="136"/>
        <source>Search in the document</source>
        <translation>在文档中搜索</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="137"/>
        <source>Next or previous match</source>
        <translation>下一个或上一个匹配项</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="140"/>
        <source>Zoom in or out</source>
        <translation>放大或缩小</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="141"/>
        <source>Fit the page to the width</source>
        <translation>使页面适合宽度</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="143"/>
        <source>Next or previous page</source>
        <translation>下一页或上一页</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="145"/>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="147"/>
        <source>Send the post or reply you are writing</source>
        <translation>发送正在撰写的帖子或回复</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="147"/>
        <location filename="../../player/sign_in_dialog.py" line="148"/>
        <source>Sign in to the course server</source>
        <translation>登录课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="152"/>
        <source>Sign in once on this computer. Lectern then sends your progress and forum posts to the course server by itself whenever the network is there, and downloads the courses you choose.</source>
        <translation>只需在本机上登录一次。之后只要有网络，Lectern 就会自动将您的进度和论坛帖子发送到课程服务器，并下载您选择的课程。</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="156"/>
        <source>About signing in</source>
        <translation>关于登录</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="159"/>
        <source>Course server address</source>
        <translation>课程服务器地址</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="160"/>
        <source>courses.example.org</source>
        <translation>courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="162"/>
        <source>The address court IT gave you, for example courses.example.org. Lectern adds https:// itself.</source>
        <translation>法院 IT 部门提供给您的课程服务器地址，例如 courses.example.org。Lectern 会自动添加 https://。</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="165"/>
        <source>Set by court IT for this computer.</source>
        <translation>已由法院 IT 部门为本机设置。</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="166"/>
        <source>About the course server address</source>
        <translation>关于课程服务器地址</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="171"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="174"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="176"/>
        <source>Name of this computer</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="178"/>
        <source>How the course server lists this computer among your devices, e.g. “Courtroom 3 PC”.</source>
        <translation>课程服务器在您的设备列表中显示的本机名称，例如“3 号法庭电脑”。</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="186"/>
        <source>Course server &amp;address:</source>
        <translation>课程服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="189"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="191"/>
        <source>&amp;Computer name:</source>
        <translation>计算机名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="197"/>
        <source>Sign-in message</source>
        <translation>登录消息</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="201"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="203"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="206"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="255"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
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
        <translation>设置文件问题</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="32"/>
        <source>Problems in the settings file</source>
        <translation>设置文件中的问题</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="36"/>
        <source>Court IT&apos;s settings file has a problem.</source>
        <translation>法院 IT 部门的设置文件有问题。</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="43"/>
        <source>Each line says what Lectern does until it is fixed; everything else works as usual. Please tell court IT so they can correct the file.</source>
        <translation>每一行说明了在问题修复前 Lectern 的处理方式；其他功能照常工作。请告知法院 IT 部门，以便其更正该文件。</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="46"/>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="50"/>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="51"/>
        <source>Hide this notice until Lectern is started again. Settings shows it too.</source>
        <translation>在下次启动 Lectern 之前隐藏此通知。“设置”中也会显示此通知。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="104"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="108"/>
        <source>Changes waiting to be sent</source>
        <translation>等待发送的更改</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="110"/>
        <source>Progress, quiz results and forum posts recorded on this computer that the course server has not received yet. They are kept safely until then.</source>
        <translation>本机上已记录、但课程服务器尚未收到的进度、测验结果和论坛帖子。在此之前，它们会被安全保存。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="114"/>
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="118"/>
        <source>Last sync problem</source>
        <translation>上次同步问题</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="124"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="133"/>
        <location filename="../../player/status_bar.py" line="187"/>
        <source>Open the announcements</source>
        <translation>打开公告</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="137"/>
        <location filename="../../player/status_bar.py" line="138"/>
        <location filename="../../player/status_bar.py" line="293"/>
        <location filename="../../player/status_bar.py" line="294"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="139"/>
        <source>Send your changes and fetch others&apos; posts now (F5)</source>
        <translation>立即发送您的更改并获取他人的帖子（F5）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="183"/>
        <source>%n new announcement(s)</source>
        <translation>
            <numerusform>%n 条新公告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="186"/>
        <source>%n new announcement(s): open the announcements</source>
        <translation>
            <numerusform>%n 条新公告：打开公告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="188"/>
        <source>Open the announcements (Ctrl+Shift+A)</source>
        <translation>打开公告（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="225"/>
        <source>Changes waiting: unknown</source>
        <translation>等待发送的更改：未知</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="232"/>
        <source>No changes waiting to be sent</source>
        <translation>没有等待发送的更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="234"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="240"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="242"/>
        <source>Lectern works fully offline and keeps everything on this computer. Sign in to the course server (Course server ▸ Sign in…) to send your progress and forum posts and to download courses.</source>
        <translation>Lectern 可完全离线工作，并将所有内容保存在本机上。登录课程服务器（课程服务器 ▸ 登录…）后，即可发送您的进度和论坛帖子并下载课程。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="260"/>
        <source>Syncing… %1 of %2 sent</source>
        <translation>正在同步… 已发送 %1/%2</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="264"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="265"/>
        <source>Sending your changes to %1 and fetching new posts.</source>
        <translation>正在向 %1 发送您的更改并获取新帖子。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="268"/>
        <source>Looking for the course server…</source>
        <translation>正在查找课程服务器…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="269"/>
        <source>Checking whether %1 can be reached.</source>
        <translation>正在检查能否连接 %1。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="272"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="273"/>
        <source>Connected to %1 as %2. Lectern syncs by itself every few minutes and after your changes.</source>
        <translation>已以 %2 身份连接到 %1。Lectern 每隔几分钟以及在您做出更改后会自动同步。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="278"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="280"/>
        <source>The course server at %1 cannot be reached. Everything you do is kept on this computer and sent when the connection returns; Lectern checks by itself.</source>
        <translation>无法连接位于 %1 的课程服务器。您所做的一切都保存在本机上，并将在连接恢复后发送；Lectern 会自动检查。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="284"/>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="286"/>
        <source>The course server asks you to sign in again (Course server ▸ Sign in…). Your changes are kept and sent afterwards.</source>
        <translation>课程服务器要求您重新登录（课程服务器 ▸ 登录…）。您的更改会保留，并在登录后发送。</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="290"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="291"/>
        <source>Sign in to the course server</source>
        <translation>登录课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="302"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="303"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="305"/>
        <source>The last time everything waiting was sent to the course server (by this computer&apos;s clock).</source>
        <translation>上次将所有待发送内容发送到课程服务器的时间（按本机时钟）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="326"/>
        <source>The course server refused %n change(s): %1</source>
        <translation>
            <numerusform>课程服务器拒绝了 %n 项更改：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="302"/>
        <source>Offline: the %n change(s) waiting are kept on this computer and sent when the course server can be reached.</source>
        <translation>
            <numerusform>离线：等待发送的 %n 项更改保存在本机上，将在能连接课程服务器时发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="305"/>
        <source>Offline: nothing is lost. Lectern syncs by itself when the course server can be reached.</source>
        <translation>离线：不会丢失任何内容。能连接课程服务器时，Lectern 会自动同步。</translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="328"/>
        <source>Sign in to send your progress and posts to the course server.</source>
        <translation>请登录，以便将您的进度和帖子发送到课程服务器。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="385"/>
        <source>The course server asks you to sign in again. The %n change(s) waiting on this computer are kept and sent after you sign in.</source>
        <translation>
            <numerusform>课程服务器要求您重新登录。本机上等待发送的 %n 项更改会保留，并在您登录后发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="388"/>
        <source>The course server asks you to sign in again. Nothing on this computer is lost.</source>
        <translation>课程服务器要求您重新登录。本机上的任何内容都不会丢失。</translation>
    </message>
</context>
<context>
    <name>TextReadingView</name>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="110"/>
        <source>Reading</source>
        <translation>阅读材料</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="127"/>
        <source>Reading text</source>
        <translation>阅读材料正文</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="152"/>
        <source>This reading</source>
        <translation>此阅读材料</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="193"/>
        <source>Links to outside the course do not open from Lectern. The address is: {url}</source>
        <translation>课程以外的链接无法在 Lectern 中打开。地址为：{url}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="196"/>
        <source>Link to outside the course (does not open here): {url}</source>
        <translation>指向课程以外的链接（无法在此打开）：{url}</translation>
    </message>
</context>
<context>
    <name>ThreadComposer</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="48"/>
        <location filename="../../player/item_views/forum/compose.py" line="92"/>
        <source>New thread</source>
        <translation>新主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="54"/>
        <source>Thread title</source>
        <translation>主题标题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="55"/>
        <source>A short title</source>
        <translation>简短的标题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="60"/>
        <source>Thread message</source>
        <translation>主题内容</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="61"/>
        <source>Your message (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>您的内容（纯文本；支持 Markdown，例如 *强调* 和列表）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="62"/>
        <source>&amp;Message:</source>
        <translation>内容(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="93"/>
        <source>&amp;Post thread</source>
        <translation>发布主题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="94"/>
        <source>Post thread</source>
        <translation>发布主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="67"/>
        <source>Cancel the new thread</source>
        <translation>取消新主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="87"/>
        <source>New discussion question (pinned at the top for everyone; kept on this computer and sent with the next sync)</source>
        <translation>新的讨论问题（为所有人置顶；保存在本机上，并在下次同步时发送）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="89"/>
        <source>&amp;Post pinned question</source>
        <translation>发布置顶问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="90"/>
        <source>Post the pinned question</source>
        <translation>发布置顶问题</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="15"/>
        <location filename="../../player/item_views/forum/thread_list.py" line="43"/>
        <source>Threads</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="17"/>
        <source>&amp;New thread…</source>
        <translation>新主题(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="18"/>
        <source>Start a new thread</source>
        <translation>发起新主题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="19"/>
        <source>Start a new discussion about this prompt</source>
        <translation>就此题目发起新的讨论</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="21"/>
        <source>New &amp;question…</source>
        <translation>新问题(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="22"/>
        <source>Start a pinned discussion question</source>
        <translation>发起置顶的讨论问题</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="24"/>
        <source>Instructors: a question pinned at the top of this discussion for every learner (kept on this computer at once and sent with the next sync, like any thread)</source>
        <translation>讲师：置顶在本讨论顶部、面向所有学员的问题（立即保存在本机上，并像其他主题一样在下次同步时发送）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="32"/>
        <source>Threads in this discussion</source>
        <translation>此讨论中的主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum/thread_list.py" line="44"/>
        <source>Threads · %n new</source>
        <translation>
            <numerusform>主题 · %n 个新主题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../player/update_banner.py" line="28"/>
        <source>Course updates</source>
        <translation>课程更新</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="29"/>
        <source>Course update notice</source>
        <translation>课程更新通知</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>&amp;Update now</source>
        <translation>立即更新(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>Download the course updates</source>
        <translation>下载课程更新</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="36"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="47"/>
        <source>A new version of “%1” is on the course server (version %2; you have version %3). Updating keeps your progress.</source>
        <translation>课程服务器上有“%1”的新版本（版本 %2；您的版本为 %3）。更新会保留您的进度。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/update_banner.py" line="54"/>
        <source>New versions of %n course(s) are on the course server: %1. Updating keeps your progress.</source>
        <translation>
            <numerusform>课程服务器上有 %n 门课程的新版本：%1。更新会保留您的进度。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="63"/>
        <source>The update is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>正在下载更新；请查看“下载”（Ctrl+J）。在此期间您可以继续学习。</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="98"/>
        <source>Video player</source>
        <translation>视频播放器</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="99"/>
        <source>Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change the volume, F switches full screen, C switches captions.</source>
        <translation>按空格键播放或暂停，按左/右箭头键移动 10 秒，按上/下箭头键调节音量，按 F 切换全屏，按 C 切换字幕。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="105"/>
        <source>Video picture</source>
        <translation>视频画面</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="112"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="133"/>
        <source>Position in the video</source>
        <translation>视频中的位置</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="134"/>
        <source>Drag to move in the video; arrow keys move 10 seconds</source>
        <translation>拖动以在视频中移动；按箭头键移动 10 秒</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="145"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="151"/>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="152"/>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="155"/>
        <source>Back 10 seconds</source>
        <translation>后退 10 秒</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="156"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>后退 10 秒（左箭头键）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="159"/>
        <source>Forward 10 seconds</source>
        <translation>前进 10 秒</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="160"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>前进 10 秒（右箭头键）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="163"/>
        <location filename="../../player/item_views/video/controls.py" line="387"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="164"/>
        <source>Mute or unmute (M)</source>
        <translation>静音或取消静音（M）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="169"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="170"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>音量（上/下箭头键）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="180"/>
        <location filename="../../player/item_views/video/controls.py" line="181"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="184"/>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="186"/>
        <source>{rate} (normal)</source>
        <translation>{rate}（正常）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="196"/>
        <source>Captions language</source>
        <translation>字幕语言</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="197"/>
        <source>Captions (C switches them on or off)</source>
        <translation>字幕（按 C 打开或关闭）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="198"/>
        <source>Captions off</source>
        <translation>关闭字幕</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="206"/>
        <source>Video quality</source>
        <translation>视频画质</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="207"/>
        <source>Picture quality; only copies on this computer can be chosen</source>
        <translation>画质；只能选择本机上已有的副本</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="213"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="214"/>
        <source>Full screen on or off (F; Esc leaves)</source>
        <translation>打开或关闭全屏（F；按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="260"/>
        <source>Audio only</source>
        <translation>仅音频</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="264"/>
        <source>Get standard quality in the Course catalog</source>
        <translation>在课程目录中获取标准画质</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="266"/>
        <source>Get every quality in the Course catalog</source>
        <translation>在课程目录中获取全部画质</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="267"/>
        <source>{label} — not downloaded ({how})</source>
        <translation>{label} — 未下载（{how}）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="273"/>
        <source>Get standard quality…</source>
        <translation>获取标准画质…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="274"/>
        <source>Download the standard-quality videos of this course (the course stays usable meanwhile)</source>
        <translation>下载本课程的标准画质视频（下载期间课程仍可使用）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="306"/>
        <source>Getting standard quality for this course: see Downloads. Open this lecture again when it is done to choose the better picture.</source>
        <translation>正在为本课程获取标准画质：请查看“下载”。下载完成后重新打开此讲座，即可选择更清晰的画面。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="310"/>
        <source>To watch in standard quality, open the Course catalog and choose Get standard quality for this course.</source>
        <translation>如需观看标准画质，请打开课程目录，为本课程选择“获取标准画质”。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="386"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="97"/>
        <source>The {failed} copy of this video cannot be played on this computer, so its sound-only copy plays instead (no picture).</source>
        <translation>此视频的 {failed} 副本无法在本机上播放，因此改为播放其纯音频副本（无画面）。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="101"/>
        <source>The {failed} copy of this video cannot be played on this computer, so the {label} copy plays instead.</source>
        <translation>此视频的 {failed} 副本无法在本机上播放，因此改为播放 {label} 副本。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="113"/>
        <source>{label} (cannot be played here)</source>
        <translation>{label}（无法在此播放）</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="125"/>
        <source>This video cannot be played on this computer (its format, {codec}, is not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>此视频无法在本机上播放（其格式 {codec} 不受支持）。请向课程提供方索取 H.264 或 VP9 格式的版本。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="130"/>
        <source>This video cannot be played on this computer (its formats, {codecs}, are not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>此视频无法在本机上播放（其格式 {codecs} 不受支持）。请向课程提供方索取 H.264 或 VP9 格式的版本。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="134"/>
        <source>This video cannot be played on this computer: the file may be damaged or in a format it cannot decode ({details}). Ask court IT for a new copy of the course.</source>
        <translation>此视频无法在本机上播放：文件可能已损坏，或其格式无法解码（{details}）。请向法院 IT 部门索取新的课程副本。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="138"/>
        <source>This video cannot be played on this computer: no picture could be decoded from it. Ask court IT or the course provider for a new copy of the course.</source>
        <translation>此视频无法在本机上播放：无法从中解码出任何画面。请向法院 IT 部门或课程提供方索取新的课程副本。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="81"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="137"/>
        <location filename="../../player/item_views/video_view.py" line="164"/>
        <source>This video</source>
        <translation>此视频</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="187"/>
        <source>Audio only: this copy of the lecture has no picture.</source>
        <translation>仅音频：此讲座副本没有画面。</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../player/window_menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="45"/>
        <source>&amp;Import course…</source>
        <translation>导入课程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="46"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="47"/>
        <source>Add a course from a .lectern file</source>
        <translation>从 .lectern 文件添加课程</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="55"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="57"/>
        <source>Course server, downloads and trusted publishers</source>
        <translation>课程服务器、下载和受信任的发布者</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="62"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="63"/>
        <source>&amp;Library</source>
        <translation>课程库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="65"/>
        <source>&amp;Previous item</source>
        <translation>上一个项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="67"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="68"/>
        <source>&amp;Next item</source>
        <translation>下一个项目(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="69"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="71"/>
        <source>Course &amp;outline</source>
        <translation>课程大纲(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="73"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="75"/>
        <source>Course &amp;catalog</source>
        <translation>课程目录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="76"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="77"/>
        <source>Courses the course server offers you, to download</source>
        <translation>课程服务器为您提供的可下载课程</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="78"/>
        <source>&amp;Downloads</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="79"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="80"/>
        <source>Progress of your downloads</source>
        <translation>您的下载进度</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="82"/>
        <source>C&amp;ertificates</source>
        <translation>证书(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="83"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="84"/>
        <source>Your certificates, to save as a PDF or a signed credential</source>
        <translation>您的证书，可另存为 PDF 或经签名的凭证</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="86"/>
        <source>&amp;Announcements</source>
        <translation>公告(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="87"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="88"/>
        <source>What the instructors of your courses announced</source>
        <translation>您课程的讲师发布的公告</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="90"/>
        <source>Course &amp;server</source>
        <translation>课程服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="91"/>
        <location filename="../../player/window_menus.py" line="127"/>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="92"/>
        <source>Sign in to the course server</source>
        <translation>登录课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="93"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="94"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="95"/>
        <source>Send your changes and fetch others&apos; posts now</source>
        <translation>立即发送您的更改并获取他人的帖子</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="99"/>
        <source>Save changes to a &amp;file…</source>
        <translation>将更改保存到文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="100"/>
        <source>Save the changes waiting to a signed file, for court IT to take to the course server</source>
        <translation>将待发送的更改保存到已签名的文件，由法院 IT 部门带到课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="103"/>
        <source>&amp;Load a reply file…</source>
        <translation>加载回复文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="104"/>
        <source>Load the course server&apos;s reply to a saved file: others&apos; posts, certificates and updates</source>
        <translation>加载课程服务器对已保存文件的回复：他人的帖子、证书和更新</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="107"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="108"/>
        <source>Forget the sign-in on this computer; changes not yet sent are kept</source>
        <translation>清除本机上的登录信息；尚未发送的更改会保留</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="112"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="113"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="114"/>
        <source>Every key Lectern knows, on one page</source>
        <translation>Lectern 支持的所有按键，集中在一页中</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="115"/>
        <source>How Lectern works &amp;offline</source>
        <translation>Lectern 如何离线工作(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="117"/>
        <source>What is kept on this computer, and when it is sent to the course server</source>
        <translation>哪些内容保存在本机上，以及何时发送到课程服务器</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="120"/>
        <source>&amp;About Lectern</source>
        <translation>关于 Lectern(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="122"/>
        <source>Version, and where your data is kept</source>
        <translation>版本，以及您的数据保存位置</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="126"/>
        <source>&amp;Sign in again…</source>
        <translation>重新登录(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="95"/>
        <source>Issued</source>
        <translation>已颁发</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="96"/>
        <source>Revoked by the issuer</source>
        <translation>已被颁发者撤销</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="97"/>
        <source>Earned, waiting to sync</source>
        <translation>已获得，等待同步</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="98"/>
        <source>Not yet earned</source>
        <translation>尚未获得</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="101"/>
        <source>The issuer revoked this certificate, so it cannot be saved or printed.</source>
        <translation>颁发者已撤销此证书，因此无法保存或打印。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/screen.py" line="110"/>
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 学时</numerusform>
        </translation>
    </message>
</context>
</TS>
