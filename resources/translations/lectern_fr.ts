<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="202"/>
        <location filename="../../player/help_dialogs.py" line="203"/>
        <source>About Lectern</source>
        <translation>À propos de Lectern</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="205"/>
        <source>Lectern %1</source>
        <translation>Lectern %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="207"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="211"/>
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress. It sends your progress to the course server when this computer is online.</source>
        <translation>Lectern lit les cours entièrement hors ligne&#xa0;: les vidéos, les lectures et les quiz restent sur cet ordinateur, de même que votre progression. Il envoie votre progression au serveur de cours lorsque cet ordinateur est en ligne.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="215"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="217"/>
        <source>&amp;Data folder (your courses and progress):</source>
        <translation>&amp;Dossier de données (vos cours et votre progression)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="221"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="224"/>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="225"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="227"/>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="228"/>
        <source>Copy the data folder&apos;s path</source>
        <translation>Copier le chemin du dossier de données</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="230"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="231"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
</context>
<context>
    <name>AccessibilityPage</name>
    <message>
        <location filename="../../player/settings/accessibility.py" line="39"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="40"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="41"/>
        <source>High contrast colours</source>
        <translation>Couleurs à contraste élevé</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="45"/>
        <source>Caption size</source>
        <translation>Taille des sous-titres</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="47"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="49"/>
        <source>Caption si&amp;ze:</source>
        <translation>&amp;Taille des sous-titres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="53"/>
        <source>Caption background</source>
        <translation>Fond des sous-titres</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="56"/>
        <source>Caption bac&amp;kground:</source>
        <translation>&amp;Fond des sous-titres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="59"/>
        <source>These apply at once and are kept for your profile.</source>
        <translation>Ces paramètres s’appliquent immédiatement et sont conservés dans votre profil.</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="61"/>
        <source>About these settings</source>
        <translation>À propos de ces paramètres</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../player/announcements.py" line="114"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="115"/>
        <source>Announcement text</source>
        <translation>Texte de l’annonce</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="117"/>
        <source>Announcement title</source>
        <translation>Titre de l’annonce</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="118"/>
        <source>&amp;Open announcements</source>
        <translation>&amp;Ouvrir les annonces</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="119"/>
        <source>Open the announcements</source>
        <translation>Ouvrir les annonces</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="120"/>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lue</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="121"/>
        <source>Hide this announcement: it is read</source>
        <translation>Masquer cette annonce&#xa0;: elle est lue</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="131"/>
        <source>Announcement: %1</source>
        <translation>Annonce&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="133"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
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
        <translation>Annonces</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="164"/>
        <source>Announcements, newest first</source>
        <translation>Annonces, les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="168"/>
        <source>No announcements yet. Your instructors&apos; announcements arrive when this computer syncs with the course server.</source>
        <translation>Aucune annonce pour l’instant. Les annonces de vos formateurs arrivent quand cet ordinateur se synchronise avec le serveur de cours.</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="171"/>
        <source>No announcements</source>
        <translation>Aucune annonce</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="176"/>
        <source>Announcement title</source>
        <translation>Titre de l’annonce</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="179"/>
        <source>From and when</source>
        <translation>Auteur et date</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="181"/>
        <source>Announcement text</source>
        <translation>Texte de l’annonce</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="194"/>
        <source>Mark &amp;all as read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="195"/>
        <source>Mark all announcements as read</source>
        <translation>Marquer toutes les annonces comme lues</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="200"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="201"/>
        <source>Close the announcements</source>
        <translation>Fermer les annonces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="222"/>
        <source>Announcements · %n unread</source>
        <translation>
            <numerusform>Annonces · %n non lue</numerusform>
            <numerusform>Annonces · %n non lues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="228"/>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="255"/>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../player/widgets/banner.py" line="89"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../player/widgets/banner.py" line="148"/>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
