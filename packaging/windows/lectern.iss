; Inno Setup 6 script for Lectern on Windows 10/11 (x64). NOT VERIFIED on Windows by this
; project yet: see packaging/README.md. Build it with packaging\windows\build-windows.ps1, or:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\lectern.iss
; after the PyInstaller build has made dist\lectern\ (Lectern.exe, lectern-cli.exe, _internal\).
;
; Silent install for court IT (per machine, no questions, no reboot):
;   LecternSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
; ... and preconfigure every user of the PC in the same step:
;   LecternSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SITECONFIG="\\server\it\lectern.toml"
; which copies that file to %PROGRAMDATA%\Lectern\lectern.toml (the Windows site configuration
; Lectern reads; see docs/court-it.md). A commented sample is always installed beside it as
; lectern.toml.sample. Silent uninstall:
;   "%ProgramFiles%\Lectern\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling never touches learners' data (%LOCALAPPDATA%\Lectern of each user) nor the
; site configuration lectern.toml.

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
; The sample site configuration, always refreshed.
Source: "..\linux\lectern.toml.sample"; DestDir: "{commonappdata}\Lectern"; Flags: ignoreversion
; Court IT's own configuration, only when /SITECONFIG=path is given; kept on uninstall.
Source: "{param:SITECONFIG}"; DestDir: "{commonappdata}\Lectern"; DestName: "lectern.toml"; \
    Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: SiteConfigGiven

[Icons]
Name: "{group}\Lectern"; Filename: "{app}\Lectern.exe"
Name: "{autodesktop}\Lectern"; Filename: "{app}\Lectern.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Lectern.exe"; Description: "{cm:LaunchProgram,Lectern}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder. Never {localappdata}\Lectern.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function SiteConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:SITECONFIG|}') <> '';
end;
