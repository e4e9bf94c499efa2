; Inno Setup script for Warta: per-user install, no administrator rights needed.
;
; Built by installer/build.py, which passes:
;   /DAppVersion=x.y.z      the version in core/version.py (the one source of truth)
;   /DFileVersion=x.y.z.w   the same as four numbers (Windows file properties)
;   /DBundleDir=...         the PyInstaller one-folder build (dist\Warta)
;   /DOutDir=...            where Warta-x.y.z-setup.exe goes
;   /DIconFile=...          warta.ico rendered from resources\icons\warta.svg
;   /DIndonesianIsl=...     Indonesian.isl (Inno Setup's community translation)
;
; User data is NOT in the install folder: Warta keeps it in %LOCALAPPDATA%\Warta
; (platformdirs user_data_dir("Warta", appauthor=False, roaming=False)). The
; uninstaller asks before deleting it and keeps it by default.

#ifndef AppVersion
  #error AppVersion is missing: run "uv run --group build python installer/build.py" or pass /DAppVersion=x.y.z from core/version.py
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\Warta"
#endif
#ifndef OutDir
  #define OutDir "..\dist"
#endif
#ifndef IndonesianIsl
  #define IndonesianIsl "compiler:Languages\Indonesian.isl"
#endif

#define AppName "Warta"
#define AppExe "Warta.exe"
#define DataDir "{localappdata}\Warta"

[Setup]
; Never change AppId: upgrades and the uninstaller find earlier installs by it.
AppId={{37CFC5FA-FD11-4F3A-AD06-4179E655548A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Studio media sosial luring untuk PIC media sosial perangkat daerah
VersionInfoVersion={#FileVersion}
VersionInfoProductVersion={#FileVersion}
VersionInfoDescription={#AppName} Setup
; Per-user by default: Program Files is refused on locked-down office PCs. {autopf} is
; %LOCALAPPDATA%\Programs for a per-user install and Program Files for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
; build.py passes /DSignTool=warta and /Swarta=<command> when WARTA_SIGNTOOL is set:
; Inno Setup then signs the setup and the uninstaller (the exes are signed before).
#ifdef SignTool
SignTool={#SignTool}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no
; A running Warta holds this mutex (core/app_mutex.py creates both names): setup and the
; uninstaller wait and ask to close it, so an upgrade never half-deletes {app}\_internal
; under a running program. Keep in step with core.app_mutex.MUTEX_NAME.
AppMutex=Warta-37CFC5FA-FD11-4F3A-AD06-4179E655548A,Global\Warta-37CFC5FA-FD11-4F3A-AD06-4179E655548A

[Languages]
; The first entry is the default when Windows' language matches neither.
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat pintasan di &desktop
en.DesktopIcon=Create a &desktop shortcut
id.Shortcuts=Pintasan tambahan:
en.Shortcuts=Additional shortcuts:
id.LaunchApp=Buka Warta sekarang
en.LaunchApp=Open Warta now
id.AppComment=Studio media sosial perangkat daerah
en.AppComment=Social-media studio for city departments
id.DeleteDataQuestion=Hapus juga data Warta (konten, foto, laporan)?%n%nFolder data: %1%nTermasuk basis data, foto yang diimpor, dan cadangan. Berkas Word/Excel yang sudah Anda ekspor ke folder lain tidak ikut terhapus.%n%nPilih "Tidak" untuk menyimpan data; Warta akan memakainya lagi bila dipasang ulang.
en.DeleteDataQuestion=Also delete Warta's data (posts, photos, reports)?%n%nData folder: %1%nThis includes the database, imported photos and backups. Word/Excel files you exported elsewhere are not touched.%n%nChoose "No" to keep the data; Warta uses it again when reinstalled.
id.DataNotDeleted=Sebagian data Warta tidak dapat dihapus (mungkin Warta masih terbuka). Hapus folder ini secara manual bila perlu:%n%1
en.DataNotDeleted=Some of Warta's data could not be deleted (Warta may still be open). Delete this folder by hand if needed:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files completely (never the user's data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

{ Ask once the user has confirmed the uninstall; "No" (the default button) keeps the data.
  A silent uninstall (e.g. by IT) never deletes data. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataFolder: String;
begin
  DataFolder := ExpandConstant('{#DataDir}');
  if CurUninstallStep = usUninstall then
  begin
    DeleteUserData := False;
    if (not UninstallSilent) and DirExists(DataFolder) then
      DeleteUserData := MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataFolder]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  end;
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
  begin
    if not DelTree(DataFolder, True, True, True) then
      MsgBox(FmtMessage(CustomMessage('DataNotDeleted'), [DataFolder]), mbInformation, MB_OK);
  end;
end;
