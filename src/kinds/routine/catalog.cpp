// The routine kind's catalog query and rows (part of tenantctl_introspect).
#include <algorithm>

#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {
namespace {

// An aggregate's CREATE OR REPLACE AGGREGATE in a canonical shape: every
// option pg_aggregate holds, in the order of the CREATE AGGREGATE page, each
// only where it is set; FINALFUNC_MODIFY always (its default depends on the
// aggregate's kind). Functions print as regproc does under search_path =
// public.
#define TENANTCTL_AGGREGATE_DEFINITION                                                            \
  " 'CREATE OR REPLACE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.'"                   \
  " || pg_catalog.quote_ident(p.proname) || '('"                                                  \
  " || case when p.pronargs = 0 then '*' else pg_catalog.pg_get_function_arguments(p.oid) end"    \
  " || ') (' || concat_ws(', ',"                                                                  \
  "   'SFUNC = ' || a.aggtransfn::pg_catalog.regproc::text,"                                      \
  "   'STYPE = ' || pg_catalog.format_type(a.aggtranstype, null),"                                \
  "   case when a.aggtransspace <> 0 then 'SSPACE = ' || a.aggtransspace end,"                    \
  "   case when a.aggfinalfn <> 0 then 'FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc::text " \
  "end,"                                                                                          \
  "   case when a.aggfinalextra then 'FINALFUNC_EXTRA' end,"                                      \
  "   'FINALFUNC_MODIFY = ' || case a.aggfinalmodify when 'r' then 'READ_ONLY'"                   \
  "     when 's' then 'SHAREABLE' else 'READ_WRITE' end,"                                         \
  "   case when a.aggcombinefn <> 0 then 'COMBINEFUNC = ' || "                                    \
  "a.aggcombinefn::pg_catalog.regproc::text end,"                                                 \
  "   case when a.aggserialfn <> 0 then 'SERIALFUNC = ' || "                                      \
  "a.aggserialfn::pg_catalog.regproc::text end,"                                                  \
  "   case when a.aggdeserialfn <> 0 then 'DESERIALFUNC = ' || "                                  \
  "a.aggdeserialfn::pg_catalog.regproc::text end,"                                                \
  "   case when a.agginitval is not null then 'INITCOND = ' || "                                  \
  "pg_catalog.quote_literal(a.agginitval) end,"                                                   \
  "   case when a.aggmtransfn <> 0 then 'MSFUNC = ' || a.aggmtransfn::pg_catalog.regproc::text"   \
  "     || ', MINVFUNC = ' || a.aggminvtransfn::pg_catalog.regproc::text"                         \
  "     || ', MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, null) end,"                   \
  "   case when a.aggmtransspace <> 0 then 'MSSPACE = ' || a.aggmtransspace end,"                 \
  "   case when a.aggmfinalfn <> 0 then 'MFINALFUNC = ' || "                                      \
  "a.aggmfinalfn::pg_catalog.regproc::text end,"                                                  \
  "   case when a.aggmfinalextra then 'MFINALFUNC_EXTRA' end,"                                    \
  "   case when a.aggmtransfn <> 0 then 'MFINALFUNC_MODIFY = ' || case a.aggmfinalmodify"         \
  "     when 'r' then 'READ_ONLY' when 's' then 'SHAREABLE' else 'READ_WRITE' end end,"           \
  "   case when a.aggminitval is not null then 'MINITCOND = ' || "                                \
  "pg_catalog.quote_literal(a.aggminitval) end,"                                                  \
  "   case when a.aggsortop <> 0 then 'SORTOP = OPERATOR(' || "                                   \
  "a.aggsortop::pg_catalog.regoper::text || ')' end,"                                             \
  "   case p.proparallel when 's' then 'PARALLEL = SAFE' when 'r' then 'PARALLEL = RESTRICTED' "  \
  "end,"                                                                                          \
  "   case when a.aggkind = 'h' then 'HYPOTHETICAL' end) || ')'"

}  // namespace

// Functions, procedures and aggregates made after initdb in the user's
// schemas, less an extension's and a range type's constructors (deptype 'i'):
// schema, name, input argument types, prokind, definition, arguments,
// result, comment, identity arguments.
const char* const k_routines =
    "select n.nspname, p.proname::text, pg_catalog.oidvectortypes(p.proargtypes), p.prokind,"
    " case when p.prokind = 'a' then" TENANTCTL_AGGREGATE_DEFINITION
    "   else pg_catalog.pg_get_functiondef(p.oid) end,"
    " pg_catalog.pg_get_function_arguments(p.oid),"
    " coalesce(pg_catalog.pg_get_function_result(p.oid), ''), dp.description,"
    " pg_catalog.pg_get_function_identity_arguments(p.oid)"
    " from pg_catalog.pg_proc p"
    " join pg_catalog.pg_namespace n on n.oid = p.pronamespace"
    " left join pg_catalog.pg_aggregate a on a.aggfnoid = p.oid"
    " left join pg_catalog.pg_description dp on dp.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
    "   and dp.objoid = p.oid and dp.objsubid = 0"
    " where p.oid >= 16384 and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_proc", "p.oid")
    " and not exists (select 1 from pg_catalog.pg_depend i"
    "   where i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass and i.objid = p.oid"
    "   and i.deptype = 'i')";

