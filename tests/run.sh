#!/usr/bin/env bash
# README command 2: install what is needed, build, and run every test against
# a throwaway PostgreSQL cluster that the test run starts and removes itself.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/support/build.sh
# PostgreSQL-bound tests mostly wait on the server: run more than one per core.
status=0
ctest --test-dir build --output-on-failure --parallel "$(( $(nproc) * 3 ))" --timeout 600 || status=$?
echo
build/tests/corpus_tests --summary
# The checked build (docs/reliability.md): AddressSanitizer and
# UndefinedBehaviorSanitizer on the unit tests, a sample of the database
# tests and every fuzz target briefly.
tests/support/sanitize.sh test address || status=$?
exit "$status"
