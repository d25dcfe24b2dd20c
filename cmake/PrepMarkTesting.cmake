# prepmark_add_test(<name> [WIDGETS] [BOTH_BACKENDS] [SANITIZE] SOURCES <files...> LIBS <targets...> [TIMEOUT s])
# One QtTest executable = one CTest entry. Every test runs on the offscreen platform
# (WIDGETS tests are also started with `-platform offscreen`), so no display is
# needed, and knows where the source tree is (PREPMARK_SOURCE_DIR) to find rubrics/,
# db/ and exercises/. BOTH_BACKENDS registers the executable twice: <name> on SQLite and
# <name>_postgresql with PREPMARK_TEST_BACKEND=postgresql, where tests/support/TestDatabases
# puts every database on a private PostgreSQL server the test process starts itself.
# SANITIZE puts the test (its SQLite entry) in the subset CI also runs under the asan
# preset (see prepmark_test_properties).
function(prepmark_add_test name)
    cmake_parse_arguments(T "WIDGETS;BOTH_BACKENDS;SANITIZE" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE PREPMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    set(arguments)
    if(T_WIDGETS)
        set(arguments -platform offscreen)
    endif()
    add_test(NAME ${name} COMMAND ${name} ${arguments})
    set(sanitize)
    if(T_SANITIZE)
        set(sanitize SANITIZE)
    endif()
    prepmark_test_properties(${name} TARGET ${name} TIMEOUT "${T_TIMEOUT}" ${sanitize})
    if(T_BOTH_BACKENDS)
        add_test(NAME ${name}_postgresql COMMAND ${name} ${arguments})
        prepmark_test_properties(${name}_postgresql TARGET ${name} TIMEOUT "${T_TIMEOUT}")
        set_property(TEST ${name}_postgresql APPEND PROPERTY LABELS postgresql)
        set_property(TEST ${name}_postgresql APPEND PROPERTY ENVIRONMENT "PREPMARK_TEST_BACKEND=postgresql")
    endif()
endfunction()

# The tests labelled "sanitize" are the subset CI runs under AddressSanitizer and UBSan
# (`./setup.sh sanitize`: `ctest -L sanitize`); this target builds exactly the programs
# they run, so CI does not build the rest of the suite with the sanitizers.
add_custom_target(prepmark_sanitize_tests)

# prepmark_test_properties(<test> TARGET <program target> [TIMEOUT s] [SANITIZE])
# What every test gets, whether added by prepmark_add_test or by hand: the offscreen
# platform, PREPMARK_SOURCE_DIR, a timeout (300 s unless given), and under the sanitizers
# leak detection with only the system-library leaks of tests/sanitizers/lsan.supp
# suppressed (never PrepMark's own code) and UBSan's stack traces. SANITIZE labels the
# test "sanitize" and makes prepmark_sanitize_tests build its program.
function(prepmark_test_properties name)
    cmake_parse_arguments(T "SANITIZE" "TARGET;TIMEOUT" "" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(PREPMARK_SANITIZE)
        # An unoptimised sanitizer build runs the DSP and rendering loops many times slower
        # than RelWithDebInfo, so the budgets grow with it.
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 6")
    endif()
    # QtTest's own limit per test function (5 minutes unless set) would otherwise stop a
    # slow function before CTest's limit does.
    math(EXPR function_timeout_ms "${T_TIMEOUT} * 1000")
    set(environment
        "QT_QPA_PLATFORM=offscreen"
        "PREPMARK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "ASAN_OPTIONS=detect_leaks=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        "QTEST_FUNCTION_TIMEOUT=${function_timeout_ms}")
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${environment}")
    if(T_SANITIZE)
        set_property(TEST ${name} APPEND PROPERTY LABELS sanitize)
        add_dependencies(prepmark_sanitize_tests ${T_TARGET})
    endif()
endfunction()
