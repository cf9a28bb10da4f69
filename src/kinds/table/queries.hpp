#pragma once

// The table kind's catalog queries (private to its catalog*.cpp, part of
// tenantctl_introspect): columns, their defaults, constraints and indexes.
// introspect/catalog_queries.hpp says how every catalog query is written.
//
// The SQL is laid out by hand, one clause per line: clang-format cannot break
// string literals glued to macros sensibly.
// clang-format off

#include <cstddef>

#include "introspect/query_macros.hpp"

namespace introspect::queries {

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
// The table's row level security: enabled, forced.
inline constexpr std::size_t k_row_security = 21;
inline constexpr std::size_t k_force_row_security = 22;
// Options: unlogged, reloptions, the TOAST table's reloptions, REPLICA
// IDENTITY ('d', 'f', 'n', 'i') and its index.
inline constexpr std::size_t k_unlogged = 23;
inline constexpr std::size_t k_reloptions = 24;
inline constexpr std::size_t k_toast_reloptions = 25;
inline constexpr std::size_t k_replica_identity = 26;
inline constexpr std::size_t k_replica_index = 27;
// Partitioning: PARTITION BY of a partitioned table; of a partition, its
// parent, its bound and whether a DETACH ... CONCURRENTLY is pending.
inline constexpr std::size_t k_partition_by = 28;
inline constexpr std::size_t k_parent_schema = 29;
inline constexpr std::size_t k_parent = 30;
inline constexpr std::size_t k_bound = 31;
inline constexpr std::size_t k_detach_pending = 32;
// The column's storage when it is not its type's, and its compression.
inline constexpr std::size_t k_storage = 33;
inline constexpr std::size_t k_compression = 34;
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
    " s.seqcache, s.seqcycle, da.description, c.oid, a.attnum, c.relrowsecurity,"
    " c.relforcerowsecurity, c.relpersistence = 'u', c.reloptions::text[],"
    " toast.reloptions::text[], c.relreplident::text, ri_c.relname::text,"
    " case when c.relkind = 'p' then pg_catalog.pg_get_partkeydef(c.oid) end,"
    " parent_n.nspname, parent.relname,"
    " case when c.relispartition then pg_catalog.pg_get_expr(c.relpartbound, c.oid) end,"
    " coalesce(inh.inhdetachpending, false),"
    " case when a.attstorage <> t.typstorage then case a.attstorage when 'p' then 'plain'"
    "   when 'e' then 'external' when 'x' then 'extended' when 'm' then 'main' end end,"
    " case a.attcompression when 'p' then 'pglz' when 'l' then 'lz4' end"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_inherits inh on c.relispartition and inh.inhrelid = c.oid"
    " left join pg_catalog.pg_class parent on parent.oid = inh.inhparent"
    " left join pg_catalog.pg_namespace parent_n on parent_n.oid = parent.relnamespace"
    " left join pg_catalog.pg_class toast on toast.oid = c.reltoastrelid"
    " left join pg_catalog.pg_index ri on c.relreplident = 'i' and ri.indrelid = c.oid"
    "   and ri.indisreplident"
    " left join pg_catalog.pg_class ri_c on ri_c.oid = ri.indexrelid"
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
inline constexpr std::size_t k_storage = 21;  // a key's index's reloptions (text[])
// True for what a partition has from its parent.
inline constexpr std::size_t k_inherited = 22;
}  // namespace constraint_column

