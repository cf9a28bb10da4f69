#!/usr/bin/env bash
# Installs the dependencies and builds tenantctl and its tests into build/.
# Used by tests/run.sh and examples/demo.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
tests/support/install-deps.sh
# ccache finds what an earlier build compiled in another checkout of the
# project (CI's fresh clone on a developer's machine): paths are taken
# relative to the checkout.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
build_type=${TENANTCTL_BUILD_TYPE:-Release}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >build.configure.log 2>&1 ||
  { cat build.configure.log >&2; echo "build: cmake configure failed" >&2; exit 1; }
rm -f build.configure.log
cmake --build build --parallel "$(nproc)"
