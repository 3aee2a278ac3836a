<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="202"/>
        <location filename="../../player/help_dialogs.py" line="203"/>
        <source>About Lectern</source>
        <translation>Acerca do Lectern</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="205"/>
        <source>Lectern %1</source>
        <translation>Lectern %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="207"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="211"/>
        <source>Lectern plays courses fully offline: videos, readings and quizzes stay on this computer, and so does your progress. It sends your progress to the course server when this computer is online.</source>
        <translation>O Lectern reproduz os cursos totalmente sem ligação: os vídeos, as leituras e os questionários ficam neste computador, tal como o seu progresso. O progresso é enviado para o servidor de cursos quando este computador está ligado à rede.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="215"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="217"/>
        <source>&amp;Data folder (your courses and progress):</source>
        <translation>&amp;Pasta de dados (os seus cursos e o seu progresso):</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="221"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="224"/>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="225"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="227"/>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="228"/>
        <source>Copy the data folder&apos;s path</source>
        <translation>Copiar o caminho da pasta de dados</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="230"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="231"/>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
</context>
<context>
    <name>AccessibilityPage</name>
    <message>
        <location filename="../../player/settings/accessibility.py" line="39"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="40"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="41"/>
        <source>High contrast colours</source>
        <translation>Cores de alto contraste</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="45"/>
        <source>Caption size</source>
        <translation>Tamanho das legendas</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="47"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="49"/>
        <source>Caption si&amp;ze:</source>
        <translation>&amp;Tamanho das legendas:</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="53"/>
        <source>Caption background</source>
        <translation>Fundo das legendas</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="56"/>
        <source>Caption bac&amp;kground:</source>
        <translation>&amp;Fundo das legendas:</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="59"/>
        <source>These apply at once and are kept for your profile.</source>
        <translation>Estas opções aplicam-se de imediato e ficam guardadas no seu perfil.</translation>
    </message>
    <message>
        <location filename="../../player/settings/accessibility.py" line="61"/>
        <source>About these settings</source>
        <translation>Acerca destas definições</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../player/announcements.py" line="114"/>
        <source>Announcement</source>
        <translation>Anúncio</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="115"/>
        <source>Announcement text</source>
        <translation>Texto do anúncio</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="117"/>
        <source>Announcement title</source>
        <translation>Título do anúncio</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="118"/>
        <source>&amp;Open announcements</source>
        <translation>&amp;Abrir os anúncios</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="119"/>
        <source>Open the announcements</source>
        <translation>Abrir os anúncios</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="120"/>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;lido</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="121"/>
        <source>Hide this announcement: it is read</source>
        <translation>Ocultar este anúncio: já foi lido</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="131"/>
        <source>Announcement: %1</source>
        <translation>Anúncio: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="133"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (e mais %n)</numerusform>
            <numerusform>%1 (e mais %n)</numerusform>
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
        <translation>Anúncios</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="164"/>
        <source>Announcements, newest first</source>
        <translation>Anúncios, os mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="168"/>
        <source>No announcements yet. Your instructors&apos; announcements arrive when this computer syncs with the course server.</source>
        <translation>Ainda não há anúncios. Os anúncios dos seus formadores chegam quando este computador sincroniza com o servidor de cursos.</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="171"/>
        <source>No announcements</source>
        <translation>Sem anúncios</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="176"/>
        <source>Announcement title</source>
        <translation>Título do anúncio</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="179"/>
        <source>From and when</source>
        <translation>Autor e data</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="181"/>
        <source>Announcement text</source>
        <translation>Texto do anúncio</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="194"/>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;tudo como lido</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="195"/>
        <source>Mark all announcements as read</source>
        <translation>Marcar todos os anúncios como lidos</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="200"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="201"/>
        <source>Close the announcements</source>
        <translation>Fechar os anúncios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/announcements.py" line="222"/>
        <source>Announcements · %n unread</source>
        <translation>
            <numerusform>Anúncios · %n por ler</numerusform>
            <numerusform>Anúncios · %n por ler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/announcements.py" line="228"/>
        <source>unread</source>
        <translation>por ler</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../player/widgets/banner.py" line="148"/>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>CaptionStyle</name>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="36"/>
        <source>Black</source>
        <translation>Preto</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="37"/>
        <source>Black, see-through</source>
        <translation>Preto, semitransparente</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/caption_style.py" line="38"/>
        <source>Dark grey</source>
        <translation>Cinzento-escuro</translation>
    </message>
