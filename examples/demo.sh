#!/usr/bin/env bash
# README command 1: install, build, start a throwaway PostgreSQL with a central
# database and three tenants of the example platform, and show tenantctl at
# work on them. Everything it starts is stopped and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

tests/support/build.sh >/dev/null
tenantctl="$root/build/tenantctl"

state=$(mktemp -d "${TMPDIR:-/tmp}/tenantctl-demo.XXXXXX")
cleanup() { tests/support/pg-cluster.sh stop "$state" >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT
tests/support/pg-cluster.sh start "$state"
# shellcheck source=/dev/null
. "$state/env"
host=$TENANTCTL_TEST_PGHOST
port=$TENANTCTL_TEST_PGPORT
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U postgres "$@"; }

# A demo-only key: 32 characters, used as the AES-256 key's raw bytes, as the
# platform does.
export DB_ENCRYPTION_KEY=demo-only-key-0123456789abcdefgh

section() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

section "Central database with the tenant registry"
psql_admin -d postgres -c "create database platform_central"
psql_admin -d platform_central -f examples/central/registry.sql
echo "created platform_central (tenants, users)"

section "Three tenants of the example platform, in the registry"
i=0
for slug in acme-corp techstart test-company; do
  i=$((i + 1))
  db="tenant_${slug//-/_}"
  role="${db}_owner"
  password=$(openssl rand -hex 16)
  # The role's password goes to the server through psql's variable, never argv.
  psql_admin -d postgres -v role="$role" -v pw="$password" >/dev/null <<'SQL'