</context>
<context>
    <name>CaptionStyle</name>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="36"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="37"/>
        <source>Black, see-through</source>
        <translation>Noir transparent</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="38"/>
        <source>Dark grey</source>
        <translation>Gris foncé</translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <location filename="../../player/catalog_card.py" line="58"/>
        <source>Course on the course server: %1</source>
        <translation>Cours sur le serveur de cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="67"/>
        <source>Course title</source>
        <translation>Titre du cours</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="69"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="72"/>
        <source>Language, version and publisher</source>
        <translation>Langue, version et éditeur</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="73"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="75"/>
        <source>Languages and download sizes</source>
        <translation>Langues et tailles de téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="78"/>
        <source>Language to download</source>
        <translation>Langue à télécharger</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="88"/>
        <source>State on this computer</source>
        <translation>État sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="91"/>
        <source>Download choices and sizes</source>
        <translation>Choix de téléchargement et tailles</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="94"/>
        <location filename="../../player/catalog_card.py" line="184"/>
        <source>Download choice for %1</source>
        <translation>Choix de téléchargement pour %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="103"/>
        <source>&amp;Choice:</source>
        <translation>&amp;Choix&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="106"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="156"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="159"/>
        <source>%1 (installed)</source>
        <translation>%1 (installé)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="163"/>
        <source>%1 (%2 more with %3 installed)</source>
        <translation>%1 (%2 de plus avec %3 installé)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="170"/>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Low bandwidth</source>
        <translation>Bas débit</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="202"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (%2p)</source>
        <translation>%1 (%2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (up to %2p)</source>
        <translation>%1 (jusqu’à %2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="222"/>
        <source>%1 — size not known yet</source>
        <translation>%1 — taille encore inconnue</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="226"/>
        <source>%1, the same as %2</source>
        <translation>%1, identique à %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="234"/>
        <source>The smallest video of each lecture (%1p), captions and readings: for slow or costly internet.</source>
        <translation>La plus petite vidéo de chaque exposé (%1p), les sous-titres et les lectures&#xa0;: pour une connexion Internet lente ou coûteuse.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="237"/>
        <source>The smallest video of each lecture, captions and readings: for slow or costly internet.</source>
        <translation>La plus petite vidéo de chaque exposé, les sous-titres et les lectures&#xa0;: pour une connexion Internet lente ou coûteuse.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="240"/>
        <source>Videos up to %1p, captions and readings.</source>
        <translation>Vidéos jusqu’à %1p, sous-titres et lectures.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="241"/>
        <source>Videos up to 480p, captions and readings.</source>
        <translation>Vidéos jusqu’à 480p, sous-titres et lectures.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="243"/>
        <source>Every video quality (up to %1p), captions and readings.</source>
        <translation>Toutes les qualités vidéo (jusqu’à %1p), sous-titres et lectures.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="245"/>
        <source>Every video quality, captions and readings.</source>
        <translation>Toutes les qualités vidéo, sous-titres et lectures.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="248"/>
        <source>This course has no videos.</source>
        <translation>Ce cours ne contient aucune vidéo.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="250"/>
        <source>This course has no larger videos, so it is the same download as %1.</source>
        <translation>Ce cours n’a pas de vidéos de plus haute qualité&#xa0;: le téléchargement est donc le même que %1.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="261"/>
        <source>size not known yet</source>
        <translation>taille encore inconnue</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="262"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="279"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="280"/>
        <source>Waiting to download</source>
        <translation>En attente de téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="282"/>
        <source>Pausing download…</source>
        <translation>Mise en pause du téléchargement…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="284"/>
        <source>Cancelling download…</source>
        <translation>Annulation du téléchargement…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="286"/>
        <source>Download paused</source>
        <translation>Téléchargement en pause</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="288"/>
        <source>Download stopped: see Downloads</source>
        <translation>Téléchargement arrêté&#xa0;: voir Téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="292"/>
        <source>Installed: %1</source>
        <translation>Installé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="294"/>
        <source>standard quality</source>
        <translation>qualité standard</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="296"/>
        <location filename="../../player/catalog_card.py" line="347"/>
        <location filename="../../player/catalog_card.py" line="351"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="299"/>
        <source>Update available: version %1 (you have %2)</source>
        <translation>Mise à jour disponible&#xa0;: version %1 (vous avez la version %2)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="302"/>
        <source>Not on this computer</source>
        <translation>Absent de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="337"/>
        <source>Get &amp;standard quality</source>
        <translation>Obtenir la &amp;qualité standard</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="338"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>Obtenir la qualité standard pour %1&#xa0;: %2 de plus</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="340"/>
        <source>Get &amp;every quality</source>
        <translation>Obtenir to&amp;utes les qualités</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="341"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>Obtenir toutes les qualités vidéo pour %1&#xa0;: %2 de plus</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="344"/>
        <source>Downloads only the videos this computer does not have yet (%1); the course stays usable meanwhile.</source>
        <translation>Télécharge uniquement les vidéos que cet ordinateur n’a pas encore (%1)&#x202f;; le cours reste utilisable entre-temps.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="348"/>
        <source>%1 is installed with this choice</source>
        <translation>%1 est installé avec ce choix</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="352"/>
        <source>%1 is installed</source>
        <translation>%1 est installé</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="355"/>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="356"/>
        <source>Update %1</source>
        <translation>Mettre à jour %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="359"/>
        <source>In Downloads</source>
        <translation>Dans Téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="360"/>
        <source>%1 is in Downloads</source>
        <translation>%1 est dans Téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="363"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="364"/>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../player/catalog_view.py" line="59"/>
        <source>Course catalog</source>
        <translation>Catalogue des cours</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>Refresh the catalog</source>
        <translation>Actualiser le catalogue</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="74"/>
        <source>Ask the course server for its list again</source>
        <translation>Redemander la liste au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Do&amp;wnloads…</source>
        <translation>&amp;Téléchargements…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Show downloads</source>
        <translation>Afficher les téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="77"/>
        <source>Progress of your downloads (Ctrl+J)</source>
        <translation>Progression de vos téléchargements (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="79"/>
        <source>Catalog status</source>
        <translation>État du catalogue</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="80"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="81"/>
        <source>Sign in to the course server</source>
        <translation>Se connecter au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="87"/>
        <source>No courses</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="88"/>
        <source>Courses on the course server</source>
        <translation>Cours sur le serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="95"/>
        <source>Sign in to the course server to see the courses it offers you.</source>
        <translation>Connectez-vous au serveur de cours pour voir les cours qu’il vous propose.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="130"/>
        <source>Asking the course server for its courses…</source>
        <translation>Demande des cours au serveur de cours…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="142"/>
        <source>Sign in to the course server to see the courses it offers you and download them.</source>
        <translation>Connectez-vous au serveur de cours pour voir les cours qu’il vous propose et les télécharger.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="146"/>
        <source>You are not signed in. This is the list the course server sent on %1; sign in to see today&apos;s and to download.</source>
        <translation>Vous n’êtes pas connecté. Voici la liste envoyée par le serveur de cours le %1&#x202f;; connectez-vous pour voir celle d’aujourd’hui et pour télécharger.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="189"/>
        <source>You are offline: the course server cannot be reached. This is the list it sent on %1; downloads start when the connection returns.</source>
        <translation>Vous êtes hors ligne&#xa0;: le serveur de cours est injoignable. Voici la liste qu’il a envoyée le %1&#x202f;; les téléchargements commenceront au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="195"/>
        <source>The course server at %1 offers you no courses yet. Ask your court&apos;s administrator to enrol you.</source>
        <translation>Le serveur de cours %1 ne vous propose encore aucun cours. Demandez à l’administrateur de votre tribunal de vous inscrire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/catalog_view.py" line="199"/>
        <source>%n course(s) offered to you by %1.</source>
        <translation>
            <numerusform>%n cours vous est proposé par %1.</numerusform>
            <numerusform>%n cours vous sont proposés par %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="248"/>
        <source>The better videos of “%1” (%2) were added to your downloads (Ctrl+J shows them); the course stays usable meanwhile.</source>
        <translation>Les vidéos de meilleure qualité de «&#xa0;%1&#xa0;» (%2) ont été ajoutées à vos téléchargements (Ctrl+J pour les afficher)&#x202f;; le cours reste utilisable entre-temps.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="253"/>
        <source>“%1” was added to your downloads (Ctrl+J shows them).</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté à vos téléchargements (Ctrl+J pour les afficher).</translation>
    </message>
</context>
<context>
    <name>CertificateAnnouncer</name>
    <message>
        <location filename="../../player/certificates/announcer.py" line="37"/>
        <source>Your certificate for “%1” has arrived: Go ▸ Certificates to save or print it.</source>
        <translation>Votre certificat pour «&#xa0;%1&#xa0;» est arrivé&#xa0;: Aller ▸ Certificats pour l’enregistrer ou l’imprimer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/announcer.py" line="39"/>
        <source>%n certificate(s) arrived: Go ▸ Certificates to save or print them.</source>
        <translation>
            <numerusform>%n certificat est arrivé&#xa0;: Aller ▸ Certificats pour l’enregistrer ou l’imprimer.</numerusform>
            <numerusform>%n certificats sont arrivés&#xa0;: Aller ▸ Certificats pour les enregistrer ou les imprimer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="132"/>
        <source>Certificate for %1</source>
        <translation>Certificat pour %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="134"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="135"/>
        <source>Date, hours, language and state</source>
        <translation>Date, heures, langue et état</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>Open the certificate for %1</source>
        <translation>Ouvrir le certificat pour %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="142"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="143"/>
        <source>Save the certificate for %1 as a PDF</source>
        <translation>Enregistrer le certificat pour %1 en PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="145"/>
        <source>An A4 page to print, with a QR code that holds the whole certificate</source>
        <translation>Une page A4 à imprimer, avec un code QR qui contient tout le certificat</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="146"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>Enregistrer l’&amp;attestation (JSON)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="147"/>
        <source>Save the credential for %1 as JSON</source>
        <translation>Enregistrer l’attestation numérique pour %1 en JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="149"/>
        <source>The signed Open Badges credential, for a verifier or a digital wallet</source>
        <translation>L’attestation numérique Open Badges signée, pour un vérificateur ou un portefeuille numérique</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="157"/>
        <source>Why it cannot be saved</source>
        <translation>Pourquoi il ne peut pas être enregistré</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="193"/>
        <source>Certificate — %1</source>
        <translation>Certificat — %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="194"/>
        <source>Certificate for %1</source>
        <translation>Certificat pour %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="195"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="213"/>
        <source>Holder:</source>
        <translation>Titulaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="214"/>
        <source>Course:</source>
        <translation>Cours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="215"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="216"/>
        <source>Hours:</source>
        <translation>Heures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="217"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="219"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="220"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="221"/>
        <source>Issuer key:</source>
        <translation>Clé de l’émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="222"/>
        <source>Certificate id:</source>
        <translation>Identifiant du certificat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="223"/>
        <source>Requirements met:</source>
        <translation>Conditions remplies&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="230"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="242"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="243"/>
        <source>Save the certificate as a PDF</source>
        <translation>Enregistrer le certificat en PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="244"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>Enregistrer l’&amp;attestation (JSON)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="245"/>
        <source>Save the credential as JSON</source>
        <translation>Enregistrer l’attestation numérique en JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="253"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="281"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="288"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="290"/>
        <source>No certificates yet. When you meet a course&apos;s requirements (the course screen&apos;s Requirements button lists them), its certificate arrives with the next sync.</source>
        <translation>Aucun certificat pour l’instant. Lorsque vous remplissez les conditions d’obtention d’un cours (le bouton Conditions de l’écran du cours les énumère), son certificat arrive à la synchronisation suivante.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="292"/>
        <source>No certificates</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="293"/>
        <source>Your certificates</source>
        <translation>Vos certificats</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="397"/>
        <source>Save the certificate as a PDF</source>
        <translation>Enregistrer le certificat en PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="398"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="402"/>
        <source>Save the credential as JSON</source>
        <translation>Enregistrer l’attestation numérique en JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="403"/>
        <source>Credentials (*.json)</source>
        <translation>Attestations numériques (*.json)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="416"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="431"/>
        <source>The credential could not be saved: %1</source>
        <translation>L’attestation numérique n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="443"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="173"/>
        <source>Protect with a P&amp;IN</source>
        <translation>Protéger par un code P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="174"/>
        <source>Protect the profile with a PIN</source>
        <translation>Protéger le profil par un code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="177"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="179"/>
        <source>New PIN again</source>
        <translation>Confirmation du nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="182"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="185"/>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Save the PIN</source>
        <translation>Enregistrer le code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CompletionBanner</name>
    <message>
        <location filename="../../player/course/parts.py" line="35"/>
        <location filename="../../player/course/parts.py" line="38"/>
        <source>Course completed</source>
        <translation>Cours terminé</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="36"/>
        <source>What happens next</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="37"/>
        <source>You have completed this course.</source>
        <translation>Vous avez terminé ce cours.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="39"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../player/library_view.py" line="99"/>
        <source>Course: %1</source>
        <translation>Cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="111"/>
        <source>Course title</source>
        <translation>Titre du cours</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="115"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="118"/>
        <source>Language, size and publisher</source>
        <translation>Langue, taille et éditeur</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="120"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="123"/>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="124"/>
        <source>Installed languages</source>
        <translation>Langues installées</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="130"/>
        <source>%1 of %2 required items done</source>
        <translation>%1 éléments obligatoires terminés sur %2</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="132"/>
        <source>Progress in %1</source>
        <translation>Progression dans %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137"/>
        <source>Last studied: %1</source>
        <translation>Dernière séance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Last studied</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="141"/>
        <source>Publisher signature</source>
        <translation>Signature de l’éditeur</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="144"/>
        <source>Next module</source>
        <translation>Module suivant</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>✓ Completed: all required items are done</source>
        <translation>✓ Terminé&#xa0;: tous les éléments obligatoires sont faits</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review %1</source>
        <translation>Revoir %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="158"/>
        <source>Open the course from its first item</source>
        <translation>Ouvrir le cours à son premier élément</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Continue %1</source>
        <translation>Continuer %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="174"/>
        <source>Cover of %1</source>
        <translation>Couverture de %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="203"/>
        <source>Module %1 opens on %2.</source>
        <translation>Le module %1 ouvre le %2.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="204"/>
        <source>Module %1 opens later.</source>
        <translation>Le module %1 ouvrira plus tard.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="211"/>
        <source>Signed by a publisher this computer trusts.</source>
        <translation>Signé par un éditeur approuvé par cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="212"/>
        <source>Not signed by a publisher.</source>
        <translation>Non signé par un éditeur.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="213"/>
        <source>Signed by a publisher this computer does not know.</source>
        <translation>Signé par un éditeur inconnu de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="215"/>
        <source>Signature: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="38"/>
        <source>Back to your courses (Ctrl+L)</source>
        <translation>Retour à vos cours (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="46"/>
        <source>Course title</source>
        <translation>Titre du cours</translation>
    </message>
</context>
<context>
    <name>CourseMarks</name>
    <message>
        <location filename="../../player/course/marks.py" line="65"/>
        <source>%1 watched. Watch the parts you skipped to complete it.</source>
        <translation>%1 regardé. Regardez les passages sautés pour le terminer.</translation>
    </message>
    <message>
        <location filename="../../player/course/marks.py" line="66"/>
        <source>%1 watched. Keep watching to complete it.</source>
        <translation>%1 regardé. Continuez à regarder pour le terminer.</translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../../player/course/outline.py" line="127"/>
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="129"/>
        <source>Modules and their items. Press Enter to open an item.</source>
        <translation>Les modules et leurs éléments. Appuyez sur Entrée pour ouvrir un élément.</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="145"/>
        <source>Outline columns</source>
        <translation>Colonnes du plan</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="159"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="171"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="174"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="179"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
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
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="193"/>
        <source>%1 · optional</source>
        <translation>%1 · facultatif</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="194"/>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens on %1</source>
        <translation>ouvre le %1</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens later</source>
        <translation>ouvrira plus tard</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="263"/>
        <source>%1, locked, %2</source>
        <translation>%1, verrouillé, %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="265"/>
        <location filename="../../player/course/outline.py" line="291"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="287"/>
        <source>%1: %2, locked, %3</source>
        <translation>%1&#xa0;: %2, verrouillé, %3</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="289"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="312"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
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
        <translation>commencé</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="341"/>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="342"/>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1&#xa0;: %2, %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>required</source>
        <translation>obligatoire</translation>
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
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="147"/>
        <source>Outline and item</source>
        <translation>Plan et élément</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="224"/>
        <source>Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum posts not yet sent to the course server are removed from this computer. This cannot be undone.</source>
        <translation>Supprimer le profil « %1 » ? Sa progression, ses tentatives aux quiz ainsi que les modifications et messages du forum pas encore envoyés au serveur de cours seront supprimés de cet ordinateur. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="228"/>
        <source>What deleting removes</source>
        <translation>Ce que la suppression efface</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>&amp;Delete profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>Delete the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="231"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DownloadCard</name>
    <message>
        <location filename="../../player/downloads_view.py" line="79"/>
        <source>Download of %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>low bandwidth</source>
        <translation>bas débit</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="92"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="93"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="96"/>
        <source>Language, version and choice</source>
        <translation>Langue, version et choix</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="98"/>
        <source>Download state</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="103"/>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="105"/>
        <source>File being downloaded</source>
        <translation>Fichier en cours de téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="108"/>
        <source>Progress of the current file</source>
        <translation>Progression du fichier en cours</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="112"/>
        <source>Speed and time left</source>
        <translation>Débit et temps restant</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="113"/>
        <source>Download message</source>
        <translation>Message de téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>Pause %1</source>
        <translation>Mettre %1 en pause</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <location filename="../../player/downloads_view.py" line="296"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="124"/>
        <source>&amp;Cancel download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="125"/>
        <source>Cancel the download of %1</source>
        <translation>Annuler le téléchargement de %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>&amp;Open course</source>
        <translation>&amp;Ouvrir le cours</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="130"/>
        <location filename="../../player/downloads_view.py" line="305"/>
        <source>Get &amp;standard quality</source>
        <translation>Obtenir la &amp;qualité standard</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="131"/>
        <source>Get standard quality for %1</source>
        <translation>Obtenir la qualité standard pour %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="133"/>
        <source>Downloads only the better videos this computer does not have yet; the course stays usable meanwhile.</source>
        <translation>Télécharge uniquement les vidéos de meilleure qualité que cet ordinateur n’a pas encore&#x202f;; le cours reste utilisable entre-temps.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="176"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="180"/>
        <source>Size not known yet</source>
        <translation>Taille encore inconnue</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="193"/>
        <source>Now: %1 — %2 of %3</source>
        <translation>En cours&#xa0;: %1 — %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="198"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="241"/>
        <source>Waiting for the course server</source>
        <translation>En attente du serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="242"/>
        <source>The course server cannot be reached right now; Lectern will retry by itself and resume where it stopped.</source>
        <translation>Le serveur de cours est injoignable pour le moment&#x202f;; Lectern réessaiera de lui-même et reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="245"/>
        <source>Waiting for download hours</source>
        <translation>En attente des heures de téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="246"/>
        <source>Court IT allows downloads only at certain hours on this computer; the download starts by itself then.</source>
        <translation>Le service informatique du tribunal n’autorise les téléchargements sur cet ordinateur qu’à certaines heures&#x202f;; le téléchargement commencera alors de lui-même.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="249"/>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="251"/>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="253"/>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="254"/>
        <location filename="../../player/downloads_view.py" line="264"/>
        <source>What was downloaded is kept; Resume goes on from there.</source>
        <translation>Ce qui a été téléchargé est conservé&#x202f;; Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="256"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="257"/>
        <source>The downloaded parts of this course are being deleted.</source>
        <translation>Les parties téléchargées de ce cours sont en cours de suppression.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="259"/>
        <source>Waiting to start</source>
        <translation>En attente de démarrage</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="260"/>
        <source>It starts when the download before it has finished and the course server can be reached.</source>
        <translation>Il commencera lorsque le téléchargement précédent sera terminé et que le serveur de cours sera joignable.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="263"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="266"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="267"/>
        <source>The download stopped.</source>
        <translation>Le téléchargement s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="269"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="270"/>
        <source>The course is in your library.</source>
        <translation>Le cours est dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="272"/>
        <source>The course is in your library with the smallest videos. Get standard quality downloads only the better videos (%1).</source>
        <translation>Le cours est dans votre bibliothèque avec les plus petites vidéos. Obtenir la qualité standard télécharge uniquement les vidéos de meilleure qualité (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="276"/>
        <source>The course is in your library. Get every quality downloads only the videos it does not have yet (%1).</source>
        <translation>Le cours est dans votre bibliothèque. Obtenir toutes les qualités télécharge uniquement les vidéos qu’il n’a pas encore (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="294"/>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="295"/>
        <source>&amp;Download again</source>
        <translation>&amp;Télécharger à nouveau</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="306"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>Obtenir la qualité standard pour %1&#xa0;: %2 de plus</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="308"/>
        <source>Get &amp;every quality</source>
        <translation>Obtenir to&amp;utes les qualités</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="309"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>Obtenir toutes les qualités vidéo pour %1&#xa0;: %2 de plus</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="167"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="168"/>
        <source>&amp;No limit</source>
        <translation>&amp;Sans limite</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="169"/>
        <source>No download speed limit</source>
        <translation>Aucune limite de débit de téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="174"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="175"/>
        <source>Download speed limit in kilobits per second</source>
        <translation>Limite du débit de téléchargement en kilobits par seconde</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="178"/>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="181"/>
        <source>Keeps downloads from filling a thin court link.</source>
        <translation>Évite que les téléchargements saturent une liaison réseau limitée du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="183"/>
        <source>An&amp;y time</source>
        <translation>À &amp;toute heure</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="184"/>
        <source>Download at any time</source>
        <translation>Télécharger à toute heure</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="187"/>
        <source>Downloads start at</source>
        <translation>Début des téléchargements à</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="188"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="191"/>
        <source>Downloads stop at</source>
        <translation>Fin des téléchargements à</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="197"/>
        <source>or only from</source>
        <translation>ou seulement de</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="199"/>
        <source>Download &amp;hours:</source>
        <translation>&amp;Heures de téléchargement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="203"/>
        <source>Outside these hours downloads wait, for example 22:00 to 06:00 for nights only.</source>
        <translation>En dehors de ces heures, les téléchargements attendent&#x202f;; par exemple de 22:00 à 06:00 pour la nuit uniquement.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="206"/>
        <source>&amp;Save data (slow or costly internet)</source>
        <translation>Économiser les &amp;données (connexion Internet lente ou coûteuse)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="207"/>
        <source>Save data</source>
        <translation>Économiser les données</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="208"/>
        <source>Internet:</source>
        <translation>Internet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="210"/>
        <source>No video downloads; only small progress updates are sent.</source>
        <translation>Aucun téléchargement de vidéo&#x202f;; seules de petites mises à jour de progression sont envoyées.</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../player/downloads_view.py" line="59"/>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="62"/>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="64"/>
        <source>about %1 h %2 min left</source>
        <translation>environ %1 h %2 min restantes</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="334"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Course &amp;catalog…</source>
        <translation>&amp;Catalogue des cours…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Show the course catalog</source>
        <translation>Afficher le catalogue des cours</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="340"/>
        <source>Choose courses to download (Ctrl+K)</source>
        <translation>Choisir des cours à télécharger (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="341"/>
        <source>Downloads status</source>
        <translation>État des téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="342"/>
        <source>Download list</source>
        <translation>Liste des téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="344"/>
        <source>Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its download continues by itself, even after Lectern is closed and opened again.</source>
        <translation>Rien à télécharger. Ouvrez le catalogue des cours (Ctrl+K) pour choisir un cours&#x202f;; son téléchargement se poursuit de lui-même, même après la fermeture et la réouverture de Lectern.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="346"/>
        <source>No downloads</source>
        <translation>Aucun téléchargement</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="49"/>
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation>Ce fichier est endommagé ou incomplet&#xa0;: Lectern ne peut pas l’ouvrir. Demandez une nouvelle copie au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="53"/>
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation>La description contenue dans ce fichier de cours est erronée&#xa0;: Lectern ne peut pas l’utiliser. Demandez une copie corrigée au service informatique du tribunal ou à l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="57"/>
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation>Ce cours ne peut pas être ouvert par cette version de Lectern. Une version plus récente de Lectern est peut-être nécessaire&#xa0;: adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="61"/>
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation>Ce fichier est endommagé&#xa0;: une partie du cours ne correspond pas à sa somme de contrôle. Demandez une nouvelle copie au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="65"/>
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation>Ce fichier est incomplet&#xa0;: une partie du cours y manque. Demandez une nouvelle copie au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="69"/>
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation>Ce fichier contient des éléments qu’un cours ne devrait pas contenir&#xa0;: Lectern ne l’a pas ouvert. Demandez une nouvelle copie au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="73"/>
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation>Ce fichier tente d’écrire en dehors de son propre dossier&#xa0;: Lectern l’a refusé pour protéger cet ordinateur. Veuillez en informer le service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="77"/>
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation>La description contenue dans ce fichier de cours est incohérente&#xa0;: deux parties portent le même nom. Demandez une copie corrigée à l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="81"/>
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation>Ce cours dépasse la taille acceptée par Lectern. Adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="84"/>
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation>Ce fichier de cours n’est pas signé&#xa0;: Lectern ne peut pas savoir qui l’a créé et ne l’a pas importé. Demandez au service informatique du tribunal une copie signée, ou l’autorisation des cours non signés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="89"/>
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher&apos;s key.</source>
        <translation>Ce cours est signé par un éditeur inconnu de cet ordinateur&#xa0;: Lectern ne l’a pas importé. Demandez au service informatique du tribunal d’ajouter la clé de l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="93"/>
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation>Ce fichier de cours a été modifié après sa signature par l’éditeur&#xa0;: Lectern ne l’a pas importé. N’utilisez pas cette copie&#x202f;; demandez-en une nouvelle au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="97"/>
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation>Une lecture de ce cours contient du contenu dangereux (scripts ou liens vers des pages web)&#xa0;: Lectern l’a refusée. Demandez une copie corrigée à l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="101"/>
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation>Une version plus récente de ce cours est déjà installée&#xa0;: cette copie n’a donc pas été importée. Votre progression est inchangée.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="105"/>
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation>Le dossier du cours est incomplet ou incorrect&#x202f;; les détails indiquent ce qu’il faut corriger.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="113"/>
        <source>This is not a Lectern course file. Lectern opens course files (ending in .lectern) that court IT or the course provider gives you.</source>
        <translation>Ce n’est pas un fichier de cours Lectern. Lectern ouvre les fichiers de cours (se terminant par .lectern) fournis par le service informatique du tribunal ou le fournisseur du cours.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="123"/>
        <source>The course server cannot be reached right now. Everything stays on this computer, and Lectern tries again by itself.</source>
        <translation>Le serveur de cours est injoignable pour le moment. Tout reste sur cet ordinateur, et Lectern réessaie de lui-même.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="127"/>
        <source>Please sign in to the course server again. Nothing you did on this computer is lost.</source>
        <translation>Veuillez vous reconnecter au serveur de cours. Rien de ce que vous avez fait sur cet ordinateur n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="130"/>
        <source>The course server says you are not enrolled in this course. Ask your court&apos;s administrator to enrol you.</source>
        <translation>Le serveur de cours indique que vous n’êtes pas inscrit à ce cours. Demandez à l’administrateur de votre tribunal de vous inscrire.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="134"/>
        <source>The course server no longer offers this course or this version of it.</source>
        <translation>Le serveur de cours ne propose plus ce cours ou cette version du cours.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="137"/>
        <source>The course server is having trouble. Lectern will try again later by itself.</source>
        <translation>Le serveur de cours rencontre un problème. Lectern réessaiera plus tard de lui-même.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="140"/>
        <source>The course server is busy and asked Lectern to wait; it will try again by itself.</source>
        <translation>Le serveur de cours est occupé et a demandé à Lectern de patienter&#x202f;; il réessaiera de lui-même.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="143"/>
        <source>The answer did not come from a Lectern course server. Check the course server address; if it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>La réponse ne provient pas d’un serveur de cours Lectern. Vérifiez l’adresse du serveur de cours&#x202f;; si elle est correcte, un proxy ou une page de connexion fait peut-être obstacle&#xa0;: adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="147"/>
        <source>The course server address or this computer&apos;s network settings (proxy, certificates) are not right. Check the address, or ask court IT.</source>
        <translation>L’adresse du serveur de cours ou les paramètres réseau de cet ordinateur (proxy, certificats) sont incorrects. Vérifiez l’adresse ou adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="155"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="157"/>
        <source>Type the address of your course server, for example courses.example.org</source>
        <translation>Saisissez l’adresse de votre serveur de cours, par exemple courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="160"/>
        <source>This is not a course server address:
%1
Type an address such as courses.example.org</source>
        <translation>Ceci n’est pas une adresse de serveur de cours&#xa0;:
%1
Saisissez une adresse comme courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="163"/>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="164"/>
        <source>The course server cannot be reached at this address:
%1
Check the address and that this computer is connected to the network, then try again.</source>
        <translation>Le serveur de cours est injoignable à cette adresse&#xa0;:
%1
Vérifiez l’adresse et que cet ordinateur est connecté au réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="168"/>
        <source>This address did not answer as a Lectern course server:
%1
Check the address. If it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>Cette adresse n’a pas répondu comme un serveur de cours Lectern&#xa0;:
%1
Vérifiez l’adresse. Si elle est correcte, un proxy ou une page de connexion fait peut-être obstacle&#xa0;: adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="172"/>
        <source>Lectern could not connect safely to the course server at this address:
%1
Check the address. If it is right, this computer&apos;s network settings (proxy, certificates) need court IT.</source>
        <translation>Lectern n’a pas pu se connecter de façon sécurisée au serveur de cours à cette adresse&#xa0;:
%1
Vérifiez l’adresse. Si elle est correcte, les paramètres réseau de cet ordinateur (proxy, certificats) doivent être vérifiés par le service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="177"/>
        <source>The course server does not let this user sign in. Check the user name, or ask your court&apos;s administrator.</source>
        <translation>Le serveur de cours n’autorise pas cet utilisateur à se connecter. Vérifiez le nom d’utilisateur ou adressez-vous à l’administrateur de votre tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="181"/>
        <source>The course server is having trouble. Try again in a few minutes.</source>
        <translation>Le serveur de cours rencontre un problème. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="183"/>
        <source>The course server is busy. Wait a minute, then try again.</source>
        <translation>Le serveur de cours est occupé. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="185"/>
        <source>The download cannot go on. The details say why; when you try again it resumes where it stopped.</source>
        <translation>Le téléchargement ne peut pas se poursuivre. Les détails en indiquent la raison&#x202f;; si vous réessayez, il reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="190"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="191"/>
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été modifié. Libérez de l’espace ou adressez-vous au service informatique du tribunal, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="194"/>
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation>Ce cours n’est plus installé sur cet ordinateur. Importez-le de nouveau pour l’étudier&#x202f;; votre progression a été conservée.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="198"/>
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation>Lectern n’a pas pu utiliser son dossier de données. Vérifiez que le disque est présent et qu’il n’est pas plein, ou adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="202"/>
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation>Un fichier de clé d’éditeur est manquant ou endommagé. Adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="204"/>
        <source>Lectern&apos;s settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation>Le fichier de paramètres de Lectern contient une erreur. Demandez au service informatique du tribunal de la corriger.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="206"/>
        <source>Lectern could not do this.</source>
        <translation>Lectern n’a pas pu effectuer cette opération.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="207"/>
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation>Lectern ne trouve pas ce fichier. Il a peut-être été déplacé, ou la clé USB a été retirée.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="210"/>
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation>Lectern n’est pas autorisé à lire ou à écrire ce fichier. Adressez-vous au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="212"/>
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation>Lectern n’a pas pu lire ou écrire un fichier. Si le cours se trouve sur une clé USB, vérifiez qu’elle est toujours branchée, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="216"/>
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation>Une erreur interne s’est produite dans Lectern. Votre travail antérieur est enregistré. Si le problème se reproduit, indiquez au service informatique du tribunal ce que vous faisiez.</translation>
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="35"/>
        <source>Saved now and sent with the next sync (Ctrl+Return)</source>
        <translation>Enregistré maintenant et envoyé à la prochaine synchronisation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="46"/>
        <source>kept on this computer (practice course)</source>
        <translation>conservé sur cet ordinateur (cours d’entraînement)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="48"/>
        <source>waiting to send</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="49"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="50"/>
        <source>not accepted by the course server</source>
        <translation>refusé par le serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="72"/>
        <source>[picture not shown]</source>
        <translation>[image non affichée]</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="58"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="71"/>
        <location filename="../../player/item_views/forum_item_view.py" line="73"/>
        <source>Discussion prompt</source>
        <translation>Consigne de la discussion</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="82"/>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="96"/>
        <source>The discussion for this item is not on this computer yet. Other learners&apos; posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation>La discussion de cet élément n’est pas encore sur cet ordinateur. Les messages des autres apprenants arrivent lorsque cet ordinateur se synchronise avec le serveur de cours&#x202f;; vous pouvez dès maintenant réfléchir à la consigne et rejoindre la discussion ensuite. Cet élément est facultatif.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="102"/>
        <location filename="../../player/item_views/forum_item_view.py" line="118"/>
        <source>About the discussion</source>
        <translation>À propos de la discussion</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="108"/>
        <source>This is a practice course: what you write here stays on this computer and is not sent to anyone. This item is optional.</source>
        <translation>Ceci est un cours d’entraînement&#xa0;: ce que vous écrivez ici reste sur cet ordinateur et n’est envoyé à personne. Cet élément est facultatif.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="112"/>
        <source>You can read and write here while offline. What you write is shown at once, marked “waiting to send”, and reaches the other learners when this computer next syncs. Others&apos; posts arrive with each sync. This item is optional.</source>
        <translation>Vous pouvez lire et écrire ici même hors ligne. Ce que vous écrivez s’affiche immédiatement, marqué «&#xa0;en attente d’envoi&#xa0;», et parvient aux autres apprenants à la prochaine synchronisation de cet ordinateur. Les messages des autres arrivent à chaque synchronisation. Cet élément est facultatif.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="124"/>
        <source>Discussion message</source>
        <translation>Message de la discussion</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="132"/>
        <source>Thread</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="157"/>
        <source>No threads here yet. Start one with “New thread…”: you can write it now, even offline. Threads by others arrive when this computer syncs.</source>
        <translation>Aucun sujet pour l’instant. Créez-en un avec «&#xa0;Nouveau sujet…&#xa0;»&#xa0;: vous pouvez l’écrire dès maintenant, même hors ligne. Les sujets des autres arrivent lorsque cet ordinateur se synchronise.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="161"/>
        <source>No threads</source>
        <translation>Aucun sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="170"/>
        <source>Thread title</source>
        <translation>Titre du sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="172"/>
        <source>Posts in this thread</source>
        <translation>Messages de ce sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="175"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="176"/>
        <source>Write a reply… (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>Écrivez une réponse… (texte brut&#x202f;; la syntaxe Markdown, comme *italique* et les listes, est prise en charge)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send &amp;reply</source>
        <translation>Envoyer la &amp;réponse</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="226"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="236"/>
        <source>Hidden by a moderator: %1</source>
        <translation>Masqué par un modérateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="237"/>
        <source>Hidden by a moderator</source>
        <translation>Masqué par un modérateur</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="238"/>
        <source>Hidden from learners: %1</source>
        <translation>Masqué aux apprenants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="239"/>
        <source>Hidden from learners</source>
        <translation>Masqué aux apprenants</translation>
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
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="318"/>
        <source>%n new</source>
        <comment>posts of others not read yet in a thread</comment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="323"/>
        <source>Pinned: %1</source>
        <translation>Épinglé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="379"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="391"/>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Restore…</source>
        <translation>Rétablir…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Hide…</source>
        <translation>Masquer…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="398"/>
        <source>The course server did not accept it: %1</source>
        <translation>Le serveur de cours ne l’a pas accepté : %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="399"/>
        <source>The course server did not accept it.</source>
        <translation>Le serveur de cours ne l’a pas accepté.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="442"/>
        <source>Give the thread a title and a message.</source>
        <translation>Donnez un titre et un message au sujet.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="465"/>
        <source>Your question is pinned at the top of this discussion. This is a practice course: it stays on this computer.</source>
        <translation>Votre question est épinglée en haut de cette discussion. Ceci est un cours d’entraînement : elle reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="467"/>
        <source>Your question is pinned at the top of this discussion and kept on this computer. It is sent with the next sync; learners get it at theirs. If the course server does not accept it, it says why here.</source>
        <translation>Votre question est épinglée en haut de cette discussion et conservée sur cet ordinateur. Elle est envoyée à la prochaine synchronisation ; les apprenants la reçoivent à la leur. Si le serveur de cours ne l’accepte pas, la raison s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="498"/>
        <source>Write your reply first.</source>
        <translation>Écrivez d’abord votre réponse.</translation>
    </message>
</context>
<context>
    <name>HubWiring</name>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="114"/>
        <source>New versions of %n course(s) are on the course server.</source>
        <translation>
            <numerusform>Une nouvelle version de %n cours est disponible sur le serveur de cours.</numerusform>
            <numerusform>De nouvelles versions de %n cours sont disponibles sur le serveur de cours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="225"/>
        <location filename="../../player/window_hub.py" line="228"/>
        <source>Sync by file</source>
        <translation>Synchronisation par fichier</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="241"/>
        <source>Something went wrong with the sync file; nothing was changed. The log has the details.</source>
        <translation>Un problème est survenu avec le fichier de synchronisation&#xa0;; rien n’a été modifié. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="258"/>
        <source>Save changes to a file</source>
        <translation>Enregistrer les modifications dans un fichier</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="259"/>
        <source>Lectern sync files (*.lectern-sync)</source>
        <translation>Fichiers de synchronisation Lectern (*.lectern-sync)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="269"/>
        <source>Saved %n change(s) to %1. Take the file to court IT; they give you a reply file to load with “Load a reply file…”.</source>
        <translation>
            <numerusform>%n modification enregistrée dans %1. Remettez le fichier au service informatique du tribunal&#xa0;; il vous donnera un fichier de réponse à charger avec «&#xa0;Charger un fichier de réponse…&#xa0;».</numerusform>
            <numerusform>%n modifications enregistrées dans %1. Remettez le fichier au service informatique du tribunal&#xa0;; il vous donnera un fichier de réponse à charger avec «&#xa0;Charger un fichier de réponse…&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="273"/>
        <source>%n more change(s) wait for the next file.</source>
        <translation>
            <numerusform>%n autre modification attend le prochain fichier.</numerusform>
            <numerusform>%n autres modifications attendent le prochain fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="289"/>
        <source>Load a reply file</source>
        <translation>Charger un fichier de réponse</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="290"/>
        <source>Replies from the course server (*.lectern-reply);;All files (*)</source>
        <translation>Réponses du serveur de cours (*.lectern-reply);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="299"/>
        <source>The course server accepted %n change(s).</source>
        <translation>
            <numerusform>Le serveur de cours a accepté %n modification.</numerusform>
            <numerusform>Le serveur de cours a accepté %n modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="301"/>
        <source>It refused %n of them; the course pages show why.</source>
        <translation>
            <numerusform>Il en a refusé %n&#xa0;; les pages du cours indiquent pourquoi.</numerusform>
            <numerusform>Il en a refusé %n&#xa0;; les pages du cours indiquent pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="303"/>
        <source>%n new discussion(s) or message(s) arrived.</source>
        <translation>
            <numerusform>%n nouvelle discussion ou nouveau message est arrivé.</numerusform>
            <numerusform>%n nouvelles discussions ou nouveaux messages sont arrivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="305"/>
        <source>%n certificate(s) arrived.</source>
        <translation>
            <numerusform>%n certificat est arrivé.</numerusform>
            <numerusform>%n certificats sont arrivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="307"/>
        <source>%n other update(s) arrived.</source>
        <translation>
            <numerusform>%n autre mise à jour est arrivée.</numerusform>
            <numerusform>%n autres mises à jour sont arrivées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="309"/>
        <source>Nothing new arrived.</source>
        <translation>Rien de nouveau n’est arrivé.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="311"/>
        <source>The course server has more for you: save your changes to a file and take it to court IT again.</source>
        <translation>Le serveur de cours a d’autres éléments pour vous&#xa0;: enregistrez vos modifications dans un fichier et remettez-le de nouveau au service informatique du tribunal.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../player/import_dialog.py" line="82"/>
        <location filename="../../player/import_dialog.py" line="83"/>
        <source>Import course</source>
        <translation>Importer un cours</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="86"/>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="89"/>
        <source>File being imported</source>
        <translation>Fichier en cours d’importation</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="93"/>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="95"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="96"/>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="103"/>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="106"/>
        <source>&amp;Open course</source>
        <translation>&amp;Ouvrir le cours</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="107"/>
        <source>Open the imported course</source>
        <translation>Ouvrir le cours importé</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="110"/>
        <location filename="../../player/import_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="140"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="152"/>
        <source>%1 of %2 copied</source>
        <translation>%1 sur %2 copiés</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="166"/>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="168"/>
        <source>Updated to version %1. Your progress was kept.</source>
        <translation>Mis à jour vers la version %1. Votre progression a été conservée.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="169"/>
        <source>The course is ready to study, offline.</source>
        <translation>Le cours est prêt à être étudié, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="178"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="179"/>
        <source>Nothing was changed on this computer.</source>
        <translation>Rien n’a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="181"/>
        <source>“%1” could not be imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être importé.</translation>
    </message>
</context>
<context>
    <name>ItemOpener</name>
    <message>
        <location filename="../../player/course/item_opener.py" line="141"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../player/course/panes.py" line="75"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="76"/>
        <source>Item title</source>
        <translation>Titre de l’élément</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="79"/>
        <source>How to complete this item</source>
        <translation>Comment terminer cet élément</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="81"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="89"/>
        <source>Open item</source>
        <translation>Élément ouvert</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="96"/>
        <source>Position in the course</source>
        <translation>Position dans le cours</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="125"/>
        <source> · optional</source>
        <translation> · facultatif</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="128"/>
        <source>Item %1 of %2</source>
        <translation>Élément %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="137"/>
        <source>Previous: %1 (Alt+Left)</source>
        <translation>Précédent&#xa0;: %1 (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="139"/>
        <source>Next: %1 (Alt+Right)</source>
        <translation>Suivant&#xa0;: %1 (Alt+Droite)</translation>
    </message>
</context>
<context>
    <name>ItemViews</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="25"/>
        <source>{what} is not on this computer. A reduced copy of the course (for example a low-bandwidth download or USB copy) can leave it out. Ask court IT for the full course, or download it when this computer is online.</source>
        <translation>{what} n’est pas sur cet ordinateur. Une copie réduite du cours (par exemple un téléchargement bas débit ou une copie sur clé USB) peut ne pas le contenir. Demandez le cours complet au service informatique du tribunal, ou téléchargez-le lorsque cet ordinateur est en ligne.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="66"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="68"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="70"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="78"/>
        <source>Applies when Lectern starts again; you can restart it after Save.</source>
        <translation>S’applique au prochain démarrage de Lectern&#xa0;; vous pouvez le redémarrer après l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="85"/>
        <source>Default for this computer (%1)</source>
        <translation>Par défaut pour cet ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../player/course/language_switch.py" line="43"/>
        <source>Course languages</source>
        <translation>Langues du cours</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="40"/>
        <source>The course in another language: your progress, quiz attempts and discussions stay the same</source>
        <translation>Le cours dans une autre langue&#xa0;: votre progression, vos tentatives de quiz et vos discussions restent les mêmes</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="65"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="66"/>
        <source>Course language: %1</source>
        <translation>Langue du cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="77"/>
        <source>%1 — download, %2</source>
        <translation>%1 — télécharger, %2</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="80"/>
        <source>Download the %1 version; the course stays open meanwhile</source>
        <translation>Télécharger la version %1&#xa0;; le cours reste ouvert pendant ce temps</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../player/app.py" line="233"/>
        <source>Preparing the demo course… (this happens once)</source>
        <translation>Préparation du cours de démonstration… (une seule fois)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Your courses</source>
        <translation>Vos cours</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Importer un cours…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>Import course</source>
        <translation>Importer un cours</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="328"/>
        <source>Open a .lectern course file, for example from a USB stick (Ctrl+O)</source>
        <translation>Ouvrir un fichier de cours .lectern, par exemple depuis une clé USB (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="333"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="335"/>
        <source>No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one from a .lectern file, for example from a USB stick.</source>
        <translation>Aucun cours sur cet ordinateur pour l’instant. Choisissez «&#xa0;Importer un cours…&#xa0;» (Ctrl+O) pour en ajouter un depuis un fichier .lectern, par exemple depuis une clé USB.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="336"/>
        <source>No courses</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="337"/>
        <source>Installed courses</source>
        <translation>Cours installés</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="472"/>
        <source>The %1 version of “%2” was removed; its other languages and your progress stay.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» a été supprimée&#xa0;; ses autres langues et votre progression restent.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="477"/>
        <source>“%1” was removed. Your progress was kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé. Votre progression a été conservée.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="480"/>
        <source>“%1” was removed with its progress.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé avec sa progression.</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <location filename="../../player/course/parts.py" line="64"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="65"/>
        <source>%1 is not open yet</source>
        <translation>%1 n’est pas encore ouvert</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="71"/>
        <source>This module opens on %1. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded. The date follows the course server&apos;s clock, not this computer&apos;s.</source>
        <translation>Ce module ouvre le %1. Ses éléments s’ouvriront alors d’eux-mêmes&#xa0;; si leur contenu est déjà sur cet ordinateur, il n’y a rien d’autre à télécharger. La date suit l’horloge du serveur de cours, pas celle de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="76"/>
        <source>This module opens later. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded.</source>
        <translation>Ce module ouvrira plus tard. Ses éléments s’ouvriront alors d’eux-mêmes&#xa0;; si leur contenu est déjà sur cet ordinateur, il n’y a rien d’autre à télécharger.</translation>
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
        <translation>&amp;Annonces</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="300"/>
        <source>Certificates — Lectern</source>
        <translation>Certificats — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="308"/>
        <source>The other language of this course is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>L’autre langue de ce cours est en cours de téléchargement ; voir Téléchargements (Ctrl+J). Vous pouvez continuer à étudier entre-temps.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="315"/>
        <source>Course catalog — Lectern</source>
        <translation>Catalogue des cours — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="324"/>
        <source>Downloads — Lectern</source>
        <translation>Téléchargements — Lectern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/main_window.py" line="350"/>
        <source>&amp;Announcements (%n unread)</source>
        <translation>
            <numerusform>&amp;Annonces (%n non lue)</numerusform>
            <numerusform>&amp;Annonces (%n non lues)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="91"/>
        <source>This is a demo course: your progress stays on this computer and is not sent to the course server. You can review any item at any time.</source>
        <translation>Ceci est un cours de démonstration&#xa0;: votre progression reste sur cet ordinateur et n’est pas envoyée au serveur de cours. Vous pouvez revoir n’importe quel élément à tout moment.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="95"/>
        <source>Your completion is sent to the course server with your next sync, which happens by itself when this computer is online. You can review any item at any time.</source>
        <translation>La confirmation de fin de cours est envoyée au serveur de cours à la prochaine synchronisation, qui a lieu d’elle-même lorsque cet ordinateur est en ligne. Vous pouvez revoir n’importe quel élément à tout moment.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="99"/>
        <source>Your completion is kept on this computer. Sign in to the course server (Course server ▸ Sign in…) to send it. You can review any item at any time.</source>
        <translation>La confirmation de fin de cours est conservée sur cet ordinateur. Connectez-vous au serveur de cours (Serveur de cours ▸ Se connecter…) pour l’envoyer. Vous pouvez revoir n’importe quel élément à tout moment.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="383"/>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="390"/>
        <source>Import course</source>
        <translation>Importer un cours</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="391"/>
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation>Cours Lectern (*.lectern);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="394"/>
        <source>Choose a course file</source>
        <translation>Choisir un fichier de cours</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="109"/>
        <source>A new version of “%1” is on the course server.</source>
        <translation>Une nouvelle version de «&#xa0;%1&#xa0;» est disponible sur le serveur de cours.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="129"/>
        <source>The standard quality videos are being downloaded (Ctrl+J shows them).</source>
        <translation>Les vidéos en qualité standard sont en cours de téléchargement (Ctrl+J pour les afficher).</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="155"/>
        <source>A course finished downloading and is in your library.</source>
        <translation>Un cours a fini de se télécharger et se trouve dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="184"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="204"/>
        <source>Signed out. Changes not yet sent are kept on this computer.</source>
        <translation>Déconnecté. Les modifications pas encore envoyées sont conservées sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MarkReadBar</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="78"/>
        <source>Reading status</source>
        <translation>État de lecture</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="80"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="90"/>
        <source>Read ✓</source>
        <translation>Lu ✓</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="91"/>
        <source>You have finished this reading.</source>
        <translation>Vous avez terminé cette lecture.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="92"/>
        <source>This reading is complete.</source>
        <translation>Cette lecture est terminée.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="95"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="96"/>
        <source>Count this reading as done (it also counts once you have scrolled through all of it).</source>
        <translation>Compter cette lecture comme faite (elle compte aussi dès que vous l’avez parcourue en entier).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="98"/>
        <source>Counts this reading as done.</source>
        <translation>Compte cette lecture comme faite.</translation>
    </message>
</context>
<context>
    <name>ModuleProgressChart</name>
    <message>
        <location filename="../../player/course/progress_chart.py" line="20"/>
        <source>Progress per module</source>
        <translation>Progression par module</translation>
    </message>
    <message>
        <location filename="../../player/course/progress_chart.py" line="26"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1&#xa0;: %2 sur %3 faits</translation>
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
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="72"/>
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation>Un nom de profil comporte de 1 à 40 lettres, chiffres, espaces, points, traits d’union ou traits de soulignement, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="75"/>
        <source>There is already a profile called “%1”.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="83"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN comporte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="85"/>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>Les deux codes PIN ne sont pas identiques. Saisissez de nouveau le code PIN dans les deux champs.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="119"/>
        <source>New profile — Lectern</source>
        <translation>Nouveau profil — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="120"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="124"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="125"/>
        <source>for example: Clerk Ana</source>
        <translation>par exemple&#xa0;: Greffière Ana</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="126"/>
        <source>Protect with a &amp;PIN</source>
        <translation>&amp;Protéger par un code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="127"/>
        <source>Protect the profile with a PIN</source>
        <translation>Protéger le profil par un code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="129"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="131"/>
        <source>PIN again</source>
        <translation>Confirmation du code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="135"/>
        <source>A PIN has 4 to 12 digits. It keeps colleagues from using your profile by mistake; it does not encrypt anything.</source>
        <translation>Un code PIN comporte de 4 à 12 chiffres. Il évite que des collègues utilisent votre profil par erreur&#x202f;; il ne chiffre rien.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="138"/>
        <source>About PINs</source>
        <translation>À propos des codes PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="142"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="151"/>
        <source>P&amp;IN:</source>
        <translation>Code P&amp;IN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="154"/>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>&amp;Create and open</source>
        <translation>&amp;Créer et ouvrir</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>Create the profile and open it</source>
        <translation>Créer le profil et l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="161"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="58"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>OfflineHelpDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="159"/>
        <location filename="../../player/help_dialogs.py" line="160"/>
        <location filename="../../player/help_dialogs.py" line="162"/>
        <source>How Lectern works offline</source>
        <translation>Fonctionnement hors ligne de Lectern</translation>
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
&lt;h3&gt;Tout ce que vous étudiez se trouve sur cet ordinateur&lt;/h3&gt;
&lt;p&gt;Les vidéos, les lectures, les quiz et les discussions des cours de votre bibliothèque sont enregistrés sur
cet ordinateur. Vous pouvez étudier sans aucune connexion, aussi longtemps que vous le souhaitez.&lt;/p&gt;
&lt;h3&gt;Votre progression est enregistrée immédiatement&lt;/h3&gt;
&lt;p&gt;Votre position dans une vidéo, les lectures terminées, vos résultats aux quiz et vos messages du
forum sont enregistrés sur cet ordinateur dès que vous les faites, même si Lectern est fermé ou si
l’ordinateur est éteint ensuite.&lt;/p&gt;
&lt;h3&gt;L’envoi et la réception se font d’eux-mêmes&lt;/h3&gt;
&lt;p&gt;Lorsque vous êtes connecté au serveur de cours et que cet ordinateur est en ligne, Lectern envoie
vos modifications et récupère les messages des autres apprenants de lui-même, toutes les quelques minutes et peu
après chacune de vos modifications. Vous n’avez jamais rien à faire&#x202f;; «&#xa0;Synchroniser maintenant&#xa0;» (F5) ne fait que lancer
la synchronisation immédiatement. La barre en bas de la fenêtre indique si vous êtes en ligne et combien de modifications
sont en attente.&lt;/p&gt;
&lt;h3&gt;Rien n’est perdu hors ligne&lt;/h3&gt;
&lt;p&gt;Les modifications faites hors ligne attendent en sécurité sur cet ordinateur et sont envoyées à la prochaine synchronisation. Les messages
que vous écrivez hors ligne sont marqués «&#xa0;en attente d’envoi&#xa0;» et parviennent aux autres apprenants après celle-ci.&lt;/p&gt;
&lt;h3&gt;Nouveaux cours et mises à jour&lt;/h3&gt;
&lt;p&gt;En ligne, Aller ▸ Catalogue des cours énumère les cours que le serveur de cours vous propose au
téléchargement. Sans connexion, le service informatique du tribunal peut vous remettre un fichier de cours (.lectern), par exemple
sur une clé USB&#xa0;: Fichier ▸ Importer un cours…&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../player/course/panes.py" line="33"/>
        <source>Course progress</source>
        <translation>Progression dans le cours</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="35"/>
        <source>New replies to your posts</source>
        <translation>Nouvelles réponses à vos messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/panes.py" line="50"/>
        <source>%n new reply(ies) to your posts</source>
        <translation>
            <numerusform>%n nouvelle réponse à vos messages</numerusform>
            <numerusform>%n nouvelles réponses à vos messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="58"/>
        <source>%1 of %2 required items done</source>
        <translation>%1 éléments obligatoires terminés sur %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="62"/>
        <source>✓ Completed: %1</source>
        <translation>✓ Terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/pdf/find.py" line="133"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="135"/>
        <source>Match {n} of {count}</source>
        <translation>Résultat {n} sur {count}</translation>
    </message>
</context>
<context>
    <name>PdfReadingView</name>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="59"/>
        <source>PDF reading</source>
        <translation>Lecture PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="75"/>
        <source>PDF pages</source>
        <translation>Pages du PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="144"/>
        <source>This PDF reading</source>
        <translation>Cette lecture PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="150"/>
        <source>the PDF is locked with a password.</source>
        <translation>le PDF est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152"/>
        <source>the file is damaged or is not a PDF.</source>
        <translation>le fichier est endommagé ou n’est pas un PDF.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="157"/>
        <source>the PDF has no pages.</source>
        <translation>le PDF ne contient aucune page.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="173"/>
        <source>This reading cannot be opened: {reason} Ask the course provider for a new copy.</source>
        <translation>Impossible d’ouvrir cette lecture&#xa0;: {reason} Demandez une nouvelle copie au fournisseur du cours.</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="25"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="26"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Page précédente (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="30"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="31"/>
        <source>Type a page number and press Enter</source>
        <translation>Saisissez un numéro de page et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="35"/>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Page suivante (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="41"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="43"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="44"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="45"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ajuster la page à la largeur (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="50"/>
        <location filename="../../player/item_views/pdf/toolbar.py" line="51"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="52"/>
        <source>Ctrl+F; Enter finds the next match, Shift+Enter the previous one</source>
        <translation>Ctrl+F&#x202f;; Entrée trouve le résultat suivant, Maj+Entrée le précédent</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="56"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="58"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="60"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="62"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="90"/>
        <source>of {count}</source>
        <translation>sur {count}</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="67"/>
        <source>Report a message</source>
        <translation>Signaler un message</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="68"/>
        <source>The moderators of this course will read your report and decide. The author is not told who reported it. Your report is sent with the next sync.</source>
        <translation>Les modérateurs de ce cours liront votre signalement et décideront. L’auteur ne saura pas qui l’a signalé. Votre signalement est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="70"/>
        <source>&amp;Report</source>
        <translation>&amp;Signaler</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="76"/>
        <source>Thank you. Your report is kept on this computer and reaches the moderators with the next sync.</source>
        <translation>Merci. Votre signalement est conservé sur cet ordinateur et parviendra aux modérateurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="86"/>
        <source>Asking the course server…</source>
        <translation>Demande au serveur de cours…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="91"/>
        <source>Hide a message</source>
        <translation>Masquer un message</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="92"/>
        <source>Learners no longer see it after their next sync; its author sees that a moderator hid it, with your reason. Nothing is deleted, and the course server&apos;s audit log keeps who hid it and why.</source>
        <translation>Les apprenants ne le voient plus après leur prochaine synchronisation&#xa0;; son auteur voit qu’un modérateur l’a masqué, avec votre motif. Rien n’est supprimé, et le journal d’audit du serveur de cours garde qui l’a masqué et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="95"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="97"/>
        <source>Restore a message</source>
        <translation>Rétablir un message</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="98"/>
        <source>Learners see it again after their next sync. The audit log keeps your reason.</source>
        <translation>Les apprenants le revoient après leur prochaine synchronisation. Le journal d’audit garde votre motif.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="99"/>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="106"/>
        <source>Hidden. Learners no longer see it after their next sync.</source>
        <translation>Masqué. Les apprenants ne le voient plus après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="107"/>
        <source>Restored. Learners see it again after their next sync.</source>
        <translation>Rétabli. Les apprenants le revoient après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="116"/>
        <source>The course server refused: %1</source>
        <translation>Le serveur de cours a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="56"/>
        <source>Current PIN of %1</source>
        <translation>Code PIN actuel de %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="57"/>
        <source>&amp;Current PIN:</source>
        <translation>Code PIN &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="62"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="94"/>
        <source>That PIN was not right several times. Please wait before trying again (%1 s).</source>
        <translation>Ce code PIN a été refusé plusieurs fois. Veuillez patienter avant de réessayer (%1 s).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="97"/>
        <source>Type the current PIN of “%1”.</source>
        <translation>Saisissez le code PIN actuel de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="124"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN est incorrect. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="125"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>Ce code PIN est incorrect. Veuillez patienter avant de réessayer (%1 s).</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../player/profiles/chooser.py" line="84"/>
        <source>Choose your profile — Lectern</source>
        <translation>Choisissez votre profil — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="85"/>
        <source>Choose your profile</source>
        <translation>Choisissez votre profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="92"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="95"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="98"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="108"/>
        <source>Profile picture</source>
        <translation>Image du profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="110"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="112"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="124"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="130"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="131"/>
        <source>Create a new profile</source>
        <translation>Créer un nouveau profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="134"/>
        <source>&amp;Manage</source>
        <translation>&amp;Gérer</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="135"/>
        <source>Rename the selected profile, change its PIN, or delete it</source>
        <translation>Renommer le profil sélectionné, changer son code PIN ou le supprimer</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="139"/>
        <source>Manage the profile</source>
        <translation>Gérer le profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="140"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="142"/>
        <source>Change the &amp;PIN…</source>
        <translation>Changer le &amp;code PIN…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>Open the selected profile</source>
        <translation>Ouvrir le profil sélectionné</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>Quit Lectern</source>
        <translation>Quitter Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="187"/>
        <source>Enter the PIN for “%1”</source>
        <translation>Saisissez le code PIN de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="188"/>
        <source>This profile is protected by a PIN.</source>
        <translation>Ce profil est protégé par un code PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="194"/>
        <source>Who is studying?</source>
        <translation>Qui étudie&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="196"/>
        <source>Each person on this computer has their own profile, with their own progress and forum posts. Choose yours, or create one.</source>
        <translation>Chaque personne qui utilise cet ordinateur a son propre profil, avec sa propre progression et ses propres messages du forum. Choisissez le vôtre ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="216"/>
        <source>Protected by a PIN</source>
        <translation>Protégé par un code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="220"/>
        <source>%1, protected by a PIN</source>
        <translation>%1, protégé par un code PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="246"/>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="276"/>
        <source>Type the PIN for “%1”.</source>
        <translation>Saisissez le code PIN de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="299"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN est incorrect. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="324"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>Ce code PIN est incorrect. Veuillez patienter avant de réessayer (%1 s).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="337"/>
        <source>That PIN was not right. You can try again now.</source>
        <translation>Ce code PIN était incorrect. Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="428"/>
        <source>The profile is now called “%1”.</source>
        <translation>Le profil s’appelle désormais «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="433"/>
        <source>“%1” now has a new PIN.</source>
        <translation>«&#xa0;%1&#xa0;» a désormais un nouveau code PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="434"/>
        <source>“%1” now has no PIN.</source>
        <translation>«&#xa0;%1&#xa0;» n’a plus de code PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="444"/>
        <source>The profile “%1” was deleted.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="138"/>
        <source>Rename “%1”</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="170"/>
        <source>PIN of “%1”</source>
        <translation>Code PIN de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="220"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PublishersPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="246"/>
        <source>Course publishers</source>
        <translation>Éditeurs de cours</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="247"/>
        <source>Allow &amp;unsigned courses and unknown publishers</source>
        <translation>Autoriser les cours non signés et les éditeurs &amp;inconnus</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="249"/>
        <source>Allow unsigned courses</source>
        <translation>Autoriser les cours non signés</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="250"/>
        <source>Safety:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="253"/>
        <source>Warning: Lectern will accept courses that anyone may have made or changed. Turn this on only for courses you made yourself, and ask court IT first.</source>
        <translation>Avertissement&#xa0;: Lectern acceptera des cours que n’importe qui peut avoir créés ou modifiés. N’activez cette option que pour des cours que vous avez créés vous-même, et consultez d’abord le service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="257"/>
        <source>Warning about unsigned courses</source>
        <translation>Avertissement concernant les cours non signés</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="264"/>
        <source>Trusted publishers</source>
        <translation>Éditeurs approuvés</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="272"/>
        <source>&amp;Add publisher key…</source>
        <translation>&amp;Ajouter une clé d’éditeur…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="273"/>
        <source>Add a publisher key from a .pub file</source>
        <translation>Ajouter une clé d’éditeur depuis un fichier .pub</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="274"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="275"/>
        <source>Remove the selected publisher</source>
        <translation>Retirer l’éditeur sélectionné</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="282"/>
        <source>&amp;Trusted:</source>
        <translation>Ap&amp;prouvés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="284"/>
        <source>Courses signed by these publishers are accepted. Keys from court IT cannot be removed here.</source>
        <translation>Les cours signés par ces éditeurs sont acceptés. Les clés fournies par le service informatique du tribunal ne peuvent pas être retirées ici.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="296"/>
        <source>Trusted on this computer by court IT; it cannot be removed here.</source>
        <translation>Approuvé sur cet ordinateur par le service informatique du tribunal&#x202f;; il ne peut pas être retiré ici.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="307"/>
        <source>No publishers yet. Courses must be signed by a trusted publisher to be imported.</source>
        <translation>Aucun éditeur pour l’instant. Les cours doivent être signés par un éditeur approuvé pour pouvoir être importés.</translation>
    </message>
</context>
<context>
    <name>QrPreview</name>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="18"/>
        <source>QR code of the certificate</source>
        <translation>Code QR du certificat</translation>
    </message>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="19"/>
        <source>It holds the whole signed certificate, so a printout can be checked with no network.</source>
        <translation>Il contient l’intégralité du certificat signé&#xa0;: un exemplaire imprimé peut ainsi être vérifié sans réseau.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="147"/>
        <source>Question {n} of {total}</source>
        <translation>Question {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="152"/>
        <source>Question {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="156"/>
        <source>Choose all that apply.</source>
        <translation>Cochez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="186"/>
        <source>Feedback on question {n}</source>
        <translation>Commentaire sur la question {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="225"/>
        <source>✓ Correct.</source>
        <translation>✓ Correct.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="227"/>
        <source>✗ Not correct: this question has more than one right answer, and all of them (and only them) must be chosen.</source>
        <translation>✗ Incorrect&#xa0;: cette question a plusieurs bonnes réponses, et il faut les choisir toutes (et elles seules).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="230"/>
        <source>✗ Not correct.</source>
        <translation>✗ Incorrect.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="56"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="61"/>
        <source>Quiz rules</source>
        <translation>Règles du quiz</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="63"/>
        <location filename="../../player/item_views/quiz_view.py" line="65"/>
        <source>Earlier attempts</source>
        <translation>Tentatives précédentes</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="81"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="89"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="104"/>
        <source>Quiz message</source>
        <translation>Message du quiz</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="106"/>
        <source>&amp;Submit answers</source>
        <translation>&amp;Valider les réponses</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="107"/>
        <source>Submit answers</source>
        <translation>Valider les réponses</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="108"/>
        <source>Check your answers and record this attempt</source>
        <translation>Vérifier vos réponses et enregistrer cette tentative</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="110"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="111"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="112"/>
        <source>Clear the answers and start a new attempt</source>
        <translation>Effacer les réponses et commencer une nouvelle tentative</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="155"/>
        <source>%n question(s). The pass mark is %1%.</source>
        <translation>
            <numerusform>%n question. Le seuil de réussite est de %1&#xa0;%.</numerusform>
            <numerusform>%n questions. Le seuil de réussite est de %1&#xa0;%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="158"/>
        <source>You may make %n attempt(s); %1 left.</source>
        <translation>
            <numerusform>Vous disposez de %n tentative&#xa0;; il en reste %1.</numerusform>
            <numerusform>Vous disposez de %n tentatives&#xa0;; il en reste %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="285"/>
        <source>You have used all %n attempt(s), so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation>
            <numerusform>Vous avez utilisé la seule tentative autorisée&#xa0;: ce quiz ne peut donc plus être réussi sur cet ordinateur. Adressez-vous au coordonnateur de votre cours.</numerusform>
            <numerusform>Vous avez utilisé vos %n tentatives&#xa0;: ce quiz ne peut donc plus être réussi sur cet ordinateur. Adressez-vous au coordonnateur de votre cours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="161"/>
        <source>You have passed this quiz.</source>
        <translation>Vous avez réussi ce quiz.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="168"/>
        <source>Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}</source>
        <translation>Tentative {n}&#xa0;: {correct} sur {total} ({percent}&#xa0;%), {outcome} — {when}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="230"/>
        <source>Answer question {n} before submitting.</source>
        <translation>Répondez à la question {n} avant de valider.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="240"/>
        <source>Saving your answers…</source>
        <translation>Enregistrement de vos réponses…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="249"/>
        <source>Your answers could not be saved. Nothing was recorded; you can submit them again.</source>
        <translation>Vos réponses n’ont pas pu être enregistrées. Rien n’a été enregistré&#x202f;; vous pouvez les valider de nouveau.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="267"/>
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation>Votre score est de {correct} sur {total} ({percent}&#xa0;%). Le seuil de réussite est de {pass_mark}&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="272"/>
        <source>You passed.</source>
        <translation>Vous avez réussi.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="274"/>
        <source>You did not pass this time.</source>
        <translation>Vous n’avez pas réussi cette fois.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="282"/>
        <source>You have used all your attempts.</source>
        <translation>Vous avez utilisé toutes vos tentatives.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="289"/>
        <source>Read the explanations, then try again if you wish.</source>
        <translation>Lisez les explications, puis réessayez si vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>ReadingItemView</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="115"/>
        <source>Meanwhile you can mark it as read to go on with the course.</source>
        <translation>En attendant, vous pouvez la marquer comme lue pour poursuivre le cours.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="142"/>
        <source>Reading complete.</source>
        <translation>Lecture terminée.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="24"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="27"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="28"/>
        <source>In a few words</source>
        <translation>En quelques mots</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="29"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <location filename="../../player/refusal_notice.py" line="25"/>
        <source>Not accepted by the course server</source>
        <translation>Refusé par le serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="26"/>
        <source>Why the course server did not accept it</source>
        <translation>Pourquoi le serveur de cours l’a refusé</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="38"/>
        <source>The course server did not accept your last change here: %1</source>
        <translation>Le serveur de cours a refusé votre dernière modification ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RemoveCourseDialog</name>
    <message>
        <location filename="../../player/library_view.py" line="236"/>
        <location filename="../../player/library_view.py" line="237"/>
        <source>Remove course</source>
        <translation>Supprimer le cours</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="238"/>
        <source>Remove “%1” from this computer? Its videos and readings are deleted; you can import it again later.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de cet ordinateur&#x202f;? Ses vidéos et ses lectures seront effacées&#x202f;; vous pourrez l’importer de nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="242"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="243"/>
        <source>&amp;Keep my progress</source>
        <translation>&amp;Conserver ma progression</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="245"/>
        <source>Keep my progress</source>
        <translation>Conserver ma progression</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="247"/>
        <source>Your completed items and quiz results stay on this computer and come back if you import the course again.</source>
        <translation>Les éléments terminés et les résultats aux quiz restent sur cet ordinateur et réapparaissent si vous importez de nouveau le cours.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="250"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="252"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="254"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="262"/>
        <location filename="../../player/library_view.py" line="263"/>
        <source>Which language versions?</source>
        <translation>Quelles versions linguistiques&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="267"/>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="268"/>
        <source>Remove only the %1 version</source>
        <translation>Supprimer seulement la version %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="271"/>
        <source>&amp;All languages (%1)</source>
        <translation>&amp;Toutes les langues (%1)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="273"/>
        <source>Remove every language version</source>
        <translation>Supprimer toutes les versions linguistiques</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="280"/>
        <source>Your completed items and quiz results are kept for the course&apos;s other languages, and come back if you import it again.</source>
        <translation>Vos éléments terminés et vos résultats de quiz sont conservés pour les autres langues du cours, et reviennent si vous l’importez à nouveau.</translation>
    </message>
</context>
<context>
    <name>RenameProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="143"/>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="145"/>
        <source>New &amp;name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Rename the profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="188"/>
        <source>Requirements — Lectern</source>
        <translation>Conditions d’obtention — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="189"/>
        <source>Requirements for the certificate</source>
        <translation>Conditions d’obtention du certificat</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="193"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RequirementsLauncher</name>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>&amp;Requirements</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>Requirements for the certificate</source>
        <translation>Conditions d’obtention du certificat</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="37"/>
        <source>What earns this course&apos;s certificate, and what is left (Ctrl+R)</source>
        <translation>Ce qui permet d’obtenir le certificat de ce cours, et ce qu’il reste à faire (Ctrl+R)</translation>
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
        <translation>Conditions d’obtention du certificat</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="52"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="53"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="55"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="58"/>
        <source>Requirements done</source>
        <translation>Conditions remplies</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="60"/>
        <source>Requirements</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="68"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="82"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="89"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="96"/>
        <source>Complete %1</source>
        <translation>Terminer %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="97"/>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="99"/>
        <source>Pass %1</source>
        <translation>Réussir %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="100"/>
        <source>Not passed yet</source>
        <translation>Pas encore réussi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="102"/>
        <source>Post at least %n time(s) in %1</source>
        <translation>
            <numerusform>Publier au moins %n message dans %1</numerusform>
            <numerusform>Publier au moins %n messages dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="104"/>
        <source>%n more post(s) to go</source>
        <translation>
            <numerusform>Encore %n message à publier</numerusform>
            <numerusform>Encore %n messages à publier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="106"/>
        <source>Reply to at least one colleague in the discussions</source>
        <translation>Répondre à au moins un collègue dans les discussions</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="107"/>
        <source>No reply to a colleague yet</source>
        <translation>Aucune réponse à un collègue pour l’instant</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="110"/>
        <source>Before %1</source>
        <translation>Avant le %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="111"/>
        <source>Before the course&apos;s end</source>
        <translation>Avant la fin du cours</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="112"/>
        <source>The course ended before every requirement was done</source>
        <translation>Le cours s’est terminé avant que toutes les conditions soient remplies</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="113"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="117"/>
        <source>This course does not award a certificate.</source>
        <translation>Ce cours ne délivre pas de certificat.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="119"/>
        <source>Certificate: issued. It is in Go ▸ Certificates, to save as a PDF or print.</source>
        <translation>Certificat&#xa0;: délivré. Il se trouve dans Aller ▸ Certificats, pour l’enregistrer en PDF ou l’imprimer.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="122"/>
        <source>Certificate: revoked. The course server withdrew it; ask the course&apos;s organisers why.</source>
        <translation>Certificat&#xa0;: révoqué. Le serveur de cours l’a retiré&#x202f;; demandez la raison aux organisateurs du cours.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="125"/>
        <source>Certificate: earned, waiting to sync. The course server issues it after this computer&apos;s next sync.</source>
        <translation>Certificat&#xa0;: obtenu, en attente de synchronisation. Le serveur de cours le délivre après la prochaine synchronisation de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="128"/>
        <source>Certificate: not earned. The course ended before every requirement was done.</source>
        <translation>Certificat&#xa0;: non obtenu. Le cours s’est terminé avant que toutes les conditions soient remplies.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="130"/>
        <source>Certificate: not yet earned. %n requirement(s) left.</source>
        <translation>
            <numerusform>Certificat&#xa0;: pas encore obtenu. Il reste %n condition à remplir.</numerusform>
            <numerusform>Certificat&#xa0;: pas encore obtenu. Il reste %n conditions à remplir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="150"/>
        <source>%1 of %2 requirements done</source>
        <translation>%1 conditions remplies sur %2</translation>
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
        <translation>Serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="103"/>
        <source>Course server address</source>
        <translation>Adresse du serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="106"/>
        <source>Course server &amp;address:</source>
        <translation>&amp;Adresse du serveur de cours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="108"/>
        <source>Where your courses come from and your progress goes. Court IT or the course provider gives you this address.</source>
        <translation>D’où viennent vos cours et où va votre progression. Le service informatique du tribunal ou le fournisseur du cours vous communique cette adresse.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="115"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="122"/>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="123"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="124"/>
        <source>Leave empty to connect the way this computer usually does.</source>
        <translation>Laissez vide pour vous connecter comme le fait habituellement cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="127"/>
        <source>Certificate file</source>
        <translation>Fichier de certificats</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="128"/>
        <source>None (this computer&apos;s certificates)</source>
        <translation>Aucun (certificats de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="129"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="130"/>
        <source>Choose a certificate file</source>
        <translation>Choisir un fichier de certificats</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="131"/>
        <source>&amp;Certificates:</source>
        <translation>&amp;Certificats&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="134"/>
        <source>Only needed behind a proxy that inspects secure connections: a PEM file from court IT.</source>
        <translation>Nécessaire uniquement derrière un proxy qui inspecte les connexions sécurisées&#xa0;: un fichier PEM fourni par le service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="146"/>
        <source>You are signed in to this course server as %1. To use another, sign out first.</source>
        <translation>Vous êtes connecté à ce serveur de cours en tant que %1. Pour en utiliser un autre, déconnectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="153"/>
        <source>You are signed in as %1.</source>
        <translation>Vous êtes connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../player/settings/dialog.py" line="55"/>
        <source>Settings — Lectern</source>
        <translation>Paramètres — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="56"/>
        <location filename="../../player/settings/dialog.py" line="86"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="65"/>
        <source>Loading settings…</source>
        <translation>Chargement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="66"/>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="91"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="94"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="171"/>
        <source>the site configuration</source>
        <translation>la configuration du site</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="172"/>
        <source>Court IT set this in %1. It cannot be changed here.</source>
        <translation>Le service informatique du tribunal a défini ce paramètre dans %1. Il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="173"/>
        <source>Set by your administrator in %1.</source>
        <translation>Défini par votre administrateur dans %1.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="238"/>
        <source>it contains a space.</source>
        <translation>elle contient une espace.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="239"/>
        <source>it does not start with %1://.</source>
        <translation>elle ne commence pas par %1://.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="242"/>
        <source>it starts with “%1://”, which Lectern cannot use.</source>
        <translation>elle commence par «&#xa0;%1://&#xa0;», que Lectern ne peut pas utiliser.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="243"/>
        <source>the computer&apos;s name is missing after “//”.</source>
        <translation>le nom de l’ordinateur manque après «&#xa0;//&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="245"/>
        <source>Give the full path of the file, or choose it with Browse.</source>
        <translation>Indiquez le chemin complet du fichier, ou choisissez-le avec Parcourir.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="246"/>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier n’existe à l’emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="248"/>
        <source>Lectern cannot read %1. Ask court IT to check who may read it.</source>
        <translation>Lectern ne peut pas lire %1. Demandez au service informatique du tribunal de vérifier qui est autorisé à le lire.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="251"/>
        <source>%1 is not a certificate file: it should contain “-----BEGIN CERTIFICATE-----”.</source>
        <translation>%1 n’est pas un fichier de certificats&#xa0;: il devrait contenir «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="254"/>
        <source>The start and the end are the same time. Choose two different times, or tick “Any time”.</source>
        <translation>Le début et la fin correspondent à la même heure. Choisissez deux heures différentes, ou cochez «&#xa0;À toute heure&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="259"/>
        <source>This is not a web address Lectern can use: %1 It should look like https://courses.example.org</source>
        <translation>Ce n’est pas une adresse web utilisable par Lectern&#xa0;: %1 Elle devrait ressembler à https://courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="262"/>
        <source>This is not a proxy address Lectern can use: %1 It should look like http://proxy.court.local:3128</source>
        <translation>Ce n’est pas une adresse de proxy utilisable par Lectern&#xa0;: %1 Elle devrait ressembler à http://proxy.court.local:3128</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="282"/>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>Rien n’a été enregistré. Veuillez corriger ce qui est signalé ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="304"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="349"/>
        <location filename="../../player/settings/dialog.py" line="352"/>
        <source>Choose a certificate file</source>
        <translation>Choisir un fichier de certificats</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="350"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Add a publisher key</source>
        <translation>Ajouter une clé d’éditeur</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Publisher keys (*.pub);;All files (*)</source>
        <translation>Clés d’éditeur (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="357"/>
        <source>Choose a publisher key file</source>
        <translation>Choisir un fichier de clé d’éditeur</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="379"/>
        <source>This publisher is already trusted.</source>
        <translation>Cet éditeur est déjà approuvé.</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="129"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="133"/>
        <source>set by your administrator</source>
        <translation>défini par votre administrateur</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="137"/>
        <source>Locked by court IT</source>
        <translation>Verrouillé par le service informatique</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="143"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="155"/>
        <source>Problem with this setting</source>
        <translation>Problème avec ce paramètre</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="50"/>
        <source>Unnamed publisher</source>
        <translation>Éditeur sans nom</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="51"/>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="53"/>
        <source>%1 · added by court IT</source>
        <translation>%1 · ajoutée par le service informatique</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="36"/>
        <source>Language — Lectern</source>
        <translation>Langue — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="37"/>
        <source>The new interface language is used from the next time Lectern starts.</source>
        <translation>La nouvelle langue de l’interface sera utilisée au prochain démarrage de Lectern.</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="40"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="41"/>
        <source>Restart Lectern now</source>
        <translation>Redémarrer Lectern maintenant</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="42"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="49"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="59"/>
        <location filename="../../player/help_dialogs.py" line="60"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="61"/>
        <source>Every action is in a menu and can be reached with the keyboard: Alt with the underlined letter opens a menu, Tab and Shift+Tab move between controls.</source>
        <translation>Toutes les actions figurent dans un menu et sont accessibles au clavier&#xa0;: Alt suivi de la lettre soulignée ouvre un menu, Tab et Maj+Tab permettent de passer d’une commande à l’autre.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="65"/>
        <source>About these keys</source>
        <translation>À propos de ces touches</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="67"/>
        <source>Keys and what they do</source>
        <translation>Les touches et leur fonction</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>What they do</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="116"/>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="120"/>
        <source>In the open item</source>
        <translation>Dans l’élément ouvert</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="121"/>
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="122"/>
        <source>Move through the items</source>
        <translation>Parcourir les éléments</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="123"/>
        <source>Open the selected item</source>
        <translation>Ouvrir l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="125"/>
        <source>Video (when the video has the focus)</source>
        <translation>Vidéo (lorsque la vidéo a le focus)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="126"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="127"/>
        <source>Back or forward 10 seconds</source>
        <translation>Reculer ou avancer de 10 secondes</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="128"/>
        <source>Volume up or down</source>
        <translation>Augmenter ou baisser le volume</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="129"/>
        <source>Mute or unmute</source>
        <translation>Couper ou rétablir le son</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="130"/>
        <source>Captions on or off</source>
        <translation>Activer ou désactiver les sous-titres</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="131"/>
        <source>Full screen on or off</source>
        <translation>Activer ou quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="132"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="135"/>
        <source>PDF reading</source>
        <translation>Lecture PDF</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="136"/>
        <source>Search in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="137"/>
        <source>Next or previous match</source>
        <translation>Résultat suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="140"/>
        <source>Zoom in or out</source>
        <translation>Zoom avant ou arrière</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="141"/>
        <source>Fit the page to the width</source>
        <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="143"/>
        <source>Next or previous page</source>
        <translation>Page suivante ou précédente</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="145"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="147"/>
        <source>Send the post or reply you are writing</source>
        <translation>Envoyer le message ou la réponse en cours de rédaction</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="147"/>
        <location filename="../../player/sign_in_dialog.py" line="148"/>
        <source>Sign in to the course server</source>
        <translation>Se connecter au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="152"/>
        <source>Sign in once on this computer. Lectern then sends your progress and forum posts to the course server by itself whenever the network is there, and downloads the courses you choose.</source>
        <translation>Connectez-vous une seule fois sur cet ordinateur. Lectern envoie ensuite de lui-même votre progression et vos messages du forum au serveur de cours dès que le réseau est disponible, et télécharge les cours que vous choisissez.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="156"/>
        <source>About signing in</source>
        <translation>À propos de la connexion</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="159"/>
        <source>Course server address</source>
        <translation>Adresse du serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="160"/>
        <source>courses.example.org</source>
        <translation>courses.example.org</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="162"/>
        <source>The address court IT gave you, for example courses.example.org. Lectern adds https:// itself.</source>
        <translation>L’adresse que vous a communiquée le service informatique du tribunal, par exemple courses.example.org. Lectern ajoute https:// de lui-même.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="165"/>
        <source>Set by court IT for this computer.</source>
        <translation>Défini par le service informatique du tribunal pour cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="166"/>
        <source>About the course server address</source>
        <translation>À propos de l’adresse du serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="171"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="174"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="176"/>
        <source>Name of this computer</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="178"/>
        <source>How the course server lists this computer among your devices, e.g. “Courtroom 3 PC”.</source>
        <translation>Nom sous lequel le serveur de cours affiche cet ordinateur parmi vos appareils, par ex. «&#xa0;PC de la salle d’audience 3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="186"/>
        <source>Course server &amp;address:</source>
        <translation>&amp;Adresse du serveur de cours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="189"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="191"/>
        <source>&amp;Computer name:</source>
        <translation>Nom de l’&amp;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="197"/>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="201"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="203"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="206"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="255"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
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
        <translation>Problème de fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="32"/>
        <source>Problems in the settings file</source>
        <translation>Problèmes dans le fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="36"/>
        <source>Court IT&apos;s settings file has a problem.</source>
        <translation>Le fichier de paramètres du service informatique du tribunal présente un problème.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="43"/>
        <source>Each line says what Lectern does until it is fixed; everything else works as usual. Please tell court IT so they can correct the file.</source>
        <translation>Chaque ligne indique ce que fait Lectern tant que le problème n’est pas corrigé&#x202f;; tout le reste fonctionne normalement. Veuillez en informer le service informatique du tribunal afin qu’il corrige le fichier.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="46"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="50"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="51"/>
        <source>Hide this notice until Lectern is started again. Settings shows it too.</source>
        <translation>Masquer cet avis jusqu’au prochain démarrage de Lectern. Il figure aussi dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="99"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="104"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="108"/>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="110"/>
        <source>Progress, quiz results and forum posts recorded on this computer that the course server has not received yet. They are kept safely until then.</source>
        <translation>Progression, résultats aux quiz et messages du forum enregistrés sur cet ordinateur que le serveur de cours n’a pas encore reçus. Ils sont conservés en sécurité jusque-là.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="114"/>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="118"/>
        <source>Last sync problem</source>
        <translation>Dernier problème de synchronisation</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="124"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="133"/>
        <location filename="../../player/status_bar.py" line="187"/>
        <source>Open the announcements</source>
        <translation>Ouvrir les annonces</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="137"/>
        <location filename="../../player/status_bar.py" line="138"/>
        <location filename="../../player/status_bar.py" line="293"/>
        <location filename="../../player/status_bar.py" line="294"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="139"/>
        <source>Send your changes and fetch others&apos; posts now (F5)</source>
        <translation>Envoyer vos modifications et récupérer les messages des autres maintenant (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="183"/>
        <source>%n new announcement(s)</source>
        <translation>
            <numerusform>%n nouvelle annonce</numerusform>
            <numerusform>%n nouvelles annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="186"/>
        <source>%n new announcement(s): open the announcements</source>
        <translation>
            <numerusform>%n nouvelle annonce&#xa0;: ouvrir les annonces</numerusform>
            <numerusform>%n nouvelles annonces&#xa0;: ouvrir les annonces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="188"/>
        <source>Open the announcements (Ctrl+Shift+A)</source>
        <translation>Ouvrir les annonces (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="225"/>
        <source>Changes waiting: unknown</source>
        <translation>Modifications en attente&#xa0;: inconnu</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="232"/>
        <source>No changes waiting to be sent</source>
        <translation>Aucune modification en attente d’envoi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="234"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="240"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="242"/>
        <source>Lectern works fully offline and keeps everything on this computer. Sign in to the course server (Course server ▸ Sign in…) to send your progress and forum posts and to download courses.</source>
        <translation>Lectern fonctionne entièrement hors ligne et conserve tout sur cet ordinateur. Connectez-vous au serveur de cours (Serveur de cours ▸ Se connecter…) pour envoyer votre progression et vos messages du forum et pour télécharger des cours.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="260"/>
        <source>Syncing… %1 of %2 sent</source>
        <translation>Synchronisation… %1 sur %2 envoyés</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="264"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="265"/>
        <source>Sending your changes to %1 and fetching new posts.</source>
        <translation>Envoi de vos modifications à %1 et récupération des nouveaux messages.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="268"/>
        <source>Looking for the course server…</source>
        <translation>Recherche du serveur de cours…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="269"/>
        <source>Checking whether %1 can be reached.</source>
        <translation>Vérification de l’accessibilité de %1.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="272"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="273"/>
        <source>Connected to %1 as %2. Lectern syncs by itself every few minutes and after your changes.</source>
        <translation>Connecté à %1 en tant que %2. Lectern se synchronise de lui-même toutes les quelques minutes et après vos modifications.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="278"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="280"/>
        <source>The course server at %1 cannot be reached. Everything you do is kept on this computer and sent when the connection returns; Lectern checks by itself.</source>
        <translation>Le serveur de cours %1 est injoignable. Tout ce que vous faites est conservé sur cet ordinateur et envoyé au retour de la connexion&#x202f;; Lectern vérifie de lui-même.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="284"/>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="286"/>
        <source>The course server asks you to sign in again (Course server ▸ Sign in…). Your changes are kept and sent afterwards.</source>
        <translation>Le serveur de cours vous demande de vous reconnecter (Serveur de cours ▸ Se connecter…). Vos modifications sont conservées et envoyées ensuite.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="290"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="291"/>
        <source>Sign in to the course server</source>
        <translation>Se connecter au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="302"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="303"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="305"/>
        <source>The last time everything waiting was sent to the course server (by this computer&apos;s clock).</source>
        <translation>La dernière fois que tout ce qui était en attente a été envoyé au serveur de cours (selon l’horloge de cet ordinateur).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="326"/>
        <source>The course server refused %n change(s): %1</source>
        <translation>
            <numerusform>Le serveur de cours a refusé %n modification&#xa0;: %1</numerusform>
            <numerusform>Le serveur de cours a refusé %n modifications&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="302"/>
        <source>Offline: the %n change(s) waiting are kept on this computer and sent when the course server can be reached.</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: %n modification en attente est conservée sur cet ordinateur et sera envoyée lorsque le serveur de cours sera joignable.</numerusform>
            <numerusform>Hors ligne&#xa0;: les %n modifications en attente sont conservées sur cet ordinateur et seront envoyées lorsque le serveur de cours sera joignable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="305"/>
        <source>Offline: nothing is lost. Lectern syncs by itself when the course server can be reached.</source>
        <translation>Hors ligne&#xa0;: rien n’est perdu. Lectern se synchronise de lui-même lorsque le serveur de cours est joignable.</translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="328"/>
        <source>Sign in to send your progress and posts to the course server.</source>
        <translation>Connectez-vous pour envoyer votre progression et vos messages au serveur de cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="385"/>
        <source>The course server asks you to sign in again. The %n change(s) waiting on this computer are kept and sent after you sign in.</source>
        <translation>
            <numerusform>Le serveur de cours vous demande de vous reconnecter. %n modification en attente sur cet ordinateur est conservée et sera envoyée après votre connexion.</numerusform>
            <numerusform>Le serveur de cours vous demande de vous reconnecter. Les %n modifications en attente sur cet ordinateur sont conservées et seront envoyées après votre connexion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="388"/>
        <source>The course server asks you to sign in again. Nothing on this computer is lost.</source>
        <translation>Le serveur de cours vous demande de vous reconnecter. Rien n’est perdu sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TextReadingView</name>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="110"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="127"/>
        <source>Reading text</source>
        <translation>Texte de la lecture</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="152"/>
        <source>This reading</source>
        <translation>Cette lecture</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="193"/>
        <source>Links to outside the course do not open from Lectern. The address is: {url}</source>
        <translation>Les liens vers l’extérieur du cours ne s’ouvrent pas depuis Lectern. L’adresse est&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="196"/>
        <source>Link to outside the course (does not open here): {url}</source>
        <translation>Lien vers l’extérieur du cours (ne s’ouvre pas ici)&#xa0;: {url}</translation>
    </message>
</context>
<context>
    <name>ThreadComposer</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="48"/>
        <location filename="../../player/item_views/forum/compose.py" line="92"/>
        <source>New thread</source>
        <translation>Nouveau sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="54"/>
        <source>Thread title</source>
        <translation>Titre du sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="55"/>
        <source>A short title</source>
        <translation>Un titre court</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="60"/>
        <source>Thread message</source>
        <translation>Message du sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="61"/>
        <source>Your message (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>Votre message (texte brut&#x202f;; la syntaxe Markdown, comme *italique* et les listes, est prise en charge)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="62"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="93"/>
        <source>&amp;Post thread</source>
        <translation>&amp;Publier le sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="94"/>
        <source>Post thread</source>
        <translation>Publier le sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="67"/>
        <source>Cancel the new thread</source>
        <translation>Annuler le nouveau sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="87"/>
        <source>New discussion question (pinned at the top for everyone; kept on this computer and sent with the next sync)</source>
        <translation>Nouvelle question de discussion (épinglée en haut pour tous ; conservée sur cet ordinateur et envoyée à la prochaine synchronisation)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="89"/>
        <source>&amp;Post pinned question</source>
        <translation>&amp;Publier la question épinglée</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="90"/>
        <source>Post the pinned question</source>
        <translation>Publier la question épinglée</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="15"/>
        <location filename="../../player/item_views/forum/thread_list.py" line="43"/>
        <source>Threads</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="17"/>
        <source>&amp;New thread…</source>
        <translation>&amp;Nouveau sujet…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="18"/>
        <source>Start a new thread</source>
        <translation>Créer un nouveau sujet</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="19"/>
        <source>Start a new discussion about this prompt</source>
        <translation>Lancer une nouvelle discussion sur cette consigne</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="21"/>
        <source>New &amp;question…</source>
        <translation>Nouvelle &amp;question…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="22"/>
        <source>Start a pinned discussion question</source>
        <translation>Poser une question de discussion épinglée</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="24"/>
        <source>Instructors: a question pinned at the top of this discussion for every learner (kept on this computer at once and sent with the next sync, like any thread)</source>
        <translation>Formateurs : une question épinglée en haut de cette discussion pour tous les apprenants (conservée sur cet ordinateur immédiatement et envoyée à la prochaine synchronisation, comme tout sujet)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="32"/>
        <source>Threads in this discussion</source>
        <translation>Sujets de cette discussion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum/thread_list.py" line="44"/>
        <source>Threads · %n new</source>
        <translation>
            <numerusform>Sujets · %n nouveau</numerusform>
            <numerusform>Sujets · %n nouveaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../player/update_banner.py" line="28"/>
        <source>Course updates</source>
        <translation>Mises à jour des cours</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="29"/>
        <source>Course update notice</source>
        <translation>Avis de mise à jour de cours</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>&amp;Update now</source>
        <translation>&amp;Mettre à jour maintenant</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>Download the course updates</source>
        <translation>Télécharger les mises à jour des cours</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="36"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="47"/>
        <source>A new version of “%1” is on the course server (version %2; you have version %3). Updating keeps your progress.</source>
        <translation>Une nouvelle version de «&#xa0;%1&#xa0;» est disponible sur le serveur de cours (version %2&#x202f;; vous avez la version %3). La mise à jour conserve votre progression.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/update_banner.py" line="54"/>
        <source>New versions of %n course(s) are on the course server: %1. Updating keeps your progress.</source>
        <translation>
            <numerusform>Une nouvelle version de %n cours est disponible sur le serveur de cours&#xa0;: %1. La mise à jour conserve votre progression.</numerusform>
            <numerusform>De nouvelles versions de %n cours sont disponibles sur le serveur de cours&#xa0;: %1. La mise à jour conserve votre progression.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="63"/>
        <source>The update is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>La mise à jour est en cours de téléchargement&#x202f;; voir Téléchargements (Ctrl+J). Vous pouvez continuer à étudier entre-temps.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="98"/>
        <source>Video player</source>
        <translation>Lecteur vidéo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="99"/>
        <source>Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change the volume, F switches full screen, C switches captions.</source>
        <translation>Espace lance ou met en pause la lecture, les flèches gauche et droite déplacent de 10 secondes, les flèches haut et bas règlent le volume, F active ou désactive le plein écran, C active ou désactive les sous-titres.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="105"/>
        <source>Video picture</source>
        <translation>Image de la vidéo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="112"/>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="133"/>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="134"/>
        <source>Drag to move in the video; arrow keys move 10 seconds</source>
        <translation>Faites glisser pour vous déplacer dans la vidéo&#x202f;; les flèches déplacent de 10 secondes</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="145"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="151"/>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="152"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="155"/>
        <source>Back 10 seconds</source>
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="156"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>Reculer de 10 secondes (flèche gauche)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="159"/>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="160"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>Avancer de 10 secondes (flèche droite)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="163"/>
        <location filename="../../player/item_views/video/controls.py" line="387"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="164"/>
        <source>Mute or unmute (M)</source>
        <translation>Couper ou rétablir le son (M)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="169"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="170"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>Volume (flèches haut et bas)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="180"/>
        <location filename="../../player/item_views/video/controls.py" line="181"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="184"/>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="186"/>
        <source>{rate} (normal)</source>
        <translation>{rate} (normale)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="196"/>
        <source>Captions language</source>
        <translation>Langue des sous-titres</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="197"/>
        <source>Captions (C switches them on or off)</source>
        <translation>Sous-titres (C pour les activer ou les désactiver)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="198"/>
        <source>Captions off</source>
        <translation>Sans sous-titres</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="206"/>
        <source>Video quality</source>
        <translation>Qualité vidéo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="207"/>
        <source>Picture quality; only copies on this computer can be chosen</source>
        <translation>Qualité d’image&#x202f;; seules les copies présentes sur cet ordinateur peuvent être choisies</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="213"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="214"/>
        <source>Full screen on or off (F; Esc leaves)</source>
        <translation>Plein écran (F&#x202f;; Échap pour quitter)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="260"/>
        <source>Audio only</source>
        <translation>Audio seul</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="264"/>
        <source>Get standard quality in the Course catalog</source>
        <translation>Obtenir la qualité standard dans le catalogue des cours</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="266"/>
        <source>Get every quality in the Course catalog</source>
        <translation>Obtenir toutes les qualités dans le catalogue des cours</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="267"/>
        <source>{label} — not downloaded ({how})</source>
        <translation>{label} — non téléchargé ({how})</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="273"/>
        <source>Get standard quality…</source>
        <translation>Obtenir la qualité standard…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="274"/>
        <source>Download the standard-quality videos of this course (the course stays usable meanwhile)</source>
        <translation>Télécharger les vidéos en qualité standard de ce cours (le cours reste utilisable entre-temps)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="306"/>
        <source>Getting standard quality for this course: see Downloads. Open this lecture again when it is done to choose the better picture.</source>
        <translation>Obtention de la qualité standard pour ce cours&#xa0;: voir Téléchargements. Rouvrez cet exposé vidéo une fois le téléchargement terminé pour choisir la meilleure image.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="310"/>
        <source>To watch in standard quality, open the Course catalog and choose Get standard quality for this course.</source>
        <translation>Pour regarder en qualité standard, ouvrez le catalogue des cours et choisissez Obtenir la qualité standard pour ce cours.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="386"/>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="97"/>
        <source>The {failed} copy of this video cannot be played on this computer, so its sound-only copy plays instead (no picture).</source>
        <translation>La copie {failed} de cette vidéo ne peut pas être lue sur cet ordinateur&#xa0;: sa copie audio seule est lue à la place (sans image).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="101"/>
        <source>The {failed} copy of this video cannot be played on this computer, so the {label} copy plays instead.</source>
        <translation>La copie {failed} de cette vidéo ne peut pas être lue sur cet ordinateur&#xa0;: la copie {label} est lue à la place.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="113"/>
        <source>{label} (cannot be played here)</source>
        <translation>{label} (illisible ici)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="125"/>
        <source>This video cannot be played on this computer (its format, {codec}, is not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>Cette vidéo ne peut pas être lue sur cet ordinateur (son format, {codec}, n’est pas pris en charge). Demandez au fournisseur du cours une version en H.264 ou VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="130"/>
        <source>This video cannot be played on this computer (its formats, {codecs}, are not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>Cette vidéo ne peut pas être lue sur cet ordinateur (ses formats, {codecs}, ne sont pas pris en charge). Demandez au fournisseur du cours une version en H.264 ou VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="134"/>
        <source>This video cannot be played on this computer: the file may be damaged or in a format it cannot decode ({details}). Ask court IT for a new copy of the course.</source>
        <translation>Cette vidéo ne peut pas être lue sur cet ordinateur&#xa0;: le fichier est peut-être endommagé ou dans un format impossible à décoder ({details}). Demandez une nouvelle copie du cours au service informatique du tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="138"/>
        <source>This video cannot be played on this computer: no picture could be decoded from it. Ask court IT or the course provider for a new copy of the course.</source>
        <translation>Cette vidéo ne peut pas être lue sur cet ordinateur&#xa0;: aucune image n’a pu en être décodée. Demandez une nouvelle copie du cours au service informatique du tribunal ou au fournisseur du cours.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="81"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="137"/>
        <location filename="../../player/item_views/video_view.py" line="164"/>
        <source>This video</source>
        <translation>Cette vidéo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="187"/>
        <source>Audio only: this copy of the lecture has no picture.</source>
        <translation>Audio seul&#xa0;: cette copie de l’exposé vidéo n’a pas d’image.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../player/window_menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="45"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Importer un cours…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="46"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="47"/>
        <source>Add a course from a .lectern file</source>
        <translation>Ajouter un cours depuis un fichier .lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="55"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="57"/>
        <source>Course server, downloads and trusted publishers</source>
        <translation>Serveur de cours, téléchargements et éditeurs approuvés</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="62"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="63"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="65"/>
        <source>&amp;Previous item</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="67"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="68"/>
        <source>&amp;Next item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="69"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="71"/>
        <source>Course &amp;outline</source>
        <translation>Pl&amp;an du cours</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="73"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="75"/>
        <source>Course &amp;catalog</source>
        <translation>&amp;Catalogue des cours</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="76"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="77"/>
        <source>Courses the course server offers you, to download</source>
        <translation>Cours que le serveur de cours vous propose au téléchargement</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="78"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="79"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="80"/>
        <source>Progress of your downloads</source>
        <translation>Progression de vos téléchargements</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="82"/>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificats</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="83"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="84"/>
        <source>Your certificates, to save as a PDF or a signed credential</source>
        <translation>Vos certificats, à enregistrer en PDF ou en attestation numérique signée</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="86"/>
        <source>&amp;Announcements</source>
        <translation>&amp;Annonces</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="87"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="88"/>
        <source>What the instructors of your courses announced</source>
        <translation>Ce que les formateurs de vos cours ont annoncé</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="90"/>
        <source>Course &amp;server</source>
        <translation>&amp;Serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="91"/>
        <location filename="../../player/window_menus.py" line="127"/>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="92"/>
        <source>Sign in to the course server</source>
        <translation>Se connecter au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="93"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="94"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="95"/>
        <source>Send your changes and fetch others&apos; posts now</source>
        <translation>Envoyer vos modifications et récupérer les messages des autres maintenant</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="99"/>
        <source>Save changes to a &amp;file…</source>
        <translation>Enregistrer les modifications dans un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="100"/>
        <source>Save the changes waiting to a signed file, for court IT to take to the course server</source>
        <translation>Enregistrer les modifications en attente dans un fichier signé, que le service informatique du tribunal transmettra au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="103"/>
        <source>&amp;Load a reply file…</source>
        <translation>&amp;Charger un fichier de réponse…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="104"/>
        <source>Load the course server&apos;s reply to a saved file: others&apos; posts, certificates and updates</source>
        <translation>Charger la réponse du serveur de cours à un fichier enregistré&#xa0;: messages des autres, certificats et mises à jour</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="107"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="108"/>
        <source>Forget the sign-in on this computer; changes not yet sent are kept</source>
        <translation>Oublier la connexion sur cet ordinateur&#x202f;; les modifications pas encore envoyées sont conservées</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="112"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="113"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="114"/>
        <source>Every key Lectern knows, on one page</source>
        <translation>Toutes les touches de Lectern, sur une seule page</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="115"/>
        <source>How Lectern works &amp;offline</source>
        <translation>Fonctionnement &amp;hors ligne de Lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="117"/>
        <source>What is kept on this computer, and when it is sent to the course server</source>
        <translation>Ce qui est conservé sur cet ordinateur, et quand c’est envoyé au serveur de cours</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="120"/>
        <source>&amp;About Lectern</source>
        <translation>À &amp;propos de Lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="122"/>
        <source>Version, and where your data is kept</source>
        <translation>Version, et emplacement de vos données</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="126"/>
        <source>&amp;Sign in again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="95"/>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="96"/>
        <source>Revoked by the issuer</source>
        <translation>Révoqué par l’émetteur</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="97"/>
        <source>Earned, waiting to sync</source>
        <translation>Obtenu, en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="98"/>
        <source>Not yet earned</source>
        <translation>Pas encore obtenu</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="101"/>
        <source>The issuer revoked this certificate, so it cannot be saved or printed.</source>
        <translation>L’émetteur a révoqué ce certificat&#xa0;: il ne peut donc pas être enregistré ni imprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/screen.py" line="110"/>
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 heure</numerusform>
            <numerusform>%1 heures</numerusform>
        </translation>
    </message>
</context>
</TS>
