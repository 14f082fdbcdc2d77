# The version, in one generated header (CordonVersion.h) for the code that shows or sends it.
configure_file(${CMAKE_CURRENT_LIST_DIR}/CordonVersion.h.in ${PROJECT_BINARY_DIR}/generated/CordonVersion.h @ONLY)
add_library(cordon_version INTERFACE)
target_include_directories(cordon_version INTERFACE ${PROJECT_BINARY_DIR}/generated)

# Per-target build settings: language level, warnings, Qt's mistake-catching defines and hardening.
function(cordon_setup_target target)
    target_compile_features(${target} PRIVATE cxx_std_20)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF AUTOMOC ON)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
            $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
            -fstack-protector-strong $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
        if(CORDON_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        cordon_sanitize_target(${target})
        set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE")
            target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now -pie)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /guard:cf $<$<BOOL:${CORDON_WERROR}>:/WX>)
        target_link_options(${target} PRIVATE /guard:cf /DYNAMICBASE /HIGHENTROPYVA)
    endif()
endfunction()
