#!/usr/bin/env bash
# Configures (once) and builds one CMake preset; extra arguments go to `cmake --build` (e.g. --target X).
#   scripts/build.sh [PRESET] [cmake --build args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
preset=${1:-default}
shift || true

# ccache hits across build folders and clones: paths relative to the checkout, not hashed by folder.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1 CCACHE_SLOPPINESS=pch_defines,time_macros
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}

if [[ ! -f "build/$preset/build.ninja" ]]; then
  cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" "$@"