</context>
<context>
    <name>CatalogCard</name>
    <message>
        <location filename="../../player/catalog_card.py" line="58"/>
        <source>Course on the course server: %1</source>
        <translation>Curso no servidor de cursos: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="67"/>
        <source>Course title</source>
        <translation>Título do curso</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="69"/>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="72"/>
        <source>Language, version and publisher</source>
        <translation>Idioma, versão e editor</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="73"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="75"/>
        <source>Languages and download sizes</source>
        <translation>Idiomas e tamanhos da transferência</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="78"/>
        <source>Language to download</source>
        <translation>Idioma a transferir</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="88"/>
        <source>State on this computer</source>
        <translation>Estado neste computador</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="91"/>
        <source>Download choices and sizes</source>
        <translation>Opções de transferência e tamanhos</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="94"/>
        <location filename="../../player/catalog_card.py" line="184"/>
        <source>Download choice for %1</source>
        <translation>Opção de transferência para %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="103"/>
        <source>&amp;Choice:</source>
        <translation>&amp;Opção:</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="106"/>
        <source>Download</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="156"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="159"/>
        <source>%1 (installed)</source>
        <translation>%1 (instalado)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="163"/>
        <source>%1 (%2 more with %3 installed)</source>
        <translation>%1 (mais %2 com %3 instalado)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="170"/>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Low bandwidth</source>
        <translation>Baixa largura de banda</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="201"/>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="202"/>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (%2p)</source>
        <translation>%1 (%2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="218"/>
        <source>%1 (up to %2p)</source>
        <translation>%1 (até %2p)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="222"/>
        <source>%1 — size not known yet</source>
        <translation>%1 — tamanho ainda desconhecido</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="226"/>
        <source>%1, the same as %2</source>
        <translation>%1, o mesmo que %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="234"/>
        <source>The smallest video of each lecture (%1p), captions and readings: for slow or costly internet.</source>
        <translation>O vídeo mais pequeno de cada aula (%1p), legendas e leituras: para Internet lenta ou dispendiosa.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="237"/>
        <source>The smallest video of each lecture, captions and readings: for slow or costly internet.</source>
        <translation>O vídeo mais pequeno de cada aula, legendas e leituras: para Internet lenta ou dispendiosa.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="240"/>
        <source>Videos up to %1p, captions and readings.</source>
        <translation>Vídeos até %1p, legendas e leituras.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="241"/>
        <source>Videos up to 480p, captions and readings.</source>
        <translation>Vídeos até 480p, legendas e leituras.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="243"/>
        <source>Every video quality (up to %1p), captions and readings.</source>
        <translation>Todas as qualidades de vídeo (até %1p), legendas e leituras.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="245"/>
        <source>Every video quality, captions and readings.</source>
        <translation>Todas as qualidades de vídeo, legendas e leituras.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="248"/>
        <source>This course has no videos.</source>
        <translation>Este curso não tem vídeos.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="250"/>
        <source>This course has no larger videos, so it is the same download as %1.</source>
        <translation>Este curso não tem vídeos maiores, pelo que a transferência é a mesma que %1.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="261"/>
        <source>size not known yet</source>
        <translation>tamanho ainda desconhecido</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="262"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="279"/>
        <source>Downloading…</source>
        <translation>A transferir…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="280"/>
        <source>Waiting to download</source>
        <translation>A aguardar transferência</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="282"/>
        <source>Pausing download…</source>
        <translation>A pausar a transferência…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="284"/>
        <source>Cancelling download…</source>
        <translation>A cancelar a transferência…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="286"/>
        <source>Download paused</source>
        <translation>Transferência em pausa</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="288"/>
        <source>Download stopped: see Downloads</source>
        <translation>Transferência interrompida: ver Transferências</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="292"/>
        <source>Installed: %1</source>
        <translation>Instalado: %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="294"/>
        <source>standard quality</source>
        <translation>qualidade padrão</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="296"/>
        <location filename="../../player/catalog_card.py" line="347"/>
        <location filename="../../player/catalog_card.py" line="351"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="299"/>
        <source>Update available: version %1 (you have %2)</source>
        <translation>Atualização disponível: versão %1 (tem a %2)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="302"/>
        <source>Not on this computer</source>
        <translation>Não está neste computador</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="337"/>
        <source>Get &amp;standard quality</source>
        <translation>Obter qualidade &amp;padrão</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="338"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>Obter a qualidade padrão para %1: mais %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="340"/>
        <source>Get &amp;every quality</source>
        <translation>Obter todas as &amp;qualidades</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="341"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>Obter todas as qualidades de vídeo para %1: mais %2</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="344"/>
        <source>Downloads only the videos this computer does not have yet (%1); the course stays usable meanwhile.</source>
        <translation>Transfere apenas os vídeos que este computador ainda não tem (%1); entretanto, o curso continua utilizável.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="348"/>
        <source>%1 is installed with this choice</source>
        <translation>%1 está instalado com esta opção</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="352"/>
        <source>%1 is installed</source>
        <translation>%1 está instalado</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="355"/>
        <source>&amp;Update</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="356"/>
        <source>Update %1</source>
        <translation>Atualizar %1</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="359"/>
        <source>In Downloads</source>
        <translation>Em Transferências</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="360"/>
        <source>%1 is in Downloads</source>
        <translation>%1 está em Transferências</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="363"/>
        <source>&amp;Download</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <location filename="../../player/catalog_card.py" line="364"/>
        <source>Download %1</source>
        <translation>Transferir %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../player/catalog_view.py" line="59"/>
        <source>Course catalog</source>
        <translation>Catálogo de cursos</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="73"/>
        <source>Refresh the catalog</source>
        <translation>Recarregar o catálogo</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="74"/>
        <source>Ask the course server for its list again</source>
        <translation>Pedir novamente a lista ao servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Do&amp;wnloads…</source>
        <translation>&amp;Transferências…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="76"/>
        <source>Show downloads</source>
        <translation>Mostrar as transferências</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="77"/>
        <source>Progress of your downloads (Ctrl+J)</source>
        <translation>Progresso das suas transferências (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="79"/>
        <source>Catalog status</source>
        <translation>Estado do catálogo</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="80"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sessão…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="81"/>
        <source>Sign in to the course server</source>
        <translation>Iniciar sessão no servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="87"/>
        <source>No courses</source>
        <translation>Nenhum curso</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="88"/>
        <source>Courses on the course server</source>
        <translation>Cursos no servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="95"/>
        <source>Sign in to the course server to see the courses it offers you.</source>
        <translation>Inicie sessão no servidor de cursos para ver os cursos que lhe disponibiliza.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="130"/>
        <source>Asking the course server for its courses…</source>
        <translation>A pedir os cursos ao servidor de cursos…</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="142"/>
        <source>Sign in to the course server to see the courses it offers you and download them.</source>
        <translation>Inicie sessão no servidor de cursos para ver os cursos que lhe disponibiliza e transferi-los.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="146"/>
        <source>You are not signed in. This is the list the course server sent on %1; sign in to see today&apos;s and to download.</source>
        <translation>Não tem sessão iniciada. Esta é a lista que o servidor de cursos enviou em %1; inicie sessão para ver a lista de hoje e para transferir.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="189"/>
        <source>You are offline: the course server cannot be reached. This is the list it sent on %1; downloads start when the connection returns.</source>
        <translation>Está sem ligação: não é possível contactar o servidor de cursos. Esta é a lista que enviou em %1; as transferências começam quando a ligação for restabelecida.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="195"/>
        <source>The course server at %1 offers you no courses yet. Ask your court&apos;s administrator to enrol you.</source>
        <translation>O servidor de cursos em %1 ainda não lhe disponibiliza nenhum curso. Peça ao administrador do seu tribunal que proceda à sua inscrição.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/catalog_view.py" line="199"/>
        <source>%n course(s) offered to you by %1.</source>
        <translation>
            <numerusform>%n curso que %1 lhe disponibiliza.</numerusform>
            <numerusform>%n cursos que %1 lhe disponibiliza.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="248"/>
        <source>The better videos of “%1” (%2) were added to your downloads (Ctrl+J shows them); the course stays usable meanwhile.</source>
        <translation>Os vídeos de melhor qualidade de «%1» (%2) foram adicionados às suas transferências (Ctrl+J mostra-as); entretanto, o curso continua utilizável.</translation>
    </message>
    <message>
        <location filename="../../player/catalog_view.py" line="253"/>
        <source>“%1” was added to your downloads (Ctrl+J shows them).</source>
        <translation>«%1» foi adicionado às suas transferências (Ctrl+J mostra-as).</translation>
    </message>
</context>
<context>
    <name>CertificateAnnouncer</name>
    <message>
        <location filename="../../player/certificates/announcer.py" line="37"/>
        <source>Your certificate for “%1” has arrived: Go ▸ Certificates to save or print it.</source>
        <translation>Chegou o seu certificado de «%1»: Ir ▸ Certificados para o guardar ou imprimir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/announcer.py" line="39"/>
        <source>%n certificate(s) arrived: Go ▸ Certificates to save or print them.</source>
        <translation>
            <numerusform>Chegou %n certificado: Ir ▸ Certificados para o guardar ou imprimir.</numerusform>
            <numerusform>Chegaram %n certificados: Ir ▸ Certificados para os guardar ou imprimir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="132"/>
        <source>Certificate for %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="134"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="135"/>
        <source>Date, hours, language and state</source>
        <translation>Data, horas, idioma e estado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="139"/>
        <source>Open the certificate for %1</source>
        <translation>Abrir o certificado de %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="142"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="143"/>
        <source>Save the certificate for %1 as a PDF</source>
        <translation>Guardar o certificado de %1 como PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="145"/>
        <source>An A4 page to print, with a QR code that holds the whole certificate</source>
        <translation>Uma página A4 para imprimir, com um código QR que contém todo o certificado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="146"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>Guardar &amp;credencial (JSON)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="147"/>
        <source>Save the credential for %1 as JSON</source>
        <translation>Guardar a credencial de %1 como JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="149"/>
        <source>The signed Open Badges credential, for a verifier or a digital wallet</source>
        <translation>A credencial Open Badges assinada, para um verificador ou uma carteira digital</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="157"/>
        <source>Why it cannot be saved</source>
        <translation>Porque não pode ser guardado</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="193"/>
        <source>Certificate — %1</source>
        <translation>Certificado — %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="194"/>
        <source>Certificate for %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="195"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="213"/>
        <source>Holder:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="214"/>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="215"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="216"/>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="217"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="219"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="220"/>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="221"/>
        <source>Issuer key:</source>
        <translation>Chave do emissor:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="222"/>
        <source>Certificate id:</source>
        <translation>ID do certificado:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="223"/>
        <source>Requirements met:</source>
        <translation>Requisitos cumpridos:</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="230"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="242"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="243"/>
        <source>Save the certificate as a PDF</source>
        <translation>Guardar o certificado como PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="244"/>
        <source>Save &amp;credential (JSON)…</source>
        <translation>Guardar &amp;credencial (JSON)…</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="245"/>
        <source>Save the credential as JSON</source>
        <translation>Guardar a credencial como JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="253"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="281"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="288"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="290"/>
        <source>No certificates yet. When you meet a course&apos;s requirements (the course screen&apos;s Requirements button lists them), its certificate arrives with the next sync.</source>
        <translation>Ainda não tem certificados. Quando cumprir os requisitos de um curso (o botão Requisitos do ecrã do curso indica-os), o certificado chega com a sincronização seguinte.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="292"/>
        <source>No certificates</source>
        <translation>Nenhum certificado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="293"/>
        <source>Your certificates</source>
        <translation>Os seus certificados</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="397"/>
        <source>Save the certificate as a PDF</source>
        <translation>Guardar o certificado como PDF</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="398"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="402"/>
        <source>Save the credential as JSON</source>
        <translation>Guardar a credencial como JSON</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="403"/>
        <source>Credentials (*.json)</source>
        <translation>Credenciais (*.json)</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="416"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Não foi possível guardar o PDF: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="431"/>
        <source>The credential could not be saved: %1</source>
        <translation>Não foi possível guardar a credencial: %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="443"/>
        <source>Saved to %1.</source>
        <translation>Guardado em %1.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="173"/>
        <source>Protect with a P&amp;IN</source>
        <translation>Proteger com um P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="174"/>
        <source>Protect the profile with a PIN</source>
        <translation>Proteger o perfil com um PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="177"/>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="179"/>
        <source>New PIN again</source>
        <translation>Repetir o novo PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="182"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;Novo PIN:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="185"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Save the PIN</source>
        <translation>Guardar o PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="189"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CompletionBanner</name>
    <message>
        <location filename="../../player/course/parts.py" line="35"/>
        <location filename="../../player/course/parts.py" line="38"/>
        <source>Course completed</source>
        <translation>Curso concluído</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="36"/>
        <source>What happens next</source>
        <translation>O que acontece a seguir</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="37"/>
        <source>You have completed this course.</source>
        <translation>Concluiu este curso.</translation>
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
        <translation>Curso: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="111"/>
        <source>Course title</source>
        <translation>Título do curso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="115"/>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="118"/>
        <source>Language, size and publisher</source>
        <translation>Idioma, tamanho e editor</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="120"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="123"/>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="124"/>
        <source>Installed languages</source>
        <translation>Idiomas instalados</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="130"/>
        <source>%1 of %2 required items done</source>
        <translation>%1 de %2 itens obrigatórios concluídos</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="132"/>
        <source>Progress in %1</source>
        <translation>Progresso em %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="137"/>
        <source>Last studied: %1</source>
        <translation>Último estudo: %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Not started yet</source>
        <translation>Ainda não iniciado</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="138"/>
        <source>Last studied</source>
        <translation>Último estudo</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="141"/>
        <source>Publisher signature</source>
        <translation>Assinatura do editor</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="144"/>
        <source>Next module</source>
        <translation>Módulo seguinte</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>✓ Completed: all required items are done</source>
        <translation>✓ Concluído: todos os itens obrigatórios estão feitos</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="148"/>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review</source>
        <translation>Rever</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="156"/>
        <source>Review %1</source>
        <translation>Rever %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="158"/>
        <source>Open the course from its first item</source>
        <translation>Abrir o curso no primeiro item</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="161"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Continue %1</source>
        <translation>Continuar %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="162"/>
        <source>Start %1</source>
        <translation>Começar %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="165"/>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="174"/>
        <source>Cover of %1</source>
        <translation>Capa de %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="203"/>
        <source>Module %1 opens on %2.</source>
        <translation>O módulo %1 abre a %2.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="204"/>
        <source>Module %1 opens later.</source>
        <translation>O módulo %1 abre mais tarde.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="211"/>
        <source>Signed by a publisher this computer trusts.</source>
        <translation>Assinado por um editor em que este computador confia.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="212"/>
        <source>Not signed by a publisher.</source>
        <translation>Não assinado por um editor.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="213"/>
        <source>Signed by a publisher this computer does not know.</source>
        <translation>Assinado por um editor que este computador não conhece.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="215"/>
        <source>Signature: %1</source>
        <translation>Assinatura: %1</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="36"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="38"/>
        <source>Back to your courses (Ctrl+L)</source>
        <translation>Voltar aos seus cursos (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../player/course/header.py" line="46"/>
        <source>Course title</source>
        <translation>Título do curso</translation>
    </message>
</context>
<context>
    <name>CourseMarks</name>
    <message>
        <location filename="../../player/course/marks.py" line="65"/>
        <source>%1 watched. Watch the parts you skipped to complete it.</source>
        <translation>%1 visto. Veja as partes que saltou para o concluir.</translation>
    </message>
    <message>
        <location filename="../../player/course/marks.py" line="66"/>
        <source>%1 watched. Keep watching to complete it.</source>
        <translation>%1 visto. Continue a ver para o concluir.</translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../../player/course/outline.py" line="127"/>
        <source>Course outline</source>
        <translation>Estrutura do curso</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="129"/>
        <source>Modules and their items. Press Enter to open an item.</source>
        <translation>Módulos e respetivos itens. Prima Enter para abrir um item.</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="131"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="145"/>
        <source>Outline columns</source>
        <translation>Colunas da estrutura</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="159"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="162"/>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Quiz</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="163"/>
        <source>Discussion</source>
        <translation>Discussão</translation>
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
        <translation>Texto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="174"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pergunta</numerusform>
            <numerusform>%n perguntas</numerusform>
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
        <translation>concluído</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="193"/>
        <source>%1 · optional</source>
        <translation>%1 · opcional</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="194"/>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens on %1</source>
        <translation>abre a %1</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="228"/>
        <source>opens later</source>
        <translation>abre mais tarde</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="263"/>
        <source>%1, locked, %2</source>
        <translation>%1, bloqueado, %2</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="265"/>
        <location filename="../../player/course/outline.py" line="291"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="287"/>
        <source>%1: %2, locked, %3</source>
        <translation>%1: %2, bloqueado, %3</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="289"/>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/outline.py" line="312"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
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
        <translation>iniciado</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="341"/>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="342"/>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1: %2, %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../../player/course/outline.py" line="345"/>
        <source>required</source>
        <translation>obrigatório</translation>
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
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../player/course_view.py" line="147"/>
        <source>Outline and item</source>
        <translation>Estrutura e item</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="224"/>
        <source>Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum posts not yet sent to the course server are removed from this computer. This cannot be undone.</source>
        <translation>Eliminar o perfil «%1»? O seu progresso, as tentativas nos questionários e quaisquer alterações ou mensagens no fórum ainda não enviadas para o servidor de cursos são removidos deste computador. Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="228"/>
        <source>What deleting removes</source>
        <translation>O que a eliminação remove</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>&amp;Delete profile</source>
        <translation>&amp;Eliminar perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="230"/>
        <source>Delete the profile</source>
        <translation>Eliminar o perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="231"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DownloadCard</name>
    <message>
        <location filename="../../player/downloads_view.py" line="79"/>
        <source>Download of %1</source>
        <translation>Transferência de %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="90"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>low bandwidth</source>
        <translation>baixa largura de banda</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="91"/>
        <source>standard</source>
        <translation>padrão</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="92"/>
        <source>everything</source>
        <translation>tudo</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="93"/>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="96"/>
        <source>Language, version and choice</source>
        <translation>Idioma, versão e opção</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="98"/>
        <source>Download state</source>
        <translation>Estado da transferência</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="103"/>
        <source>Progress of %1</source>
        <translation>Progresso de %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="105"/>
        <source>File being downloaded</source>
        <translation>Ficheiro a transferir</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="108"/>
        <source>Progress of the current file</source>
        <translation>Progresso do ficheiro atual</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="112"/>
        <source>Speed and time left</source>
        <translation>Velocidade e tempo restante</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="113"/>
        <source>Download message</source>
        <translation>Mensagem da transferência</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="119"/>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <location filename="../../player/downloads_view.py" line="296"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="121"/>
        <source>Resume %1</source>
        <translation>Retomar %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="124"/>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar transferência</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="125"/>
        <source>Cancel the download of %1</source>
        <translation>Cancelar a transferência de %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>&amp;Open course</source>
        <translation>&amp;Abrir curso</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="127"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="130"/>
        <location filename="../../player/downloads_view.py" line="305"/>
        <source>Get &amp;standard quality</source>
        <translation>Obter qualidade &amp;padrão</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="131"/>
        <source>Get standard quality for %1</source>
        <translation>Obter a qualidade padrão para %1</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="133"/>
        <source>Downloads only the better videos this computer does not have yet; the course stays usable meanwhile.</source>
        <translation>Transfere apenas os vídeos de melhor qualidade que este computador ainda não tem; entretanto, o curso continua utilizável.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="176"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="180"/>
        <source>Size not known yet</source>
        <translation>Tamanho ainda desconhecido</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="193"/>
        <source>Now: %1 — %2 of %3</source>
        <translation>Agora: %1 — %2 de %3</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="198"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="241"/>
        <source>Waiting for the course server</source>
        <translation>A aguardar o servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="242"/>
        <source>The course server cannot be reached right now; Lectern will retry by itself and resume where it stopped.</source>
        <translation>Neste momento não é possível contactar o servidor de cursos; o Lectern tentará novamente por si e retomará onde parou.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="245"/>
        <source>Waiting for download hours</source>
        <translation>A aguardar o horário de transferência</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="246"/>
        <source>Court IT allows downloads only at certain hours on this computer; the download starts by itself then.</source>
        <translation>Os serviços informáticos do tribunal só permitem transferências a determinadas horas neste computador; a transferência começa então por si.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="249"/>
        <source>Checking the files…</source>
        <translation>A verificar os ficheiros…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="251"/>
        <source>Downloading</source>
        <translation>A transferir</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="253"/>
        <source>Pausing…</source>
        <translation>A pausar…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="254"/>
        <location filename="../../player/downloads_view.py" line="264"/>
        <source>What was downloaded is kept; Resume goes on from there.</source>
        <translation>O que foi transferido é mantido; Retomar continua a partir daí.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="256"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="257"/>
        <source>The downloaded parts of this course are being deleted.</source>
        <translation>As partes transferidas deste curso estão a ser eliminadas.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="259"/>
        <source>Waiting to start</source>
        <translation>A aguardar início</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="260"/>
        <source>It starts when the download before it has finished and the course server can be reached.</source>
        <translation>Começa quando a transferência anterior terminar e for possível contactar o servidor de cursos.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="263"/>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="266"/>
        <source>Stopped</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="267"/>
        <source>The download stopped.</source>
        <translation>A transferência foi interrompida.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="269"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="270"/>
        <source>The course is in your library.</source>
        <translation>O curso está na sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="272"/>
        <source>The course is in your library with the smallest videos. Get standard quality downloads only the better videos (%1).</source>
        <translation>O curso está na sua biblioteca com os vídeos mais pequenos. Obter qualidade padrão transfere apenas os vídeos de melhor qualidade (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="276"/>
        <source>The course is in your library. Get every quality downloads only the videos it does not have yet (%1).</source>
        <translation>O curso está na sua biblioteca. Obter todas as qualidades transfere apenas os vídeos que ainda não tem (%1).</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="280"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="294"/>
        <source>Try &amp;again</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="295"/>
        <source>&amp;Download again</source>
        <translation>&amp;Transferir novamente</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="306"/>
        <source>Get standard quality for %1: %2 more</source>
        <translation>Obter a qualidade padrão para %1: mais %2</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="308"/>
        <source>Get &amp;every quality</source>
        <translation>Obter todas as &amp;qualidades</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="309"/>
        <source>Get every video quality for %1: %2 more</source>
        <translation>Obter todas as qualidades de vídeo para %1: mais %2</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="167"/>
        <source>Downloads</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="168"/>
        <source>&amp;No limit</source>
        <translation>&amp;Sem limite</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="169"/>
        <source>No download speed limit</source>
        <translation>Sem limite de velocidade de transferência</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="174"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="175"/>
        <source>Download speed limit in kilobits per second</source>
        <translation>Limite de velocidade de transferência em kilobits por segundo</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="178"/>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Limite de velocidade:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="181"/>
        <source>Keeps downloads from filling a thin court link.</source>
        <translation>Evita que as transferências saturem uma ligação lenta do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="183"/>
        <source>An&amp;y time</source>
        <translation>&amp;Qualquer hora</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="184"/>
        <source>Download at any time</source>
        <translation>Transferir a qualquer hora</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="187"/>
        <source>Downloads start at</source>
        <translation>As transferências começam às</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="188"/>
        <source>to</source>
        <translation>até às</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="191"/>
        <source>Downloads stop at</source>
        <translation>As transferências terminam às</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="197"/>
        <source>or only from</source>
        <translation>ou só das</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="199"/>
        <source>Download &amp;hours:</source>
        <translation>&amp;Horário de transferência:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="203"/>
        <source>Outside these hours downloads wait, for example 22:00 to 06:00 for nights only.</source>
        <translation>Fora deste horário, as transferências aguardam; por exemplo, das 22:00 às 06:00 para transferir só à noite.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="206"/>
        <source>&amp;Save data (slow or costly internet)</source>
        <translation>&amp;Poupar dados (Internet lenta ou dispendiosa)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="207"/>
        <source>Save data</source>
        <translation>Poupar dados</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="208"/>
        <source>Internet:</source>
        <translation>Internet:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="210"/>
        <source>No video downloads; only small progress updates are sent.</source>
        <translation>Sem transferência de vídeos; só são enviadas pequenas atualizações do progresso.</translation>
    </message>
</context>
<context>
    <name>DownloadsView</name>
    <message>
        <location filename="../../player/downloads_view.py" line="59"/>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="62"/>
        <source>about %1 min left</source>
        <translation>faltam cerca de %1 min</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="64"/>
        <source>about %1 h %2 min left</source>
        <translation>faltam cerca de %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="334"/>
        <source>Downloads</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Course &amp;catalog…</source>
        <translation>&amp;Catálogo de cursos…</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="339"/>
        <source>Show the course catalog</source>
        <translation>Mostrar o catálogo de cursos</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="340"/>
        <source>Choose courses to download (Ctrl+K)</source>
        <translation>Escolher cursos para transferir (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="341"/>
        <source>Downloads status</source>
        <translation>Estado das transferências</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="342"/>
        <source>Download list</source>
        <translation>Lista de transferências</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="344"/>
        <source>Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its download continues by itself, even after Lectern is closed and opened again.</source>
        <translation>Nada para transferir. Abra o catálogo de cursos (Ctrl+K) para escolher um curso; a transferência continua por si, mesmo depois de o Lectern ser fechado e aberto novamente.</translation>
    </message>
    <message>
        <location filename="../../player/downloads_view.py" line="346"/>
        <source>No downloads</source>
        <translation>Nenhuma transferência</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../player/error_messages.py" line="49"/>
        <source>This file is damaged or incomplete, so Lectern cannot open it. Ask court IT for a new copy.</source>
        <translation>Este ficheiro está danificado ou incompleto, pelo que o Lectern não o consegue abrir. Peça uma nova cópia aos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="53"/>
        <source>The description inside this course file is wrong, so Lectern cannot use it. Ask court IT or the publisher for a corrected copy.</source>
        <translation>A descrição contida neste ficheiro de curso está errada, pelo que o Lectern não a consegue utilizar. Peça uma cópia corrigida aos serviços informáticos do tribunal ou ao editor.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="57"/>
        <source>This is not a course this version of Lectern can open. It may need a newer Lectern: ask court IT.</source>
        <translation>Este não é um curso que esta versão do Lectern consiga abrir. Pode ser necessária uma versão mais recente do Lectern: contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="61"/>
        <source>This file is damaged: part of the course does not match its checksum. Ask court IT for a new copy.</source>
        <translation>Este ficheiro está danificado: uma parte do curso não corresponde à respetiva soma de verificação. Peça uma nova cópia aos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="65"/>
        <source>This file is incomplete: part of the course is missing from it. Ask court IT for a new copy.</source>
        <translation>Este ficheiro está incompleto: falta-lhe uma parte do curso. Peça uma nova cópia aos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="69"/>
        <source>This file contains things a course should not contain, so Lectern did not open it. Ask court IT for a new copy.</source>
        <translation>Este ficheiro contém elementos que um curso não deve conter, pelo que o Lectern não o abriu. Peça uma nova cópia aos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="73"/>
        <source>This file tries to write outside its own folder, so Lectern refused it to keep this computer safe. Please tell court IT.</source>
        <translation>Este ficheiro tenta escrever fora da sua própria pasta, pelo que o Lectern o recusou para proteger este computador. Informe os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="77"/>
        <source>The description inside this course file is inconsistent: two parts share one name. Ask the publisher for a corrected copy.</source>
        <translation>A descrição contida neste ficheiro de curso é incoerente: duas partes têm o mesmo nome. Peça uma cópia corrigida ao editor.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="81"/>
        <source>This course is larger than Lectern accepts. Ask court IT.</source>
        <translation>Este curso é maior do que o Lectern aceita. Contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="84"/>
        <source>This course file is not signed, so Lectern cannot tell who made it and did not import it. Ask court IT for a signed copy, or to allow unsigned courses on this computer.</source>
        <translation>Este ficheiro de curso não está assinado, pelo que o Lectern não consegue saber quem o criou e não o importou. Peça aos serviços informáticos do tribunal uma cópia assinada ou que permitam cursos não assinados neste computador.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="89"/>
        <source>This course is signed by a publisher this computer does not know, so Lectern did not import it. Ask court IT to add the publisher&apos;s key.</source>
        <translation>Este curso está assinado por um editor que este computador não conhece, pelo que o Lectern não o importou. Peça aos serviços informáticos do tribunal que adicionem a chave do editor.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="93"/>
        <source>This course file was changed after its publisher signed it, so Lectern did not import it. Do not use this copy; ask court IT for a new one.</source>
        <translation>Este ficheiro de curso foi alterado depois de o editor o ter assinado, pelo que o Lectern não o importou. Não utilize esta cópia; peça uma nova aos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="97"/>
        <source>A reading in this course contains unsafe content (scripts or links to web pages), so Lectern refused it. Ask the publisher for a corrected copy.</source>
        <translation>Uma leitura deste curso tem conteúdo inseguro (scripts ou ligações a páginas web), pelo que o Lectern a recusou. Peça uma cópia corrigida ao editor.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="101"/>
        <source>A newer version of this course is already installed, so this copy was not imported. Your progress is unchanged.</source>
        <translation>Já está instalada uma versão mais recente deste curso, pelo que esta cópia não foi importada. O seu progresso não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="105"/>
        <source>The course folder is not complete or not correct; the details say what to fix.</source>
        <translation>A pasta do curso não está completa ou não está correta; os detalhes indicam o que corrigir.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="113"/>
        <source>This is not a Lectern course file. Lectern opens course files (ending in .lectern) that court IT or the course provider gives you.</source>
        <translation>Este não é um ficheiro de curso do Lectern. O Lectern abre ficheiros de curso (com a extensão .lectern) fornecidos pelos serviços informáticos do tribunal ou pelo fornecedor do curso.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="123"/>
        <source>The course server cannot be reached right now. Everything stays on this computer, and Lectern tries again by itself.</source>
        <translation>Neste momento não é possível contactar o servidor de cursos. Tudo fica neste computador e o Lectern tenta novamente por si.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="127"/>
        <source>Please sign in to the course server again. Nothing you did on this computer is lost.</source>
        <translation>Inicie sessão novamente no servidor de cursos. Nada do que fez neste computador se perdeu.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="130"/>
        <source>The course server says you are not enrolled in this course. Ask your court&apos;s administrator to enrol you.</source>
        <translation>O servidor de cursos indica que não está inscrito neste curso. Peça ao administrador do seu tribunal que proceda à sua inscrição.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="134"/>
        <source>The course server no longer offers this course or this version of it.</source>
        <translation>O servidor de cursos já não disponibiliza este curso nem esta versão do curso.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="137"/>
        <source>The course server is having trouble. Lectern will try again later by itself.</source>
        <translation>O servidor de cursos está com problemas. O Lectern tentará novamente mais tarde, por si.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="140"/>
        <source>The course server is busy and asked Lectern to wait; it will try again by itself.</source>
        <translation>O servidor de cursos está ocupado e pediu ao Lectern que aguarde; o Lectern tentará novamente por si.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="143"/>
        <source>The answer did not come from a Lectern course server. Check the course server address; if it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>A resposta não veio de um servidor de cursos do Lectern. Verifique o endereço do servidor de cursos; se estiver correto, pode haver um proxy ou uma página de início de sessão pelo meio: contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="147"/>
        <source>The course server address or this computer&apos;s network settings (proxy, certificates) are not right. Check the address, or ask court IT.</source>
        <translation>O endereço do servidor de cursos ou as definições de rede deste computador (proxy, certificados) não estão corretos. Verifique o endereço ou contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="155"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>O nome de utilizador ou a palavra-passe estão errados. Verifique-os e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="157"/>
        <source>Type the address of your course server, for example courses.example.org</source>
        <translation>Escreva o endereço do seu servidor de cursos, por exemplo cursos.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="160"/>
        <source>This is not a course server address:
%1
Type an address such as courses.example.org</source>
        <translation>Isto não é um endereço de servidor de cursos:
%1
Escreva um endereço como cursos.example.org</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="163"/>
        <source>Type your user name.</source>
        <translation>Escreva o seu nome de utilizador.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="164"/>
        <source>The course server cannot be reached at this address:
%1
Check the address and that this computer is connected to the network, then try again.</source>
        <translation>Não é possível contactar o servidor de cursos neste endereço:
%1
Verifique o endereço e se este computador está ligado à rede e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="168"/>
        <source>This address did not answer as a Lectern course server:
%1
Check the address. If it is right, a proxy or a login page may be in the way: ask court IT.</source>
        <translation>Este endereço não respondeu como um servidor de cursos do Lectern:
%1
Verifique o endereço. Se estiver correto, pode haver um proxy ou uma página de início de sessão pelo meio: contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="172"/>
        <source>Lectern could not connect safely to the course server at this address:
%1
Check the address. If it is right, this computer&apos;s network settings (proxy, certificates) need court IT.</source>
        <translation>O Lectern não conseguiu estabelecer uma ligação segura ao servidor de cursos neste endereço:
%1
Verifique o endereço. Se estiver correto, as definições de rede deste computador (proxy, certificados) têm de ser vistas pelos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="177"/>
        <source>The course server does not let this user sign in. Check the user name, or ask your court&apos;s administrator.</source>
        <translation>O servidor de cursos não permite que este utilizador inicie sessão. Verifique o nome de utilizador ou contacte o administrador do seu tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="181"/>
        <source>The course server is having trouble. Try again in a few minutes.</source>
        <translation>O servidor de cursos está com problemas. Tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="183"/>
        <source>The course server is busy. Wait a minute, then try again.</source>
        <translation>O servidor de cursos está ocupado. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="185"/>
        <source>The download cannot go on. The details say why; when you try again it resumes where it stopped.</source>
        <translation>A transferência não pode continuar. Os detalhes indicam o motivo; quando tentar novamente, retoma onde parou.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="190"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="191"/>
        <source>The disk is full, so nothing was changed. Free some space or ask court IT, then try again.</source>
        <translation>O disco está cheio, pelo que nada foi alterado. Liberte espaço ou contacte os serviços informáticos do tribunal e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="194"/>
        <source>This course is no longer installed on this computer. Import it again to study it; your progress was kept.</source>
        <translation>Este curso já não está instalado neste computador. Importe-o novamente para o estudar; o seu progresso foi mantido.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="198"/>
        <source>Lectern could not use its data folder. Check that the disk is present and not full, or ask court IT.</source>
        <translation>O Lectern não conseguiu utilizar a sua pasta de dados. Verifique se o disco está presente e não está cheio, ou contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="202"/>
        <source>A publisher key file is missing or damaged. Ask court IT.</source>
        <translation>Falta um ficheiro de chave de editor ou está danificado. Contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="204"/>
        <source>Lectern&apos;s settings file has a mistake in it. Ask court IT to correct it.</source>
        <translation>O ficheiro de definições do Lectern contém um erro. Peça aos serviços informáticos do tribunal que o corrijam.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="206"/>
        <source>Lectern could not do this.</source>
        <translation>O Lectern não conseguiu fazer isto.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="207"/>
        <source>Lectern cannot find this file. It may have been moved, or the USB stick was removed.</source>
        <translation>O Lectern não encontra este ficheiro. Pode ter sido movido ou a pen USB pode ter sido retirada.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="210"/>
        <source>Lectern is not allowed to read or write this file. Ask court IT.</source>
        <translation>O Lectern não tem permissão para ler ou escrever este ficheiro. Contacte os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="212"/>
        <source>Lectern could not read or write a file. If the course is on a USB stick, check that it is still plugged in, then try again.</source>
        <translation>O Lectern não conseguiu ler ou escrever um ficheiro. Se o curso estiver numa pen USB, verifique se continua ligada e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/error_messages.py" line="216"/>
        <source>Something went wrong inside Lectern. Your earlier work is saved. If it happens again, tell court IT what you were doing.</source>
        <translation>Ocorreu um erro interno no Lectern. O trabalho que fez até agora está guardado. Se voltar a acontecer, informe os serviços informáticos do tribunal do que estava a fazer.</translation>
    </message>
</context>
<context>
    <name>ForumItemView</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="35"/>
        <source>Saved now and sent with the next sync (Ctrl+Return)</source>
        <translation>Guardado agora e enviado na próxima sincronização (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="46"/>
        <source>kept on this computer (practice course)</source>
        <translation>guardado neste computador (curso de prática)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="48"/>
        <source>waiting to send</source>
        <translation>a aguardar envio</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="49"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="50"/>
        <source>not accepted by the course server</source>
        <translation>não aceite pelo servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/posts.py" line="72"/>
        <source>[picture not shown]</source>
        <translation>[imagem não mostrada]</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="58"/>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="71"/>
        <location filename="../../player/item_views/forum_item_view.py" line="73"/>
        <source>Discussion prompt</source>
        <translation>Tema da discussão</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="82"/>
        <source>Prompt</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="96"/>
        <source>The discussion for this item is not on this computer yet. Other learners&apos; posts arrive when this computer syncs with the course server; you can think about the prompt now and join the discussion then. This item is optional.</source>
        <translation>A discussão deste item ainda não está neste computador. As mensagens dos outros formandos chegam quando este computador sincroniza com o servidor de cursos; pode refletir já sobre o tema e juntar-se à discussão nessa altura. Este item é opcional.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="102"/>
        <location filename="../../player/item_views/forum_item_view.py" line="118"/>
        <source>About the discussion</source>
        <translation>Acerca da discussão</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="108"/>
        <source>This is a practice course: what you write here stays on this computer and is not sent to anyone. This item is optional.</source>
        <translation>Este é um curso de prática: o que escrever aqui fica neste computador e não é enviado a ninguém. Este item é opcional.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="112"/>
        <source>You can read and write here while offline. What you write is shown at once, marked “waiting to send”, and reaches the other learners when this computer next syncs. Others&apos; posts arrive with each sync. This item is optional.</source>
        <translation>Pode ler e escrever aqui mesmo sem ligação. O que escrever é mostrado de imediato, marcado como «a aguardar envio», e chega aos outros formandos na próxima sincronização deste computador. As mensagens dos outros chegam a cada sincronização. Este item é opcional.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="124"/>
        <source>Discussion message</source>
        <translation>Mensagem da discussão</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="132"/>
        <source>Thread</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="157"/>
        <source>No threads here yet. Start one with “New thread…”: you can write it now, even offline. Threads by others arrive when this computer syncs.</source>
        <translation>Ainda não há tópicos aqui. Inicie um com «Novo tópico…»: pode escrevê-lo já, mesmo sem ligação. Os tópicos dos outros chegam quando este computador sincroniza.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="161"/>
        <source>No threads</source>
        <translation>Nenhum tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="170"/>
        <source>Thread title</source>
        <translation>Título do tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="172"/>
        <source>Posts in this thread</source>
        <translation>Mensagens deste tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="175"/>
        <source>Your reply</source>
        <translation>A sua resposta</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="176"/>
        <source>Write a reply… (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>Escreva uma resposta… (texto simples; funciona Markdown como *ênfase* e listas)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;resposta</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="178"/>
        <source>Send reply</source>
        <translation>Enviar resposta</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="226"/>
        <source>You</source>
        <translation>Eu</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Instructor</source>
        <translation>Formador</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="230"/>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="236"/>
        <source>Hidden by a moderator: %1</source>
        <translation>Ocultado por um moderador: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="237"/>
        <source>Hidden by a moderator</source>
        <translation>Ocultado por um moderador</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="238"/>
        <source>Hidden from learners: %1</source>
        <translation>Oculto aos formandos: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="239"/>
        <source>Hidden from learners</source>
        <translation>Oculto aos formandos</translation>
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
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="318"/>
        <source>%n new</source>
        <comment>posts of others not read yet in a thread</comment>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="323"/>
        <source>Pinned: %1</source>
        <translation>Fixado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum_item_view.py" line="379"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="391"/>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Restore…</source>
        <translation>Repor…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="393"/>
        <source>Hide…</source>
        <translation>Ocultar…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="398"/>
        <source>The course server did not accept it: %1</source>
        <translation>O servidor de cursos não o aceitou: %1</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="399"/>
        <source>The course server did not accept it.</source>
        <translation>O servidor de cursos não o aceitou.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="442"/>
        <source>Give the thread a title and a message.</source>
        <translation>Indique um título e uma mensagem para o tópico.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="465"/>
        <source>Your question is pinned at the top of this discussion. This is a practice course: it stays on this computer.</source>
        <translation>A sua pergunta está fixada no topo desta discussão. Este é um curso de prática: fica neste computador.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="467"/>
        <source>Your question is pinned at the top of this discussion and kept on this computer. It is sent with the next sync; learners get it at theirs. If the course server does not accept it, it says why here.</source>
        <translation>A sua pergunta está fixada no topo desta discussão e guardada neste computador. É enviada na próxima sincronização; os formandos recebem-na na sua. Se o servidor de cursos não a aceitar, o motivo aparece aqui.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum_item_view.py" line="498"/>
        <source>Write your reply first.</source>
        <translation>Escreva primeiro a sua resposta.</translation>
    </message>
</context>
<context>
    <name>HubWiring</name>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="114"/>
        <source>New versions of %n course(s) are on the course server.</source>
        <translation>
            <numerusform>Está disponível no servidor de cursos uma nova versão de %n curso.</numerusform>
            <numerusform>Estão disponíveis no servidor de cursos novas versões de %n cursos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="225"/>
        <location filename="../../player/window_hub.py" line="228"/>
        <source>Sync by file</source>
        <translation>Sincronização por ficheiro</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="241"/>
        <source>Something went wrong with the sync file; nothing was changed. The log has the details.</source>
        <translation>Ocorreu um problema com o ficheiro de sincronização; nada foi alterado. O registo contém os detalhes.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="258"/>
        <source>Save changes to a file</source>
        <translation>Guardar as alterações num ficheiro</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="259"/>
        <source>Lectern sync files (*.lectern-sync)</source>
        <translation>Ficheiros de sincronização do Lectern (*.lectern-sync)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="269"/>
        <source>Saved %n change(s) to %1. Take the file to court IT; they give you a reply file to load with “Load a reply file…”.</source>
        <translation>
            <numerusform>%n alteração guardada em %1. Entregue o ficheiro aos serviços informáticos do tribunal; estes dar-lhe-ão um ficheiro de resposta para carregar com «Carregar um ficheiro de resposta…».</numerusform>
            <numerusform>%n alterações guardadas em %1. Entregue o ficheiro aos serviços informáticos do tribunal; estes dar-lhe-ão um ficheiro de resposta para carregar com «Carregar um ficheiro de resposta…».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="273"/>
        <source>%n more change(s) wait for the next file.</source>
        <translation>
            <numerusform>Mais %n alteração aguarda o próximo ficheiro.</numerusform>
            <numerusform>Mais %n alterações aguardam o próximo ficheiro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="289"/>
        <source>Load a reply file</source>
        <translation>Carregar um ficheiro de resposta</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="290"/>
        <source>Replies from the course server (*.lectern-reply);;All files (*)</source>
        <translation>Respostas do servidor de cursos (*.lectern-reply);;Todos os ficheiros (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="299"/>
        <source>The course server accepted %n change(s).</source>
        <translation>
            <numerusform>O servidor de cursos aceitou %n alteração.</numerusform>
            <numerusform>O servidor de cursos aceitou %n alterações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="301"/>
        <source>It refused %n of them; the course pages show why.</source>
        <translation>
            <numerusform>Recusou %n delas; as páginas do curso indicam porquê.</numerusform>
            <numerusform>Recusou %n delas; as páginas do curso indicam porquê.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="303"/>
        <source>%n new discussion(s) or message(s) arrived.</source>
        <translation>
            <numerusform>Chegou %n nova discussão ou mensagem.</numerusform>
            <numerusform>Chegaram %n novas discussões ou mensagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="305"/>
        <source>%n certificate(s) arrived.</source>
        <translation>
            <numerusform>Chegou %n certificado.</numerusform>
            <numerusform>Chegaram %n certificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/window_hub.py" line="307"/>
        <source>%n other update(s) arrived.</source>
        <translation>
            <numerusform>Chegou %n outra atualização.</numerusform>
            <numerusform>Chegaram %n outras atualizações.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="309"/>
        <source>Nothing new arrived.</source>
        <translation>Não chegou nada de novo.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="311"/>
        <source>The course server has more for you: save your changes to a file and take it to court IT again.</source>
        <translation>O servidor de cursos tem mais para si: guarde as suas alterações num ficheiro e entregue-o novamente aos serviços informáticos do tribunal.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../player/import_dialog.py" line="82"/>
        <location filename="../../player/import_dialog.py" line="83"/>
        <source>Import course</source>
        <translation>Importar curso</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="86"/>
        <source>Importing “%1”…</source>
        <translation>A importar «%1»…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="89"/>
        <source>File being imported</source>
        <translation>Ficheiro a importar</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="93"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="95"/>
        <source>Checking the file…</source>
        <translation>A verificar o ficheiro…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="96"/>
        <source>Import status</source>
        <translation>Estado da importação</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="103"/>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="106"/>
        <source>&amp;Open course</source>
        <translation>&amp;Abrir curso</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="107"/>
        <source>Open the imported course</source>
        <translation>Abrir o curso importado</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="110"/>
        <location filename="../../player/import_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="140"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="152"/>
        <source>%1 of %2 copied</source>
        <translation>%1 de %2 copiados</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="166"/>
        <source>Imported “%1”.</source>
        <translation>«%1» importado.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="168"/>
        <source>Updated to version %1. Your progress was kept.</source>
        <translation>Atualizado para a versão %1. O seu progresso foi mantido.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="169"/>
        <source>The course is ready to study, offline.</source>
        <translation>O curso está pronto para estudar, sem ligação.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="178"/>
        <source>Import cancelled.</source>
        <translation>Importação cancelada.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="179"/>
        <source>Nothing was changed on this computer.</source>
        <translation>Nada foi alterado neste computador.</translation>
    </message>
    <message>
        <location filename="../../player/import_dialog.py" line="181"/>
        <source>“%1” could not be imported.</source>
        <translation>Não foi possível importar «%1».</translation>
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
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="76"/>
        <source>Item title</source>
        <translation>Título do item</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="79"/>
        <source>How to complete this item</source>
        <translation>Como concluir este item</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="81"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="89"/>
        <source>Open item</source>
        <translation>Item aberto</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="93"/>
        <source>Previous item</source>
        <translation>Item anterior</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="96"/>
        <source>Position in the course</source>
        <translation>Posição no curso</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="98"/>
        <source>Next item</source>
        <translation>Item seguinte</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="125"/>
        <source> · optional</source>
        <translation> · opcional</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="128"/>
        <source>Item %1 of %2</source>
        <translation>Item %1 de %2</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="137"/>
        <source>Previous: %1 (Alt+Left)</source>
        <translation>Anterior: %1 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="139"/>
        <source>Next: %1 (Alt+Right)</source>
        <translation>Seguinte: %1 (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>ItemViews</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="25"/>
        <source>{what} is not on this computer. A reduced copy of the course (for example a low-bandwidth download or USB copy) can leave it out. Ask court IT for the full course, or download it when this computer is online.</source>
        <translation>{what} não está neste computador. Uma cópia reduzida do curso (por exemplo, uma transferência de baixa largura de banda ou uma cópia em pen USB) pode omitir este conteúdo. Peça o curso completo aos serviços informáticos do tribunal ou transfira-o quando este computador estiver ligado à rede.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="66"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="68"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="70"/>
        <source>System default</source>
        <translation>Predefinição do sistema</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="78"/>
        <source>Applies when Lectern starts again; you can restart it after Save.</source>
        <translation>Aplica-se quando o Lectern for iniciado novamente; pode reiniciá-lo depois de Guardar.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="85"/>
        <source>Default for this computer (%1)</source>
        <translation>Predefinição deste computador (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../player/course/language_switch.py" line="43"/>
        <source>Course languages</source>
        <translation>Idiomas do curso</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="40"/>
        <source>The course in another language: your progress, quiz attempts and discussions stay the same</source>
        <translation>O curso noutro idioma: o seu progresso, as suas tentativas de questionário e as suas discussões mantêm-se</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="65"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="66"/>
        <source>Course language: %1</source>
        <translation>Idioma do curso: %1</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="77"/>
        <source>%1 — download, %2</source>
        <translation>%1 — transferir, %2</translation>
    </message>
    <message>
        <location filename="../../player/course/language_switch.py" line="80"/>
        <source>Download the %1 version; the course stays open meanwhile</source>
        <translation>Transferir a versão em %1; o curso continua aberto entretanto</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../player/app.py" line="233"/>
        <source>Preparing the demo course… (this happens once)</source>
        <translation>A preparar o curso de demonstração… (isto só acontece uma vez)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="316"/>
        <source>Your courses</source>
        <translation>Os seus cursos</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Importar curso…</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="327"/>
        <source>Import course</source>
        <translation>Importar curso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="328"/>
        <source>Open a .lectern course file, for example from a USB stick (Ctrl+O)</source>
        <translation>Abrir um ficheiro de curso .lectern, por exemplo de uma pen USB (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="333"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="335"/>
        <source>No courses on this computer yet. Choose “Import course…” (Ctrl+O) to add one from a .lectern file, for example from a USB stick.</source>
        <translation>Ainda não há cursos neste computador. Escolha «Importar curso…» (Ctrl+O) para adicionar um a partir de um ficheiro .lectern, por exemplo de uma pen USB.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="336"/>
        <source>No courses</source>
        <translation>Nenhum curso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="337"/>
        <source>Installed courses</source>
        <translation>Cursos instalados</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="472"/>
        <source>The %1 version of “%2” was removed; its other languages and your progress stay.</source>
        <translation>A versão em %1 de «%2» foi removida; os outros idiomas e o seu progresso mantêm-se.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="477"/>
        <source>“%1” was removed. Your progress was kept.</source>
        <translation>«%1» foi removido. O seu progresso foi mantido.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="480"/>
        <source>“%1” was removed with its progress.</source>
        <translation>«%1» foi removido juntamente com o seu progresso.</translation>
    </message>
</context>
<context>
    <name>LockedNotice</name>
    <message>
        <location filename="../../player/course/parts.py" line="64"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="65"/>
        <source>%1 is not open yet</source>
        <translation>%1 ainda não está aberto</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="71"/>
        <source>This module opens on %1. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded. The date follows the course server&apos;s clock, not this computer&apos;s.</source>
        <translation>Este módulo abre a %1. Os seus itens abrem-se sozinhos nessa altura; se o conteúdo já estiver neste computador, não é preciso transferir mais nada. A data segue o relógio do servidor de cursos, não o deste computador.</translation>
    </message>
    <message>
        <location filename="../../player/course/parts.py" line="76"/>
        <source>This module opens later. Its items open by themselves then; if their content is already on this computer, nothing more needs to be downloaded.</source>
        <translation>Este módulo abre mais tarde. Os seus itens abrem-se sozinhos nessa altura; se o conteúdo já estiver neste computador, não é preciso transferir mais nada.</translation>
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
        <translation>&amp;Anúncios</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="300"/>
        <source>Certificates — Lectern</source>
        <translation>Certificados — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="308"/>
        <source>The other language of this course is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>A outra versão linguística deste curso está a ser transferida; ver Transferências (Ctrl+J). Pode continuar a estudar entretanto.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="315"/>
        <source>Course catalog — Lectern</source>
        <translation>Catálogo de cursos — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="324"/>
        <source>Downloads — Lectern</source>
        <translation>Transferências — Lectern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/main_window.py" line="350"/>
        <source>&amp;Announcements (%n unread)</source>
        <translation>
            <numerusform>&amp;Anúncios (%n por ler)</numerusform>
            <numerusform>&amp;Anúncios (%n por ler)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="91"/>
        <source>This is a demo course: your progress stays on this computer and is not sent to the course server. You can review any item at any time.</source>
        <translation>Este é um curso de demonstração: o seu progresso fica neste computador e não é enviado para o servidor de cursos. Pode rever qualquer item a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="95"/>
        <source>Your completion is sent to the course server with your next sync, which happens by itself when this computer is online. You can review any item at any time.</source>
        <translation>A conclusão do curso é enviada para o servidor de cursos na próxima sincronização, que acontece por si quando este computador está ligado à rede. Pode rever qualquer item a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="99"/>
        <source>Your completion is kept on this computer. Sign in to the course server (Course server ▸ Sign in…) to send it. You can review any item at any time.</source>
        <translation>A conclusão do curso fica guardada neste computador. Inicie sessão no servidor de cursos (Servidor de cursos ▸ Iniciar sessão…) para a enviar. Pode rever qualquer item a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="383"/>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="390"/>
        <source>Import course</source>
        <translation>Importar curso</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="391"/>
        <source>Lectern courses (*.lectern);;All files (*)</source>
        <translation>Cursos do Lectern (*.lectern);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../player/main_window.py" line="394"/>
        <source>Choose a course file</source>
        <translation>Escolher um ficheiro de curso</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="109"/>
        <source>A new version of “%1” is on the course server.</source>
        <translation>Está disponível no servidor de cursos uma nova versão de «%1».</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="129"/>
        <source>The standard quality videos are being downloaded (Ctrl+J shows them).</source>
        <translation>Os vídeos em qualidade padrão estão a ser transferidos (Ctrl+J mostra-os).</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="155"/>
        <source>A course finished downloading and is in your library.</source>
        <translation>Terminou a transferência de um curso, que já está na sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="184"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Sessão iniciada em %1 como %2.</translation>
    </message>
    <message>
        <location filename="../../player/window_hub.py" line="204"/>
        <source>Signed out. Changes not yet sent are kept on this computer.</source>
        <translation>Sessão terminada. As alterações ainda não enviadas ficam guardadas neste computador.</translation>
    </message>
</context>
<context>
    <name>MarkReadBar</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="78"/>
        <source>Reading status</source>
        <translation>Estado da leitura</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="80"/>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="90"/>
        <source>Read ✓</source>
        <translation>Lida ✓</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="91"/>
        <source>You have finished this reading.</source>
        <translation>Terminou esta leitura.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="92"/>
        <source>This reading is complete.</source>
        <translation>Esta leitura está concluída.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="95"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marcar como lida</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="96"/>
        <source>Count this reading as done (it also counts once you have scrolled through all of it).</source>
        <translation>Contar esta leitura como concluída (também conta quando tiver percorrido todo o texto).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="98"/>
        <source>Counts this reading as done.</source>
        <translation>Conta esta leitura como concluída.</translation>
    </message>
</context>
<context>
    <name>ModuleProgressChart</name>
    <message>
        <location filename="../../player/course/progress_chart.py" line="20"/>
        <source>Progress per module</source>
        <translation>Progresso por módulo</translation>
    </message>
    <message>
        <location filename="../../player/course/progress_chart.py" line="26"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 de %3 concluídos</translation>
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
        <translation>Escreva um nome para o perfil.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="72"/>
        <source>A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation>Um nome de perfil tem de 1 a 40 letras, algarismos, espaços, pontos, hífenes ou sublinhados e começa por uma letra ou um algarismo.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="75"/>
        <source>There is already a profile called “%1”.</source>
        <translation>Já existe um perfil chamado «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="83"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Um PIN tem de 4 a 12 algarismos.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="85"/>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation>Os dois PIN não são iguais. Escreva o PIN novamente em ambos os campos.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="119"/>
        <source>New profile — Lectern</source>
        <translation>Novo perfil — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="120"/>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="124"/>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="125"/>
        <source>for example: Clerk Ana</source>
        <translation>por exemplo: Oficial Ana</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="126"/>
        <source>Protect with a &amp;PIN</source>
        <translation>Proteger com um &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="127"/>
        <source>Protect the profile with a PIN</source>
        <translation>Proteger o perfil com um PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="129"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="131"/>
        <source>PIN again</source>
        <translation>Repetir o PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="135"/>
        <source>A PIN has 4 to 12 digits. It keeps colleagues from using your profile by mistake; it does not encrypt anything.</source>
        <translation>Um PIN tem de 4 a 12 algarismos. Evita que os colegas utilizem o seu perfil por engano; não cifra nada.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="138"/>
        <source>About PINs</source>
        <translation>Acerca dos PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="142"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="151"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="154"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>&amp;Create and open</source>
        <translation>&amp;Criar e abrir</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="160"/>
        <source>Create the profile and open it</source>
        <translation>Criar o perfil e abri-lo</translation>
    </message>
    <message>
        <location filename="../../player/profiles/forms.py" line="161"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="58"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>OfflineHelpDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="159"/>
        <location filename="../../player/help_dialogs.py" line="160"/>
        <location filename="../../player/help_dialogs.py" line="162"/>
        <source>How Lectern works offline</source>
        <translation>Como o Lectern funciona sem ligação</translation>
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
&lt;h3&gt;Tudo o que estuda está neste computador&lt;/h3&gt;
&lt;p&gt;Os vídeos, as leituras, os questionários e as discussões dos cursos da sua biblioteca estão guardados
neste computador. Pode estudar sem qualquer ligação, durante o tempo que quiser.&lt;/p&gt;
&lt;h3&gt;O seu progresso é guardado de imediato&lt;/h3&gt;
&lt;p&gt;O ponto em que está num vídeo, as leituras que terminou, os resultados dos questionários e as suas mensagens
no fórum são guardados neste computador no momento em que os faz, mesmo que o Lectern seja fechado ou o
computador seja desligado logo a seguir.&lt;/p&gt;
&lt;h3&gt;O envio e a receção acontecem por si&lt;/h3&gt;
&lt;p&gt;Quando tem sessão iniciada no servidor de cursos e este computador está ligado à rede, o Lectern envia
as suas alterações e obtém as mensagens dos outros formandos por si, a cada poucos minutos e pouco depois
de alterar algo. Nunca tem de premir nada; «Sincronizar agora» (F5) apenas o faz de
imediato. A barra na parte inferior da janela indica se está ligado e quantas alterações
estão a aguardar.&lt;/p&gt;
&lt;h3&gt;Nada se perde quando está sem ligação&lt;/h3&gt;
&lt;p&gt;As alterações feitas sem ligação aguardam em segurança neste computador e são enviadas na próxima sincronização. As mensagens
que escrever sem ligação ficam marcadas como «a aguardar envio» e chegam aos outros formandos depois dela.&lt;/p&gt;
&lt;h3&gt;Novos cursos e atualizações&lt;/h3&gt;
&lt;p&gt;Quando está ligado à rede, Ir ▸ Catálogo de cursos lista os cursos que o servidor de cursos lhe disponibiliza para
transferir. Sem ligação, os serviços informáticos do tribunal podem dar-lhe um ficheiro de curso (.lectern), por exemplo
numa pen USB: Ficheiro ▸ Importar curso…&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../player/course/panes.py" line="33"/>
        <source>Course progress</source>
        <translation>Progresso do curso</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="35"/>
        <source>New replies to your posts</source>
        <translation>Novas respostas às suas mensagens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/course/panes.py" line="50"/>
        <source>%n new reply(ies) to your posts</source>
        <translation>
            <numerusform>%n resposta nova às suas mensagens</numerusform>
            <numerusform>%n respostas novas às suas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="58"/>
        <source>%1 of %2 required items done</source>
        <translation>%1 de %2 itens obrigatórios concluídos</translation>
    </message>
    <message>
        <location filename="../../player/course/panes.py" line="62"/>
        <source>✓ Completed: %1</source>
        <translation>✓ Concluído: %1</translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>No matches</source>
        <translation>Sem resultados</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="131"/>
        <source>Searching…</source>
        <translation>A pesquisar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/pdf/find.py" line="133"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/find.py" line="135"/>
        <source>Match {n} of {count}</source>
        <translation>Resultado {n} de {count}</translation>
    </message>
</context>
<context>
    <name>PdfReadingView</name>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="59"/>
        <source>PDF reading</source>
        <translation>Leitura em PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="75"/>
        <source>PDF pages</source>
        <translation>Páginas do PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="144"/>
        <source>This PDF reading</source>
        <translation>Esta leitura em PDF</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="150"/>
        <source>the PDF is locked with a password.</source>
        <translation>o PDF está bloqueado com uma palavra-passe.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="152"/>
        <source>the file is damaged or is not a PDF.</source>
        <translation>o ficheiro está danificado ou não é um PDF.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="157"/>
        <source>the PDF has no pages.</source>
        <translation>o PDF não tem páginas.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf_view.py" line="173"/>
        <source>This reading cannot be opened: {reason} Ask the course provider for a new copy.</source>
        <translation>Não é possível abrir esta leitura: {reason} Peça uma nova cópia ao fornecedor do curso.</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="25"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="26"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Página anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="30"/>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="31"/>
        <source>Type a page number and press Enter</source>
        <translation>Escreva um número de página e prima Enter</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="35"/>
        <source>Page count</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="36"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Página seguinte (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="40"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reduzir (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="41"/>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="42"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="43"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="44"/>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="45"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ajustar a página à largura (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="50"/>
        <location filename="../../player/item_views/pdf/toolbar.py" line="51"/>
        <source>Find in document</source>
        <translation>Procurar no documento</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="52"/>
        <source>Ctrl+F; Enter finds the next match, Shift+Enter the previous one</source>
        <translation>Ctrl+F; Enter encontra o resultado seguinte, Shift+Enter o anterior</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="56"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Resultado anterior (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="58"/>
        <source>Previous match</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="59"/>
        <source>Next match (F3)</source>
        <translation>Resultado seguinte (F3)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="60"/>
        <source>Next match</source>
        <translation>Resultado seguinte</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="62"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../../player/item_views/pdf/toolbar.py" line="90"/>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="67"/>
        <source>Report a message</source>
        <translation>Denunciar uma mensagem</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="68"/>
        <source>The moderators of this course will read your report and decide. The author is not told who reported it. Your report is sent with the next sync.</source>
        <translation>Os moderadores deste curso vão ler a sua denúncia e decidir. O autor não fica a saber quem a fez. A sua denúncia é enviada quando voltar a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="70"/>
        <source>&amp;Report</source>
        <translation>&amp;Denunciar</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="76"/>
        <source>Thank you. Your report is kept on this computer and reaches the moderators with the next sync.</source>
        <translation>Obrigado. A sua denúncia fica guardada neste computador e chega aos moderadores quando voltar a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="86"/>
        <source>Asking the course server…</source>
        <translation>A contactar o servidor de cursos…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="91"/>
        <source>Hide a message</source>
        <translation>Ocultar uma mensagem</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="92"/>
        <source>Learners no longer see it after their next sync; its author sees that a moderator hid it, with your reason. Nothing is deleted, and the course server&apos;s audit log keeps who hid it and why.</source>
        <translation>Os formandos deixam de a ver depois de voltarem a sincronizar; o autor vê que um moderador a ocultou, com o seu motivo. Nada é apagado, e o registo de auditoria do servidor de cursos guarda quem a ocultou e porquê.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="95"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="97"/>
        <source>Restore a message</source>
        <translation>Repor uma mensagem</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="98"/>
        <source>Learners see it again after their next sync. The audit log keeps your reason.</source>
        <translation>Os formandos voltam a vê-la depois de voltarem a sincronizar. O registo de auditoria guarda o seu motivo.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="99"/>
        <source>&amp;Restore</source>
        <translation>&amp;Repor</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="106"/>
        <source>Hidden. Learners no longer see it after their next sync.</source>
        <translation>Ocultada. Os formandos deixam de a ver depois de voltarem a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="107"/>
        <source>Restored. Learners see it again after their next sync.</source>
        <translation>Reposta. Os formandos voltam a vê-la depois de voltarem a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/post_actions.py" line="116"/>
        <source>The course server refused: %1</source>
        <translation>O servidor de cursos recusou: %1</translation>
    </message>
</context>
<context>
    <name>ProfileActionDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="56"/>
        <source>Current PIN of %1</source>
        <translation>PIN atual de %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="57"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;atual:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="62"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="94"/>
        <source>That PIN was not right several times. Please wait before trying again (%1 s).</source>
        <translation>Esse PIN foi introduzido incorretamente várias vezes. Aguarde antes de tentar novamente (%1 s).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="97"/>
        <source>Type the current PIN of “%1”.</source>
        <translation>Escreva o PIN atual de «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="124"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Esse PIN não está correto. Tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="125"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>Esse PIN não está correto. Aguarde antes de tentar novamente (%1 s).</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../player/profiles/chooser.py" line="84"/>
        <source>Choose your profile — Lectern</source>
        <translation>Escolha o seu perfil — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="85"/>
        <source>Choose your profile</source>
        <translation>Escolha o seu perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="92"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="95"/>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="98"/>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="108"/>
        <source>Profile picture</source>
        <translation>Imagem do perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="110"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="112"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="124"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="130"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Novo perfil…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="131"/>
        <source>Create a new profile</source>
        <translation>Criar um novo perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="134"/>
        <source>&amp;Manage</source>
        <translation>&amp;Gerir</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="135"/>
        <source>Rename the selected profile, change its PIN, or delete it</source>
        <translation>Mudar o nome do perfil selecionado, alterar o seu PIN ou eliminá-lo</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="139"/>
        <source>Manage the profile</source>
        <translation>Gerir o perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="140"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Mudar o nome…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="142"/>
        <source>Change the &amp;PIN…</source>
        <translation>Alterar o &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="151"/>
        <source>Open the selected profile</source>
        <translation>Abrir o perfil selecionado</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="152"/>
        <source>Quit Lectern</source>
        <translation>Sair do Lectern</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="187"/>
        <source>Enter the PIN for “%1”</source>
        <translation>Introduza o PIN de «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="188"/>
        <source>This profile is protected by a PIN.</source>
        <translation>Este perfil está protegido por um PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="194"/>
        <source>Who is studying?</source>
        <translation>Quem vai estudar?</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="196"/>
        <source>Each person on this computer has their own profile, with their own progress and forum posts. Choose yours, or create one.</source>
        <translation>Cada pessoa neste computador tem o seu próprio perfil, com o seu progresso e as suas mensagens no fórum. Escolha o seu ou crie um.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="216"/>
        <source>Protected by a PIN</source>
        <translation>Protegido por um PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="220"/>
        <source>%1, protected by a PIN</source>
        <translation>%1, protegido por um PIN</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="246"/>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="276"/>
        <source>Type the PIN for “%1”.</source>
        <translation>Escreva o PIN de «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="299"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Esse PIN não está correto. Tente novamente.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="324"/>
        <source>That PIN is not right. Please wait before trying again (%1 s).</source>
        <translation>Esse PIN não está correto. Aguarde antes de tentar novamente (%1 s).</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="337"/>
        <source>That PIN was not right. You can try again now.</source>
        <translation>Esse PIN não estava correto. Já pode tentar novamente.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="428"/>
        <source>The profile is now called “%1”.</source>
        <translation>O perfil chama-se agora «%1».</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="433"/>
        <source>“%1” now has a new PIN.</source>
        <translation>«%1» tem agora um novo PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="434"/>
        <source>“%1” now has no PIN.</source>
        <translation>«%1» deixou de ter PIN.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/chooser.py" line="444"/>
        <source>The profile “%1” was deleted.</source>
        <translation>O perfil «%1» foi eliminado.</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="138"/>
        <source>Rename “%1”</source>
        <translation>Mudar o nome de «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="170"/>
        <source>PIN of “%1”</source>
        <translation>PIN de «%1»</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="220"/>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
</context>
<context>
    <name>PublishersPage</name>
    <message>
        <location filename="../../player/settings/pages.py" line="246"/>
        <source>Course publishers</source>
        <translation>Editores de cursos</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="247"/>
        <source>Allow &amp;unsigned courses and unknown publishers</source>
        <translation>Permitir cursos &amp;não assinados e editores desconhecidos</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="249"/>
        <source>Allow unsigned courses</source>
        <translation>Permitir cursos não assinados</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="250"/>
        <source>Safety:</source>
        <translation>Segurança:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="253"/>
        <source>Warning: Lectern will accept courses that anyone may have made or changed. Turn this on only for courses you made yourself, and ask court IT first.</source>
        <translation>Aviso: o Lectern vai aceitar cursos que qualquer pessoa pode ter criado ou alterado. Ative esta opção apenas para cursos criados por si e consulte primeiro os serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="257"/>
        <source>Warning about unsigned courses</source>
        <translation>Aviso sobre cursos não assinados</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="264"/>
        <source>Trusted publishers</source>
        <translation>Editores fidedignos</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="272"/>
        <source>&amp;Add publisher key…</source>
        <translation>&amp;Adicionar chave de editor…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="273"/>
        <source>Add a publisher key from a .pub file</source>
        <translation>Adicionar uma chave de editor a partir de um ficheiro .pub</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="274"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="275"/>
        <source>Remove the selected publisher</source>
        <translation>Remover o editor selecionado</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="282"/>
        <source>&amp;Trusted:</source>
        <translation>&amp;Fidedignos:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="284"/>
        <source>Courses signed by these publishers are accepted. Keys from court IT cannot be removed here.</source>
        <translation>São aceites os cursos assinados por estes editores. As chaves dos serviços informáticos do tribunal não podem ser removidas aqui.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="296"/>
        <source>Trusted on this computer by court IT; it cannot be removed here.</source>
        <translation>Considerado fidedigno neste computador pelos serviços informáticos do tribunal; não pode ser removido aqui.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="307"/>
        <source>No publishers yet. Courses must be signed by a trusted publisher to be imported.</source>
        <translation>Ainda não há editores. Os cursos têm de estar assinados por um editor fidedigno para serem importados.</translation>
    </message>
</context>
<context>
    <name>QrPreview</name>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="18"/>
        <source>QR code of the certificate</source>
        <translation>Código QR do certificado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/qr_preview.py" line="19"/>
        <source>It holds the whole signed certificate, so a printout can be checked with no network.</source>
        <translation>Contém todo o certificado assinado, para que uma versão impressa possa ser verificada sem rede.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="147"/>
        <source>Question {n} of {total}</source>
        <translation>Pergunta {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="152"/>
        <source>Question {n}</source>
        <translation>Pergunta {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="156"/>
        <source>Choose all that apply.</source>
        <translation>Escolha todas as opções aplicáveis.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="186"/>
        <source>Feedback on question {n}</source>
        <translation>Comentário sobre a pergunta {n}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="225"/>
        <source>✓ Correct.</source>
        <translation>✓ Correto.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="227"/>
        <source>✗ Not correct: this question has more than one right answer, and all of them (and only them) must be chosen.</source>
        <translation>✗ Incorreto: esta pergunta tem mais do que uma resposta certa, e todas elas (e apenas elas) têm de ser escolhidas.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz/questions.py" line="230"/>
        <source>✗ Not correct.</source>
        <translation>✗ Incorreto.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="56"/>
        <source>Quiz</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="61"/>
        <source>Quiz rules</source>
        <translation>Regras do questionário</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="63"/>
        <location filename="../../player/item_views/quiz_view.py" line="65"/>
        <source>Earlier attempts</source>
        <translation>Tentativas anteriores</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="81"/>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="89"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="104"/>
        <source>Quiz message</source>
        <translation>Mensagem do questionário</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="106"/>
        <source>&amp;Submit answers</source>
        <translation>&amp;Submeter respostas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="107"/>
        <source>Submit answers</source>
        <translation>Submeter respostas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="108"/>
        <source>Check your answers and record this attempt</source>
        <translation>Verificar as suas respostas e registar esta tentativa</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="110"/>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="111"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="112"/>
        <source>Clear the answers and start a new attempt</source>
        <translation>Limpar as respostas e começar uma nova tentativa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="155"/>
        <source>%n question(s). The pass mark is %1%.</source>
        <translation>
            <numerusform>%n pergunta. A nota mínima de aprovação é %1%.</numerusform>
            <numerusform>%n perguntas. A nota mínima de aprovação é %1%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="158"/>
        <source>You may make %n attempt(s); %1 left.</source>
        <translation>
            <numerusform>Pode fazer %n tentativa; restantes: %1.</numerusform>
            <numerusform>Pode fazer %n tentativas; restantes: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/quiz_view.py" line="285"/>
        <source>You have used all %n attempt(s), so this quiz cannot be passed on this computer. Talk to your course coordinator.</source>
        <translation>
            <numerusform>Já utilizou a sua única tentativa, pelo que este questionário já não pode ser aprovado neste computador. Fale com o coordenador do seu curso.</numerusform>
            <numerusform>Já utilizou as %n tentativas, pelo que este questionário já não pode ser aprovado neste computador. Fale com o coordenador do seu curso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="161"/>
        <source>You have passed this quiz.</source>
        <translation>Obteve aprovação neste questionário.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="167"/>
        <source>not passed</source>
        <translation>não aprovado</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="168"/>
        <source>Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}</source>
        <translation>Tentativa {n}: {correct} de {total} ({percent}%), {outcome} — {when}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="230"/>
        <source>Answer question {n} before submitting.</source>
        <translation>Responda à pergunta {n} antes de submeter.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="240"/>
        <source>Saving your answers…</source>
        <translation>A guardar as suas respostas…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="249"/>
        <source>Your answers could not be saved. Nothing was recorded; you can submit them again.</source>
        <translation>Não foi possível guardar as suas respostas. Nada foi registado; pode submetê-las novamente.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="267"/>
        <source>You scored {correct} of {total} ({percent}%). The pass mark is {pass_mark}%.</source>
        <translation>Obteve {correct} de {total} ({percent}%). A nota mínima de aprovação é {pass_mark}%.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="272"/>
        <source>You passed.</source>
        <translation>Obteve aprovação.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="274"/>
        <source>You did not pass this time.</source>
        <translation>Desta vez não obteve aprovação.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="282"/>
        <source>You have used all your attempts.</source>
        <translation>Já utilizou todas as suas tentativas.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/quiz_view.py" line="289"/>
        <source>Read the explanations, then try again if you wish.</source>
        <translation>Leia as explicações e, se quiser, tente novamente.</translation>
    </message>
</context>
<context>
    <name>ReadingItemView</name>
    <message>
        <location filename="../../player/item_views/_common.py" line="115"/>
        <source>Meanwhile you can mark it as read to go on with the course.</source>
        <translation>Entretanto, pode marcá-la como lida para continuar o curso.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/_common.py" line="142"/>
        <source>Reading complete.</source>
        <translation>Leitura concluída.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="24"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="27"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="28"/>
        <source>In a few words</source>
        <translation>Em poucas palavras</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/reason.py" line="29"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <location filename="../../player/refusal_notice.py" line="25"/>
        <source>Not accepted by the course server</source>
        <translation>Não aceite pelo servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="26"/>
        <source>Why the course server did not accept it</source>
        <translation>Porque é que o servidor de cursos não aceitou</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../player/refusal_notice.py" line="38"/>
        <source>The course server did not accept your last change here: %1</source>
        <translation>O servidor de cursos não aceitou a sua última alteração aqui: %1</translation>
    </message>
</context>
<context>
    <name>RemoveCourseDialog</name>
    <message>
        <location filename="../../player/library_view.py" line="236"/>
        <location filename="../../player/library_view.py" line="237"/>
        <source>Remove course</source>
        <translation>Remover curso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="238"/>
        <source>Remove “%1” from this computer? Its videos and readings are deleted; you can import it again later.</source>
        <translation>Remover «%1» deste computador? Os respetivos vídeos e leituras são eliminados; pode voltar a importá-lo mais tarde.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="242"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="243"/>
        <source>&amp;Keep my progress</source>
        <translation>&amp;Manter o meu progresso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="245"/>
        <source>Keep my progress</source>
        <translation>Manter o meu progresso</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="247"/>
        <source>Your completed items and quiz results stay on this computer and come back if you import the course again.</source>
        <translation>Os itens que concluiu e os resultados dos questionários ficam neste computador e são recuperados se voltar a importar o curso.</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="250"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="252"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="254"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="262"/>
        <location filename="../../player/library_view.py" line="263"/>
        <source>Which language versions?</source>
        <translation>Que versões de idioma?</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="267"/>
        <source>Only %1</source>
        <translation>Apenas %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="268"/>
        <source>Remove only the %1 version</source>
        <translation>Remover apenas a versão em %1</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="271"/>
        <source>&amp;All languages (%1)</source>
        <translation>&amp;Todos os idiomas (%1)</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="273"/>
        <source>Remove every language version</source>
        <translation>Remover todas as versões de idioma</translation>
    </message>
    <message>
        <location filename="../../player/library_view.py" line="280"/>
        <source>Your completed items and quiz results are kept for the course&apos;s other languages, and come back if you import it again.</source>
        <translation>Os seus elementos concluídos e os resultados dos questionários são mantidos para os outros idiomas do curso e voltam se o importar novamente.</translation>
    </message>
</context>
<context>
    <name>RenameProfileDialog</name>
    <message>
        <location filename="../../player/profiles/manage.py" line="143"/>
        <source>New name</source>
        <translation>Novo nome</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="145"/>
        <source>New &amp;name:</source>
        <translation>Novo &amp;nome:</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Rename the profile</source>
        <translation>Mudar o nome do perfil</translation>
    </message>
    <message>
        <location filename="../../player/profiles/manage.py" line="149"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="188"/>
        <source>Requirements — Lectern</source>
        <translation>Requisitos — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="189"/>
        <source>Requirements for the certificate</source>
        <translation>Requisitos para o certificado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="193"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>RequirementsLauncher</name>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>&amp;Requirements</source>
        <translation>&amp;Requisitos</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="36"/>
        <source>Requirements for the certificate</source>
        <translation>Requisitos para o certificado</translation>
    </message>
    <message>
        <location filename="../../player/course/requirements.py" line="37"/>
        <source>What earns this course&apos;s certificate, and what is left (Ctrl+R)</source>
        <translation>O que dá direito ao certificado deste curso e o que falta (Ctrl+R)</translation>
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
        <translation>Requisitos para o certificado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="52"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="53"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="55"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="58"/>
        <source>Requirements done</source>
        <translation>Requisitos cumpridos</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="60"/>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="68"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="82"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
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
        <translation>Concluir %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="97"/>
        <source>Not done yet</source>
        <translation>Ainda não concluído</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="99"/>
        <source>Pass %1</source>
        <translation>Obter aprovação em %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="100"/>
        <source>Not passed yet</source>
        <translation>Ainda sem aprovação</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="102"/>
        <source>Post at least %n time(s) in %1</source>
        <translation>
            <numerusform>Publicar pelo menos %n vez em %1</numerusform>
            <numerusform>Publicar pelo menos %n vezes em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="104"/>
        <source>%n more post(s) to go</source>
        <translation>
            <numerusform>Falta %n mensagem</numerusform>
            <numerusform>Faltam %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="106"/>
        <source>Reply to at least one colleague in the discussions</source>
        <translation>Responder a pelo menos um colega nas discussões</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="107"/>
        <source>No reply to a colleague yet</source>
        <translation>Ainda sem resposta a um colega</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="110"/>
        <source>Before %1</source>
        <translation>Antes de %1</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="111"/>
        <source>Before the course&apos;s end</source>
        <translation>Antes do fim do curso</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="112"/>
        <source>The course ended before every requirement was done</source>
        <translation>O curso terminou antes de todos os requisitos estarem cumpridos</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="113"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="117"/>
        <source>This course does not award a certificate.</source>
        <translation>Este curso não atribui certificado.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="119"/>
        <source>Certificate: issued. It is in Go ▸ Certificates, to save as a PDF or print.</source>
        <translation>Certificado: emitido. Está em Ir ▸ Certificados, para guardar como PDF ou imprimir.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="122"/>
        <source>Certificate: revoked. The course server withdrew it; ask the course&apos;s organisers why.</source>
        <translation>Certificado: revogado. O servidor de cursos retirou-o; pergunte o motivo aos organizadores do curso.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="125"/>
        <source>Certificate: earned, waiting to sync. The course server issues it after this computer&apos;s next sync.</source>
        <translation>Certificado: obtido, a aguardar sincronização. O servidor de cursos emite-o após a próxima sincronização deste computador.</translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="128"/>
        <source>Certificate: not earned. The course ended before every requirement was done.</source>
        <translation>Certificado: não obtido. O curso terminou antes de todos os requisitos estarem cumpridos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/requirements_view.py" line="130"/>
        <source>Certificate: not yet earned. %n requirement(s) left.</source>
        <translation>
            <numerusform>Certificado: ainda não obtido. Falta %n requisito.</numerusform>
            <numerusform>Certificado: ainda não obtido. Faltam %n requisitos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/certificates/requirements_view.py" line="150"/>
        <source>%1 of %2 requirements done</source>
        <translation>%1 de %2 requisitos cumpridos</translation>
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
        <translation>Servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="103"/>
        <source>Course server address</source>
        <translation>Endereço do servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="106"/>
        <source>Course server &amp;address:</source>
        <translation>&amp;Endereço do servidor de cursos:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="108"/>
        <source>Where your courses come from and your progress goes. Court IT or the course provider gives you this address.</source>
        <translation>De onde vêm os seus cursos e para onde vai o seu progresso. Este endereço é-lhe fornecido pelos serviços informáticos do tribunal ou pelo fornecedor do curso.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="115"/>
        <source>Signed in</source>
        <translation>Sessão iniciada</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="122"/>
        <source>Proxy address</source>
        <translation>Endereço do proxy</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="123"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="124"/>
        <source>Leave empty to connect the way this computer usually does.</source>
        <translation>Deixe vazio para ligar da forma habitual deste computador.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="127"/>
        <source>Certificate file</source>
        <translation>Ficheiro de certificados</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="128"/>
        <source>None (this computer&apos;s certificates)</source>
        <translation>Nenhum (certificados deste computador)</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="129"/>
        <source>&amp;Browse…</source>
        <translation>Procu&amp;rar…</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="130"/>
        <source>Choose a certificate file</source>
        <translation>Escolher um ficheiro de certificados</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="131"/>
        <source>&amp;Certificates:</source>
        <translation>&amp;Certificados:</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="134"/>
        <source>Only needed behind a proxy that inspects secure connections: a PEM file from court IT.</source>
        <translation>Só é necessário atrás de um proxy que inspeciona ligações seguras: um ficheiro PEM fornecido pelos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="146"/>
        <source>You are signed in to this course server as %1. To use another, sign out first.</source>
        <translation>Tem sessão iniciada neste servidor de cursos como %1. Para utilizar outro, termine primeiro a sessão.</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="153"/>
        <source>You are signed in as %1.</source>
        <translation>Tem sessão iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../player/settings/dialog.py" line="55"/>
        <source>Settings — Lectern</source>
        <translation>Definições — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="56"/>
        <location filename="../../player/settings/dialog.py" line="86"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="65"/>
        <source>Loading settings…</source>
        <translation>A carregar as definições…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="66"/>
        <source>Settings status</source>
        <translation>Estado das definições</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="91"/>
        <source>Save settings</source>
        <translation>Guardar as definições</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="94"/>
        <source>Close without saving</source>
        <translation>Fechar sem guardar</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="171"/>
        <source>the site configuration</source>
        <translation>configuração do local</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="172"/>
        <source>Court IT set this in %1. It cannot be changed here.</source>
        <translation>Definido pelos serviços informáticos do tribunal (%1). Não pode ser alterado aqui.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="173"/>
        <source>Set by your administrator in %1.</source>
        <translation>Definido pelo seu administrador (%1).</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="238"/>
        <source>it contains a space.</source>
        <translation>contém um espaço.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="239"/>
        <source>it does not start with %1://.</source>
        <translation>não começa por %1://.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="242"/>
        <source>it starts with “%1://”, which Lectern cannot use.</source>
        <translation>começa por «%1://», que o Lectern não consegue utilizar.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="243"/>
        <source>the computer&apos;s name is missing after “//”.</source>
        <translation>falta o nome do computador depois de «//».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="245"/>
        <source>Give the full path of the file, or choose it with Browse.</source>
        <translation>Indique o caminho completo do ficheiro ou escolha-o com Procurar.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="246"/>
        <source>There is no file at %1.</source>
        <translation>Não existe nenhum ficheiro em %1.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="248"/>
        <source>Lectern cannot read %1. Ask court IT to check who may read it.</source>
        <translation>O Lectern não consegue ler %1. Peça aos serviços informáticos do tribunal que verifiquem quem o pode ler.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="251"/>
        <source>%1 is not a certificate file: it should contain “-----BEGIN CERTIFICATE-----”.</source>
        <translation>%1 não é um ficheiro de certificados: deveria conter «-----BEGIN CERTIFICATE-----».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="254"/>
        <source>The start and the end are the same time. Choose two different times, or tick “Any time”.</source>
        <translation>O início e o fim são à mesma hora. Escolha duas horas diferentes ou assinale «Qualquer hora».</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="259"/>
        <source>This is not a web address Lectern can use: %1 It should look like https://courses.example.org</source>
        <translation>Este não é um endereço web que o Lectern possa utilizar: %1 Deve ter um formato como https://cursos.example.org</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="262"/>
        <source>This is not a proxy address Lectern can use: %1 It should look like http://proxy.court.local:3128</source>
        <translation>Este não é um endereço de proxy que o Lectern possa utilizar: %1 Deve ter um formato como http://proxy.court.local:3128</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="282"/>
        <source>Nothing was saved. Please correct what is marked above.</source>
        <translation>Nada foi guardado. Corrija o que está assinalado acima.</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="304"/>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="349"/>
        <location filename="../../player/settings/dialog.py" line="352"/>
        <source>Choose a certificate file</source>
        <translation>Escolher um ficheiro de certificados</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="350"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Add a publisher key</source>
        <translation>Adicionar uma chave de editor</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="356"/>
        <source>Publisher keys (*.pub);;All files (*)</source>
        <translation>Chaves de editor (*.pub);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="357"/>
        <source>Choose a publisher key file</source>
        <translation>Escolher um ficheiro de chave de editor</translation>
    </message>
    <message>
        <location filename="../../player/settings/dialog.py" line="379"/>
        <source>This publisher is already trusted.</source>
        <translation>Este editor já é fidedigno.</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="129"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="133"/>
        <source>set by your administrator</source>
        <translation>definido pelo seu administrador</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="137"/>
        <source>Locked by court IT</source>
        <translation>Bloqueado pelos serviços informáticos</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="143"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../player/settings/form.py" line="155"/>
        <source>Problem with this setting</source>
        <translation>Problema nesta definição</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="50"/>
        <source>Unnamed publisher</source>
        <translation>Editor sem nome</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="51"/>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <location filename="../../player/settings/pages.py" line="53"/>
        <source>%1 · added by court IT</source>
        <translation>%1 · adicionado pelos serviços informáticos</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="36"/>
        <source>Language — Lectern</source>
        <translation>Idioma — Lectern</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="37"/>
        <source>The new interface language is used from the next time Lectern starts.</source>
        <translation>O novo idioma da interface é utilizado a partir da próxima vez que o Lectern for iniciado.</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="40"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="41"/>
        <source>Restart Lectern now</source>
        <translation>Reiniciar o Lectern agora</translation>
    </message>
    <message>
        <location filename="../../player/restart.py" line="42"/>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../player/help_dialogs.py" line="49"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="59"/>
        <location filename="../../player/help_dialogs.py" line="60"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="61"/>
        <source>Every action is in a menu and can be reached with the keyboard: Alt with the underlined letter opens a menu, Tab and Shift+Tab move between controls.</source>
        <translation>Todas as ações estão num menu e são acessíveis pelo teclado: Alt com a letra sublinhada abre um menu; Tab e Shift+Tab passam de um controlo para outro.</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="65"/>
        <source>About these keys</source>
        <translation>Acerca destas teclas</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="67"/>
        <source>Keys and what they do</source>
        <translation>Teclas e respetivas funções</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="69"/>
        <source>What they do</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="116"/>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="120"/>
        <source>In the open item</source>
        <translation>No item aberto</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="121"/>
        <source>Course outline</source>
        <translation>Estrutura do curso</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="122"/>
        <source>Move through the items</source>
        <translation>Percorrer os itens</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="123"/>
        <source>Open the selected item</source>
        <translation>Abrir o item selecionado</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="125"/>
        <source>Video (when the video has the focus)</source>
        <translation>Vídeo (quando o vídeo tem o foco)</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="126"/>
        <source>Play or pause</source>
        <translation>Reproduzir ou pausar</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="127"/>
        <source>Back or forward 10 seconds</source>
        <translation>Recuar ou avançar 10 segundos</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="128"/>
        <source>Volume up or down</source>
        <translation>Aumentar ou diminuir o volume</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="129"/>
        <source>Mute or unmute</source>
        <translation>Desativar ou ativar o som</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="130"/>
        <source>Captions on or off</source>
        <translation>Ativar ou desativar as legendas</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="131"/>
        <source>Full screen on or off</source>
        <translation>Ativar ou desativar o ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="132"/>
        <source>Leave full screen</source>
        <translation>Sair do ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="135"/>
        <source>PDF reading</source>
        <translation>Leitura em PDF</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="136"/>
        <source>Search in the document</source>
        <translation>Procurar no documento</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="137"/>
        <source>Next or previous match</source>
        <translation>Resultado seguinte ou anterior</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="140"/>
        <source>Zoom in or out</source>
        <translation>Ampliar ou reduzir</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="141"/>
        <source>Fit the page to the width</source>
        <translation>Ajustar a página à largura</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="143"/>
        <source>Next or previous page</source>
        <translation>Página seguinte ou anterior</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="145"/>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <location filename="../../player/help_dialogs.py" line="147"/>
        <source>Send the post or reply you are writing</source>
        <translation>Enviar a mensagem ou a resposta que está a escrever</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="147"/>
        <location filename="../../player/sign_in_dialog.py" line="148"/>
        <source>Sign in to the course server</source>
        <translation>Iniciar sessão no servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="152"/>
        <source>Sign in once on this computer. Lectern then sends your progress and forum posts to the course server by itself whenever the network is there, and downloads the courses you choose.</source>
        <translation>Inicie sessão uma vez neste computador. Depois, o Lectern envia por si o seu progresso e as suas mensagens no fórum para o servidor de cursos sempre que houver rede, e transfere os cursos que escolher.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="156"/>
        <source>About signing in</source>
        <translation>Acerca do início de sessão</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="159"/>
        <source>Course server address</source>
        <translation>Endereço do servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="160"/>
        <source>courses.example.org</source>
        <translation>cursos.example.org</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="162"/>
        <source>The address court IT gave you, for example courses.example.org. Lectern adds https:// itself.</source>
        <translation>O endereço que os serviços informáticos do tribunal lhe deram, por exemplo cursos.example.org. O Lectern acrescenta https:// automaticamente.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="165"/>
        <source>Set by court IT for this computer.</source>
        <translation>Definido pelos serviços informáticos do tribunal para este computador.</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="166"/>
        <source>About the course server address</source>
        <translation>Acerca do endereço do servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="171"/>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="174"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="176"/>
        <source>Name of this computer</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="178"/>
        <source>How the course server lists this computer among your devices, e.g. “Courtroom 3 PC”.</source>
        <translation>Como o servidor de cursos identifica este computador entre os seus dispositivos, por exemplo «PC da sala de audiências 3».</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="186"/>
        <source>Course server &amp;address:</source>
        <translation>&amp;Endereço do servidor de cursos:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="189"/>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;utilizador:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="191"/>
        <source>&amp;Computer name:</source>
        <translation>Nome do &amp;computador:</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="197"/>
        <source>Sign-in message</source>
        <translation>Mensagem de início de sessão</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="201"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="203"/>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="206"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../player/sign_in_dialog.py" line="255"/>
        <source>Signing in…</source>
        <translation>A iniciar sessão…</translation>
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
        <translation>Problema no ficheiro de definições</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="32"/>
        <source>Problems in the settings file</source>
        <translation>Problemas no ficheiro de definições</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="36"/>
        <source>Court IT&apos;s settings file has a problem.</source>
        <translation>O ficheiro de definições dos serviços informáticos do tribunal tem um problema.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="43"/>
        <source>Each line says what Lectern does until it is fixed; everything else works as usual. Please tell court IT so they can correct the file.</source>
        <translation>Cada linha indica o que o Lectern faz até o problema ser corrigido; tudo o resto funciona normalmente. Informe os serviços informáticos do tribunal para que corrijam o ficheiro.</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="46"/>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="50"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../player/site_notice.py" line="51"/>
        <source>Hide this notice until Lectern is started again. Settings shows it too.</source>
        <translation>Ocultar este aviso até o Lectern ser iniciado novamente. As Definições também o mostram.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../player/status_bar.py" line="99"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="104"/>
        <source>Connection</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="108"/>
        <source>Changes waiting to be sent</source>
        <translation>Alterações a aguardar envio</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="110"/>
        <source>Progress, quiz results and forum posts recorded on this computer that the course server has not received yet. They are kept safely until then.</source>
        <translation>Progresso, resultados dos questionários e mensagens no fórum registados neste computador que o servidor de cursos ainda não recebeu. Ficam guardados em segurança até lá.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="114"/>
        <source>Last successful sync</source>
        <translation>Última sincronização bem-sucedida</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="118"/>
        <source>Last sync problem</source>
        <translation>Último problema de sincronização</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="124"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="133"/>
        <location filename="../../player/status_bar.py" line="187"/>
        <source>Open the announcements</source>
        <translation>Abrir os anúncios</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="137"/>
        <location filename="../../player/status_bar.py" line="138"/>
        <location filename="../../player/status_bar.py" line="293"/>
        <location filename="../../player/status_bar.py" line="294"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="139"/>
        <source>Send your changes and fetch others&apos; posts now (F5)</source>
        <translation>Enviar agora as suas alterações e obter as mensagens dos outros (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="183"/>
        <source>%n new announcement(s)</source>
        <translation>
            <numerusform>%n anúncio novo</numerusform>
            <numerusform>%n anúncios novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="186"/>
        <source>%n new announcement(s): open the announcements</source>
        <translation>
            <numerusform>%n anúncio novo: abrir os anúncios</numerusform>
            <numerusform>%n anúncios novos: abrir os anúncios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="188"/>
        <source>Open the announcements (Ctrl+Shift+A)</source>
        <translation>Abrir os anúncios (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="225"/>
        <source>Changes waiting: unknown</source>
        <translation>Alterações a aguardar: desconhecido</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="232"/>
        <source>No changes waiting to be sent</source>
        <translation>Nenhuma alteração a aguardar envio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="234"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n alteração a aguardar envio</numerusform>
            <numerusform>%n alterações a aguardar envio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="240"/>
        <source>Not signed in</source>
        <translation>Sem sessão iniciada</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="242"/>
        <source>Lectern works fully offline and keeps everything on this computer. Sign in to the course server (Course server ▸ Sign in…) to send your progress and forum posts and to download courses.</source>
        <translation>O Lectern funciona totalmente sem ligação e guarda tudo neste computador. Inicie sessão no servidor de cursos (Servidor de cursos ▸ Iniciar sessão…) para enviar o seu progresso e as suas mensagens no fórum e para transferir cursos.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="260"/>
        <source>Syncing… %1 of %2 sent</source>
        <translation>A sincronizar… %1 de %2 enviados</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="264"/>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="265"/>
        <source>Sending your changes to %1 and fetching new posts.</source>
        <translation>A enviar as suas alterações para %1 e a obter novas mensagens.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="268"/>
        <source>Looking for the course server…</source>
        <translation>A procurar o servidor de cursos…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="269"/>
        <source>Checking whether %1 can be reached.</source>
        <translation>A verificar se é possível contactar %1.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="272"/>
        <source>Online</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="273"/>
        <source>Connected to %1 as %2. Lectern syncs by itself every few minutes and after your changes.</source>
        <translation>Ligado a %1 como %2. O Lectern sincroniza por si a cada poucos minutos e depois das suas alterações.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="278"/>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="280"/>
        <source>The course server at %1 cannot be reached. Everything you do is kept on this computer and sent when the connection returns; Lectern checks by itself.</source>
        <translation>Não é possível contactar o servidor de cursos em %1. Tudo o que fizer fica guardado neste computador e é enviado quando a ligação for restabelecida; o Lectern verifica por si.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="284"/>
        <source>Sign-in needed</source>
        <translation>É necessário iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="286"/>
        <source>The course server asks you to sign in again (Course server ▸ Sign in…). Your changes are kept and sent afterwards.</source>
        <translation>O servidor de cursos pede-lhe que inicie sessão novamente (Servidor de cursos ▸ Iniciar sessão…). As suas alterações ficam guardadas e são enviadas depois.</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="290"/>
        <source>Sign in…</source>
        <translation>Iniciar sessão…</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="291"/>
        <source>Sign in to the course server</source>
        <translation>Iniciar sessão no servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="302"/>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="303"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../player/status_bar.py" line="305"/>
        <source>The last time everything waiting was sent to the course server (by this computer&apos;s clock).</source>
        <translation>A última vez que tudo o que estava a aguardar foi enviado para o servidor de cursos (segundo o relógio deste computador).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/status_bar.py" line="326"/>
        <source>The course server refused %n change(s): %1</source>
        <translation>
            <numerusform>O servidor de cursos recusou %n alteração: %1</numerusform>
            <numerusform>O servidor de cursos recusou %n alterações: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="302"/>
        <source>Offline: the %n change(s) waiting are kept on this computer and sent when the course server can be reached.</source>
        <translation>
            <numerusform>Sem ligação: a alteração a aguardar fica guardada neste computador e é enviada quando for possível contactar o servidor de cursos.</numerusform>
            <numerusform>Sem ligação: as %n alterações a aguardar ficam guardadas neste computador e são enviadas quando for possível contactar o servidor de cursos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="305"/>
        <source>Offline: nothing is lost. Lectern syncs by itself when the course server can be reached.</source>
        <translation>Sem ligação: nada se perde. O Lectern sincroniza por si quando for possível contactar o servidor de cursos.</translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="328"/>
        <source>Sign in to send your progress and posts to the course server.</source>
        <translation>Inicie sessão para enviar o seu progresso e as suas mensagens para o servidor de cursos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/sync_controller.py" line="385"/>
        <source>The course server asks you to sign in again. The %n change(s) waiting on this computer are kept and sent after you sign in.</source>
        <translation>
            <numerusform>O servidor de cursos pede-lhe que inicie sessão novamente. A alteração a aguardar neste computador fica guardada e é enviada depois de iniciar sessão.</numerusform>
            <numerusform>O servidor de cursos pede-lhe que inicie sessão novamente. As %n alterações a aguardar neste computador ficam guardadas e são enviadas depois de iniciar sessão.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/sync_controller.py" line="388"/>
        <source>The course server asks you to sign in again. Nothing on this computer is lost.</source>
        <translation>O servidor de cursos pede-lhe que inicie sessão novamente. Nada do que está neste computador se perde.</translation>
    </message>
</context>
<context>
    <name>TextReadingView</name>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="110"/>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="127"/>
        <source>Reading text</source>
        <translation>Texto da leitura</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="152"/>
        <source>This reading</source>
        <translation>Esta leitura</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="193"/>
        <source>Links to outside the course do not open from Lectern. The address is: {url}</source>
        <translation>As ligações para fora do curso não abrem a partir do Lectern. O endereço é: {url}</translation>
    </message>
    <message>
        <location filename="../../player/item_views/reading_view.py" line="196"/>
        <source>Link to outside the course (does not open here): {url}</source>
        <translation>Ligação para fora do curso (não abre aqui): {url}</translation>
    </message>
</context>
<context>
    <name>ThreadComposer</name>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="48"/>
        <location filename="../../player/item_views/forum/compose.py" line="92"/>
        <source>New thread</source>
        <translation>Novo tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="54"/>
        <source>Thread title</source>
        <translation>Título do tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="55"/>
        <source>A short title</source>
        <translation>Um título curto</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="60"/>
        <source>Thread message</source>
        <translation>Mensagem do tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="61"/>
        <source>Your message (plain text; Markdown such as *emphasis* and lists works)</source>
        <translation>A sua mensagem (texto simples; funciona Markdown como *ênfase* e listas)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="62"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="93"/>
        <source>&amp;Post thread</source>
        <translation>&amp;Publicar tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="64"/>
        <location filename="../../player/item_views/forum/compose.py" line="94"/>
        <source>Post thread</source>
        <translation>Publicar tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="67"/>
        <source>Cancel the new thread</source>
        <translation>Cancelar o novo tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="87"/>
        <source>New discussion question (pinned at the top for everyone; kept on this computer and sent with the next sync)</source>
        <translation>Nova pergunta de discussão (fixada no topo para todos; guardada neste computador e enviada na próxima sincronização)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="89"/>
        <source>&amp;Post pinned question</source>
        <translation>&amp;Publicar a pergunta fixada</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/compose.py" line="90"/>
        <source>Post the pinned question</source>
        <translation>Publicar a pergunta fixada</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="15"/>
        <location filename="../../player/item_views/forum/thread_list.py" line="43"/>
        <source>Threads</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="17"/>
        <source>&amp;New thread…</source>
        <translation>&amp;Novo tópico…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="18"/>
        <source>Start a new thread</source>
        <translation>Iniciar um novo tópico</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="19"/>
        <source>Start a new discussion about this prompt</source>
        <translation>Iniciar uma nova discussão sobre este tema</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="21"/>
        <source>New &amp;question…</source>
        <translation>Nova &amp;pergunta…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="22"/>
        <source>Start a pinned discussion question</source>
        <translation>Colocar uma pergunta de discussão fixada</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="24"/>
        <source>Instructors: a question pinned at the top of this discussion for every learner (kept on this computer at once and sent with the next sync, like any thread)</source>
        <translation>Formadores: uma pergunta fixada no topo desta discussão para todos os formandos (guardada de imediato neste computador e enviada na próxima sincronização, como qualquer tópico)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/forum/thread_list.py" line="32"/>
        <source>Threads in this discussion</source>
        <translation>Tópicos desta discussão</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/item_views/forum/thread_list.py" line="44"/>
        <source>Threads · %n new</source>
        <translation>
            <numerusform>Tópicos · %n novo</numerusform>
            <numerusform>Tópicos · %n novos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../player/update_banner.py" line="28"/>
        <source>Course updates</source>
        <translation>Atualizações de cursos</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="29"/>
        <source>Course update notice</source>
        <translation>Aviso de atualização de cursos</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>&amp;Update now</source>
        <translation>&amp;Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="34"/>
        <source>Download the course updates</source>
        <translation>Transferir as atualizações dos cursos</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="36"/>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="47"/>
        <source>A new version of “%1” is on the course server (version %2; you have version %3). Updating keeps your progress.</source>
        <translation>Está disponível no servidor de cursos uma nova versão de «%1» (versão %2; tem a versão %3). A atualização mantém o seu progresso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/update_banner.py" line="54"/>
        <source>New versions of %n course(s) are on the course server: %1. Updating keeps your progress.</source>
        <translation>
            <numerusform>Está disponível no servidor de cursos uma nova versão de %n curso: %1. A atualização mantém o seu progresso.</numerusform>
            <numerusform>Estão disponíveis no servidor de cursos novas versões de %n cursos: %1. A atualização mantém o seu progresso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../player/update_banner.py" line="63"/>
        <source>The update is downloading; see Downloads (Ctrl+J). You can keep studying meanwhile.</source>
        <translation>A atualização está a ser transferida; ver Transferências (Ctrl+J). Pode continuar a estudar entretanto.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="98"/>
        <source>Video player</source>
        <translation>Leitor de vídeo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="99"/>
        <source>Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change the volume, F switches full screen, C switches captions.</source>
        <translation>Espaço reproduz ou pausa, as setas Esquerda e Direita avançam ou recuam 10 segundos, Cima e Baixo alteram o volume, F alterna o ecrã inteiro, C ativa ou desativa as legendas.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="105"/>
        <source>Video picture</source>
        <translation>Imagem do vídeo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="112"/>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="133"/>
        <source>Position in the video</source>
        <translation>Posição no vídeo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="134"/>
        <source>Drag to move in the video; arrow keys move 10 seconds</source>
        <translation>Arraste para se deslocar no vídeo; as teclas de seta deslocam 10 segundos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="145"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="151"/>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="152"/>
        <source>Play or pause (Space)</source>
        <translation>Reproduzir ou pausar (Espaço)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="155"/>
        <source>Back 10 seconds</source>
        <translation>Recuar 10 segundos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="156"/>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>Recuar 10 segundos (seta Esquerda)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="159"/>
        <source>Forward 10 seconds</source>
        <translation>Avançar 10 segundos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="160"/>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>Avançar 10 segundos (seta Direita)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="163"/>
        <location filename="../../player/item_views/video/controls.py" line="387"/>
        <source>Mute</source>
        <translation>Desativar som</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="164"/>
        <source>Mute or unmute (M)</source>
        <translation>Desativar ou ativar o som (M)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="169"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="170"/>
        <source>Volume (Up and Down arrows)</source>
        <translation>Volume (setas Cima e Baixo)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="180"/>
        <location filename="../../player/item_views/video/controls.py" line="181"/>
        <source>Playback speed</source>
        <translation>Velocidade de reprodução</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="184"/>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="186"/>
        <source>{rate} (normal)</source>
        <translation>{rate} (normal)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="196"/>
        <source>Captions language</source>
        <translation>Idioma das legendas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="197"/>
        <source>Captions (C switches them on or off)</source>
        <translation>Legendas (C ativa-as ou desativa-as)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="198"/>
        <source>Captions off</source>
        <translation>Legendas desativadas</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="206"/>
        <source>Video quality</source>
        <translation>Qualidade do vídeo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="207"/>
        <source>Picture quality; only copies on this computer can be chosen</source>
        <translation>Qualidade da imagem; só podem ser escolhidas as cópias existentes neste computador</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="213"/>
        <source>Full screen</source>
        <translation>Ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="214"/>
        <source>Full screen on or off (F; Esc leaves)</source>
        <translation>Ativar ou desativar o ecrã inteiro (F; Esc para sair)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="260"/>
        <source>Audio only</source>
        <translation>Só áudio</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="264"/>
        <source>Get standard quality in the Course catalog</source>
        <translation>Obter a qualidade padrão no Catálogo de cursos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="266"/>
        <source>Get every quality in the Course catalog</source>
        <translation>Obter todas as qualidades no Catálogo de cursos</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="267"/>
        <source>{label} — not downloaded ({how})</source>
        <translation>{label} — não transferido ({how})</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="273"/>
        <source>Get standard quality…</source>
        <translation>Obter qualidade padrão…</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="274"/>
        <source>Download the standard-quality videos of this course (the course stays usable meanwhile)</source>
        <translation>Transferir os vídeos em qualidade padrão deste curso (entretanto, o curso continua utilizável)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="306"/>
        <source>Getting standard quality for this course: see Downloads. Open this lecture again when it is done to choose the better picture.</source>
        <translation>A obter a qualidade padrão para este curso: ver Transferências. Quando terminar, abra novamente esta aula para escolher a imagem de melhor qualidade.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="310"/>
        <source>To watch in standard quality, open the Course catalog and choose Get standard quality for this course.</source>
        <translation>Para ver em qualidade padrão, abra o Catálogo de cursos e escolha Obter qualidade padrão para este curso.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/controls.py" line="386"/>
        <source>Unmute</source>
        <translation>Ativar som</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="97"/>
        <source>The {failed} copy of this video cannot be played on this computer, so its sound-only copy plays instead (no picture).</source>
        <translation>A cópia {failed} deste vídeo não pode ser reproduzida neste computador, pelo que é reproduzida a cópia só com som (sem imagem).</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="101"/>
        <source>The {failed} copy of this video cannot be played on this computer, so the {label} copy plays instead.</source>
        <translation>A cópia {failed} deste vídeo não pode ser reproduzida neste computador, pelo que é reproduzida a cópia {label}.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="113"/>
        <source>{label} (cannot be played here)</source>
        <translation>{label} (não pode ser reproduzido aqui)</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="125"/>
        <source>This video cannot be played on this computer (its format, {codec}, is not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>Não é possível reproduzir este vídeo neste computador (o formato, {codec}, não é suportado). Peça ao fornecedor do curso uma versão em H.264 ou VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="130"/>
        <source>This video cannot be played on this computer (its formats, {codecs}, are not supported). Ask the course provider for a version in H.264 or VP9.</source>
        <translation>Não é possível reproduzir este vídeo neste computador (os formatos, {codecs}, não são suportados). Peça ao fornecedor do curso uma versão em H.264 ou VP9.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="134"/>
        <source>This video cannot be played on this computer: the file may be damaged or in a format it cannot decode ({details}). Ask court IT for a new copy of the course.</source>
        <translation>Não é possível reproduzir este vídeo neste computador: o ficheiro pode estar danificado ou num formato que não consegue descodificar ({details}). Peça uma nova cópia do curso aos serviços informáticos do tribunal.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video/fallback.py" line="138"/>
        <source>This video cannot be played on this computer: no picture could be decoded from it. Ask court IT or the course provider for a new copy of the course.</source>
        <translation>Não é possível reproduzir este vídeo neste computador: não foi possível descodificar nenhuma imagem. Peça uma nova cópia do curso aos serviços informáticos do tribunal ou ao fornecedor do curso.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="81"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="137"/>
        <location filename="../../player/item_views/video_view.py" line="164"/>
        <source>This video</source>
        <translation>Este vídeo</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="187"/>
        <source>Audio only: this copy of the lecture has no picture.</source>
        <translation>Só áudio: esta cópia da aula não tem imagem.</translation>
    </message>
    <message>
        <location filename="../../player/item_views/video_view.py" line="283"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../player/window_menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="45"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Importar curso…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="46"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="47"/>
        <source>Add a course from a .lectern file</source>
        <translation>Adicionar um curso a partir de um ficheiro .lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="55"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="57"/>
        <source>Course server, downloads and trusted publishers</source>
        <translation>Servidor de cursos, transferências e editores fidedignos</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="59"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="62"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="63"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="65"/>
        <source>&amp;Previous item</source>
        <translation>Item &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="67"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="68"/>
        <source>&amp;Next item</source>
        <translation>Item &amp;seguinte</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="69"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="71"/>
        <source>Course &amp;outline</source>
        <translation>&amp;Estrutura do curso</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="73"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="75"/>
        <source>Course &amp;catalog</source>
        <translation>&amp;Catálogo de cursos</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="76"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="77"/>
        <source>Courses the course server offers you, to download</source>
        <translation>Cursos que o servidor de cursos lhe disponibiliza para transferir</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="78"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Transferências</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="79"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="80"/>
        <source>Progress of your downloads</source>
        <translation>Progresso das suas transferências</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="82"/>
        <source>C&amp;ertificates</source>
        <translation>Ce&amp;rtificados</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="83"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="84"/>
        <source>Your certificates, to save as a PDF or a signed credential</source>
        <translation>Os seus certificados, para guardar como PDF ou como credencial assinada</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="86"/>
        <source>&amp;Announcements</source>
        <translation>&amp;Anúncios</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="87"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="88"/>
        <source>What the instructors of your courses announced</source>
        <translation>O que os formadores dos seus cursos anunciaram</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="90"/>
        <source>Course &amp;server</source>
        <translation>&amp;Servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="91"/>
        <location filename="../../player/window_menus.py" line="127"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sessão…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="92"/>
        <source>Sign in to the course server</source>
        <translation>Iniciar sessão no servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="93"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="94"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="95"/>
        <source>Send your changes and fetch others&apos; posts now</source>
        <translation>Enviar agora as suas alterações e obter as mensagens dos outros</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="99"/>
        <source>Save changes to a &amp;file…</source>
        <translation>Guardar as alterações num &amp;ficheiro…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="100"/>
        <source>Save the changes waiting to a signed file, for court IT to take to the course server</source>
        <translation>Guardar as alterações pendentes num ficheiro assinado, que os serviços informáticos do tribunal levarão ao servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="103"/>
        <source>&amp;Load a reply file…</source>
        <translation>&amp;Carregar um ficheiro de resposta…</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="104"/>
        <source>Load the course server&apos;s reply to a saved file: others&apos; posts, certificates and updates</source>
        <translation>Carregar a resposta do servidor de cursos a um ficheiro guardado: mensagens de outros, certificados e atualizações</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="107"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Terminar sessão</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="108"/>
        <source>Forget the sign-in on this computer; changes not yet sent are kept</source>
        <translation>Esquecer a sessão iniciada neste computador; as alterações ainda não enviadas são mantidas</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="112"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="113"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="114"/>
        <source>Every key Lectern knows, on one page</source>
        <translation>Todas as teclas que o Lectern conhece, numa só página</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="115"/>
        <source>How Lectern works &amp;offline</source>
        <translation>Como o Lectern funciona &amp;sem ligação</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="117"/>
        <source>What is kept on this computer, and when it is sent to the course server</source>
        <translation>O que fica guardado neste computador e quando é enviado para o servidor de cursos</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="120"/>
        <source>&amp;About Lectern</source>
        <translation>Acerca do &amp;Lectern</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="122"/>
        <source>Version, and where your data is kept</source>
        <translation>Versão e local onde os seus dados são guardados</translation>
    </message>
    <message>
        <location filename="../../player/window_menus.py" line="126"/>
        <source>&amp;Sign in again…</source>
        <translation>Iniciar sessão &amp;novamente…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../player/certificates/screen.py" line="95"/>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="96"/>
        <source>Revoked by the issuer</source>
        <translation>Revogado pelo emissor</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="97"/>
        <source>Earned, waiting to sync</source>
        <translation>Obtido, a aguardar sincronização</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="98"/>
        <source>Not yet earned</source>
        <translation>Ainda não obtido</translation>
    </message>
    <message>
        <location filename="../../player/certificates/screen.py" line="101"/>
        <source>The issuer revoked this certificate, so it cannot be saved or printed.</source>
        <translation>O emissor revogou este certificado, pelo que não pode ser guardado nem impresso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../player/certificates/screen.py" line="110"/>
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 hora</numerusform>
            <numerusform>%1 horas</numerusform>
        </translation>
    </message>
</context>
</TS>
