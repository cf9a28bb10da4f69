#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz/ (docs/reliability.md, "Fuzzing"):
# builds them with clang, AddressSanitizer and UndefinedBehaviorSanitizer into
# build-asan/, seeds each from the project's own files, runs each for SECONDS
# (default 60) after replaying every saved regression input, and prints a
# table of executions and findings. A crash, a broken property or a hang
# leaves its input in build-asan/fuzz/artifacts/ and exits 1: copy it into
# tests/fuzz/regressions/TARGET/ once fixed.
#
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-60}
shift || true
all=(fuzz_schema_toml fuzz_config_toml fuzz_migration_sql fuzz_sql_split fuzz_password
  fuzz_conninfo fuzz_plan)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

tests/support/sanitize.sh build address "${targets[@]}"
work=$root/build-asan/fuzz
mkdir -p "$work/artifacts"

# Seeds: the project's own files of each input's kind.
seed() {
  local target=$1 dir=$work/corpus/$1
  mkdir -p "$dir"
  case $target in
    fuzz_schema_toml) cp schema/*.toml "$dir/" ;;
    fuzz_config_toml) find examples tests -name 'tenantctl*.toml' -exec cp {} "$dir/" \; ;;
    fuzz_migration_sql) cp migrations/*.sql "$dir/" ;;
    fuzz_sql_split)
      cp migrations/*.sql "$dir/"
      local cases
      mapfile -t cases < <(find tests/cases -name '*.sql' | sort)
      for f in "${cases[@]:0:300}"; do cp "$f" "$dir/${f//\//_}"; done ;;
    fuzz_password | fuzz_conninfo) cp "tests/fuzz/seeds/${target#fuzz_}"/* "$dir/" ;;
    fuzz_plan)
      local a b
      for a in schema/*.toml; do
        for b in schema/*.toml; do
          { cat "$a"; printf '\n#@@\n'; cat "$b"; } >"$dir/$(basename "$a" .toml)-$(basename "$b")"
        done
      done ;;
  esac
}

status=0
printf '\n| target | seconds | executions | corpus | regressions replayed | findings |\n|---|---|---|---|---|---|\n' >"$work/table"
for target in "${targets[@]}"; do
  seed "$target"
  binary=build-asan/tests/fuzz/$target
  log=$work/$target.log
  regressions=(tests/fuzz/regressions/"$target"/*)
  replayed=0
  if [[ -e ${regressions[0]} ]]; then
    replayed=${#regressions[@]}
    "$binary" "${regressions[@]}" >"$log.replay" 2>&1 || {
      echo "fuzz: $target fails on a saved regression input (log: $log.replay)" >&2
      tail -30 "$log.replay" >&2
      status=1
    }
  fi
  findings=0
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$target-" \
    "$work/corpus/$target" >"$log" 2>&1 || {
    findings=1
    status=1
    echo "fuzz: $target found a failing input (log: $log)" >&2
    grep -E "ERROR|property broken|Test unit written" "$log" | head -5 >&2
  }
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  files=$(find "$work/corpus/$target" -type f | wc -l)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$target" "$seconds" "${runs:-?}" "$files" \
    "$replayed" "$findings" >>"$work/table"
done
cat "$work/table"
exit "$status"
