#!/usr/bin/env bash
# Benchmark of one large schema (issues 3 and 11): builds a database of N
# tables (default 2,000; about 10 columns, 2 indexes, 1 foreign key and an
# updated_at trigger each) and 100 functions (SQL and PL/pgSQL, one used by a
# check) in a throwaway cluster, then times tenantctl inspect, tenantctl plan (in sync,
# and an empty database against the whole schema) and pg_dump --schema-only of
# the same database, with peak memory. Prints a Markdown table.
#
#   bash tests/bench/schema_bench.sh [TABLES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tables=${1:-2000}
runs=${2:-5}

tests/support/build.sh >/dev/null
command -v /usr/bin/time >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}
tenantctl=$(pwd)/build/tenantctl
state=$(mktemp -d "${TMPDIR:-/tmp}/tenantctl-bench.XXXXXX")
cleanup() { "$root/tests/support/pg-cluster.sh" stop "$state" >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT
tests/support/pg-cluster.sh start "$state" >/dev/null
. "$state/env"
url() { echo "postgresql://postgres@/$1?host=$TENANTCTL_TEST_PGHOST&port=$TENANTCTL_TEST_PGPORT"; }
# Scratch databases on the bench's own cluster (docs/planning.md, "The
# scratch server"), not a throwaway cluster per command.
export TENANTCTL_SCRATCH_URL="$(url postgres)"
psql_db() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$TENANTCTL_TEST_PGHOST" -p "$TENANTCTL_TEST_PGPORT" -U postgres "$@"; }

psql_db -d postgres -c "create database big" -c "create database empty"
psql_db -d big >/dev/null <<SQL
create function touch_updated_at() returns trigger language plpgsql as
  \$\$ begin new.updated_at := now(); return new; end \$\$;
select format(\$f\$
  create function f%1\$s(a integer, b text default 'x') returns text
    language sql immutable parallel safe return b || (a + %1\$s)::text;
  create function g%1\$s(n integer) returns integer language plpgsql stable as
    \$b\$ begin return n * %1\$s; end \$b\$;
\$f\$, i) from generate_series(1, 49) i
\gexec
create function positive(v numeric) returns boolean language sql immutable return v >= 0;
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
  create trigger t%1\$s_touch before update on t%1\$s
    for each row execute function touch_updated_at();
\$f\$, i) from generate_series(1, $tables) i
\gexec
select format('alter table t%s add constraint t%s_amount_check check (positive(amount))', i, i)
  from generate_series(1, $tables, 100) i
\gexec
select format('alter table t%s add constraint t%s_parent_fkey foreign key (parent_id) references t%s (id)',
              i, i, greatest(i - 1, 1)) from generate_series(1, $tables) i
\gexec
SQL
# A partitioned table of 200 monthly partitions (primary key and an index on
# the partitioned table, so each partition has two indexes of its own): in
# the large schema, and alone in a database of its own.
partitioned_sql=$(cat <<'SQL'
create table events (
  id bigint not null,
  at timestamptz not null,
  kind text not null,
  payload jsonb,
  primary key (id, at)
) partition by range (at);
create index events_kind_idx on events (kind);
select format('create table events_p%s partition of events for values from (%L) to (%L)',
              i, start, start + interval '1 month')
  from (select i, timestamptz '2010-01-01 00:00:00+00' + (i - 1) * interval '1 month' as start
        from generate_series(1, 200) i) months
\gexec
SQL
)
psql_db -d postgres -c "create database parted"
for db in big parted; do psql_db -d "$db" >/dev/null <<<"$partitioned_sql"; done
"$tenantctl" inspect --url "$(url big)" --out "$state/big.toml"
"$tenantctl" inspect --url "$(url parted)" --out "$state/parted.toml"

