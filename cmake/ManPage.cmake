# chimeadmin_add_man_page(TARGET SUMMARY): the program's manual page, section 1, made by help2man
# from what the program prints for --help and --version, gzipped as Debian wants it and installed.
# A sanitized or fuzzing build is left without: running it at build time would report its leaks.
find_program(CHIMEADMIN_HELP2MAN help2man)

function(chimeadmin_add_man_page target summary)
    if(NOT CHIMEADMIN_HELP2MAN OR CHIMEADMIN_SANITIZE OR CHIMEADMIN_FUZZ)
        message(STATUS "No manual page for ${target} (needs help2man and a build without sanitizers)")
        return()
    endif()
    set(page ${CMAKE_CURRENT_BINARY_DIR}/${target}.1)
    # Run through PATH, so the synopsis says "chime-admin", not the build tree's path to it; in
    # the C locale, so the page is English whatever the builder's language.
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= "PATH=$<TARGET_FILE_DIR:${target}>:$ENV{PATH}"
            ${CHIMEADMIN_HELP2MAN} --no-info --no-discard-stderr --section 1 --name "${summary}"
            --output ${page} ${target}
        COMMAND gzip -9nf ${page}
        DEPENDS ${target}
        COMMENT "Writing the manual page of ${target}"
        VERBATIM)
    add_custom_target(${target}-man-page ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()
