# CPack: a DEB on Linux, an MSI (WiX) on Windows, a DMG (drag and drop) on macOS. Every template reads the
# product's identity from cmake/ProductIdentity.cmake.
set(CORDON_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CORDON_ICONS_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(CORDON_ICON_SIZES 16 24 32 48 64 128 256)

set(CPACK_PACKAGE_NAME "cordon")
set(CPACK_PACKAGE_VENDOR "${CORDON_VENDOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CORDON_SUMMARY}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CORDON_URL}")
set(CPACK_PACKAGE_CONTACT "${CORDON_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${CORDON_NAME}")
set(CPACK_PACKAGE_ICON "${CORDON_ICONS_DIR}/cordon-256.png")
# WiX takes a licence as .txt or .rtf only.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
# The Start menu (Windows) entry: program, label.
set(CPACK_PACKAGE_EXECUTABLES "cordon;${CORDON_NAME}")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/" "node_modules")

if(UNIX AND NOT APPLE)
    # Desktop entry, AppStream metainfo and icons, named after the app id as the freedesktop specs ask.
    configure_file(${CORDON_PACKAGING_DIR}/linux/cordon.desktop.in ${PROJECT_BINARY_DIR}/packaging/${CORDON_APP_ID}.desktop @ONLY)
    configure_file(${CORDON_PACKAGING_DIR}/linux/cordon.metainfo.xml.in
        ${PROJECT_BINARY_DIR}/packaging/${CORDON_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${CORDON_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${CORDON_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CORDON_ICONS_DIR}/cordon.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CORDON_APP_ID}.svg)
    foreach(size IN LISTS CORDON_ICON_SIZES)
        install(FILES ${CORDON_ICONS_DIR}/cordon-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${CORDON_APP_ID}.png)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME} RENAME copyright)

    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CORDON_SUMMARY}
 Cordon finds the Okta user behind the endpoint identity an EDR feed names, shows
 the candidates with the evidence and contains the confirmed user: it clears the
 user's sessions, suspends the account and restricts its groups, and releases them
 again after remediation. cordonctl does the same from a terminal.")
    # The libraries the programs link come from dpkg-shlibdeps; Qt's plugins and the keychain are loaded at
    # run time, so they are named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    # PostgreSQL's driver only for a team's shared database.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | libkf5wallet-bin, qt6-translations-l10n, libqt6svg6, libqt6sql6-psql")
elseif(WIN32)
    # The program's icon, and the Qt libraries deployed beside it by windeployqt.
    configure_file(${CORDON_PACKAGING_DIR}/windows/cordon.rc.in ${PROJECT_BINARY_DIR}/packaging/cordon.rc @ONLY)
    target_sources(cordon PRIVATE ${PROJECT_BINARY_DIR}/packaging/cordon.rc)
    set_target_properties(cordon PROPERTIES WIN32_EXECUTABLE ON)

    set(CPACK_GENERATOR "WIX")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "${CORDON_NAME}")
    set(CPACK_WIX_UPGRADE_GUID "${CORDON_MSI_UPGRADE_GUID}")
    set(CPACK_WIX_PRODUCT_ICON "${CORDON_ICONS_DIR}/cordon.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "${CORDON_NAME}")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CORDON_URL}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${CORDON_URL}")
    set(CPACK_WIX_PROPERTY_ARPCONTACT "${CORDON_CONTACT}")
    set(CPACK_WIX_ARCHITECTURE "x64")
    # cordon:// opens the console (HKLM\Software\Classes, i.e. HKCR for every user).
    configure_file(${CORDON_PACKAGING_DIR}/windows/url-scheme.wxs.in ${PROJECT_BINARY_DIR}/packaging/url-scheme.xml @ONLY)
    set(CPACK_WIX_PATCH_FILE "${PROJECT_BINARY_DIR}/packaging/url-scheme.xml")
elseif(APPLE)
    # An app bundle with its Info.plist; cordonctl and the simulator inside it, beside the console.
    set(CORDON_BUNDLE_ICON cordon.icns)
    configure_file(${CORDON_PACKAGING_DIR}/macos/Info.plist.in ${PROJECT_BINARY_DIR}/packaging/Info.plist @ONLY)
    set(icns ${PROJECT_BINARY_DIR}/packaging/cordon.icns)
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -DICONS_DIR=${CORDON_ICONS_DIR} -DOUTPUT=${icns}
            -P ${CORDON_PACKAGING_DIR}/macos/MakeIcns.cmake
        DEPENDS ${CORDON_PACKAGING_DIR}/macos/MakeIcns.cmake ${CORDON_ICONS_DIR}/cordon-256.png)
    target_sources(cordon PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(cordon PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME "${CORDON_NAME}"
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_BINARY_DIR}/packaging/Info.plist)
    set_target_properties(cordonctl cordon-okta-sim PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")

    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "${CORDON_NAME} ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    # No click-through licence on the disk image: the old resource-fork agreement needs tools macOS dropped.
    set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
    set(CPACK_PACKAGE_FILE_NAME "${CORDON_NAME}-${PROJECT_VERSION}")
endif()

# Qt's deploy script runs windeployqt or macdeployqt at install time, so the MSI and the DMG carry Qt.
if((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET cordon OUTPUT_SCRIPT cordon_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${cordon_deploy_script})
endif()

include(CPack)
