# Builds the one-folder bundle and the Windows installer.
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
# Needs Python 3.11+ and, for the installer, Inno Setup 6 (iscc.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q -e ".[build]"
.venv\Scripts\python.exe -m PyInstaller installer\pos_app.spec --noconfirm --log-level WARN `
  --distpath build\dist --workpath build\work
$version = (Get-Content build\work\pos_app\version.txt).Split(" ")[1].Trim()
& build\dist\pos-app\pos-app.exe --version
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (Test-Path $iscc) {
  & $iscc "/DAppVersion=$version" installer\windows\pos-app.iss
  Write-Host "installer: build\installer\pos-app-$version-setup.exe"
} else {
  Write-Warning "Inno Setup not found: the bundle is in build\dist\pos-app, the installer was not made"
}
