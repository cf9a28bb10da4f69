// The trigger kind's catalog query and rows (part of tenantctl_introspect).
#include <algorithm>

#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// Triggers on tables and views, less the ones PostgreSQL makes itself (for
// foreign keys) and the copies a partitioned table's trigger gets on each
// partition that fire as it does: table schema and name, trigger name,
// definition, tgenabled, the function's schema, name and argument types, the
// comment, the columns of UPDATE OF (attnums, "1 3"), the table's oid, and
// whether it is such a copy.
const char* const k_triggers =
    "select n.nspname, c.relname::text, t.tgname::text, pg_catalog.pg_get_triggerdef(t.oid),"
    " t.tgenabled::text, fn.nspname, f.proname::text, pg_catalog.oidvectortypes(f.proargtypes),"
    " dt.description, t.tgattr::text, c.oid::text, t.tgparentid <> 0"
    " from pg_catalog.pg_trigger t"
    " join pg_catalog.pg_class c on c.oid = t.tgrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " join pg_catalog.pg_proc f on f.oid = t.tgfoid"
    " join pg_catalog.pg_namespace fn on fn.oid = f.pronamespace"
    " left join pg_catalog.pg_description dt on dt.classoid ="
    "   'pg_catalog.pg_trigger'::pg_catalog.regclass and dt.objoid = t.oid and dt.objsubid = 0"
    " where not t.tgisinternal and (t.tgparentid = 0 or t.tgenabled <> (select p.tgenabled"
    "   from pg_catalog.pg_trigger p where p.oid = t.tgparentid))"
    " and" TENANTCTL_USER_NAMESPACE("n") " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

namespace {

model::TriggerFiring firing(std::string_view tgenabled) {
  if (tgenabled == "D") {
    return model::TriggerFiring::disabled;
  }
  if (tgenabled == "R") {
    return model::TriggerFiring::replica;
  }
  if (tgenabled == "A") {
    return model::TriggerFiring::always;
  }
  return model::TriggerFiring::origin;
}

}  // namespace

base::Result<void> load_triggers(const pg::Rows& rows, const ColumnNames& columns,
                                 model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const auto table = qualified(rows, row);
    if (model::is_always_ignored(table)) {
      continue;  // e.g. a trigger on knex's tables
    }
    model::Trigger trigger;
    trigger.name = {table, std::string(rows.text(row, 2))};
    trigger.clone = rows.text(row, 11) == "t";
    if (!trigger.clone) {
      trigger.definition = std::string(rows.text(row, 3));
    }
    trigger.firing = firing(rows.text(row, 4));
    trigger.function = {std::string(rows.text(row, 5)), std::string(rows.text(row, 6)) + "(" +
                                                            std::string(rows.text(row, 7)) + ")"};
    trigger.comment = rows.optional_text(row, 8);
    // int2vector prints "1 3"; ColumnNames takes an int2[]'s "{1,3}".
    std::string attnums(rows.text(row, 9));
    if (!attnums.empty() && !trigger.clone) {
      std::replace(attnums.begin(), attnums.end(), ' ', ',');
      if (auto names = columns.names(rows.text(row, 10), "{" + attnums + "}")) {
        trigger.columns = std::move(*names);
      }
    }
    auto key = trigger.name;
    catalog.triggers.insert_or_assign(std::move(key), std::move(trigger));
  }
  return {};
}

base::Result<void> load_kind(model::KindTag<model::Trigger> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_triggers(rows, *loading.columns, catalog); },
      q_triggers);
}

}  // namespace introspect::detail
