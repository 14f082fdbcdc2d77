# Per-target build settings: language level, warnings, Qt's mistake-catching defines and hardening.
function(cordon_setup_target target)
    target_compile_features(${target} PRIVATE cxx_std_20)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF AUTOMOC ON)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        CORDON_VERSION_STRING="${PROJECT_VERSION}"
        $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
            $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
            -fstack-protector-strong $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
        if(CORDON_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        cordon_sanitize_target(${target})
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE")
            target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now -pie)
            set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
        else()
            set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /guard:cf $<$<BOOL:${CORDON_WERROR}>:/WX>)
        target_link_options(${target} PRIVATE /guard:cf /DYNAMICBASE /HIGHENTROPYVA)
    endif()
endfunction()
