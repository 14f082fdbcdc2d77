#!/usr/bin/env bash
# Installs what Cordon needs to build, test and run on Debian 12 (bookworm) or a derivative.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qtkeychain-qt6-dev libssl-dev libxkbcommon-dev libgl-dev
    xvfb xauth gnome-keyring dbus-x11 dbus
    python3 python3-yaml jq
    postgresql postgresql-client
    desktop-file-utils appstream dpkg-dev
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# The contract test runs Okta's OpenAPI spec in Prism, from the npm registry.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
