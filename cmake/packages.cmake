# Debian packages: `cpack -G DEB` in the build directory makes
#   jixiao          the command (serve included)
#   libjixiao0      libjixiao.so.0 and libjixiao-forms.so.0
#   libjixiao-dev   headers, static libraries, .pc files, the CMake package
#   python3-jixiao  the Python module
# Dependencies on Debian's libraries are found by dpkg-shlibdeps (from dpkg-dev) from what the
# binaries link; the -dev package names the -dev packages a static link needs.
set(CPACK_PACKAGE_NAME jixiao)
set(CPACK_PACKAGE_VENDOR "jixiao")
set(CPACK_PACKAGE_CONTACT "jixiao maintainers <jixiao@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "scores Chinese public-budget performance self-evaluations (绩效自评)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli lib dev python)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR})
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME jixiao)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION science)
set(CPACK_COMPONENT_CLI_DESCRIPTION "command line: score, explain, audit, bulk, report, serve")
set(CPACK_DEBIAN_LIB_PACKAGE_NAME libjixiao0)
set(CPACK_DEBIAN_LIB_PACKAGE_SECTION libs)
set(CPACK_COMPONENT_LIB_DESCRIPTION "shared libraries: libjixiao (the core) and libjixiao-forms")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME libjixiao-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEV_DESCRIPTION "headers, static libraries, pkg-config and CMake files")
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
  "libjixiao0 (= ${PROJECT_VERSION}), libyaml-dev, libgsl-dev, libzip-dev, libexpat1-dev, libxlsxwriter-dev")
set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME python3-jixiao)
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)
set(CPACK_DEBIAN_PYTHON_PACKAGE_ARCHITECTURE all)
set(CPACK_COMPONENT_PYTHON_DESCRIPTION "Python module (ctypes over libjixiao)")
set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS "libjixiao0 (>= ${PROJECT_VERSION}), python3")
include(CPack)
