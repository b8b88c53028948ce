# Compiler settings shared by every target of ours.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
  message(STATUS "Using ccache: ${CCACHE_PROGRAM}")
endif()

# Our own code: many warnings, as errors. Generated and third-party code does not link this.
add_library(lampid_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(lampid_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2)
  if(LAMPID_WERROR)
    target_compile_options(lampid_warnings INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(lampid_warnings INTERFACE /W4 /permissive-)
  if(LAMPID_WERROR)
    target_compile_options(lampid_warnings INTERFACE /WX)
  endif()
endif()

if(LAMPID_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# lampid_target(<target>): apply our standard settings to one of our own targets.
function(lampid_target target)
  target_link_libraries(${target} PRIVATE lampid_warnings)
  target_compile_features(${target} PUBLIC cxx_std_20)
endfunction()