// What routines and views call, and what routines read, from pg_depend
// (PostgreSQL records it for SQL-standard bodies, defaults of arguments and
// views): the dependent ('f' a routine, 'v' a view), its schema and name (a
// routine's signature identity), what it depends on ('f' a routine, 'r' a
// relation, also through its row type as an argument or result), its schema
// and name.
const char* const k_routine_dependencies =
    "select case when d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass then 'f' else 'v' end,"
    " coalesce(pn.nspname, vn.nspname),"
    " coalesce(p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', "
    "v.relname::text),"
    " case when d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass then 'f' else 'r' end,"
    " coalesce(rpn.nspname, rcn.nspname),"
    " coalesce(rp.proname || '(' || pg_catalog.oidvectortypes(rp.proargtypes) || ')',"
    "   rc.relname::text)"
    " from pg_catalog.pg_depend d"
    " left join pg_catalog.pg_proc p on d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
    "   and p.oid = d.objid"
    " left join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace"
    " left join pg_catalog.pg_rewrite w on d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass"
    "   and w.oid = d.objid"
    " left join pg_catalog.pg_class v on v.oid = w.ev_class"
    " left join pg_catalog.pg_namespace vn on vn.oid = v.relnamespace"
    " left join pg_catalog.pg_proc rp on d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
    "   and rp.oid = d.refobjid"
    " left join pg_catalog.pg_namespace rpn on rpn.oid = rp.pronamespace"
    " left join pg_catalog.pg_type rt on d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass"
    "   and rt.oid = d.refobjid"
    " left join pg_catalog.pg_class rc on rc.oid = case"
    "   when d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass then d.refobjid"
    "   else rt.typrelid end"
    " left join pg_catalog.pg_namespace rcn on rcn.oid = rc.relnamespace"
    " where d.classid in ('pg_catalog.pg_proc'::pg_catalog.regclass,"
    "   'pg_catalog.pg_rewrite'::pg_catalog.regclass)"
    " and d.refclassid in ('pg_catalog.pg_proc'::pg_catalog.regclass,"
    "   'pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_type'::pg_catalog.regclass)"
    " and d.objid >= 16384 and d.refobjid >= 16384 and d.deptype = 'n'"
    " and (rp.oid is not null or rc.oid is not null)"
    " and (p.oid is not null or (v.oid is not null and rp.oid is not null))";

// Routines that table members call: a column's default or generation
// expression ('d'), a check constraint ('c'), an index's expressions ('i',
// also an exclusion constraint's index, named as the constraint):
// the kind, the table's schema and name, the member's name, the routine's
// schema and signature identity.
const char* const k_member_routine_uses =
    "select case d.classid when 'pg_catalog.pg_attrdef'::pg_catalog.regclass then 'd'"
    "   when 'pg_catalog.pg_constraint'::pg_catalog.regclass then 'c' else 'i' end,"
    " n.nspname, t.relname::text, coalesce(a.attname, co.conname, ic.relname)::text,"
    " rn.nspname, rp.proname || '(' || pg_catalog.oidvectortypes(rp.proargtypes) || ')'"
    " from pg_catalog.pg_depend d"
    " join pg_catalog.pg_proc rp on rp.oid = d.refobjid"
    " join pg_catalog.pg_namespace rn on rn.oid = rp.pronamespace"
    " left join pg_catalog.pg_attrdef ad on d.classid ="
    "   'pg_catalog.pg_attrdef'::pg_catalog.regclass and ad.oid = d.objid"
    " left join pg_catalog.pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum"
    " left join pg_catalog.pg_constraint co on d.classid ="
    "   'pg_catalog.pg_constraint'::pg_catalog.regclass and co.oid = d.objid and co.contype = 'c'"
    " left join pg_catalog.pg_class ic on d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    "   and ic.oid = d.objid and ic.relkind in ('i', 'I')"
    " left join pg_catalog.pg_index ix on ix.indexrelid = ic.oid"
    " join pg_catalog.pg_class t on t.oid = coalesce(ad.adrelid, co.conrelid, ix.indrelid)"
    " join pg_catalog.pg_namespace n on n.oid = t.relnamespace"
    " where d.classid in ('pg_catalog.pg_attrdef'::pg_catalog.regclass,"
    "   'pg_catalog.pg_constraint'::pg_catalog.regclass, "
    "'pg_catalog.pg_class'::pg_catalog.regclass)"
    " and d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
    " and d.objid >= 16384 and d.refobjid >= 16384 and d.deptype = 'n'";

