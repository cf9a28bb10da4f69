#include "ddl/render.hpp"

#include <regex>

#include "ddl/render_internal.hpp"
#include "diff/differ.hpp"
#include "pg/quote.hpp"

namespace ddl {
namespace {

// How PostgreSQL spells a type or relation name in format_type() and
// regclass output under search_path = public, plus the plain forms people
// write, all mapped to the object.
void add_spellings(const model::QualifiedName& name,
                   std::map<std::string, model::QualifiedName>& spellings) {
  const std::string quoted = pg::quote_qualified(name.schema, name.name);
  spellings.emplace(quoted, name);
  spellings.emplace(name.schema + "." + name.name, name);
  if (name.schema == "public") {
    spellings.emplace(pg::quote_ident(name.name), name);
    spellings.emplace(name.name, name);
  }
}

}  // namespace

RenderContext::RenderContext(const model::Catalog& current, const model::Catalog& desired,
                             RenderOptions options)
    : m_current(current), m_desired(desired), m_options(options) {
  for (const auto& [name, table] : current.tables) {
    m_current_relations.insert(name);
    if (table.primary_key) {
      m_current_relations.insert({name.schema, table.primary_key->name});
    }
    for (const auto& [key, unique] : table.uniques) {
      m_current_relations.insert({name.schema, key});
    }
    for (const auto& [key, index] : table.indexes) {
      m_current_relations.insert({name.schema, key});
    }
    for (const auto& [key, exclusion] : table.exclusions) {
      m_current_relations.insert({name.schema, key});  // its index
    }
  }
  for (const auto& [name, view] : current.views) {
    m_current_relations.insert(name);
  }
  for (const auto& [name, view] : current.materialized_views) {
    m_current_relations.insert(name);
    for (const auto& [key, index] : view.indexes) {
      m_current_relations.insert({name.schema, key});
    }
  }
  for (const auto& [name, sequence] : current.sequences) {
    m_current_relations.insert(name);
  }
  for (const auto* catalog : {&current, &desired}) {
    for (const auto& [name, type] : catalog->enums) {
      add_spellings(name, m_type_spellings);
      m_enums.insert(name);
    }
    for (const auto& [name, domain] : catalog->domains) {
      add_spellings(name, m_type_spellings);
    }
    for (const auto& [name, type] : catalog->composite_types) {
      add_spellings(name, m_type_spellings);
    }
    for (const auto& [name, type] : catalog->range_types) {
      add_spellings(name, m_type_spellings);
      add_spellings({name.schema, type.multirange}, m_type_spellings);
    }
    for (const auto& [name, sequence] : catalog->sequences) {
      add_spellings(name, m_sequence_spellings);
    }
  }
}

namespace {

std::string element_type(std::string type) {
  while (type.size() > 2 && type.ends_with("[]")) {
    type.resize(type.size() - 2);
  }
  return type;
}

}  // namespace

std::vector<std::string> RenderContext::type_keys(const std::string& type) const {
  const auto found = m_type_spellings.find(element_type(type));
  if (found == m_type_spellings.end()) {
    return {};
  }
  return {keys::type(found->second)};
}

std::vector<std::string> RenderContext::types_mentioned(const std::string& text) const {
  std::set<std::string> out;
  for (const auto& [spelling, name] : m_type_spellings) {
    if (diff::mentions_identifier(text, name.name)) {
      out.insert(keys::type(name));
    }
  }
  return {out.begin(), out.end()};
}

bool RenderContext::is_enum(const std::string& type) const {
  const auto found = m_type_spellings.find(element_type(type));
  return found != m_type_spellings.end() && m_enums.contains(found->second);
}

std::vector<std::string> RenderContext::sequence_keys(const std::string& expression) const {
  static const std::regex k_nextval(R"(nextval\('((?:[^']|'')+)'(?:::regclass)?\))");
  std::vector<std::string> out;
  for (auto match = std::sregex_iterator(expression.begin(), expression.end(), k_nextval);
       match != std::sregex_iterator(); ++match) {
    std::string spelled = (*match)[1].str();
    // The literal's doubled quotes stand for one.
    for (auto at = spelled.find("''"); at != std::string::npos; at = spelled.find("''", at + 1)) {
      spelled.erase(at, 1);
    }
    if (const auto found = m_sequence_spellings.find(spelled);
        found != m_sequence_spellings.end()) {
      out.push_back(keys::relation(found->second));
    }
  }
  return out;
}

bool RenderContext::relation_exists_now(const std::string& schema, const std::string& name) const {
  return m_current_relations.contains(model::QualifiedName{schema, name});
}

const model::Table* RenderContext::current_table(const model::QualifiedName& desired_table) const {
  // As the differ pairs them: the table it is renamed from first.
  const auto wanted = m_desired.tables.find(desired_table);
  if (wanted != m_desired.tables.end() && wanted->second.renamed_from) {
    const auto old = m_current.tables.find({desired_table.schema, *wanted->second.renamed_from});
    if (old != m_current.tables.end()) {
      return &old->second;
    }
  }
  const auto found = m_current.tables.find(desired_table);
  return found == m_current.tables.end() ? nullptr : &found->second;
}

std::vector<Statement> render(const diff::Change& change, const RenderContext& context) {
  std::vector<Statement> out;
  std::visit(
      [&](const auto& typed) {
        using T = std::decay_t<decltype(typed)>;
        if constexpr (std::is_same_v<T, diff::SchemaChange>) {
          detail::render_schema(typed, out);
        } else if constexpr (std::is_same_v<T, diff::ExtensionChange>) {
          detail::render_extension(typed, out);
        } else if constexpr (std::is_same_v<T, diff::EnumChange>) {
          detail::render_enum(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::SequenceChange>) {
          detail::render_sequence(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::TableChange>) {
          detail::render_table(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::ColumnChange>) {
          detail::render_column(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::PrimaryKeyChange>) {
          detail::render_primary_key(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::UniqueChange>) {
          detail::render_unique(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::ForeignKeyChange>) {
          detail::render_foreign_key(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::CheckChange>) {
          detail::render_check(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::ExclusionChange>) {
          detail::render_exclusion(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::IndexChange>) {
          detail::render_index(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::ViewChange>) {
          detail::render_view(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::CompositeTypeChange>) {
          detail::render_composite_type(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::RangeTypeChange>) {
          detail::render_range_type(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::StatisticsChange>) {
          detail::render_statistics(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::CollationChange>) {
          detail::render_collation(typed, out);
        } else if constexpr (std::is_same_v<T, diff::DomainChange>) {
          detail::render_domain(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::MaterializedViewChange>) {
          detail::render_materialized_view(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::RoutineChange>) {
          detail::render_routine(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::GrantChange>) {
          detail::render_grant(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::OwnerChange>) {
          detail::render_owner(typed, context, out);
        } else if constexpr (std::is_same_v<T, diff::DefaultPrivilegeChange>) {
          detail::render_default_privilege(typed, out);
        } else if constexpr (std::is_same_v<T, diff::PolicyChange>) {
          detail::render_policy(typed, out);
        } else if constexpr (std::is_same_v<T, diff::TriggerChange>) {
          detail::render_trigger(typed, context, out);
        } else {
          static_assert(sizeof(T) == 0, "a change of a kind without a renderer");
        }
      },
      change);
  const std::string source = diff::describe(change);
  for (auto& statement : out) {
    statement.source = source;
  }
  return out;
}

namespace detail {

void add_rename(const std::string& from, const std::string& to, bool to_is_taken,
                const std::function<std::string(const std::string&, const std::string&)>& sql_for,
                const std::function<std::string(const std::string&)>& key_for,
                const std::vector<std::string>& needs, std::vector<Statement>& out) {
  if (!to_is_taken) {
    auto rename = statement(sql_for(from, to), phase::renames);
    rename.drops.push_back(key_for(from));
    rename.creates.push_back(key_for(to));
    rename.needs = needs;
    out.push_back(std::move(rename));
    return;
  }
  const std::string temporary = "tenantctl_tmp_" + sql::short_hash(from + "\x1f" + to);
  auto away = statement(sql_for(from, temporary), phase::renames);
  away.drops.push_back(key_for(from));
  away.creates.push_back(key_for(temporary));
  away.needs = needs;
  out.push_back(std::move(away));
  auto into = statement(sql_for(temporary, to), phase::renames);
  into.needs = needs;
  into.needs.push_back(key_for(temporary));
  into.creates.push_back(key_for(to));
  out.push_back(std::move(into));
}

std::string referenced_constraint_key(const model::Table* table,
                                      const std::vector<std::string>& columns) {
  if (table == nullptr) {
    return "";
  }
  if (table->primary_key && table->primary_key->columns == columns) {
    return keys::constraint(table->name, table->primary_key->name);
  }
  for (const auto& [name, unique] : table->uniques) {
    if (unique.columns == columns) {
      return keys::constraint(table->name, name);
    }
  }
  // A unique index can back a foreign key too.
  for (const auto& [name, index] : table->indexes) {
    if (index.unique && !index.where && index.keys == columns) {
      return keys::relation(table->name.schema, name);
    }
  }
  return "";
}

}  // namespace detail
}  // namespace ddl
