#!/usr/bin/env bash
# Benchmark of one large schema (issue 3): builds a database of N tables
# (default 2,000; about 10 columns, 2 indexes and 1 foreign key each) in a
# throwaway cluster, then times tenantctl inspect, tenantctl plan (in sync,
# and an empty database against the whole schema) and pg_dump --schema-only of
# the same database, with peak memory. Prints a Markdown table.
#
#   bash tests/bench/schema_bench.sh [TABLES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
tables=${1:-2000}
runs=${2:-5}

tests/support/build.sh >/dev/null
command -v /usr/bin/time >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}
tenantctl=$(pwd)/build/tenantctl
state=$(mktemp -d "${TMPDIR:-/tmp}/tenantctl-bench.XXXXXX")
cleanup() { tests/support/pg-cluster.sh stop "$state" >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT
tests/support/pg-cluster.sh start "$state" >/dev/null
. "$state/env"
url() { echo "postgresql://postgres@/$1?host=$TENANTCTL_TEST_PGHOST&port=$TENANTCTL_TEST_PGPORT"; }
psql_db() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$TENANTCTL_TEST_PGHOST" -p "$TENANTCTL_TEST_PGPORT" -U postgres "$@"; }

psql_db -d postgres -c "create database big" -c "create database empty"
psql_db -d big >/dev/null <<SQL
select format(\$f\$
  create table t%1\$s (
    id bigint generated always as identity primary key,
    parent_id bigint,
    name varchar(120) not null,
    email text,
    amount numeric(12,2) default 0,
    is_active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz,
    payload jsonb default '{}'::jsonb,
    code integer
  );
  create index t%1\$s_name_idx on t%1\$s (name);
  create index t%1\$s_lower_email_idx on t%1\$s (lower(email)) where email is not null;
\$f\$, i) from generate_series(1, $tables) i
\gexec
select format('alter table t%s add constraint t%s_parent_fkey foreign key (parent_id) references t%s (id)',
              i, i, greatest(i - 1, 1)) from generate_series(1, $tables) i
\gexec
SQL
"$tenantctl" inspect --url "$(url big)" --out "$state/big.toml"

# Runs a command RUNS times; prints "median seconds|peak MiB".
measure() {
  local times=() peak=0 i out
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$state/time" "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$state/time")
    times+=("${out% *}")
    ((${out#* } > peak)) && peak=${out#* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  echo "$median|$((peak / 1024))"
}

inspect=$(measure "$tenantctl" inspect --url "$(url big)")
plan_sync=$(measure "$tenantctl" plan --url "$(url big)" --schema "$state/big.toml" --exit-code)
plan_empty=$(measure "$tenantctl" plan --url "$(url empty)" --schema "$state/big.toml" --format sql)
dump=$(measure "$(pg_config --bindir)/pg_dump" --schema-only --dbname "$(url big)")

row() { echo "| $1 | ${2%|*} | ${2#*|} |"; }
echo
echo "Schema of $tables tables (10 columns, 2 indexes, 1 foreign key each); median of $runs runs"
echo
echo "| command | seconds | peak MiB |"
echo "|---|---|---|"
row "tenantctl inspect" "$inspect"
row "tenantctl plan (in sync)" "$plan_sync"
row "tenantctl plan (empty database → whole schema; builds it in a scratch database)" "$plan_empty"
row "pg_dump --schema-only (reference)" "$dump"
