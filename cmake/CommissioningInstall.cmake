include(CMakePackageConfigHelpers)

get_property(commissioning_parts GLOBAL PROPERTY COMMISSIONING_PARTS)
install(TARGETS ${commissioning_parts} commissioning commissioning_fixtures EXPORT commissioningTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/commissioning DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/generated/commissioning/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/commissioning)
install(EXPORT commissioningTargets NAMESPACE commissioning::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/commissioning)

configure_package_config_file(cmake/commissioningConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/commissioningConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/commissioning)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/commissioningConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/commissioningConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/commissioningConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/commissioning)