// Primary key, unique, foreign key and check constraints of managed tables;
// see constraint_column. The copies PostgreSQL makes of a foreign key for
// the partitions of the table it references (conparentid naming a
// constraint of the same table) are left out. What a partition has from
// its parent (conparentid; for a check, which has none, coninhcount) comes
// marked inherited.
inline constexpr const char* k_constraints =
    "select n.nspname, c.relname, con.conname, con.contype, con.conkey,"
    " con.condeferrable, con.condeferred, con.convalidated,"
    " coalesce(i.indnullsnotdistinct, false), ref_n.nspname, ref.relname,"
    " con.confkey, con.confdeltype, con.confupdtype, con.confmatchtype,"
    // A partition's inherited check is its parent's: not deparsed again.
    " case when con.contype = 'c' and not (c.relispartition and con.coninhcount > 0)"
    "   then pg_catalog.pg_get_expr(con.conbin, con.conrelid) end,"
    " con.connoinherit, ds.description, con.conrelid, con.confrelid,"
    " case when ref.oid is not null and not (" TENANTCTL_MANAGED_TABLE("ref")
    "   and" TENANTCTL_USER_NAMESPACE("ref_n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "ref.oid") ")"
    " then" TENANTCTL_COLUMN_NAMES("con.confkey", "con.confrelid") " end,"
    " ic.reloptions::text[],"
    " case when con.contype = 'c' then c.relispartition and con.coninhcount > 0"
    "   else con.conparentid <> 0 end"
    " from pg_catalog.pg_constraint con"
    " join pg_catalog.pg_class c on c.oid = con.conrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_index i on con.contype in ('p', 'u') and i.indexrelid = con.conindid"
    " left join pg_catalog.pg_class ic on ic.oid = i.indexrelid"
    " left join pg_catalog.pg_class ref on ref.oid = con.confrelid"
    " left join pg_catalog.pg_namespace ref_n on ref_n.oid = ref.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_constraint", "con.oid", "0")
    " where con.contype in ('p', 'u', 'f', 'c')"
    " and (con.conparentid = 0 or (c.relispartition and not exists (select 1"
    "   from pg_catalog.pg_constraint pc where pc.oid = con.conparentid"
    "   and pc.conrelid = con.conrelid)))"
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
// pg_get_indexdef(); for a partition's part of its parent's index, the name
// of the parent's index (k_inherited).
inline constexpr std::size_t k_definition = 6;
// The INCLUDE columns' numbers (int2[]; "{}" when none).
inline constexpr std::size_t k_include = 7;
inline constexpr std::size_t k_partial = 8;  // true when the index has a WHERE
inline constexpr std::size_t k_valid = 9;
inline constexpr std::size_t k_comment = 10;
inline constexpr std::size_t k_table_oid = 11;
inline constexpr std::size_t k_storage = 12;  // reloptions (text[]; NULL when none)
// For the index of an exclusion constraint: the operators of its elements
// (text[], as pg_get_constraintdef() prints them), its deferrability and the
// constraint's comment; NULL, false, false, NULL for other indexes.
inline constexpr std::size_t k_exclusion_operators = 13;
inline constexpr std::size_t k_deferrable = 14;
inline constexpr std::size_t k_deferred = 15;
inline constexpr std::size_t k_constraint_comment = 16;
// True for a partition's part of an index of its parent.
inline constexpr std::size_t k_inherited = 17;
}  // namespace index_column

// Indexes of managed tables that no primary key or unique constraint owns
// (those of exclusion constraints come with the constraint's operators, and
// become the constraint). A partition's part of an index of its parent
// (pg_inherits links the two) comes marked inherited (a foreign key's conindid names the referenced table's
// index, which stays an index of its own); see index_column. The key
// elements are only in pg_get_indexdef(), and the predicate is taken from it
// too (it prints it as pg_get_expr() would; deparsing it twice costs); the
// INCLUDE columns come as column numbers.
inline constexpr const char* k_indexes =
    "select n.nspname, c.relname, ic.relname, i.indisunique, i.indnullsnotdistinct, am.amname,"
    // A partition's part of its parent's index is that index: not deparsed
    // again (the loader copies the parent's, named in the definition column).
    " case when ih.inhparent is null then pg_catalog.pg_get_indexdef(i.indexrelid)"
    "   else parent_index.relname::text end,"
    " (i.indkey::pg_catalog.int2[])[i.indnkeyatts:],"  // int2vector counts from 0
    " i.indpred is not null, i.indisvalid, ds.description, i.indrelid, ic.reloptions::text[],"
    " case when x.oid is not null then array(select"
    "   case when pg_catalog.pg_operator_is_visible(o.oid) then o.oprname::text"
    "   else 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname || ')' end"
    "   from pg_catalog.unnest(x.conexclop) with ordinality e(op, ord)"
    "   join pg_catalog.pg_operator o on o.oid = e.op"
    "   join pg_catalog.pg_namespace opn on opn.oid = o.oprnamespace"
    "   order by e.ord) end,"
    " coalesce(x.condeferrable, false), coalesce(x.condeferred, false), dx.description,"
    " ih.inhparent is not null"
    " from pg_catalog.pg_index i"
    " join pg_catalog.pg_class ic on ic.oid = i.indexrelid"
    " join pg_catalog.pg_am am on am.oid = ic.relam"
    " join pg_catalog.pg_class c on c.oid = i.indrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_inherits ih on ih.inhrelid = i.indexrelid"
    " left join pg_catalog.pg_class parent_index on parent_index.oid = ih.inhparent"
    " left join pg_catalog.pg_constraint x on x.conindid = i.indexrelid"
    "   and x.conrelid = i.indrelid and x.contype = 'x'"
    TENANTCTL_COMMENT("ds", "pg_class", "i.indexrelid", "0")
    TENANTCTL_COMMENT("dx", "pg_constraint", "x.oid", "0")
    " where" TENANTCTL_MANAGED_TABLE("c")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " and not exists (select 1 from pg_catalog.pg_constraint k"
    "   where k.conindid = i.indexrelid and k.conrelid = i.indrelid"
    "   and k.contype in ('p', 'u'))";

}  // namespace introspect::queries
// clang-format on
