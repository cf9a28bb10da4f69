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

// The comment on an object, joined as `alias`.description.
#define TENANTCTL_COMMENT(alias, catalog, oid, subid)                             \
  " left join pg_catalog.pg_description " alias " on " alias ".classoid ="         \
  " 'pg_catalog." catalog "'::pg_catalog.regclass and " alias ".objoid = " oid    \
  " and " alias ".objsubid = " subid

// Ordinary tables tenantctl manages: relkind 'r' that are not partitions.
#define TENANTCTL_MANAGED_TABLE(c) " (" c ".relkind = 'r' and not " c ".relispartition)"

// The names of the columns `attnums` (an int2[] expression) of relation
// `relid`, in array order, as text[].
#define TENANTCTL_COLUMN_NAMES(attnums, relid)                                    \
  " array(select a.attname"                                                        \
  " from pg_catalog.unnest(" attnums ") with ordinality k(attnum, ord)"            \
  " join pg_catalog.pg_attribute a on a.attrelid = " relid " and a.attnum = k.attnum" \
  " order by k.ord)::text[]"

// Schemas: name, comment.
inline constexpr const char* k_schemas =
    "select n.nspname, ds.description"
    " from pg_catalog.pg_namespace n"
    TENANTCTL_COMMENT("ds", "pg_namespace", "n.oid", "0")
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_namespace", "n.oid")
    " order by 1";

// Extensions outside pg_catalog (plpgsql lives there and is no user's
// choice): name, schema, installed version, comment.
inline constexpr const char* k_extensions =
    "select x.extname, n.nspname, x.extversion, ds.description"
    " from pg_catalog.pg_extension x"
    " join pg_catalog.pg_namespace n on n.oid = x.extnamespace"
    TENANTCTL_COMMENT("ds", "pg_extension", "x.oid", "0")
    " where n.nspname <> 'pg_catalog'"
    " order by 1";

// Enum types: schema, name, labels in sort order, comment.
inline constexpr const char* k_enums =
    "select n.nspname, t.typname,"
    " array(select e.enumlabel from pg_catalog.pg_enum e where e.enumtypid = t.oid"
    "   order by e.enumsortorder)::text[],"
    " ds.description"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    TENANTCTL_COMMENT("ds", "pg_type", "t.oid", "0")
    " where t.typtype = 'e'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2";

// Sequences that are not identity sequences (those belong to their column)
// and not owned by a table of a kind tenantctl does not manage (a serial
// column of a partitioned table: the sequence goes with the table):
// schema, name, data type, increment, min, max, start, cache, cycle, the
// owning column's schema, table and name (NULL when not OWNED BY), comment.
inline constexpr const char* k_sequences =
    "select n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, null),"
    " s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache, s.seqcycle,"
    " owner_n.nspname, owner.relname, owner_a.attname, ds.description"
    " from pg_catalog.pg_sequence s"
    " join pg_catalog.pg_class c on c.oid = s.seqrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_depend od"
    "   on od.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and od.objid = c.oid"
    "   and od.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    "   and od.refobjsubid > 0 and od.deptype = 'a'"
    " left join pg_catalog.pg_class owner on owner.oid = od.refobjid"
    " left join pg_catalog.pg_namespace owner_n on owner_n.oid = owner.relnamespace"
    " left join pg_catalog.pg_attribute owner_a"
    "   on owner_a.attrelid = od.refobjid and owner_a.attnum = od.refobjsubid"
    TENANTCTL_COMMENT("ds", "pg_class", "c.oid", "0")
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " and not exists (select 1 from pg_catalog.pg_depend i"
    "   where i.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and i.objid = c.oid"
    "   and i.deptype = 'i')"
    " and (owner.oid is null or" TENANTCTL_MANAGED_TABLE("owner") ")"
    " order by 1, 2";

