// The table kind's model functions (part of tenantctl_model).
#include "kinds/table/table.hpp"

#include <algorithm>
#include <string>

namespace model {

const Column* Table::find_column(const std::string& column_name) const {
  const auto found = std::find_if(columns.begin(), columns.end(),
                                  [&](const Column& column) { return column.name == column_name; });
  return found == columns.end() ? nullptr : &*found;
}

std::string default_primary_key_name(const std::string& table_name) {
  constexpr std::size_t k_max_identifier_bytes = 63;
  std::string name = table_name + "_pkey";
  return name.size() <= k_max_identifier_bytes ? name : std::string();
}

bool same_index_body(Index a, const Index& b) {
  if (a.invalid || b.invalid) {
    return false;
  }
  a.name = b.name;
  a.comment = b.comment;
  a.renamed_from = b.renamed_from;
  a.storage = b.storage;
  return a == b;
}

const Table& partition_top(const std::map<QualifiedName, Table>& tables, const Table& table) {
  const Table* at = &table;
  for (std::size_t steps = 0; at->partition_of && steps <= tables.size(); ++steps) {
    const auto parent = tables.find(at->partition_of->parent);
    if (parent == tables.end()) {
      break;
    }
    at = &parent->second;
  }
  return *at;
}

Table own_members(Table table, bool keep_inherited) {
  const auto drop = [&](const auto& member) { return member.inherited && !keep_inherited; };
  if (table.primary_key && drop(*table.primary_key)) {
    table.primary_key.reset();
  }
  const auto prune = [&](auto& members) {
    std::erase_if(members, [&](const auto& entry) { return drop(entry.second); });
    for (auto& [name, member] : members) {
      member.inherited = false;
    }
  };
  prune(table.uniques);
  prune(table.foreign_keys);
  prune(table.checks);
  prune(table.indexes);
  if (table.primary_key) {
    table.primary_key->inherited = false;
  }
  return table;
}

}  // namespace model
