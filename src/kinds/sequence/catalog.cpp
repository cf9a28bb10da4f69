// The sequence kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Sequences that are not identity sequences (those belong to their column)
// and not owned by a table of a kind tenantctl does not manage (a serial
// column of a partitioned table: the sequence goes with the table):
// schema, name, data type, increment, min, max, start, cache, cycle, the
// owning column's schema, table and name (NULL when not OWNED BY), comment.
const char* const k_sequences =
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
// clang-format on

namespace {

base::Result<void> load_sequences(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::Sequence sequence{.name = name};
    sequence.options = model::normalized(model::SequenceOptions{
        .data_type = std::string(rows.text(row, 2)),
        .increment = optional_integer(rows, row, 3),
        .min_value = optional_integer(rows, row, 4),
        .max_value = optional_integer(rows, row, 5),
        .start = optional_integer(rows, row, 6),
        .cache = optional_integer(rows, row, 7),
        .cycle = rows.boolean(row, 8),
    });
    if (!rows.is_null(row, 10)) {
      model::OwnedBy owner{.table = qualified(rows, row, 9),
                           .column = std::string(rows.text(row, 11))};
      // The sequences of knex's serial columns go with knex's tables.
      if (model::is_always_ignored(owner.table)) {
        continue;
      }
      sequence.owned_by = std::move(owner);
    }
    sequence.comment = rows.optional_text(row, 12);
    catalog.sequences.insert_or_assign(std::move(name), std::move(sequence));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Sequence> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_sequences(rows, catalog); }, q_sequences);
}

}  // namespace introspect::detail
