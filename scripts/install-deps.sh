#!/usr/bin/env bash
# Installs the Debian 12 packages e-LAMPID Edge needs. Idempotent: when everything is present it only
# checks and returns (well under a second).
#
#   scripts/install-deps.sh           what building and running the product needs
#   scripts/install-deps.sh --tests   that, plus what the test suite needs (PostgreSQL, Chromium, …)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git ca-certificates
  # libraries (Debian 12 versions: gRPC 1.51, protobuf 3.21, SQLite 3.40, Qt 6.4)
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libsodium-dev libzstd-dev zstd libsqlite3-dev sqlite3 libpqxx-dev
  libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev libcpp-httplib-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libgoogle-perftools-dev  # tcmalloc_minimal, the programs' allocator
  # the desktop app
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  # small tools the scripts use
  procps iproute2 binutils openssl
)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(postgresql chromium chromium-driver xvfb xauth fonts-dejavu-core)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "==> installing ${#missing[@]} Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
