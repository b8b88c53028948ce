#!/usr/bin/env bash
# Quick-start command 2: installs what is needed, builds everything and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh" --tests
echo "==> building (preset default)"
"$root/scripts/build.sh" default
echo "==> running the tests"
# Qt widget tests draw offscreen; nothing needs a display.
export QT_QPA_PLATFORM=offscreen
ctest --preset default --timeout 900 "$@"