create role :"role" login password :'pw';
SQL
  # Its read-only role, which the schema names as "{{tenant.db_user}}_readonly"
  # (tenant create makes it for new tenants).
  psql_admin -d postgres -c "create role \"${role}_readonly\" nologin" >/dev/null
  psql_admin -d postgres -c "create database \"$db\" owner \"$role\"" >/dev/null
  # Encrypted the way the Node.js platform does it (crypto.createCipheriv).
  encrypted=$(PLAIN="$password" node -e '
    const crypto = require("crypto");
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv("aes-256-cbc", Buffer.from(process.env.DB_ENCRYPTION_KEY), iv);
    const out = Buffer.concat([cipher.update(process.env.PLAIN, "utf8"), cipher.final()]);
    process.stdout.write(iv.toString("hex") + ":" + out.toString("hex"));')
  psql_admin -d platform_central -v id="cm5demo${i}tenant000000000000" -v slug="$slug" \
    -v db="$db" -v role="$role" -v pw="$encrypted" -v port="$port" >/dev/null <<'SQL'
insert into tenants (id, name, slug, status, "dbHost", "dbPort", "dbName", "dbUsername", "dbPassword")
values (:'id', initcap(replace(:'slug', '-', ' ')), :'slug', 'ACTIVE', '127.0.0.1', :'port', :'db',
        :'role', :'pw');
SQL
  echo "$slug: database $db, role $role"
done
psql_admin -d platform_central -c "select slug, name, status, \"dbName\", left(\"dbPassword\", 12) || '…' as \"dbPassword (encrypted)\" from tenants order by slug"
export TENANTCTL_CENTRAL_URL="postgresql://postgres@/platform_central?host=$host&port=$port"

section "tenantctl migrate --all: migrations/ on every tenant, with knex's bookkeeping"
echo "(each tenant reached over 127.0.0.1 as its own role, password decrypted from the registry)"
"$tenantctl" migrate --all --yes --migrations migrations
psql_admin -d tenant_acme_corp -c "select id, name, batch from knex_migrations order by id"

section "tenantctl status --all: history against migrations/, drift against schema/"
"$tenantctl" status --all --migrations migrations --schema schema

section "tenantctl inspect: acme-corp's schema as TOML"
echo "\$ tenantctl inspect --url 'postgresql://postgres@/tenant_acme_corp?host=…&port=$port'"
"$tenantctl" inspect --url "postgresql://postgres@/tenant_acme_corp?host=$host&port=$port"

section "Someone hand-edits techstart: drift"
psql_admin -d tenant_techstart -c "drop index contacts_lower_idx" \
  -c "alter table accounts add column fax text" \
  -c "alter table users alter column first_name type varchar(50)"
echo "dropped an index, added a column, narrowed a column"

section "tenantctl plan --all: the whole fleet, from the registry"
"$tenantctl" plan --all --schema schema --exit-code || echo "(exit $?: drift)"

section "tenantctl plan: techstart against schema/"
echo "\$ tenantctl plan --tenant techstart --schema schema --exit-code"
"$tenantctl" plan --tenant techstart --schema schema --exit-code || echo "(exit $?: drift)"

section "tenantctl apply: refused until the data loss is allowed"
"$tenantctl" apply --tenant techstart --schema schema --yes >/dev/null || echo "(exit $?: blocked by a hazard)"
echo "\$ tenantctl apply --tenant techstart --schema schema --yes --allow-hazards data_loss,index_build"
"$tenantctl" apply --tenant techstart --schema schema --yes --allow-hazards data_loss,index_build | tail -1
echo "what apply ran beyond migrations/ is in tenantctl's audit table, never in knex_migrations:"
psql_admin -d tenant_techstart -c "select id, applied_by, os_user, left(fingerprint_before, 12) as before, left(fingerprint_after, 12) as after, length(statements) as sql_bytes from tenantctl.applied_changes"

section "A grant drifts on acme-corp: its read-only role loses SELECT on accounts"
psql_admin -d tenant_acme_corp -c "revoke select on accounts from tenant_acme_corp_owner_readonly"
"$tenantctl" plan --all --schema schema --exit-code || echo "(exit $?: drift)"
echo "\$ tenantctl plan --tenant acme-corp --schema schema"
"$tenantctl" plan --tenant acme-corp --schema schema || true
section "A reviewed plan: plan --out for review, then apply --plan applies exactly that"
echo "\$ tenantctl plan --all --schema schema --out reviewed.json"
"$tenantctl" plan --all --schema schema --out "$state/reviewed.json" || true
echo "reviewed.json (what a pull request shows; no password, no key):"
head -c 600 "$state/reviewed.json"; echo " ..."
echo "\$ tenantctl apply --all --schema schema --plan reviewed.json --yes --allow-hazards access_change"
"$tenantctl" apply --all --schema schema --plan "$state/reviewed.json" --yes --allow-hazards access_change | tail -1
psql_admin -d tenant_acme_corp -c "select has_table_privilege('tenant_acme_corp_owner_readonly', 'accounts', 'select') as readonly_reads_accounts"

section "tenantctl plan --all again: the fleet is in sync"
"$tenantctl" plan --all --schema schema --exit-code

section "tenantctl tenant create: a new tenant, from registry row to ACTIVE"
export TENANTCTL_SERVER_URL="postgresql://postgres@/postgres?host=$host&port=$port"
"$tenantctl" tenant create --slug newco --name "NewCo" --db-host 127.0.0.1 --dry-run
"$tenantctl" tenant create --slug newco --name "NewCo" --db-host 127.0.0.1
"$tenantctl" tenant list
node_modules="$root/tests/support/node/node_modules"
if [[ -d "$node_modules/pg" && -d "$node_modules/bcryptjs" ]]; then
  echo "Node decrypts newco's stored password as the platform does, and logs in with it:"
  STORED=$(psql_admin -At -d platform_central -c "select \"dbPassword\" from tenants where slug = 'newco'") \
    PORT="$port" NODE_PATH="$node_modules" node -e '
    const c = require("crypto");
    const [iv, data] = process.env.STORED.split(":");
    const d = c.createDecipheriv("aes-256-cbc", Buffer.from(process.env.DB_ENCRYPTION_KEY), Buffer.from(iv, "hex"));
    const password = Buffer.concat([d.update(Buffer.from(data, "hex")), d.final()]).toString("utf8");
    const client = new (require("pg").Client)({host: "127.0.0.1", port: Number(process.env.PORT),
      user: "tenant_newco", password, database: "tenant_newco"});
    client.connect().then(() => client.query("select count(*) from knex_migrations"))
      .then(r => { console.log(`logged in as tenant_newco: ${r.rows[0].count} migrations in knex_migrations`); return client.end(); });'
fi
"$tenantctl" plan --tenant newco --schema schema --exit-code

section "A bad slug is refused, and nothing is left behind"
"$tenantctl" tenant create --slug Bad_Slug --name "Bad" || echo "(exit $?)"
psql_admin -d platform_central -c "select count(*) as bad_rows from tenants where slug ilike 'bad%'"
psql_admin -d postgres -c "select count(*) as bad_databases from pg_database where datname ilike '%bad%'"

section "tenantctl admin create: a central admin whose hash bcryptjs verifies"
# Without a terminal admin create reads the environment; a password is never argv.
export DEMO_ADMIN_PASSWORD=Demo-Admin-Pass-42
EMAIL=ops@platform.example PASSWORD="$DEMO_ADMIN_PASSWORD" FIRST_NAME=Olga LAST_NAME=Ops \
  ROLE=superadmin "$tenantctl" admin create </dev/null
if [[ -d "$node_modules/bcryptjs" ]]; then
  HASH=$(psql_admin -At -d platform_central -c "select password from users where email = 'ops@platform.example'") \
    NODE_PATH="$node_modules" node -e '
    const ok = require("bcryptjs").compareSync(process.env.DEMO_ADMIN_PASSWORD, process.env.HASH);
    console.log(`bcryptjs.compareSync(password, ${process.env.HASH.slice(0, 7)}...) = ${ok}`);'
fi

section "tenantctl secrets rotate: every password under a new key, and back"
old_key=$DB_ENCRYPTION_KEY
new_key=demo-only-new-key-0123456789abcd
DB_ENCRYPTION_KEY_NEW=$new_key "$tenantctl" secrets rotate
DB_ENCRYPTION_KEY=$new_key "$tenantctl" plan --all --schema schema --exit-code | tail -1
DB_ENCRYPTION_KEY=$new_key DB_ENCRYPTION_KEY_NEW=$old_key "$tenantctl" secrets rotate | head -1
"$tenantctl" secrets rotate-passwords --tenant newco
"$tenantctl" plan --all --schema schema --exit-code | tail -1

section "Done"
echo "The throwaway cluster is stopped and removed now."
