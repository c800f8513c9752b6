# schouw_add_test(NAME <name> SOURCES <files...> LIBRARIES <libs...> LABELS <labels...>
#                 [TIMEOUT <seconds>] [GUI])
# Creates a Qt Test executable linked to the test-support library and the libraries under test,
# registers it with CTest under the given labels, and runs it offscreen in a UTF-8 C locale.
function(schouw_add_test)
    cmake_parse_arguments(arg "GUI" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    add_executable(${arg_NAME} ${arg_SOURCES})
    schouw_apply_settings(${arg_NAME})
    target_link_libraries(${arg_NAME} PRIVATE schouw_test_support ${arg_LIBRARIES} Qt6::Test)
    target_compile_definitions(${arg_NAME} PRIVATE
        SCHOUW_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
        SCHOUW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SCHOUW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;SCHOUW_LANG=en;QT_LOGGING_RULES=schouw.*.info=false")
endfunction()
