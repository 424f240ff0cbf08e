# The Debian package: `cpack -G DEB` in a built tree (scripts/package does it and runs lintian).
# What the programs link to comes from dpkg-shlibdeps; what they load at run time as plugins,
# which no linker sees, is named here.
set(chimeadmin_doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/chime-admin)
set(chimeadmin_changelog ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${chimeadmin_changelog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/packaging/debian/changelog > ${chimeadmin_changelog}
    DEPENDS ${CMAKE_SOURCE_DIR}/packaging/debian/changelog
    COMMENT "Compressing the package's changelog")
add_custom_target(chimeadmin-changelog ALL DEPENDS ${chimeadmin_changelog})
install(FILES packaging/debian/copyright ${chimeadmin_changelog} DESTINATION ${chimeadmin_doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chime-admin)
set(CPACK_PACKAGE_VENDOR "Chime Admin contributors")
set(CPACK_PACKAGE_CONTACT "Chime Admin contributors <maintainers@chimeadmin.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop administration of Amazon Chime accounts and users")
set(CPACK_PACKAGE_DESCRIPTION
    "Chime Admin looks up, inspects and administers the accounts and users of\n"
    "Amazon Chime. Every change goes through one engine that journals it before\n"
    "it is sent, says how it ended for every user, and can undo it. Listings are\n"
    "kept as snapshots in a local database for instant reopening, offline\n"
    "browsing, comparison and archiving. Requests are signed with AWS Signature\n"
    "Version 4. A local emulator of the service (chime-emulator) runs the demo\n"
    "mode and answers the AWS CLI.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/chimeadmin/chime-admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The X11 platform plugin, the SQLite driver of the snapshots, the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# The keychain the credentials are kept in: any Secret Service, or KWallet.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
