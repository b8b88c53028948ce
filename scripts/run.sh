#!/usr/bin/env bash
# Quick-start command 1: installs what is needed, builds, and runs the main job with sample data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh"
echo "==> building (preset default)"
"$root/scripts/build.sh" default --target lampid-edge-cli
cli="$root/build/default/edge-app/cli/lampid-edge-cli"

echo
echo "==> What a NIK encodes (lampid-edge-cli check-nik 3273055203950001)"
"$cli" check-nik 3273055203950001
echo
echo "==> Validating the sample reports in samples/reports (lampid-edge-cli validate --json FILE)"
for f in "$root"/samples/reports/*.json; do
  name=$(basename "$f")
  set +e
  problems=$("$cli" validate --json "$f" 2>/dev/null)
  rc=$?
  set -e
  if [[ $rc -eq 0 ]]; then
    echo "  ok       $name"
  else
    echo "  ditolak  $name ($(printf '%s\n' "$problems" | grep -c '"severity":"error"') kesalahan):"
    printf '%s\n' "$problems" | sed 's/^/           /'
  fi
done