# The commands to time, by label. The fast ones run in turn within each round
# (inspect, plan, pg_dump, inspect, plan, pg_dump, ...), so that a slower
# moment of a shared machine falls on all of them rather than on one.
labels=(inspect plan_sync dump plan_empty parted_plan parted_dump)
declare -A command=(
  [inspect]="$tenantctl inspect --url $(url big)"
  [plan_sync]="$tenantctl plan --url $(url big) --schema $state/big.toml --exit-code"
  [dump]="$(pg_config --bindir)/pg_dump --schema-only --dbname $(url big)"
  [plan_empty]="$tenantctl plan --url $(url empty) --schema $state/big.toml --format sql"
  [parted_plan]="$tenantctl plan --url $(url parted) --schema $state/parted.toml --exit-code"
  [parted_dump]="$(pg_config --bindir)/pg_dump --schema-only --dbname $(url parted)"
)
# The exit status each command must end with: a plan in sync is 0 under
# --exit-code, so a run that found drift (or pending migration files) is not
# timed as one in sync.
declare -A expected=([inspect]=0 [plan_sync]=0 [dump]=0 [plan_empty]=0 [parted_plan]=0 [parted_dump]=0)
declare -A times peak
for label in "${labels[@]}"; do times[$label]=""; peak[$label]=0; done
# Timed from the bench's own folder: a tenantctl.toml and migrations/ in the
# caller's folder (the project's own) are not part of the benchmark schema.
cd "$state"
set -f  # the URLs hold a "?"
for ((i = 0; i < runs; i++)); do
  for label in "${labels[@]}"; do
    # The empty-database plan takes seconds; three rounds of it are enough.
    [[ $label == plan_empty && $i -ge 3 ]] && continue
    # shellcheck disable=SC2086 # the commands are word lists without spaces
    status=0
    /usr/bin/time -f '%e %M' -o "$state/time" ${command[$label]} >"$state/out" 2>&1 || status=$?
    if ((status != ${expected[$label]})); then
      echo "schema_bench: $label exited $status, not ${expected[$label]}:" >&2
      tail -5 "$state/out" >&2
      exit 1
    fi
    out=$(tail -1 "$state/time")
    times[$label]+="${out% *} "
    ((${out#* } > ${peak[$label]})) && peak[$label]=${out#* }
  done
done
set +f
# Prints "median seconds|peak MiB" of a label.
result() {
  local sorted count
  sorted=$(tr ' ' '\n' <<<"${times[$1]}" | sed '/^$/d' | sort -n)
  count=$(wc -l <<<"$sorted")
  echo "$(sed -n "$(((count + 1) / 2))p" <<<"$sorted")|$((peak[$1] / 1024))"
}
inspect=$(result inspect)
plan_sync=$(result plan_sync)
plan_empty=$(result plan_empty)
dump=$(result dump)
parted_plan=$(result parted_plan)
parted_dump=$(result parted_dump)

# A row: label, "seconds|MiB", and how many times faster than pg_dump.
row() {
  awk -v label="$1" -v s="${2%|*}" -v m="${2#*|}" -v d="${dump%|*}" \
    'BEGIN { printf "| %s | %s | %s | %.1f× |\n", label, s, m, d / s }'
}
echo
echo "Schema of $tables tables (10 columns, 2 indexes, 1 foreign key, 1 trigger each), 100 functions and a partitioned table of 200 partitions; median of $runs runs"
echo
echo "| command | seconds | peak MiB | speed vs pg_dump |"
echo "|---|---|---|---|"
row "tenantctl inspect" "$inspect"
row "tenantctl plan (in sync)" "$plan_sync"
row "tenantctl plan (empty database → whole schema; builds it in a scratch database)" "$plan_empty"
row "pg_dump --schema-only (reference)" "$dump"

echo
echo "The partitioned table of 200 monthly partitions alone (primary key and an index), in sync; median of $runs runs"
echo
echo "| command | seconds | peak MiB | speed vs pg_dump |"
echo "|---|---|---|---|"
dump=$parted_dump row "tenantctl plan (in sync)" "$parted_plan"
dump=$parted_dump row "pg_dump --schema-only (reference)" "$parted_dump"
