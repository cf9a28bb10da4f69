#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the demo.
#
#   pg-cluster.sh start STATE_DIR   start a private cluster, write STATE_DIR/env
#   pg-cluster.sh stop  STATE_DIR   stop it and remove every file it made
#   pg-cluster.sh restart STATE_DIR pg_ctl restart -m fast (the fault tests'
#                                   server restart mid-run), same port
#
# The cluster lives in a fresh temporary directory, listens on a unix socket in
# that directory and on 127.0.0.1 at a free port (scram-sha-256 passwords there,
# trust on the socket), with fsync off. initdb and postgres refuse to run as
# root, so as root they run as the `postgres` user. STATE_DIR/env is a shell
# file with TENANTCTL_TEST_PGHOST (socket directory), TENANTCTL_TEST_PGPORT and
# TENANTCTL_TEST_PGUSER; TENANTCTL_TEST_CLUSTER_ENV=STATE_DIR/env is how the
# tests find it.
set -euo pipefail

usage() { echo "usage: $0 start|stop|restart STATE_DIR" >&2; exit 64; }
[[ $# -eq 2 ]] || usage
action=$1
state_dir=$2
bindir=$(pg_config --bindir)

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  [[ -f "$state_dir/datadir" ]] || return 0
  local root
  root=$(cat "$state_dir/datadir")
  if [[ -f "$root/data/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" stop -D "$root/data" -m immediate -w >/dev/null 2>&1 || true
  fi
  rm -rf "$root"
  rm -f "$state_dir/datadir" "$state_dir/env"
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_cluster() {
  mkdir -p "$state_dir"
  stop_cluster  # a cluster left by a killed earlier run
  local root
  root=$(mktemp -d "${TMPDIR:-/tmp}/tenantctl-pg.XXXXXX")
  echo "$root" >"$state_dir/datadir"
  chmod 755 "$root"
  [[ $(id -u) -ne 0 ]] || chown postgres: "$root"
  trap 'cat "$root/log" >&2 2>/dev/null || true; stop_cluster' ERR

  as_owner "$bindir/initdb" -D "$root/data" -U postgres -A trust --no-sync \
    -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 ||
    { cat "$root/initdb.log" >&2; false; }
  as_owner tee -a "$root/data/pg_hba.conf" >/dev/null <<HBA
host all all 127.0.0.1/32 scram-sha-256
HBA
  # Only the socket and the password rule above: drop initdb's trust lines for TCP.
  as_owner sed -i -E '/^host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+trust/d;/^host\s+replication/d' \
    "$root/data/pg_hba.conf"

  local attempt port
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM * 7 + $$ + attempt) % 30000))
    port_is_free "$port" || continue
    if as_owner "$bindir/pg_ctl" start -D "$root/data" -w -t 60 -l "$root/log" -o \
      "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
       -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB \
       -c password_encryption=scram-sha-256 -c log_min_messages=warning" >/dev/null 2>&1; then
      cat >"$state_dir/env" <<ENV
TENANTCTL_TEST_PGHOST=$root
TENANTCTL_TEST_PGPORT=$port
TENANTCTL_TEST_PGUSER=postgres
ENV
      # The example platform gives every tenant login role a NOLOGIN
      # "<login>_readonly" (tenant create makes it); tests that run its
      # migrations as the superuser need the superuser's.
      "$bindir/psql" -X -q -h "$root" -p "$port" -U postgres -d postgres \
        -c "create role postgres_readonly nologin" >/dev/null
      trap - ERR
      echo "pg-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $root port $port"
      return 0
    fi
  done
  echo "pg-cluster: could not start PostgreSQL (log follows)" >&2
  false
}

restart_cluster() {
  local root
  root=$(cat "$state_dir/datadir")
  as_owner "$bindir/pg_ctl" restart -D "$root/data" -m fast -w -t 60 -l "$root/log" >/dev/null
}

case "$action" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  restart) restart_cluster ;;
  *) usage ;;
esac
