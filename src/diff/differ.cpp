#include "diff/differ.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/strings.hpp"
#include "diff/member_differ.hpp"

namespace diff {
namespace {

using model::Catalog;
using model::QualifiedName;

class Differ {
 public:
  Differ(const Catalog& current, const Catalog& desired) : m_cur(current), m_des(desired) {}

  base::Result<std::vector<Change>> run() {
    diff_schemas();
    diff_extensions();
    if (auto enums = diff_enums(); !enums) {
      return enums.error();
    }
    diff_tables();
    diff_sequences();
    diff_views();
    return std::move(m_out);
  }

 private:
  void diff_schemas() {
    for (const auto& [name, schema] : m_des.schemas) {
      const auto found = m_cur.schemas.find(name);
      if (found == m_cur.schemas.end()) {
        m_out.push_back(SchemaChange{std::nullopt, schema});
      } else if (!schema.implicit && found->second.comment != schema.comment) {
        m_out.push_back(SchemaChange{found->second, schema});
      }
    }
    for (const auto& [name, schema] : m_cur.schemas) {
      if (name != "public" && !m_des.schemas.contains(name)) {
        m_out.push_back(SchemaChange{schema, std::nullopt});
      }
    }
  }

  void diff_extensions() {
    for (const auto& [name, extension] : m_des.extensions) {
      const auto found = m_cur.extensions.find(name);
      if (found == m_cur.extensions.end()) {
        m_out.push_back(ExtensionChange{std::nullopt, extension});
        continue;
      }
      auto wanted = extension;
      if (wanted.version.empty()) {
        wanted.version = found->second.version;  // "any version" keeps what is installed
      }
      if (!(wanted == found->second) || wanted.comment != found->second.comment) {
        m_out.push_back(ExtensionChange{found->second, wanted});
      }
    }
    for (const auto& [name, extension] : m_cur.extensions) {
      if (!m_des.extensions.contains(name)) {
        m_out.push_back(ExtensionChange{extension, std::nullopt});
      }
    }
  }

  base::Result<void> diff_enums() {
    std::vector<std::string> problems;
    for (const auto& [name, wanted] : m_des.enums) {
      const auto found = m_cur.enums.find(name);
      if (found == m_cur.enums.end()) {
        m_out.push_back(EnumChange{std::nullopt, wanted});
        continue;
      }
      // Labels as they will be once the renames have run.
      std::vector<std::string> renamed = found->second.values;
      for (auto& label : renamed) {
        for (const auto& [new_label, old_label] : wanted.value_renames) {
          if (label == old_label) {
            label = new_label;
          }
        }
      }
      // Existing labels must keep their relative order; PostgreSQL can only add.
      std::size_t next = 0;
      std::vector<std::string> missing;
      for (const auto& label : renamed) {
        const auto at = std::find(wanted.values.begin(), wanted.values.end(), label);
        if (at == wanted.values.end()) {
          missing.push_back(label);
          continue;
        }
        const auto index = static_cast<std::size_t>(at - wanted.values.begin());
        if (index < next) {
          missing.push_back(label);
        }
        next = std::max(next, index);
      }
      if (!missing.empty()) {
        problems.push_back(fmt::format(
            "enum {}: labels {} would have to be removed or moved, which PostgreSQL cannot do "
            "in place",
            model::display_name(name), base::join(missing, ", ")));
        continue;
      }
      if (renamed != found->second.values || wanted.values != renamed ||
          wanted.comment != found->second.comment) {
        m_out.push_back(EnumChange{found->second, wanted});
      }
    }
    for (const auto& [name, current] : m_cur.enums) {
      if (!m_des.enums.contains(name)) {
        m_out.push_back(EnumChange{current, std::nullopt});
      }
    }
    if (!problems.empty()) {
      return base::Error(base::join(problems, "\n"), base::ErrorKind::config)
          .with_hint(
              "keep every existing label in its order (add new ones anywhere, rename with "
              "value_renames), or replace the type with a migration file");
    }
    return {};
  }

  // Pairs each desired table with the current table it is (same name, or the
  // one it is renamed from).
  const model::Table* current_for(const model::Table& wanted) const {
    if (const auto found = m_cur.tables.find(wanted.name); found != m_cur.tables.end()) {
      return &found->second;
    }
    if (wanted.renamed_from) {
      const QualifiedName old_name{wanted.name.schema, *wanted.renamed_from};
      const auto found = m_cur.tables.find(old_name);
      if (found != m_cur.tables.end() && !m_des.tables.contains(old_name)) {
        return &found->second;
      }
    }
    return nullptr;
  }