// Column indexes of k_table_columns.
namespace table_column {
inline constexpr std::size_t k_schema = 0;
inline constexpr std::size_t k_table = 1;
inline constexpr std::size_t k_table_comment = 2;
inline constexpr std::size_t k_name = 3;
inline constexpr std::size_t k_type = 4;
inline constexpr std::size_t k_not_null = 5;
// A default's node tree (pg_attrdef.adbin as text), which k_default_texts
// turns into text: equal defaults are deparsed once, not once per column.
inline constexpr std::size_t k_default = 6;
inline constexpr std::size_t k_generated = 7;
inline constexpr std::size_t k_collation_schema = 8;
inline constexpr std::size_t k_collation = 9;
inline constexpr std::size_t k_identity = 10;
inline constexpr std::size_t k_identity_type = 11;
inline constexpr std::size_t k_identity_increment = 12;
inline constexpr std::size_t k_identity_min = 13;
inline constexpr std::size_t k_identity_max = 14;
inline constexpr std::size_t k_identity_start = 15;
inline constexpr std::size_t k_identity_cache = 16;
inline constexpr std::size_t k_identity_cycle = 17;
inline constexpr std::size_t k_comment = 18;
inline constexpr std::size_t k_table_oid = 19;
inline constexpr std::size_t k_attnum = 20;
}  // namespace table_column

// One row per column of every managed table (and one row with NULL column
// fields for a table without columns), in column order; see table_column.
// The default comes as its node tree (see k_default_texts); the generation
// expression of a generated column comes deparsed in the generated field. The collation is there only when it is not
// the type's. Identity columns come with their sequence's options.
inline constexpr const char* k_table_columns =
    "select n.nspname, c.relname, dt.description, a.attname,"
    " pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
    " case when a.attgenerated = '' then d.adbin::text end,"
    " case when a.attgenerated <> '' then pg_catalog.pg_get_expr(d.adbin, d.adrelid) end,"
    " coll_n.nspname, coll.collname, a.attidentity,"
    " pg_catalog.format_type(s.seqtypid, null), s.seqincrement, s.seqmin, s.seqmax, s.seqstart,"
    " s.seqcache, s.seqcycle, da.description, c.oid, a.attnum"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_attribute a"
    "   on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
    " left join pg_catalog.pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum"
    " left join pg_catalog.pg_type t on t.oid = a.atttypid"
    " left join pg_catalog.pg_collation coll"
    "   on coll.oid = a.attcollation and a.attcollation <> t.typcollation"
    " left join pg_catalog.pg_namespace coll_n on coll_n.oid = coll.collnamespace"
    " left join pg_catalog.pg_depend idep on a.attidentity <> ''"
    "   and idep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    "   and idep.refobjid = c.oid and idep.refobjsubid = a.attnum"
    "   and idep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and idep.deptype = 'i'"
    " left join pg_catalog.pg_sequence s on s.seqrelid = idep.objid"
    TENANTCTL_COMMENT("dt", "pg_class", "c.oid", "0")
    TENANTCTL_COMMENT("da", "pg_class", "c.oid", "a.attnum")
    " where" TENANTCTL_MANAGED_TABLE("c")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by c.oid, a.attnum";

// The defaults of the columns ($1[i], $2[i]) (table oid, column number), as
// pg_get_expr() prints them, in array order. Defaults cannot refer to
// columns, so the table only names where the node tree is.
inline constexpr const char* k_default_texts =
    "select pg_catalog.pg_get_expr(d.adbin, d.adrelid)"
    " from rows from (pg_catalog.unnest($1::pg_catalog.oid[]),"
    "   pg_catalog.unnest($2::pg_catalog.int2[])) with ordinality x(relid, attnum, ord)"
    " join pg_catalog.pg_attrdef d on d.adrelid = x.relid and d.adnum = x.attnum"
    " order by x.ord";

// Column indexes of k_constraints.
namespace constraint_column {
inline constexpr std::size_t k_schema = 0;
inline constexpr std::size_t k_table = 1;
inline constexpr std::size_t k_name = 2;
inline constexpr std::size_t k_type = 3;
// The key's column numbers (int2[]): ColumnNames turns them into names.
inline constexpr std::size_t k_columns = 4;
inline constexpr std::size_t k_deferrable = 5;
inline constexpr std::size_t k_deferred = 6;
inline constexpr std::size_t k_validated = 7;
inline constexpr std::size_t k_nulls_not_distinct = 8;
inline constexpr std::size_t k_ref_schema = 9;
inline constexpr std::size_t k_ref_table = 10;
// The referenced column numbers (int2[]), and their names when the
// referenced table is not one k_table_columns reads (a partitioned table, an
// extension's table): then ColumnNames does not know them.
inline constexpr std::size_t k_ref_columns = 11;
inline constexpr std::size_t k_on_delete = 12;
inline constexpr std::size_t k_on_update = 13;
inline constexpr std::size_t k_match = 14;
inline constexpr std::size_t k_check = 15;
inline constexpr std::size_t k_no_inherit = 16;
inline constexpr std::size_t k_comment = 17;
inline constexpr std::size_t k_table_oid = 18;
inline constexpr std::size_t k_ref_oid = 19;
inline constexpr std::size_t k_ref_column_names = 20;
}  // namespace constraint_column

