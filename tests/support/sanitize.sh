#!/usr/bin/env bash
# Checked builds with clang (docs/reliability.md, "Sanitizers"):
#
#   sanitize.sh build address|thread [TARGET...]
#       builds TARGETs (default: all) into build-asan/ (AddressSanitizer and
#       UndefinedBehaviorSanitizer, with the libFuzzer targets) or build-tsan/
#       (ThreadSanitizer).
#   sanitize.sh test address|thread
#       builds and runs what CI runs under that sanitizer. The unit tests run
#       built with it. The database tests run from the release build (build/,
#       which must be built) with TENANTCTL_TEST_BINARY pointing at the
#       checked tenantctl, so each command they run is checked: for address,
#       a sample of the corpus (the cases that add an object, add_*), the
#       fleet, knex and fault tests and the bad-input
#       catalogue, then every fuzz
#       target briefly (TENANTCTL_FUZZ_SECONDS, default 5, after replaying
#       tests/fuzz/regressions/); for thread, the fleet runner's tests
#       (parallel runner, progress line, shared-run leases, Ctrl-C).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
action=${1:?usage: sanitize.sh build|test address|thread [TARGET...]}
kind=${2:?usage: sanitize.sh build|test address|thread [TARGET...]}
shift 2
case $kind in
  address) dir=build-asan; flags=(-DTENANTCTL_SANITIZE=address,undefined -DTENANTCTL_FUZZ=ON) ;;
  thread) dir=build-tsan; flags=(-DTENANTCTL_SANITIZE=thread) ;;
  *) echo "sanitize.sh: unknown sanitizer '$kind' (address or thread)" >&2; exit 64 ;;
esac

build() {
  tests/support/install-deps.sh
  export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=1  # as in build.sh
  CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" "${flags[@]}" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log" >&2; echo "sanitize.sh: cmake configure failed" >&2; exit 1; }
  rm -f "$dir.configure.log"
  if (($#)); then
    cmake --build "$dir" --parallel "$(nproc)" --target "$@"
  else
    cmake --build "$dir" --parallel "$(nproc)"
  fi
}

# Runs the release build's tests matching $1 with $dir's tenantctl, against
# the cluster CTest's fixture starts for them (as in tests/run.sh).
run_tests() {
  TENANTCTL_TEST_BINARY=$root/$dir/tenantctl ctest --test-dir build --output-on-failure \
    --parallel "$(($(nproc) * 2))" --timeout 600 -R "$1"
}

export LSAN_OPTIONS=suppressions=$root/tests/support/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1

# The database tests the address build runs: the corpus cases that add an
# object (add_*, in most folders: every kind's create path), the fleet, knex
# and fault tests, and the bad-input catalogue.
sample='^(Corpus_[a-z_]+\.add|FleetTest\.|KnexTest\.|KnexFleetTest\.|FaultTest\.|Catalogue/BadInputTest\.)'

case $action in
  build) build "$@" ;;
  test)
    [[ -x build/tenantctl ]] || { echo "sanitize.sh: build/ first (tests/support/build.sh)" >&2; exit 1; }
    status=0
    if [[ $kind == address ]]; then
      start=$SECONDS
      build tenantctl unit_tests fuzz_schema_toml fuzz_config_toml fuzz_migration_sql \
        fuzz_sql_split fuzz_password fuzz_conninfo fuzz_plan
      echo "sanitize.sh: checked build took $((SECONDS - start)) s"
      start=$SECONDS
      "$dir/tests/unit_tests" --gtest_brief=1 || status=1
      run_tests "$sample" || status=1
      echo "sanitize.sh: checked tests took $((SECONDS - start)) s"
      start=$SECONDS
      bash tests/fuzz/run.sh "${TENANTCTL_FUZZ_SECONDS:-5}" || status=1
      echo "sanitize.sh: fuzzing took $((SECONDS - start)) s"
    else
      start=$SECONDS
      build tenantctl unit_tests
      echo "sanitize.sh: checked build took $((SECONDS - start)) s"
      start=$SECONDS
      "$dir/tests/unit_tests" --gtest_brief=1 || status=1
      run_tests '^(FleetTest\.|KnexFleetTest\.|GateTest\.Interrupt)' || status=1
      echo "sanitize.sh: checked tests took $((SECONDS - start)) s"
    fi
    exit "$status" ;;
  *) echo "sanitize.sh: unknown action '$action' (build or test)" >&2; exit 64 ;;
esac
