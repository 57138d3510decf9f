; Inno Setup 6 script: the Windows installer of Guichet (Setup installs dist\guichet).
;
; Build the one-folder program first (packaging/windows/README.md), then, from the
; repository's root:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\guichet.iss
; which writes dist\guichet-0.1.0-setup.exe. Paths below are relative to this file's folder
; (Inno Setup's SourceDir defaults to the script's folder).
;
; NOT TESTED: this script was written on Linux, where neither Inno Setup nor the Windows
; build can run. Directives checked against the Inno Setup 6 documentation (jrsoftware.org/ishelp).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Guichet"
#define AppExe "guichet.exe"

[Setup]
; The AppId identifies Guichet for upgrades and uninstall: never change it ({{ escapes the brace).
AppId={{B6302B38-29B3-4318-8270-403222CF66DC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Guichet
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Program Files for every user of the counter PC; the data folder stays per user
; (%LOCALAPPDATA%\Guichet\guichet), untouched by install, upgrade and uninstall.
PrivilegesRequired=admin
; The bundle is 64-bit Python and Qt: x64 Windows, or Arm64 Windows 11 through emulation.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=guichet-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; A running counter holds its files open: Setup offers to close it before an upgrade.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: guichet.exe (the windows), guichet-cli.exe (the commands) and
; _internal\ (Python, Qt, translations, migrations).
Source: "..\..\dist\guichet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: libraries a newer version no longer ships must not stay.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