  void diff_tables() {
    std::set<QualifiedName> kept;
    for (const auto& [name, wanted] : m_des.tables) {
      const model::Table* current = current_for(wanted);
      if (current == nullptr) {
        m_out.push_back(TableChange{std::nullopt, wanted});
        add_members_of_new_table(wanted);
        continue;
      }
      kept.insert(current->name);
      if (current->name != wanted.name || current->comment != wanted.comment) {
        m_out.push_back(TableChange{*current, wanted});
      }
      const auto member_changes = diff_table_members(*current, wanted);
      if (member_changes.rebuilds_views) {
        m_rebuild_readers_of.insert(current->name);
      }
      m_out.insert(m_out.end(), member_changes.changes.begin(), member_changes.changes.end());
    }
    for (const auto& [name, current] : m_cur.tables) {
      if (kept.contains(name)) {
        continue;
      }
      m_dropped_tables.insert(name);
      // Foreign keys to other tables go first, so that dropping tables that
      // reference each other never needs an order that does not exist.
      for (const auto& [key_name, key] : current.foreign_keys) {
        if (key.references != current.name) {
          m_out.push_back(ForeignKeyChange{MemberOf{name, false}, key, std::nullopt});
        }
      }
      m_out.push_back(TableChange{current, std::nullopt});
    }
  }

  void add_members_of_new_table(const model::Table& table) {
    const MemberOf of{table.name, true};
    for (const auto& [name, key] : table.foreign_keys) {
      m_out.push_back(ForeignKeyChange{of, std::nullopt, key});
    }
    for (const auto& [name, index] : table.indexes) {
      m_out.push_back(IndexChange{of, std::nullopt, index});
    }
  }

  // A sequence owned by a column that goes away goes with it.
  bool dropped_with_owner(const model::Sequence& sequence) const {
    if (!sequence.owned_by) {
      return false;
    }
    if (m_dropped_tables.contains(sequence.owned_by->table)) {
      return true;
    }
    for (const auto& change : m_out) {
      if (const auto* column = std::get_if<ColumnChange>(&change)) {
        if (column->of.table == sequence.owned_by->table && column->before && !column->after &&
            column->before->name == sequence.owned_by->column) {
          return true;
        }
      }
    }
    return false;
  }

  void diff_sequences() {
    for (const auto& [name, wanted] : m_des.sequences) {
      const auto found = m_cur.sequences.find(name);
      if (found == m_cur.sequences.end()) {
        m_out.push_back(SequenceChange{std::nullopt, wanted});
      } else if (!(model::normalized(found->second.options) == model::normalized(wanted.options)) ||
                 found->second.owned_by != wanted.owned_by ||
                 found->second.comment != wanted.comment) {
        m_out.push_back(SequenceChange{found->second, wanted});
      }
    }
    for (const auto& [name, current] : m_cur.sequences) {
      if (!m_des.sequences.contains(name) && !dropped_with_owner(current)) {
        m_out.push_back(SequenceChange{current, std::nullopt});
      }
    }
  }

  void diff_views() {
    // Views to drop and create again: changed ones, and (repeatedly) those
    // reading a table whose columns change under them or a view rebuilt.
    std::set<QualifiedName> rebuilt;
    for (const auto& [name, current] : m_cur.views) {
      const auto wanted = m_des.views.find(name);
      if (wanted != m_des.views.end() && wanted->second.definition != current.definition) {
        rebuilt.insert(name);
      }
    }
    bool grew = true;
    while (grew) {
      grew = false;
      for (const auto& [name, current] : m_cur.views) {
        if (rebuilt.contains(name)) {
          continue;
        }
        const bool reads_changed = std::any_of(
            current.depends_on.begin(), current.depends_on.end(), [&](const QualifiedName& read) {
              return m_rebuild_readers_of.contains(read) || rebuilt.contains(read) ||
                     (m_cur.views.contains(read) && !m_des.views.contains(read));
            });
        if (reads_changed && m_des.views.contains(name)) {
          rebuilt.insert(name);
          grew = true;
        }
      }
    }
    for (const auto& [name, wanted] : m_des.views) {
      const auto found = m_cur.views.find(name);
      if (found == m_cur.views.end()) {
        m_out.push_back(ViewChange{std::nullopt, wanted, false});
      } else if (rebuilt.contains(name)) {
        m_out.push_back(
            ViewChange{found->second, wanted, found->second.definition == wanted.definition});
      } else if (found->second.comment != wanted.comment) {
        m_out.push_back(ViewChange{found->second, wanted, false});
      }
    }
    for (const auto& [name, current] : m_cur.views) {
      if (!m_des.views.contains(name)) {
        m_out.push_back(ViewChange{current, std::nullopt, false});
      }
    }
  }

  const Catalog& m_cur;
  const Catalog& m_des;
  std::vector<Change> m_out;
  std::set<QualifiedName> m_dropped_tables;
  std::set<QualifiedName> m_rebuild_readers_of;
};

}  // namespace

base::Result<std::vector<Change>> diff_catalogs(const model::Catalog& current,
                                                const model::Catalog& desired) {
  return Differ(current, desired).run();
}

}  // namespace diff
