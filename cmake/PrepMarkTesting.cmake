# prepmark_add_test(<name> [WIDGETS] SOURCES <files...> LIBS <targets...> [TIMEOUT s])
# One QtTest executable = one CTest entry. Every test runs on the offscreen platform
# (WIDGETS tests are also started with `-platform offscreen`), so no display is
# needed, and knows where the source tree is (PREPMARK_SOURCE_DIR) to find rubrics/,
# db/ and exercises/.
function(prepmark_add_test name)
    cmake_parse_arguments(T "WIDGETS" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE PREPMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    if(T_WIDGETS)
        add_test(NAME ${name} COMMAND ${name} -platform offscreen)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PREPMARK_SOURCE_DIR=${PROJECT_SOURCE_DIR};ASAN_OPTIONS=detect_leaks=0")
endfunction()
