# Build Lectern for Windows: PyInstaller onedir + Inno Setup installer.
# NOT VERIFIED on Windows by this project yet (see packaging/README.md).
#
# Needs: Python 3.11 x64 (python.org), Inno Setup 6.3 or newer (ISCC.exe on PATH or in its
# default folder; lectern.iss stops older compilers: it uses x64compatible).
# Run from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Output: dist\lectern\ (Lectern.exe, lectern-cli.exe) and dist\LecternSetup-<version>.exe
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$Py = ".venv\Scripts\python.exe"
& $Py -m pip install --disable-pip-version-check -q -e ".[packaging]"
if ($LASTEXITCODE) { throw "pip install failed" }

$Version = (& $Py -c "import sync; print(sync.__version__)").Trim()
& $Py packaging\render_icons.py --ico build\icons\lectern.ico
if ($LASTEXITCODE) { throw "icon rendering failed" }

& $Py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\lectern.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Smoke test: the frozen command line imports the demo course into a scratch data dir.
$Smoke = Join-Path $env:TEMP "lectern-smoke-$(Get-Random)"
$env:QT_QPA_PLATFORM = "offscreen"
$Out = & dist\lectern\lectern-cli.exe --data-dir $Smoke courses
Remove-Item Env:QT_QPA_PLATFORM
Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
if (-not ($Out -match "foe-intro-en")) { throw "smoke test failed: $Out" }

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\lectern.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Get-Item dist\LecternSetup-$Version.exe | Select-Object Name, Length
