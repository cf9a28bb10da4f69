#pragma once

// Every catalog query tenantctl runs, in one place. Each reads the whole
// database in one set-returning query (never a query per table), from
// pg_catalog only. Rows come sorted, but callers sort again into maps, so the
// database's collation never decides an order.
namespace introspect::queries {

// Schemas whose objects are never read: PostgreSQL's own, and tenantctl's.
#define TENANTCTL_USER_NAMESPACE(n)                                   \
  "(" n                                                               \
  ".nspname not in ('pg_catalog', 'information_schema', 'tenantctl')" \
  " and " n ".nspname !~ '^pg_(toast|temp_|toast_temp_)')"

// Relations that belong to an extension are the extension's business.
#define TENANTCTL_NOT_EXTENSION_MEMBER(oid)                             \
  "not exists (select 1 from pg_catalog.pg_depend e where e.classid = " \
  "'pg_catalog.pg_class'::pg_catalog.regclass and e.objid = " oid " and e.deptype = 'e')"

// One row per column of every ordinary or partitioned table (and one row with
// NULL attname for a table without columns).
inline constexpr const char* k_table_columns =
    "select n.nspname, c.relname, a.attname,"
    " pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
    " pg_catalog.pg_get_expr(d.adbin, d.adrelid)"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_attribute a"
    "   on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
    " left join pg_catalog.pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum"
    " where c.relkind in ('r', 'p') and " TENANTCTL_USER_NAMESPACE(
        "n") " and " TENANTCTL_NOT_EXTENSION_MEMBER("c.oid") " order by 1, 2, a.attnum";

// One row per primary key: table, constraint name, column names in key order.
inline constexpr const char* k_primary_keys =
    "select n.nspname, c.relname, con.conname,"
    " array(select a.attname from pg_catalog.unnest(con.conkey) with ordinality k(attnum, ord)"
    "   join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum"
    "   order by k.ord)::text[]"
    " from pg_catalog.pg_constraint con"
    " join pg_catalog.pg_class c on c.oid = con.conrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where con.contype = 'p' and " TENANTCTL_USER_NAMESPACE(
        "n") " and " TENANTCTL_NOT_EXTENSION_MEMBER("c.oid") " order by 1, 2";

#undef TENANTCTL_USER_NAMESPACE
#undef TENANTCTL_NOT_EXTENSION_MEMBER

}  // namespace introspect::queries