// Primary key, unique, foreign key and check constraints of managed tables;
// see constraint_column. Constraints that PostgreSQL derives from a parent
// (conparentid, e.g. a foreign key's copies for the partitions of the table
// it references) are left out.
inline constexpr const char* k_constraints =
    "select n.nspname, c.relname, con.conname, con.contype, con.conkey,"
    " con.condeferrable, con.condeferred, con.convalidated,"
    " coalesce(i.indnullsnotdistinct, false), ref_n.nspname, ref.relname,"
    " con.confkey, con.confdeltype, con.confupdtype, con.confmatchtype,"
    " case when con.contype = 'c' then pg_catalog.pg_get_expr(con.conbin, con.conrelid) end,"
    " con.connoinherit, ds.description, con.conrelid, con.confrelid,"
    " case when ref.oid is not null and not (" TENANTCTL_MANAGED_TABLE("ref")
    "   and" TENANTCTL_USER_NAMESPACE("ref_n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "ref.oid") ")"
    " then" TENANTCTL_COLUMN_NAMES("con.confkey", "con.confrelid") " end"
    " from pg_catalog.pg_constraint con"
    " join pg_catalog.pg_class c on c.oid = con.conrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_index i on con.contype in ('p', 'u') and i.indexrelid = con.conindid"
    " left join pg_catalog.pg_class ref on ref.oid = con.confrelid"
    " left join pg_catalog.pg_namespace ref_n on ref_n.oid = ref.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_constraint", "con.oid", "0")
    " where con.contype in ('p', 'u', 'f', 'c') and con.conparentid = 0"
    " and" TENANTCTL_MANAGED_TABLE("c")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

// Column indexes of k_indexes.
namespace index_column {
inline constexpr std::size_t k_schema = 0;
inline constexpr std::size_t k_table = 1;
inline constexpr std::size_t k_name = 2;
inline constexpr std::size_t k_unique = 3;
inline constexpr std::size_t k_nulls_not_distinct = 4;
inline constexpr std::size_t k_method = 5;
inline constexpr std::size_t k_definition = 6;
// The INCLUDE columns' numbers (int2[]; "{}" when none).
inline constexpr std::size_t k_include = 7;
inline constexpr std::size_t k_partial = 8;  // true when the index has a WHERE
inline constexpr std::size_t k_valid = 9;
inline constexpr std::size_t k_comment = 10;
inline constexpr std::size_t k_table_oid = 11;
}  // namespace index_column

// Indexes of managed tables that no primary key, unique or exclusion
// constraint owns (a foreign key's conindid names the referenced table's
// index, which stays an index of its own); see index_column. The key
// elements are only in pg_get_indexdef(), and the predicate is taken from it
// too (it prints it as pg_get_expr() would; deparsing it twice costs); the
// INCLUDE columns come as column numbers.
inline constexpr const char* k_indexes =
    "select n.nspname, c.relname, ic.relname, i.indisunique, i.indnullsnotdistinct, am.amname,"
    " pg_catalog.pg_get_indexdef(i.indexrelid),"
    " (i.indkey::pg_catalog.int2[])[i.indnkeyatts:],"  // int2vector counts from 0
    " i.indpred is not null, i.indisvalid, ds.description, i.indrelid"
    " from pg_catalog.pg_index i"
    " join pg_catalog.pg_class ic on ic.oid = i.indexrelid"
    " join pg_catalog.pg_am am on am.oid = ic.relam"
    " join pg_catalog.pg_class c on c.oid = i.indrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_class", "i.indexrelid", "0")
    " where" TENANTCTL_MANAGED_TABLE("c")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " and not exists (select 1 from pg_catalog.pg_constraint k"
    "   where k.conindid = i.indexrelid and k.conrelid = i.indrelid"
    "   and k.contype in ('p', 'u', 'x'))";

