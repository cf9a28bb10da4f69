// Enums and sequences.
#include "introspect/catalog_queries.hpp"
#include "introspect/loaders.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

base::Result<void> load_enums(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::EnumType type{
        .name = name, .values = rows.text_array(row, 2), .comment = rows.optional_text(row, 3)};
    catalog.enums.insert_or_assign(std::move(name), std::move(type));
  }
  return {};
}

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

}  // namespace introspect::detail
