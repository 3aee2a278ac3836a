; Inno Setup 6.3+ script for Lectern on Windows 10/11 (x64). NOT VERIFIED on Windows by this
; project yet: see packaging/README.md. Build it with packaging\windows\build-windows.ps1, or:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\lectern.iss
; after the PyInstaller build has made dist\lectern\ (Lectern.exe, lectern-cli.exe, _internal\).
;
; Silent install for court IT (per machine, no questions, no reboot):
;   LecternSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
; ... and preconfigure every user of the PC in the same step:
;   LecternSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SITECONFIG="\\server\it\lectern.toml"
; which copies that file to %PROGRAMDATA%\Lectern\lectern.toml (the Windows site configuration
; Lectern reads; see docs/court-it.md). A commented sample (packaging\windows\lectern.toml) is
; always installed beside it as lectern.toml.sample. Silent uninstall:
;   "%ProgramFiles%\Lectern\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling never touches learners' data (%LOCALAPPDATA%\Lectern of each user), the site
; configuration lectern.toml, nor the machine-wide course store in %PROGRAMDATA%\Lectern.
;
; %PROGRAMDATA%\Lectern holds court IT's site file and the machine-wide course store (blobs\,
; courses\, preload\): every user reads it, only Administrators and SYSTEM may change it. The
; installer sets that with icacls (see [Run]): ProgramData's inherited ACL lets Users create
; files and folders, and Inno's [Dirs] Permissions can only add rights, not remove inherited
; ones. Groups are named by SID, so this works on Windows in any language.

; x64compatible (and so this script) needs Inno Setup 6.3 or newer; older compilers would read
; it as an unknown architecture and build an installer that refuses to run.
#if Ver < EncodeVer(6,3,0)
  #error Lectern's installer needs Inno Setup 6.3 or newer (ArchitecturesAllowed=x64compatible).
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Dist "..\..\dist\lectern"

[Setup]
; A fixed AppId: upgrades install over the previous version (keep it forever).
AppId={{5B0C2E8A-6F1D-4C4B-9E55-2B7A3C1D9F40}
AppName=Lectern
AppVersion={#AppVersion}
AppVerName=Lectern {#AppVersion}
AppPublisher=Lectern
DefaultDirName={autopf}\Lectern
DefaultGroupName=Lectern
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=LecternSetup-{#AppVersion}
SetupIconFile=..\..\build\icons\lectern.ico
UninstallDisplayIcon={app}\Lectern.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The sample site configuration (Windows paths), always refreshed.
Source: "lectern.toml"; DestDir: "{commonappdata}\Lectern"; DestName: "lectern.toml.sample"; \
    Flags: ignoreversion
; Court IT's own configuration, only when /SITECONFIG=path is given; kept on uninstall.
Source: "{param:SITECONFIG}"; DestDir: "{commonappdata}\Lectern"; DestName: "lectern.toml"; \
    Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: SiteConfigGiven

[Dirs]
; Court IT's folder and the machine-wide course store; never removed on uninstall (court IT's
; courses, which every account's library lists). Its ACL is set in [Run].
Name: "{commonappdata}\Lectern"; Flags: uninsneveruninstall
Name: "{commonappdata}\Lectern\preload"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\Lectern"; Filename: "{app}\Lectern.exe"
Name: "{autodesktop}\Lectern"; Filename: "{app}\Lectern.exe"; Tasks: desktopicon

[Run]
; %PROGRAMDATA%\Lectern: owned by Administrators (a file a user created there before is no
; longer theirs to change), inheritance from ProgramData removed, then SYSTEM and
; Administrators full control, Users read and execute; everything inside inherits that.
; S-1-5-18 SYSTEM, S-1-5-32-544 Administrators, S-1-5-32-545 Users.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Lectern"" /setowner *S-1-5-32-544 /T /C /Q"; \
    Flags: runhidden waituntilterminated; StatusMsg: "Protecting the Lectern folder in ProgramData..."
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Lectern"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /C /Q"; \
    Flags: runhidden waituntilterminated
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Lectern\*"" /reset /T /C /Q"; \
    Flags: runhidden waituntilterminated
; Courses court IT put in %PROGRAMDATA%\Lectern\preload: verified and installed for every user.
Filename: "{app}\lectern-cli.exe"; Parameters: "--system preload"; \
    Flags: runhidden waituntilterminated; Check: PreloadFilesPresent; \
    StatusMsg: "Installing the courses in ProgramData\Lectern\preload..."
Filename: "{app}\Lectern.exe"; Description: "{cm:LaunchProgram,Lectern}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder. Never {localappdata}\Lectern.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function SiteConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:SITECONFIG|}') <> '';
end;

function PreloadFilesPresent: Boolean;
var
  FindRec: TFindRec;
begin
  Result := FindFirst(ExpandConstant('{commonappdata}\Lectern\preload\*.lectern'), FindRec);
  if Result then
    FindClose(FindRec);
end;
