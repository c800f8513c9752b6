# Fails when a catalogue has strings without a finished translation. Run by CTest:
#   cmake -DLRELEASE=<lrelease> -DTS=<file.ts> [-DALLOW_UNTRANSLATED=ON] -P CheckTranslations.cmake
# Dutch is the primary language, so schouw_nl.ts must be complete; schouw_en.ts may leave strings
# untranslated (they fall back to the English source) but not unfinished.
execute_process(
    COMMAND "${LRELEASE}" "${TS}" -qm "${CMAKE_CURRENT_BINARY_DIR}/check-translations.qm"
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    RESULT_VARIABLE result)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${TS}")
endif()
if(NOT output MATCHES "and 0 unfinished")
    message(FATAL_ERROR "${TS} has unfinished translations")
endif()
if(NOT ALLOW_UNTRANSLATED AND output MATCHES "untranslated")
    message(FATAL_ERROR "${TS} has untranslated strings")
endif()
