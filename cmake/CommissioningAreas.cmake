# commissioning_area(<part> DEPENDS <parts...> PUBLIC_LIBS <targets...> PRIVATE_LIBS <targets...>)
#
# Builds src/<part>/*.cpp into the static library commissioning_<part>. The part's include
# path is a view holding only include/commissioning/<part> and the headers of the parts it
# DEPENDS on (symbolic links made at configure time), so `#include
# "commissioning/finance/budget.hpp"` from governance fails to compile: the dependency graph
# is enforced by the build, not by review. Installed consumers see the whole include tree.
function(commissioning_area part)
  cmake_parse_arguments(ARG "" "" "DEPENDS;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  set(view ${PROJECT_BINARY_DIR}/include-views/${part})
  file(REMOVE_RECURSE ${view})
  file(MAKE_DIRECTORY ${view}/commissioning)
  foreach(visible ${part} ${ARG_DEPENDS})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/include/commissioning/${visible}
         ${view}/commissioning/${visible} SYMBOLIC)
  endforeach()

  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${part}/*.cpp)
  add_library(commissioning_${part} STATIC ${sources})
  add_library(commissioning::${part} ALIAS commissioning_${part})
  target_include_directories(commissioning_${part} PUBLIC
    $<BUILD_INTERFACE:${view}>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_compile_features(commissioning_${part} PUBLIC cxx_std_20)
  set(deps)
  foreach(d ${ARG_DEPENDS})
    list(APPEND deps commissioning_${d})
  endforeach()
  target_link_libraries(commissioning_${part} PUBLIC ${deps} ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  commissioning_warnings(commissioning_${part})
  set_target_properties(commissioning_${part} PROPERTIES EXPORT_NAME ${part})
  set_property(GLOBAL APPEND PROPERTY COMMISSIONING_PARTS commissioning_${part})
endfunction()
