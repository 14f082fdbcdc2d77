#!/usr/bin/env bash
# Signs Cordon.app inside the DMG with a Developer ID, notarizes the DMG with Apple and staples the ticket.
# Run on a release Mac with Xcode's command-line tools and the Developer ID certificate in the keychain:
#
#   packaging/macos/sign-and-notarize.sh build/Cordon-0.1.0.dmg
#
# Environment: CORDON_SIGN_IDENTITY ("Developer ID Application: Example Corp (TEAMID)") and either
# CORDON_NOTARY_PROFILE (a profile saved with `xcrun notarytool store-credentials`) or APPLE_ID,
# APPLE_TEAM_ID and APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail

dmg=${1:?usage: $0 Cordon-VERSION.dmg}
identity=${CORDON_SIGN_IDENTITY:?set CORDON_SIGN_IDENTITY to the Developer ID Application identity}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'hdiutil detach "$work/mnt" -quiet 2>/dev/null || true; rm -rf "$work"' EXIT

# A DMG is read-only: copy the app out, sign it, and build a new DMG around it.
hdiutil attach "$dmg" -nobrowse -readonly -mountpoint "$work/mnt" -quiet
ditto "$work/mnt/Cordon.app" "$work/stage/Cordon.app"
hdiutil detach "$work/mnt" -quiet
ln -s /Applications "$work/stage/Applications"
app="$work/stage/Cordon.app"

sign() {
    codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" --sign "$identity" "$@"
}
# Inside out: frameworks, plug-ins and libraries first, then the helper programs, the console last.
find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f -print0 | while IFS= read -r -d '' lib; do sign "$lib"; done
find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0 2>/dev/null |
    while IFS= read -r -d '' framework; do sign "$framework"; done
for helper in cordonctl cordon-okta-sim; do
    [ -f "$app/Contents/MacOS/$helper" ] && sign "$app/Contents/MacOS/$helper"
done
sign "$app"
codesign --verify --deep --strict --verbose=2 "$app"

signed="${dmg%.dmg}-signed.dmg"
rm -f "$signed"
hdiutil create -volname "$(basename "${dmg%.dmg}")" -srcfolder "$work/stage" -ov -format UDZO "$signed"
codesign --force --timestamp --sign "$identity" "$signed"

if [ -n "${CORDON_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$signed" --keychain-profile "$CORDON_NOTARY_PROFILE" --wait
else
    xcrun notarytool submit "$signed" --apple-id "${APPLE_ID:?}" --team-id "${APPLE_TEAM_ID:?}" \
        --password "${APPLE_APP_PASSWORD:?}" --wait
fi
xcrun stapler staple "$signed"
spctl --assess --type open --context context:primary-signature --verbose "$signed"
echo "signed and notarized: $signed"
