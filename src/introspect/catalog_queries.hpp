#pragma once

#include <cstddef>

#include "introspect/query_macros.hpp"

// Every catalog query tenantctl runs, in one place. Each reads the whole
// database in one set-returning query (never a query per table), from
// pg_catalog only (information_schema is slow and hides what the current role
// does not own). Loaders put what they read into maps or sort it, so the
// database's collation never decides an order; the large queries are not
// sorted by name at all (sorting by text under a collation is costly), and
// columns come grouped by table, in column order. The queries run with
// search_path = public, which decides how format_type(), pg_get_expr() and
// friends qualify names.
//
// The SQL is laid out by hand, one clause per line: clang-format cannot break
// string literals glued to macros sensibly.
// clang-format off
namespace introspect::queries {







// Column indexes of k_unmanaged.
namespace unmanaged_column {
inline constexpr std::size_t k_kind = 0;
// The object's schema and name, or for an object on a table (trigger,
// policy, rule) its table's.
inline constexpr std::size_t k_schema = 1;
inline constexpr std::size_t k_name = 2;
// For an object on a table: its own name; otherwise NULL.
inline constexpr std::size_t k_member = 3;
// For a function, procedure or aggregate: its argument types; otherwise NULL.
inline constexpr std::size_t k_arguments = 4;
// For table inheritance: the parent table; otherwise NULL.
inline constexpr std::size_t k_other_schema = 5;
inline constexpr std::size_t k_other_name = 6;
}  // namespace unmanaged_column

// Objects of kinds tenantctl does not manage yet, so that they are reported
// rather than silently left out; see unmanaged_column. Extension members are
// left out (the extension is managed). `oid >= 16384` (objects made after
// initdb, as every object in a user's schema is) only spares scanning
// PostgreSQL's own thousands of functions and collations.
inline constexpr const char* k_unmanaged =
    // Event triggers: cluster-wide, and only a superuser makes them.
    "select 'event trigger', '', et.evtname::text, null::text, null::text, null::text, null::text"
    " from pg_catalog.pg_event_trigger et"
    " where" TENANTCTL_NOT_EXTENSION_MEMBER("pg_event_trigger", "et.oid")
    // Relations of kinds not managed.
    " union all"
    " select 'foreign table', n.nspname, c.relname::text, null, null, null, null"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where c.oid >= 16384 and c.relkind = 'f'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    // Policies of tables not managed (those of managed tables are).
    " union all"
    " select 'policy', n.nspname, c.relname::text, p.polname::text, null, null, null"
    " from pg_catalog.pg_policy p"
    " join pg_catalog.pg_class c on c.oid = p.polrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where not" TENANTCTL_MANAGED_TABLE("c")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    // Table inheritance (partitions are managed as partitions).
    " union all"
    " select 'table inheritance', n.nspname, c.relname::text, null, null,"
    " parent_n.nspname::text, parent.relname::text"
    " from pg_catalog.pg_inherits h"
    " join pg_catalog.pg_class c on c.oid = h.inhrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " join pg_catalog.pg_class parent on parent.oid = h.inhparent"
    " join pg_catalog.pg_namespace parent_n on parent_n.oid = parent.relnamespace"
    " where not c.relispartition"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    // Rules, except the _RETURN rule that makes a view (or materialized view).
    " union all"
    " select 'rule', n.nspname, c.relname::text, r.rulename::text, null, null, null"
    " from pg_catalog.pg_rewrite r"
    " join pg_catalog.pg_class c on c.oid = r.ev_class"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where r.oid >= 16384 and r.rulename <> '_RETURN'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by 1, 2, 3, 4";

// The catalog's stamp: a hash of the row versions (xmin) of every system
// catalog row the queries above read or that their deparsing looks up, with
// the server's version. Any DDL writes new row versions with a new
// transaction id, so any change to what introspection sees changes the stamp;
// VACUUM, ANALYZE, data changes and nextval() do not. Rows PostgreSQL made at
// initdb (oid below 16384) are left out where a catalog has oids: they change
// only with the server, whose version is in the stamp; but every schema's and
// extension's row counts, and their comments, since `public` and `plpgsql` are
// initdb's and tenants rename and comment them. A table's system columns
// (attnum < 0) are left out: they are made and dropped with its pg_class row
// and never change alone. Cheap (no deparsing, no per-row lookups): it costs a
// new backend about as much as connecting does, mostly in opening the catalogs.
inline constexpr const char* k_catalog_stamp =
    "select pg_catalog.md5(pg_catalog.current_setting('server_version_num') || ':' ||"
    " coalesce(pg_catalog.string_agg(x::text, ','), ''))"
    " from (select xmin x from pg_catalog.pg_namespace"
    " union all select xmin from pg_catalog.pg_class where oid >= 16384"
    " union all select xmin from pg_catalog.pg_attribute where attrelid >= 16384 and attnum > 0"
    " union all select xmin from pg_catalog.pg_attrdef"
    " union all select xmin from pg_catalog.pg_constraint where oid >= 16384"
    " union all select xmin from pg_catalog.pg_index where indexrelid >= 16384"
    " union all select xmin from pg_catalog.pg_type where oid >= 16384"
    " union all select xmin from pg_catalog.pg_enum"
    " union all select xmin from pg_catalog.pg_description where objoid >= 16384"
    " or classoid in ('pg_catalog.pg_namespace'::pg_catalog.regclass,"
    " 'pg_catalog.pg_extension'::pg_catalog.regclass)"
    " union all select xmin from pg_catalog.pg_sequence"
    " union all select xmin from pg_catalog.pg_depend where objid >= 16384 or refobjid >= 16384"
    " union all select xmin from pg_catalog.pg_proc where oid >= 16384"
    " union all select xmin from pg_catalog.pg_trigger"
    " union all select xmin from pg_catalog.pg_policy"
    // The database's own row: its ACL (GRANT ... ON DATABASE).
    " union all select xmin from pg_catalog.pg_database"
    " where datname = pg_catalog.current_database()"
    " union all select xmin from pg_catalog.pg_rewrite where oid >= 16384"
    " union all select xmin from pg_catalog.pg_inherits"
    " union all select xmin from pg_catalog.pg_extension"
    " union all select xmin from pg_catalog.pg_collation where oid >= 16384"
    " union all select xmin from pg_catalog.pg_statistic_ext"
    " union all select xmin from pg_catalog.pg_operator where oid >= 16384"
    " union all select xmin from pg_catalog.pg_opclass where oid >= 16384"
    " union all select xmin from pg_catalog.pg_am where oid >= 16384"
    // Text search configurations and dictionaries print by name in
    // expressions (to_tsvector('app_english'::regconfig, ...)).
    " union all select xmin from pg_catalog.pg_ts_config where oid >= 16384"
    " union all select xmin from pg_catalog.pg_ts_dict where oid >= 16384) rows";


}  // namespace introspect::queries
// clang-format on
