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
echo
echo "Time per stage:"
printf '  %s\n' "${times[@]}"
printf '  %-34s %5d s\n' "total" "$SECONDS"
exit "$status"
