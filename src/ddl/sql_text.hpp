#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ddl/render.hpp"
#include "model/catalog.hpp"

// SQL fragments shared by the renderers (ddl/render_*.cpp). Every name goes
// through pg::quote_ident; every literal through pg::quote_literal. Types and
// expressions are PostgreSQL's own text and are inserted as they are.
namespace ddl::sql {

[[nodiscard]] std::string name(const model::QualifiedName& name);
[[nodiscard]] std::string ident(const std::string& name);
[[nodiscard]] std::string ident_list(const std::vector<std::string>& names);

// "(fillfactor=70, toast.autovacuum_enabled=false)": storage parameters or
// options as WITH (...) and SET (...) take them.
[[nodiscard]] std::string options(const model::StorageParameters& parameters);

// "RESET (a, b), SET (a=1, c=2)": what ALTER TABLE, INDEX or VIEW takes to go
// from `before` to `after` (both non-equal): every parameter reset and set
// again in `after`'s order, the order PostgreSQL then keeps.
[[nodiscard]] std::string reset_and_set(const model::StorageParameters& before,
                                        const model::StorageParameters& after);
[[nodiscard]] std::string literal(const std::string& text);
[[nodiscard]] std::string collation(const std::string& collation_name);

// "AS integer INCREMENT BY 2 ..." for the fields set; with `complete`, every
// option (NO MINVALUE etc. for unset ones), as ALTER needs to reset them.
[[nodiscard]] std::string sequence_options(const model::SequenceOptions& options, bool complete);
// The same clauses, one string each.
[[nodiscard]] std::vector<std::string> sequence_option_list(const model::SequenceOptions& options,
                                                            bool complete);

// The clauses of sequence_option_list() for an identity column's sequence:
// without "AS type", which PostgreSQL refuses there (the sequence has the
// column's type and follows it when the column's type changes).
[[nodiscard]] std::vector<std::string> identity_option_list(const model::SequenceOptions& options,
                                                            bool complete);

// A column definition as CREATE TABLE and ADD COLUMN take it.
[[nodiscard]] std::string column_definition(const model::Column& column);

// "DEFERRABLE INITIALLY DEFERRED" and friends ("" for the default).
[[nodiscard]] std::string deferral(const model::Deferral& deferral);

// The body of a constraint as CREATE TABLE and ADD CONSTRAINT take it:
// "PRIMARY KEY (id)", "UNIQUE NULLS NOT DISTINCT (a)", "FOREIGN KEY ...",
// "CHECK (...)".
[[nodiscard]] std::string primary_key_body(const model::PrimaryKey& key);
[[nodiscard]] std::string unique_body(const model::UniqueConstraint& unique);
[[nodiscard]] std::string foreign_key_body(const model::ForeignKey& key);
[[nodiscard]] std::string check_body(const model::CheckConstraint& check);
// "EXCLUDE USING gist (room WITH =, during WITH &&) INCLUDE (...) WITH (...)
// WHERE (...) DEFERRABLE".
[[nodiscard]] std::string exclusion_body(const model::ExclusionConstraint& exclusion);

// "COMMENT ON <target> IS '...'" (or IS NULL).
[[nodiscard]] std::string comment(const std::string& target,
                                  const std::optional<std::string>& text);

// A short stable hash (8 hex digits) for generated names.
[[nodiscard]] std::string short_hash(const std::string& text);

}  // namespace ddl::sql
