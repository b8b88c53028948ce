# Every dependency comes from Debian 12 packages (scripts/install-deps.sh installs them).

find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Protobuf REQUIRED)
find_package(gRPC CONFIG REQUIRED)
find_package(zstd CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)  # compiled library; its Cflags turn on TLS

if(LAMPID_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(LAMPID_BUILD_BENCHMARKS)
  find_package(benchmark CONFIG REQUIRED)
endif()

# The programs' memory allocator. Ingesting a push batch allocates and frees hundreds of thousands of small
# objects (protobuf messages, SQLite values), where the C library's malloc spent about a tenth of both
# processes' CPU (docs/benchmarks.md, "Delta sync"). gperftools' tcmalloc_minimal (Debian:
# libgoogle-perftools-dev) takes its place when it is found; without it (Windows, other systems) the
# programs use the platform's allocator and behave the same. Not under the sanitizers, which bring their own.
option(LAMPID_TCMALLOC "Link the programs with tcmalloc_minimal when it is available" ON)
if(LAMPID_TCMALLOC AND NOT LAMPID_SANITIZE)
  pkg_check_modules(TCMALLOC IMPORTED_TARGET libtcmalloc_minimal)
endif()
# Nothing calls into the allocator by name: a linker that drops unneeded libraries (--as-needed, the default
# on some systems) must keep this one.
set(CMAKE_LINK_LIBRARY_USING_lampid_keep "LINKER:--push-state,--no-as-needed" "<LINK_ITEM>" "LINKER:--pop-state")
set(CMAKE_LINK_LIBRARY_USING_lampid_keep_SUPPORTED TRUE)

# lampid_program(<target>): settings for one of our executables (a product program or a benchmark of one).
function(lampid_program target)
  lampid_target(${target})
  if(TARGET PkgConfig::TCMALLOC)
    target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:lampid_keep,PkgConfig::TCMALLOC>")
  endif()
endfunction()
