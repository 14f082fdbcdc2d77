#!/usr/bin/env bash
# Builds the DEB from a built tree, unpacks it, and checks what an installed Cordon needs: both programs
# (and the simulator), the desktop entry with the cordon:// handler, the icons, valid AppStream metainfo,
# the Debian dependencies; then runs the programs from the unpacked tree.
#   tests/packaging/check-deb.sh BUILD_DIR APP_ID
set -euo pipefail

build=$(cd "${1:?usage: $0 BUILD_DIR APP_ID}" && pwd)
app_id=${2:?usage: $0 BUILD_DIR APP_ID}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { echo "FAIL: no .deb produced" >&2; exit 1; }
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -I "$deb" >"$work/control"

for program in cordon cordonctl cordon-okta-sim; do
    [ -x "$root/usr/bin/$program" ] || fail "usr/bin/$program missing"
done

package=$(sed -n 's/^ Package: //p' "$work/control")
[ -f "$root/usr/share/doc/$package/copyright" ] || fail "usr/share/doc/$package/copyright missing"

desktop="$root/usr/share/applications/$app_id.desktop"
if [ -f "$desktop" ]; then
    grep -q '^MimeType=.*x-scheme-handler/cordon;' "$desktop" || fail "the desktop entry does not handle cordon://"
    grep -q '^Exec=cordon %u$' "$desktop" || fail "the desktop entry does not pass the link to cordon"
    grep -q "^Icon=$app_id$" "$desktop" || fail "the desktop entry names another icon"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate"
    else
        echo "desktop-file-validate not installed: the desktop entry is checked by the rules above only"
    fi
else
    fail "the desktop entry $app_id.desktop is missing"
fi

[ -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "the scalable icon is missing"
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ ! -f "$png" ]; then
        fail "the ${size}px icon is missing"
    elif [ "$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')" != "${size}x${size}" ]; then
        fail "the ${size}px icon is not ${size}x${size}"
    fi
done

metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$metainfo" ]; then
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate"
    else
        echo "appstreamcli not installed: the metainfo is not validated"
    fi
else
    fail "the AppStream metainfo is missing"
fi

depends=$(sed -n 's/^ Depends: //p' "$work/control")
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done

# The programs run from the unpacked tree (their libraries are the system's, as after installing).
"$root/usr/bin/cordonctl" --help >"$work/ctl-help" 2>&1 || fail "cordonctl --help exited $?"
grep -q 'contain' "$work/ctl-help" || fail "cordonctl --help does not list its commands"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/cordon" --version 2>&1) || fail "cordon --version exited $?"
grep -q "$(sed -n 's/^ Version: //p' "$work/control")" <<<"$version" || fail "cordon --version says '$version'"
"$root/usr/bin/cordon-okta-sim" --help >/dev/null 2>&1 || fail "cordon-okta-sim --help exited $?"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the DEB installs both programs, the desktop entry, the icons and the metainfo, and they run"
