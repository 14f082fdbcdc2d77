# The product's identity, in one place: every packaging template and the binaries read it from here.
set(CORDON_VERSION "0.1.0")
set(CORDON_NAME "Cordon")
set(CORDON_VENDOR "Cordon Project")
set(CORDON_VENDOR_ID "cordon-project")
# Reverse-DNS names: the vendor's, and the app's (the desktop entry, AppStream id, macOS bundle id).
set(CORDON_VENDOR_RDNS "org.cordonproject")
set(CORDON_APP_ID "${CORDON_VENDOR_RDNS}.Cordon")
set(CORDON_SUMMARY "Contain the Okta identity behind a compromised endpoint")
set(CORDON_URL "https://cordon.example.org")
set(CORDON_CONTACT "security@cordon.example.org")
set(CORDON_COPYRIGHT "Copyright 2026 The Cordon Project")
set(CORDON_URL_SCHEME "cordon")
# The MSI upgrade code never changes between versions: Windows uses it to find older installs.
set(CORDON_MSI_UPGRADE_GUID "6B1D2E0A-5C7F-4E8B-9A3D-2F4C1B7E9D01")
