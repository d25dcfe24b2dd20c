# prepmark_embed_project_files(<target> <resource-name> <glob relative to the source root>)
# Compiles the matching files of the source tree into <target> as Qt resources under
# their own relative path (":/rubrics/mixprep-5d.json", ":/db/001_initial.sql"), so the
# binaries need nothing from the source tree at run time.
function(prepmark_embed_project_files target name pattern)
    file(GLOB files RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${pattern})
    set(resources)
    foreach(file IN LISTS files)
        set_source_files_properties(${PROJECT_SOURCE_DIR}/${file} PROPERTIES QT_RESOURCE_ALIAS ${file})
        list(APPEND resources ${PROJECT_SOURCE_DIR}/${file})
    endforeach()
    if(resources)
        qt_add_resources(${target} ${name} PREFIX "/" FILES ${resources})
    endif()
endfunction()
