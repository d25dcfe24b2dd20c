# prepmark_add_test(<name> [WIDGETS] [BOTH_BACKENDS] SOURCES <files...> LIBS <targets...> [TIMEOUT s])
# One QtTest executable = one CTest entry. Every test runs on the offscreen platform
# (WIDGETS tests are also started with `-platform offscreen`), so no display is
# needed, and knows where the source tree is (PREPMARK_SOURCE_DIR) to find rubrics/,
# db/ and exercises/. BOTH_BACKENDS registers the executable twice: <name> on SQLite and
# <name>_postgresql with PREPMARK_TEST_BACKEND=postgresql, where tests/support/TestDatabases
# puts every database on a private PostgreSQL server the test process starts itself.
function(prepmark_add_test name)
    cmake_parse_arguments(T "WIDGETS;BOTH_BACKENDS" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE PREPMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    set(arguments)
    if(T_WIDGETS)
        set(arguments -platform offscreen)
    endif()
    add_test(NAME ${name} COMMAND ${name} ${arguments})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PREPMARK_SOURCE_DIR=${PROJECT_SOURCE_DIR};ASAN_OPTIONS=detect_leaks=0")
    if(T_BOTH_BACKENDS)
        add_test(NAME ${name}_postgresql COMMAND ${name} ${arguments})
        get_test_property(${name} ENVIRONMENT environment)
        set_tests_properties(${name}_postgresql PROPERTIES
            TIMEOUT ${T_TIMEOUT}
            LABELS postgresql
            ENVIRONMENT "${environment};PREPMARK_TEST_BACKEND=postgresql")
    endif()
endfunction()
