#!/usr/bin/env bash
# Build Lectern for macOS: PyInstaller Lectern.app + a compressed .dmg.
# NOT VERIFIED on macOS by this project yet (see packaging/README.md).
#
# Needs: macOS 12+, Python 3.11 from python.org (universal2) or Homebrew, Xcode command line
# tools (iconutil, hdiutil, codesign). Optional: `brew install create-dmg` for a nicer window.
# Run from the repository root:  packaging/macos/build-macos.sh
# Output: dist/Lectern.app and dist/Lectern-<version>.dmg
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
[ -x .venv/bin/python ] || python3.11 -m venv .venv
PY=.venv/bin/python
"$PY" -m pip install --disable-pip-version-check -q -e ".[packaging]"
VERSION=$("$PY" -c "import sync; print(sync.__version__)")

# Icon: render the SVG to an iconset, then iconutil makes the .icns the spec picks up.
rm -rf build/lectern.iconset
"$PY" packaging/render_icons.py --iconset build/lectern.iconset
mkdir -p build/icons
iconutil -c icns build/lectern.iconset -o build/icons/lectern.icns

LECTERN_VERSION=$VERSION "$PY" -m PyInstaller --noconfirm --distpath dist \
    --workpath build/pyinstaller packaging/lectern.spec

# Smoke test: the frozen command line imports the demo course.
SMOKE=$(mktemp -d)
QT_QPA_PLATFORM=offscreen dist/Lectern.app/Contents/MacOS/Lectern --data-dir "$SMOKE" courses \
    | grep -q foe-intro-en || { echo "smoke test failed" >&2; exit 1; }
rm -rf "$SMOKE"

# Signing and notarization (needed so Gatekeeper opens it without a right-click "Open"):
#   codesign --deep --force --options runtime --timestamp \
#       --sign "Developer ID Application: <org> (<team id>)" dist/Lectern.app
#   ... make the .dmg below, then:
#   xcrun notarytool submit dist/Lectern-$VERSION.dmg --keychain-profile <profile> --wait
#   xcrun stapler staple dist/Lectern-$VERSION.dmg
# Unsigned builds still run after right-click > Open (or `xattr -dr com.apple.quarantine`).

rm -f "dist/Lectern-$VERSION.dmg"
if command -v create-dmg >/dev/null; then
    create-dmg --volname "Lectern $VERSION" --window-size 540 360 --icon-size 96 \
        --icon "Lectern.app" 140 170 --app-drop-link 400 170 \
        "dist/Lectern-$VERSION.dmg" dist/Lectern.app
else
    hdiutil create -volname "Lectern $VERSION" -srcfolder dist/Lectern.app -ov \
        -format UDZO -imagekey zlib-level=9 "dist/Lectern-$VERSION.dmg"
fi
ls -l "dist/Lectern-$VERSION.dmg"