// Views: schema, name, definition as pg_get_viewdef(oid, true) prints it,
// comment.
inline constexpr const char* k_views =
    "select n.nspname, c.relname, pg_catalog.pg_get_viewdef(c.oid, true), ds.description"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_class", "c.oid", "0")
    " where c.relkind = 'v'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by 1, 2";

// What views read: view schema, view name, relation schema, relation name,
// for every table, partitioned table, view, materialized view or foreign
// table that a view's _RETURN rule depends on (the view itself left out).
inline constexpr const char* k_view_dependencies =
    "select distinct n.nspname, c.relname, ref_n.nspname, ref.relname"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " join pg_catalog.pg_rewrite r on r.ev_class = c.oid"
    " join pg_catalog.pg_depend d"
    "   on d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass and d.objid = r.oid"
    "   and d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass and d.refobjid <> c.oid"
    " join pg_catalog.pg_class ref"
    "   on ref.oid = d.refobjid and ref.relkind in ('r', 'p', 'v', 'm', 'f')"
    " join pg_catalog.pg_namespace ref_n on ref_n.oid = ref.relnamespace"
    " where c.relkind = 'v'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by 1, 2, 3, 4";

// Column indexes of k_unmanaged.
namespace unmanaged_column {
inline constexpr std::size_t k_kind = 0;
// The object's schema and name, or for an object on a table (trigger,
// policy, rule, exclusion constraint) its table's.
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
    // Row level security policies.
    " union all"
    " select 'policy', n.nspname, c.relname::text, p.polname::text, null, null, null"
    " from pg_catalog.pg_policy p"
    " join pg_catalog.pg_class c on c.oid = p.polrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    // Relations of kinds not managed.
    " union all"
    " select case when c.relispartition then 'partition'"
    "   when c.relkind = 'p' then 'partitioned table'"
    "   when c.relkind = 'm' then 'materialized view' else 'foreign table' end,"
    " n.nspname, c.relname::text, null, null, null, null"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where c.oid >= 16384 and (c.relkind in ('p', 'm', 'f') or c.relispartition)"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    // Tables with row level security on.
    " union all"
    " select 'row level security', n.nspname, c.relname::text, null, null, null, null"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where c.oid >= 16384 and c.relrowsecurity and c.relkind in ('r', 'p')"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    // Table inheritance (partitions are reported as partitions).
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
    // Domains, standalone composite types, range types.
    " union all"
    " select case t.typtype when 'd' then 'domain' when 'r' then 'range type'"
    "   else 'composite type' end,"
    " n.nspname, t.typname::text, null, null, null, null"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " left join pg_catalog.pg_class c on c.oid = t.typrelid"
    " where t.oid >= 16384 and (t.typtype in ('d', 'r') or (t.typtype = 'c' and c.relkind = 'c'))"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    // Exclusion constraints.
    " union all"
    " select 'exclusion constraint', n.nspname, c.relname::text, con.conname::text,"
    " null, null, null"
    " from pg_catalog.pg_constraint con"
    " join pg_catalog.pg_class c on c.oid = con.conrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where con.oid >= 16384 and con.contype = 'x' and con.conparentid = 0"
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
    // Collations of the user's own.
    " union all"
    " select 'collation', n.nspname, co.collname::text, null, null, null, null"
    " from pg_catalog.pg_collation co"
    " join pg_catalog.pg_namespace n on n.oid = co.collnamespace"
    " where co.oid >= 16384 and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_collation", "co.oid")
    // Extended statistics.
    " union all"
    " select 'statistics', n.nspname, s.stxname::text, null, null, null, null"
    " from pg_catalog.pg_statistic_ext s"
    " join pg_catalog.pg_namespace n on n.oid = s.stxnamespace"
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_statistic_ext", "s.oid")
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

#undef TENANTCTL_COMMENT
#undef TENANTCTL_MANAGED_TABLE
#undef TENANTCTL_COLUMN_NAMES

}  // namespace introspect::queries
// clang-format on
