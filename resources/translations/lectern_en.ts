<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../player/downloads_view.py" line="53" />
        <source>less than a minute left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="56" />
        <source>about %1 min left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="58" />
        <source>about %1 h %2 min left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <location filename="../../player/catalog_view.py" line="56" />
        <source>Course on the hub: %1</source>
        <extracomment>download choices, smallest first (`sync.download_queue.DownloadChoice` values). job states in which a course counts as "being downloaded".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="63" />
        <source>Course title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="66" />
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="72" />
        <source>Language, version and publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="78" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="81" />
        <source>State on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="89" />
        <source>Download sizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="92" />
        <source>Download choice for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="99" />
        <source>&amp;Choice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="102" />
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="125" />
        <source>Low bandwidth</source>
        <extracomment>the state shown, as a word tests and scripts can check: "available", "installed", "update", "queued", "downloading", "paused", "failed".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="125" />
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="126" />
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="129" />
        <source>%1 — size not known yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="130" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="135" />
        <source>The smallest video quality, captions and readings: for slow or metered links.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="137" />
        <source>Videos up to 480p, captions and readings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="138" />
        <source>Every video quality, captions and readings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="145" />
        <source>low bandwidth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="146" />
        <source>standard %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="147" />
        <source>everything %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="150" />
        <source>Download size: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="161" />
        <source>Downloading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="162" />
        <source>Waiting to download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="164" />
        <source>Download paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="166" />
        <source>Download stopped: see Downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="168" />
        <location filename="../../player/catalog_view.py" line="181" />
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="171" />
        <source>Update available: version %1 (you have %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="174" />
        <source>Not on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="182" />
        <source>%1 is installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="184" />
        <source>&amp;Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="185" />
        <source>Update %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="187" />
        <source>In Downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="188" />
        <source>%1 is in Downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="190" />
        <source>&amp;Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="191" />
        <source>Download %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../player/catalog_view.py" line="226" />
        <location filename="../../player/catalog_view.py" line="228" />
        <location filename="../../player/catalog_view.py" line="230" />
        <source>Course catalog</source>
        <extracomment>emitted after each catalog load (from the hub or the saved copy), with the course count. how many catalog loads finished (tests and scripts wait on it).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="231" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="232" />
        <source>Refresh the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="233" />
        <source>Ask the course hub for its list again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="235" />
        <source>Do&amp;wnloads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="236" />
        <source>Show downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="237" />
        <source>Progress of your downloads (Ctrl+J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="248" />
        <source>Catalog status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="250" />
        <source>&amp;Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="251" />
        <source>Sign in to the course hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="260" />
        <source>No courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="271" />
        <source>Courses on the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="284" />
        <source>Sign in to the course hub to see the courses it offers you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="317" />
        <source>Asking the course hub for its courses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="329" />
        <source>Sign in to the course hub to see the courses it offers you and download them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="333" />
        <source>You are not signed in. This is the list the course hub sent on %1; sign in to see today's and to download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="372" />
        <source>You are offline: the course hub cannot be reached. This is the list it sent on %1; downloads start when the connection returns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="375" />
        <source>The course hub at %1 offers you no courses yet. Ask your court's administrator to enrol you.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/catalog_view.py" line="379" />
        <source>%n course(s) offered to you by %1.</source>
        <translation>
            <numerusform>%n course offered to you by %1.</numerusform>
            <numerusform>%n courses offered to you by %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="422" />
        <source>“%1” was added to your downloads (Ctrl+J shows them).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../player/library_view.py" line="94" />
        <source>Course: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="100" />
        <source>Course title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="104" />
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="109" />
        <source>Language, size and publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="114" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="120" />
        <source>%1 of %2 required items done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="122" />
        <source>Progress in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="127" />
        <source>Last studied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="128" />
        <source>Not started yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="129" />
        <source>Last studied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="133" />
        <source>Publisher signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="139" />
        <source>Continue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="139" />
        <source>Start %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="143" />
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="144" />
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="153" />
        <source>Cover of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="176" />
        <source>Signed by a publisher this computer trusts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="177" />
        <source>Not signed by a publisher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="178" />
        <source>Signed by a publisher this computer does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="180" />
        <source>Signature: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <location filename="../../player/course_view.py" line="173" />
        <source>Course</source>
        <extracomment>the open item changed (course id, item id). the course finished loading (course id). the learner asked to go back to the library. the title to show in the window title ("" when no course is open).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="179" />
        <source>Course title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="182" />
        <source>Course progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="187" />
        <source>Course outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="189" />
        <source>Modules and their items. Press Enter to open an item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="191" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="191" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="191" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="196" />
        <source>Outline columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="204" />
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="205" />
        <source>Back to the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="206" />
        <source>Back to your courses (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="227" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="231" />
        <source>Item title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="236" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="245" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="248" />
        <source>Previous item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="251" />
        <source>Position in the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="253" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="259" />
        <source>Next item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="280" />
        <source>Outline and item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="351" />
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/course_view.py" line="378" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="379" />
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="379" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/course_view.py" line="381" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="385" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="385" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="386" />
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="386" />
        <source>Discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="406" />
        <location filename="../../player/course_view.py" line="720" />
        <location filename="../../player/course_view.py" line="721" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="407" />
        <location filename="../../player/course_view.py" line="731" />
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="411" />
        <location filename="../../player/course_view.py" line="721" />
        <location filename="../../player/course_view.py" line="734" />
        <source>%1 · optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="412" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="415" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="415" />
        <source>started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="416" />
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="417" />
        <source>%1: %2, %3, %4, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="420" />
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="420" />
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="427" />
        <source>%1 of %2 required items done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="534" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="587" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="588" />
        <source> · optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="590" />
        <source>Item %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="602" />
        <source>Previous: %1 (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="605" />
        <source>Next: %1 (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DownloadCard</name>
    <message>
        <location filename="../../player/downloads_view.py" line="76" />
        <source>Download of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="88" />
        <source>Course</source>
        <extracomment>the job's state word ("queued", "downloading", "paused", "failed", "complete", "cancelled"), and the running download's ("waiting", "verifying", ...), for tests.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90" />
        <source>low bandwidth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90" />
        <source>standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91" />
        <source>everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="92" />
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="96" />
        <source>Language, version and choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="99" />
        <source>Download state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="106" />
        <source>Progress of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="111" />
        <source>File being downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="114" />
        <source>Progress of the current file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119" />
        <source>Speed and time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="125" />
        <source>Download message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127" />
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="128" />
        <source>Pause %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="130" />
        <location filename="../../player/downloads_view.py" line="282" />
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="131" />
        <source>Resume %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="133" />
        <source>&amp;Cancel download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="134" />
        <source>Cancel the download of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="137" />
        <source>&amp;Open course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="138" />
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="169" />
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="173" />
        <source>Size not known yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="186" />
        <source>Now: %1 — %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="191" />
        <source>%1/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="240" />
        <source>Waiting for the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="241" />
        <source>The course hub cannot be reached right now; Lectern will retry by itself and resume where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="244" />
        <source>Waiting for download hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="245" />
        <source>Court IT allows downloads only at certain hours on this computer; the download starts by itself then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="248" />
        <source>Checking the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="250" />
        <source>Downloading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="252" />
        <source>Pausing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="254" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="256" />
        <source>Waiting to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="257" />
        <source>It starts when the download before it has finished and the course hub can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="260" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="261" />
        <source>What was downloaded is kept; Resume goes on from there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="263" />
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="264" />
        <source>The download stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="266" />
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="267" />
        <source>The course is in your library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="269" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="280" />
        <source>Try &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="281" />
        <source>&amp;Download again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../player/downloads_view.py" line="303" />
        <location filename="../../player/downloads_view.py" line="305" />
        <location filename="../../player/downloads_view.py" line="307" />
        <source>Downloads</source>
        <extracomment>after each reload of the list, with the number of downloads shown.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="308" />
        <source>Course &amp;catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="309" />
        <source>Show the course catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="310" />
        <source>Choose courses to download (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="320" />
        <source>Downloads status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="324" />
        <source>Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its download continues by itself, even after Lectern is closed and opened again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="328" />
        <source>No downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339" />
        <source>Download list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="40" />
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="44" />
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="48" />
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="52" />
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="56" />
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="60" />
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="64" />
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="68" />
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="72" />
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="75" />
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="80" />
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="84" />
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="88" />
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="92" />
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="96" />
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="102" />
        <source>The course hub cannot be reached right now. Everything stays on this computer, and Lectern tries again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="106" />
        <source>Please sign in to the course hub again. Nothing you did on this computer is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="109" />
        <source>The course hub says you are not enrolled in this course. Ask your court's administrator to enrol you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="113" />
        <source>The course hub no longer offers this course or this version of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="115" />
        <source>The course hub is having trouble. Lectern will try again later by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="118" />
        <source>The course hub is busy and asked Lectern to wait; it will try again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="121" />
        <source>The answer did not come from a Lectern course hub. Check the hub address; if it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="125" />
        <source>The hub address or this computer's network settings (proxy, certificates) are not right. Check the address, or ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="130" />
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="132" />
        <source>The download cannot go on. The details say why; when you try again it resumes where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="137" />
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="138" />
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="141" />
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="145" />
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="149" />
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="151" />
        <source>Lectern's settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="153" />
        <source>Lectern could not do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="154" />
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="157" />
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="159" />
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="163" />
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="60" />
        <source>waiting to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="61" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="62" />
        <source>refused by the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="84" />
        <source>[picture not shown]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="113" />
        <source>Discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="122" />
        <location filename="../../player/item_views/forum_item_view.py" line="126" />
        <source>Discussion prompt</source>
        <extracomment>how many times the thread list / the open thread were loaded (tests wait on these).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="135" />
        <source>Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="149" />
        <source>The discussion for this item is not on this computer yet. Other learners' posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="155" />
        <location filename="../../player/item_views/forum_item_view.py" line="166" />
        <source>About the discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="161" />
        <source>You can read and write here while offline. What you write is shown at once, marked “waiting to send”, and reaches the other learners when this computer next syncs. Others' posts arrive with each sync. This item is optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="172" />
        <source>Discussion message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="180" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="194" />
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="198" />
        <source>&amp;New thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="199" />
        <source>Start a new thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="200" />
        <source>Start a new discussion about this prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="206" />
        <source>Threads in this discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="219" />
        <source>No one has started a thread here yet, as far as this computer knows. Start one with “New thread…”: you can write it now, even offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="223" />
        <source>No threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="235" />
        <location filename="../../player/item_views/forum_item_view.py" line="269" />
        <source>Thread title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="237" />
        <source>Posts in this thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="239" />
        <source>Your reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="240" />
        <source>Write a reply… (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="244" />
        <source>Send &amp;reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="245" />
        <source>Send reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="246" />
        <location filename="../../player/item_views/forum_item_view.py" line="283" />
        <source>Saved now and sent with the next sync (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="264" />
        <source>New thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="270" />
        <source>A short title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="272" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="275" />
        <source>Thread message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="276" />
        <source>Your message (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="279" />
        <source>&amp;Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="281" />
        <source>&amp;Post thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="282" />
        <source>Post thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="288" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="289" />
        <source>Cancel the new thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="332" />
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="377" />
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="435" />
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="455" />
        <source>Give the thread a title and a message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="481" />
        <source>Write your reply first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../player/import_dialog.py" line="60" />
        <location filename="../../player/import_dialog.py" line="61" />
        <source>Import course</source>
        <extracomment>The bar works in thousandths: byte totals overflow QProgressBar's 32-bit range. the course was imported (ImportResult). the learner chose "Open course" after a successful import (course id). the import ended, however (for tests and the window).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="64" />
        <source>Importing “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="66" />
        <source>File being imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="70" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="72" />
        <source>Checking the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="73" />
        <source>Import status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="78" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="79" />
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="82" />
        <source>&amp;Open course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="83" />
        <source>Open the imported course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="86" />
        <location filename="../../player/import_dialog.py" line="87" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="115" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="126" />
        <source>%1 of %2 copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="138" />
        <source>Imported “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="140" />
        <source>Updated to version %1. Your progress was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="141" />
        <source>The course is ready to study, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="152" />
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="153" />
        <source>Nothing was changed on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="155" />
        <source>“%1” could not be imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemViews</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="36" />
        <source>{what} is not on this computer. A reduced copy of the course (for example a low-bandwidth download or USB copy) can leave it out. Ask court IT for the full course, or download it when this computer is online.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../player/library_view.py" line="232" />
        <source>Library</source>
        <extracomment>course id, item id to open (None: the course decides where to start). emitted after every reload, with the number of courses shown. how many times the list has been (re)loaded: tests and scripts wait on it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="234" />
        <location filename="../../player/library_view.py" line="236" />
        <source>Your courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="238" />
        <source>&amp;Import course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="239" />
        <source>Import course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="240" />
        <source>Open a .lectern course file, for example from a USB stick (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="251" />
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="256" />
        <source>No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one from a .lectern file, for example from a USB stick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="259" />
        <source>No courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="270" />
        <source>Installed courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="356" />
        <source>“%1” was removed. Your progress was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="359" />
        <source>“%1” was removed with its progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/app.py" line="247" />
        <source>Preparing the demo course… (this happens once)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../player/main_window.py" line="54" />
        <location filename="../../player/main_window.py" line="55" />
        <location filename="../../player/main_window.py" line="198" />
        <location filename="../../player/main_window.py" line="249" />
        <source>Lectern</source>
        <extracomment>the import dialog was opened (for tests and scripted runs). the sign-in dialog was opened (for tests and scripted runs).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="104" />
        <source>&amp;Import course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="105" />
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="106" />
        <source>Add a course from a .lectern file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="109" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="110" />
        <source>Ctrl+,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="112" />
        <source>Course server, downloads and trusted publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="123" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="124" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="129" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="130" />
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="131" />
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="134" />
        <source>&amp;Previous item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="135" />
        <source>Alt+Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="138" />
        <source>&amp;Next item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="139" />
        <source>Alt+Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="142" />
        <source>Course &amp;outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="143" />
        <source>Ctrl+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="148" />
        <source>Course &amp;catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="149" />
        <source>Ctrl+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="150" />
        <source>Courses the hub offers you, to download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="153" />
        <source>&amp;Downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="154" />
        <source>Ctrl+J</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="155" />
        <source>Progress of your downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="159" />
        <source>H&amp;ub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="160" />
        <location filename="../../player/main_window.py" line="190" />
        <source>&amp;Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="161" />
        <source>Sign in to the course hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="164" />
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="165" />
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="166" />
        <source>Send your changes and fetch others' posts now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="170" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="171" />
        <source>Forget the sign-in on this computer; changes not yet sent are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="176" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="177" />
        <source>&amp;About Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="189" />
        <source>&amp;Sign in again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="229" />
        <source>Course catalog — Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="238" />
        <source>Downloads — Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="248" />
        <source>%1 — Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="255" />
        <source>Import course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="256" />
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="259" />
        <source>Choose a course file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="309" />
        <source>A new version of “%1” is on the course hub.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/main_window.py" line="312" />
        <source>New versions of %n course(s) are on the course hub.</source>
        <translation>
            <numerusform>New versions of %n course are on the course hub.</numerusform>
            <numerusform>New versions of %n courses are on the course hub.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="334" />
        <source>A course finished downloading and is in your library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="356" />
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="373" />
        <source>Signed out. Changes not yet sent are kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="382" />
        <source>About Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="383" />
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/app.py" line="212" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkReadBar</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="89" />
        <source>Reading status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="91" />
        <source>Mark as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="101" />
        <source>Read ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="102" />
        <source>You have finished this reading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="103" />
        <source>This reading is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="106" />
        <source>&amp;Mark as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="107" />
        <source>Count this reading as done (it also counts once you reach its end).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="109" />
        <source>Counts this reading as done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleProgressChart</name>
    <message>
        <location filename="../../player/course_view.py" line="79" />
        <source>Progress per module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="85" />
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <location filename="../../player/profile_dialog.py" line="188" />
        <source>New profile — Lectern</source>
        <extracomment>Wrong PINs allowed before the waits start, the first wait and the longest (seconds). The engine's PIN rule (sync.profiles.set_pin): checked here before a profile is created, because a refused PIN must not leave a new profile behind without one.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="189" />
        <source>New profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="193" />
        <source>Profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="194" />
        <source>for example: Clerk Ana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="195" />
        <source>Protect with a &amp;PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="196" />
        <source>Protect the profile with a PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="198" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="200" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="204" />
        <source>A PIN has 4 to 12 digits. It keeps colleagues from using your profile by mistake; it does not encrypt anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="207" />
        <source>About PINs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="211" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="216" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="220" />
        <source>P&amp;IN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="223" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="228" />
        <source>&amp;Create and open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="230" />
        <source>Create the profile and open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="233" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="257" />
        <source>Type a name for the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="261" />
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="264" />
        <source>There is already a profile called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="267" />
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="269" />
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="69" />
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfReadingView</name>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="42" />
        <source>PDF reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="52" />
        <source>PDF pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="108" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="113" />
        <source>Page number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="114" />
        <source>Type a page number and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="119" />
        <source>Page count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="120" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="125" />
        <source>−</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="125" />
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="126" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="128" />
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="128" />
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="129" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="131" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="132" />
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="138" />
        <location filename="../../player/item_views/pdf_view.py" line="139" />
        <source>Find in document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="140" />
        <source>Ctrl+F; Enter finds the next match, Shift+Enter the previous one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="147" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="148" />
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152" />
        <source>Next match (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="157" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="192" />
        <source>This PDF reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="198" />
        <source>This PDF is locked with a password, so Lectern cannot show it. Ask the course publisher for an unlocked copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="201" />
        <source>This PDF cannot be opened: the file looks damaged. Ask court IT for a new copy of the course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="205" />
        <source>of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="364" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="364" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="366" />
        <source>{count} matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="368" />
        <source>Match {n} of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="408" />
        <source>Reading complete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../player/profile_dialog.py" line="321" />
        <source>Choose your profile — Lectern</source>
        <extracomment>a profile was chosen (and its PIN, if any, checked); carries its name.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="322" />
        <source>Choose your profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="329" />
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="332" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="335" />
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="345" />
        <source>Profile picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="347" />
        <source>&amp;PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="360" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="366" />
        <source>&amp;New profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="367" />
        <source>Create a new profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="370" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="372" />
        <source>Open the selected profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="374" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="376" />
        <source>Quit Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="409" />
        <source>Enter the PIN for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="410" />
        <source>This profile is protected by a PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="415" />
        <source>Who is studying?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="417" />
        <source>Each person on this computer has their own profile, with their own progress and forum posts. Choose yours, or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="437" />
        <source>Protected by a PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="441" />
        <source>%1, protected by a PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="464" />
        <source>PIN for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="491" />
        <source>Type the PIN for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="521" />
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="528" />
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/profile_dialog.py" line="540" />
        <source>That PIN was not right. You can try again now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="64" />
        <source>Question {n} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="69" />
        <source>Question {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="73" />
        <source>Choose all that apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="95" />
        <source>Feedback on question {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="116" />
        <source>✓ Correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="118" />
        <source>✗ Not correct: this question has more than one right answer, and all of them (and only them) must be chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="121" />
        <source>✗ Not correct.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="143" />
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="148" />
        <source>Quiz rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="150" />
        <location filename="../../player/item_views/quiz_view.py" line="152" />
        <source>Earlier attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167" />
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="172" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="184" />
        <source>Quiz message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="186" />
        <source>&amp;Submit answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="187" />
        <source>Submit answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="188" />
        <source>Check your answers and record this attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="190" />
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="191" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="192" />
        <source>Clear the answers and start a new attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="230" />
        <source>{n} questions. The pass mark is {pass_mark}%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="233" />
        <source>You may make {max} attempts; {left} left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="236" />
        <source>You have passed this quiz.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="242" />
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="242" />
        <source>not passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="243" />
        <source>Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="287" />
        <source>Answer question {n} before submitting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="293" />
        <source>Saving your answers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="302" />
        <source>Your answers could not be saved. Nothing was recorded; you can submit them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="320" />
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="325" />
        <source>You passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="327" />
        <source>You did not pass this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="335" />
        <source>You have used all your attempts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="338" />
        <source>You have used all {max} attempts, so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="343" />
        <source>Read the explanations, then try again if you wish.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveCourseDialog</name>
    <message>
        <location filename="../../player/library_view.py" line="188" />
        <location filename="../../player/library_view.py" line="189" />
        <source>Remove course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="190" />
        <source>Remove “%1” from this computer? Its videos and readings are deleted; you can import it again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="193" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="194" />
        <source>&amp;Keep my progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="196" />
        <source>Keep my progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="198" />
        <source>Your completed items and quiz results stay on this computer and come back if you import the course again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="201" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="203" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="205" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../player/settings_dialog.py" line="158" />
        <source>Unnamed publisher</source>
        <extracomment>Imported on the UI thread before the first task (see `player.bridge.warm_engine`).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="159" />
        <source>key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="161" />
        <source>%1 · added by court IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="241" />
        <source>Settings — Lectern</source>
        <extracomment>the settings were read and are shown (tests, scripted screenshots). the changes were stored; carries the names of the settings that changed.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="242" />
        <location filename="../../player/settings_dialog.py" line="266" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="250" />
        <source>Loading settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="251" />
        <source>Settings status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="271" />
        <source>Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="274" />
        <source>Close without saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="344" />
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="348" />
        <source>set by your administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="352" />
        <source>Locked by court IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="358" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="371" />
        <source>Problem with this setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="380" />
        <source>Course server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="383" />
        <source>Course server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="385" />
        <source>Server &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="387" />
        <source>The course server, or the court's relay. Court IT gives you this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="392" />
        <source>Proxy address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="393" />
        <source>&amp;Proxy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="394" />
        <source>Leave empty to connect the way this computer usually does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="397" />
        <source>Certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="398" />
        <source>None (this computer's certificates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="399" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="400" />
        <location filename="../../player/settings_dialog.py" line="768" />
        <location filename="../../player/settings_dialog.py" line="771" />
        <source>Choose a certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="402" />
        <source>&amp;Certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="405" />
        <source>Only needed behind a proxy that inspects secure connections: a PEM file from court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="410" />
        <source>Downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="411" />
        <source>&amp;No limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="412" />
        <source>No download speed limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="417" />
        <source> kbit/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="418" />
        <source>Download speed limit in kilobits per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="422" />
        <source>&amp;Speed limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="425" />
        <source>Keeps downloads from filling a thin court link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="427" />
        <source>An&amp;y time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="428" />
        <source>Download at any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="431" />
        <source>Downloads start at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="432" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="435" />
        <source>Downloads stop at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="437" />
        <source>or only from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="440" />
        <source>Download &amp;hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="444" />
        <source>Outside these hours downloads wait, for example 22:00 to 06:00 for nights only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="447" />
        <source>&amp;Data saver (metered connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="448" />
        <source>Data saver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="449" />
        <source>Connection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="451" />
        <source>No video downloads; only small progress updates are sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="455" />
        <source>Course publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="456" />
        <source>Allow &amp;unsigned courses and unknown publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="458" />
        <source>Allow unsigned courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="459" />
        <source>Safety:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="462" />
        <source>Warning: Lectern will accept courses that anyone may have made or changed. Turn this on only for courses you made yourself, and ask court IT first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="466" />
        <source>Warning about unsigned courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="477" />
        <source>Trusted publishers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="486" />
        <source>&amp;Add publisher key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="487" />
        <source>Add a publisher key from a .pub file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="489" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="490" />
        <source>Remove the selected publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="498" />
        <source>&amp;Trusted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="500" />
        <source>Courses signed by these publishers are accepted. Keys from court IT cannot be removed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="548" />
        <source>the site configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="549" />
        <source>Court IT set this in %1. It cannot be changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="560" />
        <source>Set by your administrator in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="577" />
        <source>Trusted on this computer by court IT; it cannot be removed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="588" />
        <source>No publishers yet. Courses must be signed by a trusted publisher to be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="656" />
        <source>This is not a web address Lectern can use: %1 It should look like https://lectern-relay.court.local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="662" />
        <source>This is not a proxy address Lectern can use: %1 It should look like http://proxy.court.local:3128</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="671" />
        <source>The start and the end are the same time. Choose two different times, or tick “Any time”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="677" />
        <source>Give the full path of the file, or use Browse….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="679" />
        <source>There is no file at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="684" />
        <source>Lectern cannot read %1. Ask court IT to check who may read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="687" />
        <source>%1 is not a certificate file: it should contain “-----BEGIN CERTIFICATE-----”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="707" />
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="729" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="769" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="775" />
        <source>Add a publisher key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="775" />
        <source>Publisher keys (*.pub);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="776" />
        <source>Choose a publisher key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="798" />
        <source>This publisher is already trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="835" />
        <source>it contains a space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="838" />
        <source>it does not start with %1://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="841" />
        <source>it starts with “%1://”, which Lectern cannot use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/settings_dialog.py" line="844" />
        <source>the computer's name is missing after “//”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="47" />
        <location filename="../../player/sign_in_dialog.py" line="48" />
        <source>Sign in to the course hub</source>
        <extracomment>the last error shown (for tests and court IT's screenshots), None when none.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="52" />
        <source>Sign in once on this computer. Lectern then sends your progress and forum posts to the course hub by itself whenever the network is there, and downloads the courses you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="56" />
        <source>About signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="59" />
        <source>Hub address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="60" />
        <source>https://courses.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="62" />
        <source>Set by court IT for this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="63" />
        <source>About the hub address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="67" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="70" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="72" />
        <source>Name of this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="74" />
        <source>How the hub lists this computer among your devices, e.g. “Courtroom 3 PC”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="77" />
        <source>Hub &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="79" />
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="80" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="81" />
        <source>&amp;Computer name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="87" />
        <source>Sign-in message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="91" />
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="93" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="96" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="136" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteNotice</name>
    <message>
        <location filename="../../player/site_notice.py" line="56" />
        <source>Warning</source>
        <extracomment>Warm amber, light and dark (the same hues as common "warning" message bars).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="59" />
        <source>Court IT's settings file has a problem. Lectern is using its defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="64" />
        <location filename="../../player/site_notice.py" line="103" />
        <location filename="../../player/site_notice.py" line="137" />
        <location filename="../../player/site_notice.py" line="142" />
        <source>Settings file problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="72" />
        <source>Problems in the settings file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="75" />
        <source>Everything else works as usual. Please tell court IT so they can correct the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="78" />
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="96" />
        <source>&amp;Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="97" />
        <source>Hide this notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="99" />
        <source>Hide this notice until Lectern is started again. Settings shows it too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="65" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="75" />
        <source>Progress, quiz results and forum posts recorded on this computer that the course hub has not received yet. They are kept safely until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="79" />
        <source>Last successful sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="83" />
        <source>Last sync problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="87" />
        <location filename="../../player/status_bar.py" line="88" />
        <location filename="../../player/status_bar.py" line="207" />
        <location filename="../../player/status_bar.py" line="208" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="89" />
        <source>Send your changes and fetch others' posts now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="155" />
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="157" />
        <source>Lectern works fully offline and keeps everything on this computer. Sign in to the course hub (Hub ▸ Sign in…) to send your progress and forum posts and to download courses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="174" />
        <source>Syncing… %1 of %2 sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="178" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="179" />
        <source>Sending your changes to %1 and fetching new posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="182" />
        <source>Looking for the hub…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="183" />
        <source>Checking whether %1 can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="186" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="187" />
        <source>Connected to %1 as %2. Lectern syncs by itself every few minutes and after your changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="192" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="194" />
        <source>The course hub at %1 cannot be reached. Everything you do is kept on this computer and sent when the connection returns; Lectern checks by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="198" />
        <source>Sign-in needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="200" />
        <source>The course hub asks you to sign in again (Hub ▸ Sign in…). Your changes are kept and sent afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="204" />
        <source>Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="205" />
        <source>Sign in to the course hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="216" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="217" />
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="219" />
        <source>The last time everything waiting was sent to the course hub (by this computer's clock).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="240" />
        <source>The hub refused %n change(s): %1</source>
        <translation>
            <numerusform>The hub refused %n change: %1</numerusform>
            <numerusform>The hub refused %n changes: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="69" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="73" />
        <source>Changes waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="95" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="96" />
        <source>Data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="97" />
        <source>Your courses and progress are stored in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="140" />
        <source>Changes waiting: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="147" />
        <source>No changes waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="149" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../player/sync_controller.py" line="275" />
        <source>Sign in to send your progress and posts to the course hub.</source>
        <extracomment>connection, syncing flag, account or last error changed: re-render. pending count, last success, last error (a `player.hub_ops.SyncOverview`). a pass succeeded (a `sync.sync_engine.SyncSummary`): views showing hub data reload. ask the learner to sign in (again), with a sentence saying why. newer versions of installed courses arrived (list of `sync.store.CourseUpdate`). counters for tests and the status bar's tooltip.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="359" />
        <source>The course hub asks you to sign in again. The %n change(s) waiting on this computer are kept and sent after you sign in.</source>
        <translation>
            <numerusform>The course hub asks you to sign in again. The %n change waiting on this computer are kept and sent after you sign in.</numerusform>
            <numerusform>The course hub asks you to sign in again. The %n changes waiting on this computer are kept and sent after you sign in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="363" />
        <source>The course hub asks you to sign in again. Nothing on this computer is lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextReadingView</name>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="92" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="98" />
        <source>Reading text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="124" />
        <source>This reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="157" />
        <source>Links to outside the course do not open from Lectern. The address is: {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="160" />
        <source>Link to outside the course (does not open here): {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="222" />
        <source>Reading complete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../player/update_banner.py" line="29" />
        <source>Course updates</source>
        <extracomment>list of (course id, version) to download.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="35" />
        <source>Course update notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="36" />
        <source>&amp;Update now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="37" />
        <source>Download the course updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="40" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="41" />
        <source>Hide this notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="59" />
        <source>A new version of “%1” is on the course hub (version %2; you have version %3). Updating keeps your progress.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/update_banner.py" line="65" />
        <source>New versions of %n course(s) are on the course hub: %1. Updating keeps your progress.</source>
        <translation>
            <numerusform>New versions of %n course are on the course hub: %1. Updating keeps your progress.</numerusform>
            <numerusform>New versions of %n courses are on the course hub: %1. Updating keeps your progress.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="74" />
        <source>The update is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../player/item_views/video_view.py" line="98" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="137" />
        <location filename="../../player/item_views/video_view.py" line="318" />
        <source>This video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="162" />
        <source>Video player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="164" />
        <source>Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change the volume, F switches full screen, C switches captions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="168" />
        <source>Video picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="175" />
        <source>Captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="195" />
        <source>Position in the video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="196" />
        <source>Drag to move in the video; arrow keys move 10 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="206" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="212" />
        <location filename="../../player/item_views/video_view.py" line="399" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="212" />
        <source>Play or pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="215" />
        <source>Back 10 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="216" />
        <source>Back 10 seconds (Left arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="219" />
        <source>Forward 10 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="220" />
        <source>Forward 10 seconds (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="223" />
        <location filename="../../player/item_views/video_view.py" line="555" />
        <source>Mute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="223" />
        <source>Mute or unmute (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="228" />
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="229" />
        <source>Volume (Up and Down arrows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="238" />
        <location filename="../../player/item_views/video_view.py" line="239" />
        <source>Playback speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="242" />
        <source>{rate}×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="244" />
        <source>{rate} (normal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="250" />
        <source>Captions language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="251" />
        <source>Captions (C switches them on or off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="252" />
        <source>Captions off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="260" />
        <source>Video quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="261" />
        <source>Picture quality; only copies on this computer can be chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="267" />
        <source>Audio only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="269" />
        <source>{label} (not on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="276" />
        <source>Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="277" />
        <source>Full screen on or off (F; Esc leaves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="331" />
        <source>Audio only: this copy of the lecture has no picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="383" />
        <source>This video cannot be played on this computer: the file may be damaged or in a format it cannot decode ({details}). {advice}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="386" />
        <source>Try another quality in the list, or ask court IT for a new copy of the course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="388" />
        <source>Ask court IT for a new copy of the course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="399" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="555" />
        <source>Unmute</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>