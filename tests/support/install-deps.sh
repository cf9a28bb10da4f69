#!/usr/bin/env bash
# Installs everything tenantctl needs to build, test and run its demo on Debian 12.
# Idempotent and quiet: packages already present are not touched; a failure prints
# the installer's log and exits non-zero.
set -euo pipefail

debian_packages=(
  build-essential cmake ninja-build ccache pkg-config
  libpqxx-dev libpq-dev libtomlplusplus-dev libboost-graph-dev libdtl-dev
  libssl-dev libcrypt-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  googletest libgtest-dev
  postgresql-15 postgresql-client-15
  procps
  clang-14 libclang-rt-14-dev
  nodejs npm
)

missing=()
for package in "${debian_packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
# Node.js may come from outside Debian's packages (it does on some images): a
# working node and npm on PATH is all the tests need.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]} > 0)); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
      echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
      exit 1
    }
    sudo=(sudo)
  fi
  log=$(mktemp)
  echo "install-deps: installing ${missing[*]}" >&2
  if ! { "${sudo[@]}" apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
           "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: apt-get failed (log above)" >&2
    exit 1
  fi
  rm -f "$log"
fi

# The Debian postgresql package starts a system cluster on port 5432; tests never
# use it (they start their own), so it is left as the package set it up.
command -v "$(pg_config --bindir)/initdb" >/dev/null || {
  echo "install-deps: initdb not found under $(pg_config --bindir)" >&2
  exit 1
}

# The real knex (and node-postgres) the integration tests run against tenants,
# pinned by tests/support/node/package-lock.json and installed beside it with
# `npm ci`; skipped when node_modules was installed from the same lock file.
node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/node"
node_stamp="$node_dir/node_modules/.tenantctl-lock.sha256"
lock_sum=$(sha256sum "$node_dir/package-lock.json" | cut -d' ' -f1)
if [[ ! -f "$node_stamp" || "$(cat "$node_stamp")" != "$lock_sum" ]]; then
  log=$(mktemp)
  if ! (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: npm ci in $node_dir failed (log above)" >&2
    exit 1
  fi
  rm -f "$log"
  echo "$lock_sum" >"$node_stamp"
fi
