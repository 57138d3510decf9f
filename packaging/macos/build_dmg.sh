#!/usr/bin/env bash
# Builds dist/Guichet.app (PyInstaller, packaging/guichet.spec) and dist/Guichet-VERSION.dmg.
#
#   packaging/macos/build_dmg.sh            an unsigned DMG (for trying it on the build Mac)
#   CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" \
#   NOTARY_PROFILE=guichet-notary packaging/macos/build_dmg.sh
#                                           signed, notarized and stapled (for distribution)
#
# NOT TESTED: written on Linux, where hdiutil, codesign and the macOS build cannot run.
# See packaging/macos/README.md.
set -euo pipefail

cd "$(dirname "$0")/../.."
if [[ "$(uname -s)" != "Darwin" ]]; then
    echo "build_dmg.sh runs on macOS only (PyInstaller builds for the system it runs on; hdiutil)." >&2
    exit 2
fi

PYTHON="${PYTHON:-.venv/bin/python}"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' guichet/__init__.py)"
APP="dist/Guichet.app"
DMG="dist/Guichet-${VERSION}.dmg"
ENTITLEMENTS="packaging/macos/entitlements.plist"

if [[ -z "$VERSION" ]]; then
    echo "no __version__ in guichet/__init__.py" >&2
    exit 1
fi

"$PYTHON" -m PyInstaller --noconfirm packaging/guichet.spec
if [[ ! -d "$APP" ]]; then
    echo "$APP was not built: packaging/guichet.spec must end with BUNDLE(..., name=\"Guichet.app\")." >&2
    exit 1
fi

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    # Hardened runtime (--options runtime) and a secure timestamp are what notarization needs.
    # PyInstaller already signed each library ad hoc; --deep re-signs them with the identity.
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$ENTITLEMENTS" --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# The DMG's window: the app beside a link to /Applications, to drag it onto.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Guichet ${VERSION}" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [[ -n "${NOTARY_PROFILE:-}" ]]; then
    # The profile is stored once with: xcrun notarytool store-credentials NOTARY_PROFILE ...
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi

echo "$DMG"
