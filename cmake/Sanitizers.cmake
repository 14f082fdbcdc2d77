# Sanitizer and fuzzing builds (scripts/test-hardening.sh runs both).
#
# CORDON_SANITIZE: the sanitizers every target is built with, comma-separated ("address,undefined");
#   ON means address,undefined. Undefined behaviour stops the program, so a test that meets it fails.
# CORDON_FUZZ: builds the libFuzzer targets of tests/fuzz (clang only) and instruments every target
#   for them, with AddressSanitizer and UndefinedBehaviorSanitizer.
set(CORDON_SANITIZE "" CACHE STRING "Sanitizers for every target, comma-separated (address,undefined)")
option(CORDON_FUZZ "Build the libFuzzer targets (clang, with address and undefined sanitizers)" OFF)

if(CORDON_SANITIZE STREQUAL "ON")
    set(cordon_sanitizers "address,undefined")
elseif(CORDON_SANITIZE STREQUAL "OFF")
    set(cordon_sanitizers "")
else()
    set(cordon_sanitizers "${CORDON_SANITIZE}")
endif()

if(CORDON_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CORDON_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    if(cordon_sanitizers STREQUAL "")
        set(cordon_sanitizers "address,undefined")
    endif()
    # Everything is instrumented for coverage; only the fuzz targets link libFuzzer's main.
    set(cordon_sanitizers "fuzzer-no-link,${cordon_sanitizers}")
endif()

# Applies the sanitizers to one target (called by cordon_setup_target).
function(cordon_sanitize_target target)
    if(cordon_sanitizers STREQUAL "" OR NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        return()
    endif()
    set(flags -fsanitize=${cordon_sanitizers} -fno-omit-frame-pointer)
    if(cordon_sanitizers MATCHES "undefined")
        list(APPEND flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(${target} PRIVATE ${flags})
    target_link_options(${target} PRIVATE ${flags})
endfunction()
