#!/usr/bin/env bash
# README command 2: install what is needed, build, and run every test against
# a throwaway PostgreSQL cluster that the test run starts and removes itself.
# Each stage's wall time is printed at the end (CI must stay under 30 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
times=()
stage() {  # stage NAME COMMAND...: runs COMMAND, notes its time, keeps its status
  local name=$1 start=$SECONDS rc=0
  shift
  "$@" || rc=$?
  times+=("$(printf '%-34s %5d s' "$name" $((SECONDS - start)))")
  return "$rc"
}
stage "install and build (build/)" tests/support/build.sh
# PostgreSQL-bound tests mostly wait on the server: run more than one per core.
status=0
stage "tests (ctest)" ctest --test-dir build --output-on-failure --parallel "$(($(nproc) * 3))" \
  --timeout 600 || status=$?
echo
build/tests/corpus_tests --summary
# The checked build (docs/reliability.md): AddressSanitizer and
# UndefinedBehaviorSanitizer on the unit tests, a sample of the database
# tests and every fuzz target briefly.
stage "checked build and tests (ASan)" tests/support/sanitize.sh test address || status=$?
# ThreadSanitizer on the fleet runner's tests (parallel runner, progress
# line, shared-run leases, Ctrl-C) needs a third build. It runs when the run
# so far leaves room for it inside 30 minutes even if that build is cold
# (273 s of building and 40 s of tests measured on 2 cores; seconds of
# building when ccache has it), and says so when it does not.
tsan_latest_start=${TENANTCTL_TSAN_LATEST_START:-1400}
if ((SECONDS <= tsan_latest_start)); then
  stage "checked build and tests (TSan)" tests/support/sanitize.sh test thread || status=$?
else
  echo "ThreadSanitizer stage left out: ${SECONDS} s have gone by, more than" \
    "${tsan_latest_start} s; run it with tests/support/sanitize.sh test thread"
  times+=("$(printf '%-34s %5s' "checked build and tests (TSan)" "left out")")
fi
echo
echo "Time per stage:"
printf '  %s\n' "${times[@]}"
printf '  %-34s %5d s\n' "total" "$SECONDS"
exit "$status"
