# Our own code builds with these warnings, for GCC and Clang alike; with COMMISSIONING_WERROR
# (on in every preset, so in CI) they are errors. A parent project that embeds us keeps its
# own policy. Third-party headers come in through imported targets, so they are system
# includes and do not trip these.
function(commissioning_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    $<$<BOOL:${COMMISSIONING_WERROR}>:-Werror>)
  # GCC 12's flow-based warnings misfire at -O2/-O3 inside libstdc++ and nlohmann::json
  # (GCC bugs 105329, 105651 and friends) and broke the release preset. They stay warnings
  # there; the debug and sanitizer builds keep them as errors.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE
      $<$<NOT:$<CONFIG:Debug>>:-Wno-error=restrict -Wno-error=array-bounds -Wno-error=stringop-overflow
        -Wno-error=stringop-overread -Wno-error=maybe-uninitialized -Wno-error=free-nonheap-object>)
  endif()
endfunction()
