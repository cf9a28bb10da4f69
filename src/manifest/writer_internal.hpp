#pragma once

// Private to the TOML writer (writer.cpp and each kind's toml.cpp in
// src/kinds/): building `key = value` sections, and one writer per object
// kind, called in model::ObjectKinds order by write_toml().

#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "manifest/toml_text.hpp"
#include "model/kinds.hpp"

namespace manifest::detail {

// The keys of one TOML table, values already in TOML syntax, in the order
// they are written. Written either as `key = value` lines under a header or
// as a one-line inline table.
class WriteFields {
 public:
  // Adds `key = value` with `value` already TOML text.
  void raw(std::string key, std::string value) {
    m_fields.emplace_back(std::move(key), std::move(value));
  }
  void text(std::string key, const std::string& value) { raw(std::move(key), toml_string(value)); }
  void optional_text(std::string key, const std::optional<std::string>& value) {
    if (value) {
      text(std::move(key), *value);
    }
  }
  void names(std::string key, const std::vector<std::string>& values) {
    raw(std::move(key), toml_string_array(values));
  }
  // Adds `key = true` when `value` holds; false is every boolean's default.
  void flag(std::string key, bool value) {
    if (value) {
      raw(std::move(key), "true");
    }
  }
  void integer(std::string key, const std::optional<std::int64_t>& value) {
    if (value) {
      raw(std::move(key), fmt::format("{}", *value));
    }
  }

  [[nodiscard]] bool empty() const { return m_fields.empty(); }

  // `key = value` lines; string values that hold a line break become
  // multi-line literal strings where they can.
  void write_lines(std::string& out) const {
    for (const auto& [key, value] : m_fields) {
      out += fmt::format("{} = {}\n", key, value);
    }
  }

  // `{ key = value, ... }`: every value on one line (basic strings only).
  [[nodiscard]] std::string inline_table() const {
    std::string out = "{ ";
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
      out += fmt::format("{}{} = {}", i > 0 ? ", " : "", m_fields[i].first, m_fields[i].second);
    }
    return out + " }";
  }

 private:
  std::vector<std::pair<std::string, std::string>> m_fields;
};

// A string value for a line of its own, where a multi-line string may go.
inline void long_text(WriteFields& fields, std::string key,
                      const std::optional<std::string>& value) {
  if (value) {
    fields.raw(std::move(key), toml_text(*value));
  }
}

inline void section(std::string& out, const std::string& header, const WriteFields& fields) {
  if (!out.empty()) {
    out += '\n';
  }
  out += header;
  out += '\n';
  fields.write_lines(out);
}

inline std::string path(std::string_view kind, const model::QualifiedName& name) {
  return fmt::format("{}.{}.{}", kind, toml_key(name.schema), toml_key(name.name));
}

// One writer per kind: appends the TOML of every object of that kind in
// `catalog` to `out`. A kind of model::ObjectKinds without one does not compile.
void write_kind(model::KindTag<model::Schema> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Extension> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::EnumType> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::CompositeType> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::RangeType> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Collation> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Domain> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Sequence> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Table> kind, const model::Catalog& catalog, std::string& out);
void write_kind(model::KindTag<model::Statistics> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::View> kind, const model::Catalog& catalog, std::string& out);
void write_kind(model::KindTag<model::MaterializedView> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Routine> kind, const model::Catalog& catalog,
                std::string& out);  // src/kinds/routine/toml.cpp
void write_kind(model::KindTag<model::Trigger> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Policy> kind, const model::Catalog& catalog,
                std::string& out);
void write_kind(model::KindTag<model::Grant> kind, const model::Catalog& catalog, std::string& out);
void write_kind(model::KindTag<model::Owner> kind, const model::Catalog& catalog, std::string& out);
void write_kind(model::KindTag<model::DefaultPrivilege> kind, const model::Catalog& catalog,
                std::string& out);

// Writes `owner = "role"` for `target` when `catalog` holds its owner
// (kinds/owner/toml.cpp).
void write_owner(const model::Catalog& catalog, const model::GrantTarget& target,
                 WriteFields& fields);

// A reference to another table: `schema` only when it is not `own_schema`.
inline void reference(WriteFields& fields, const std::string& own_schema,
                      const model::QualifiedName& target) {
  if (target.schema != own_schema) {
    fields.text("schema", target.schema);
  }
  fields.text("table", target.name);
}

// Sequence options in the documented key order, defaults left out; `type`
// is left out also when it is `implied_type` (kinds/sequence/toml.cpp).
[[nodiscard]] WriteFields sequence_fields(const model::SequenceOptions& given,
                                          std::string_view implied_type);

// Writes `column_comments` as an inline table (views and materialized views;
// kinds/view/toml.cpp).
void write_column_comments(const std::map<std::string, std::string>& comments, WriteFields& fields);

// Writes `index` as the section [<owner_path>.index.<name>] (tables and
// materialized views; kinds/table/toml_write.cpp).
void write_index(const model::Index& index, const std::string& owner_path, std::string& out);

}  // namespace manifest::detail