namespace {

// Adds `routine` to what the member `member` of `table` calls, if the
// catalog holds it.
void add_member_use(model::Catalog& catalog, std::string_view kind,
                    const model::QualifiedName& table, const std::string& member,
                    model::QualifiedName routine) {
  const auto found = catalog.tables.find(table);
  if (found == catalog.tables.end()) {
    return;
  }
  auto& target = found->second;
  model::RoutineUses* uses = nullptr;
  if (kind == "d") {
    const auto column =
        std::find_if(target.columns.begin(), target.columns.end(),
                     [&](const model::Column& each) { return each.name == member; });
    uses = column == target.columns.end() ? nullptr : &column->uses;
  } else if (kind == "c") {
    const auto check = target.checks.find(member);
    uses = check == target.checks.end() ? nullptr : &check->second.uses;
  } else if (const auto index = target.indexes.find(member); index != target.indexes.end()) {
    uses = &index->second.uses;
  } else if (const auto exclusion = target.exclusions.find(member);
             exclusion != target.exclusions.end()) {
    uses = &exclusion->second.uses;  // an exclusion constraint's index
  }
  if (uses != nullptr) {
    uses->routines.push_back(std::move(routine));
    std::sort(uses->routines.begin(), uses->routines.end());
  }
}

model::RoutineKind routine_kind(std::string_view prokind) {
  if (prokind == "p") {
    return model::RoutineKind::procedure;
  }
  if (prokind == "a") {
    return model::RoutineKind::aggregate;
  }
  return model::RoutineKind::function;  // 'f', and 'w' (a window function)
}

template <class T>
void sort_unique(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace

// `member_uses` (k_member_routine_uses) are added to the members already
// loaded, `dependencies` to the routines and views.
base::Result<void> load_routines(const pg::Rows& rows, const pg::Rows& dependencies,
                                 const pg::Rows& member_uses, model::Catalog& catalog) {
  for (std::size_t row = 0; row < member_uses.size(); ++row) {
    add_member_use(catalog, member_uses.text(row, 0), qualified(member_uses, row, 1),
                   std::string(member_uses.text(row, 3)), qualified(member_uses, row, 4));
  }
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::Routine routine;
    routine.bare_name = std::string(rows.text(row, 1));
    routine.name = {std::string(rows.text(row, 0)),
                    routine.bare_name + "(" + std::string(rows.text(row, 2)) + ")"};
    routine.kind = routine_kind(rows.text(row, 3));
    routine.definition = std::string(rows.text(row, 4));
    routine.arguments = std::string(rows.text(row, 5));
    routine.result = std::string(rows.text(row, 6));
    routine.comment = rows.optional_text(row, 7);
    routine.identity_arguments = std::string(rows.text(row, 8));
    auto key = routine.name;
    catalog.routines.insert_or_assign(std::move(key), std::move(routine));
  }
  for (std::size_t row = 0; row < dependencies.size(); ++row) {
    const model::QualifiedName dependent = qualified(dependencies, row, 1);
    const model::QualifiedName used = qualified(dependencies, row, 4);
    const bool is_call = dependencies.text(row, 3) == "f";
    if (dependencies.text(row, 0) == "f") {
      const auto found = catalog.routines.find(dependent);
      if (found != catalog.routines.end() && used != dependent) {
        (is_call ? found->second.calls : found->second.reads).push_back(used);
      }
    } else if (const auto view = catalog.views.find(dependent); view != catalog.views.end()) {
      view->second.calls.push_back(used);
    } else if (const auto materialized = catalog.materialized_views.find(dependent);
               materialized != catalog.materialized_views.end()) {
      materialized->second.calls.push_back(used);
    }
  }
  for (auto& [name, routine] : catalog.routines) {
    sort_unique(routine.calls);
    sort_unique(routine.reads);
  }
  for (auto& [name, view] : catalog.views) {
    sort_unique(view.calls);
  }
  for (auto& [name, view] : catalog.materialized_views) {
    sort_unique(view.calls);
  }
  return {};
}

base::Result<void> load_kind(model::KindTag<model::Routine> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& dependencies, const pg::Rows& member_uses) {
        return load_routines(rows, dependencies, member_uses, catalog);
      },
      q_routines, q_routine_dependencies, q_member_routine_uses);
}

}  // namespace introspect::detail
