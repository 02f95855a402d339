; Inno Setup 6 script for the till app. Built by installer\build.ps1, which passes /DAppVersion.
; Installs the PyInstaller bundle (build\dist\pos-app) per machine, adds a Start-menu entry,
; optionally starts the self-service kiosk at sign-in, and uninstalls without touching the
; till's data (queue, journal, settings, logs) unless the person uninstalling asks for that.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B0B7A3E-5C1D-4C4B-9E55-2D1F6A0C7E11}
AppName=Loyalty redemption
AppVersion={#AppVersion}
AppPublisher=pos-app
DefaultDirName={autopf}\pos-app
DefaultGroupName=Loyalty redemption
OutputDir=..\..\build\installer
OutputBaseFilename=pos-app-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\pos-app.ico
UninstallDisplayIcon={app}\pos-app.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked
Name: "kiosk"; Description: "Start the self-service kiosk when this user signs in"; Flags: unchecked

[Files]
Source: "..\..\build\dist\pos-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Loyalty redemption"; Filename: "{app}\pos-app.exe"; IconFilename: "{app}\pos-app.exe"
Name: "{group}\Loyalty redemption (demo)"; Filename: "{app}\pos-app.exe"; Parameters: "--demo"
Name: "{group}\Self-service kiosk"; Filename: "{app}\pos-app.exe"; Parameters: "--kiosk"
Name: "{group}\Check this till (self-test)"; Filename: "{cmd}"; Parameters: "/k ""{app}\pos-app.exe"" self-test"
Name: "{group}\Uninstall"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Loyalty redemption"; Filename: "{app}\pos-app.exe"; Tasks: desktopicon
Name: "{userstartup}\Loyalty kiosk"; Filename: "{app}\pos-app.exe"; Parameters: "--kiosk"; Tasks: kiosk

[Run]
Filename: "{app}\pos-app.exe"; Parameters: "--demo"; Description: "Try it on the built-in demo server"; Flags: postinstall nowait skipifsilent unchecked

[Code]
// The till's own files live in %LOCALAPPDATA%\pos-app (platformdirs: settings, queue, journal, logs).
// An unsent redemption may still be waiting there, so they are kept unless the person asks.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\pos-app');
    if DirExists(DataDir) then
      if MsgBox('Also delete this till''s data (settings, offline queue, receipt journal, logs) in ' + DataDir +
                '?' + #13#10#13#10 + 'Redemptions still waiting in the queue would be lost. Choose No to keep them.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
