#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ddl/statement.hpp"
#include "diff/change.hpp"
#include "model/catalog.hpp"

namespace ddl {

struct RenderOptions {
  // Online mode (the default): indexes on existing tables are built and
  // dropped CONCURRENTLY outside the transaction, constraints are added NOT
  // VALID and validated separately, and SET NOT NULL goes through a validated
  // CHECK. Off: plain statements, all in one transaction.
  bool online = true;
};

// What rendering needs to know besides the change itself: both catalogs (to
// resolve type, sequence and key references) and the options.
class RenderContext {
 public:
  RenderContext(const model::Catalog& current, const model::Catalog& desired,
                RenderOptions options);

  [[nodiscard]] const model::Catalog& current() const { return m_current; }
  [[nodiscard]] const model::Catalog& desired() const { return m_desired; }
  [[nodiscard]] const RenderOptions& options() const { return m_options; }

  // Returns the dependency keys of the enums, domains and other types of the
  // catalogs a column type names (element types of arrays included); none
  // for built-in types.
  [[nodiscard]] std::vector<std::string> type_keys(const std::string& type) const;
  // Returns the keys of the catalogs' types whose name `text` mentions as an
  // identifier (a routine's result: "SETOF t", "TABLE(a t)").
  [[nodiscard]] std::vector<std::string> types_mentioned(const std::string& text) const;
  // Returns true when `type` names an enum (or an array of one).
  [[nodiscard]] bool is_enum(const std::string& type) const;
  // Returns the dependency keys of the sequences an expression reads through
  // nextval('...').
  [[nodiscard]] std::vector<std::string> sequence_keys(const std::string& expression) const;
  // Returns true when the current catalog has a relation (table, view,
  // sequence, index, or a key's index) called `name` in `schema`.
  [[nodiscard]] bool relation_exists_now(const std::string& schema, const std::string& name) const;
  // Returns the current table that `desired_table` is (same name, or the one
  // it is renamed from), or nullptr.
  [[nodiscard]] const model::Table* current_table(const model::QualifiedName& desired_table) const;

 private:
  const model::Catalog& m_current;
  const model::Catalog& m_desired;
  RenderOptions m_options;
  std::map<std::string, model::QualifiedName> m_type_spellings;
  std::set<model::QualifiedName> m_enums;
  std::map<std::string, model::QualifiedName> m_sequence_spellings;
  std::set<model::QualifiedName> m_current_relations;
};

// Returns the statements that carry out `change`, each with its hazards,
// dependency keys and the change's description as its source.
[[nodiscard]] std::vector<Statement> render(const diff::Change& change,
                                            const RenderContext& context);

}  // namespace ddl
