<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../../player/course_view.py" line="670" />
        <location filename="../../player/course_view.py" line="671" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="407" />
        <location filename="../../player/course_view.py" line="681" />
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="411" />
        <location filename="../../player/course_view.py" line="671" />
        <location filename="../../player/course_view.py" line="684" />
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
        <location filename="../../player/course_view.py" line="533" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="581" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="582" />
        <source> · optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="584" />
        <source>Item %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="596" />
        <source>Previous: %1 (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/course_view.py" line="599" />
        <source>Next: %1 (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="37" />
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="41" />
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="45" />
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="49" />
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="53" />
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="57" />
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="61" />
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="65" />
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="69" />
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="72" />
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="77" />
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="81" />
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="85" />
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="89" />
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="93" />
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="98" />
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="99" />
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="102" />
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="106" />
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="110" />
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="112" />
        <source>Lectern's settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="114" />
        <source>Lectern could not do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="115" />
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="118" />
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="120" />
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="124" />
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="23" />
        <source>Discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="25" />
        <location filename="../../player/item_views/forum_item_view.py" line="29" />
        <source>Discussion prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="38" />
        <source>Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="45" />
        <source>The discussion for this item is not on this computer yet. Other learners' posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="50" />
        <source>About the discussion</source>
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
        <location filename="../../player/library_view.py" line="349" />
        <source>“%1” was removed. Your progress was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/library_view.py" line="352" />
        <source>“%1” was removed with its progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/app.py" line="180" />
        <source>Preparing the demo course… (this happens once)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../player/main_window.py" line="42" />
        <location filename="../../player/main_window.py" line="43" />
        <location filename="../../player/main_window.py" line="130" />
        <location filename="../../player/main_window.py" line="141" />
        <source>Lectern</source>
        <extracomment>the import dialog was opened (for tests and scripted runs).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="81" />
        <source>&amp;Import course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="82" />
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="83" />
        <source>Add a course from a .lectern file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="87" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="88" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="93" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="94" />
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="95" />
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="98" />
        <source>&amp;Previous item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="99" />
        <source>Alt+Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="102" />
        <source>&amp;Next item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="103" />
        <source>Alt+Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="106" />
        <source>Course &amp;outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="107" />
        <source>Ctrl+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="112" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="113" />
        <source>&amp;About Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="140" />
        <source>%1 — Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="147" />
        <source>Import course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="148" />
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="151" />
        <source>Choose a course file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="173" />
        <source>About Lectern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/main_window.py" line="174" />
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress.</source>
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
        <location filename="../../player/item_views/quiz_view.py" line="315" />
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="320" />
        <source>You passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="322" />
        <source>You did not pass this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="330" />
        <source>You have used all your attempts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="333" />
        <source>You have used all {max} attempts, so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="338" />
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
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="26" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="29" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="30" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="32" />
        <source>Lectern works fully offline. Sending your progress to the course server arrives in a later version; until then everything is kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="36" />
        <source>Changes waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="38" />
        <source>Progress and quiz results recorded on this computer that the course server has not received yet. They are kept safely until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="43" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="44" />
        <source>Data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="45" />
        <source>Your courses and progress are stored in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="68" />
        <source>Changes waiting: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="72" />
        <source>No changes waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="74" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
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