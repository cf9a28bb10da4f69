// The owner kind in TOML (part of tenantctl_manifest): `owner = "role"` in
// the table of a schema, table, view, standalone sequence, routine or enum.
// Absent, the object's owner is not managed. The kinds' readers and writers
// call read_owner() and write_owner(); the kind has no section of its own.
#include "manifest/reader_internal.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {

void read_owner(Fields& fields, const model::GrantTarget& target) {
  auto role = fields.string("owner");
  if (!role) {
    return;
  }
  auto& file = fields.file();
  check_identifier(file, fields.position_of("owner"), "role name", *role);
  if (*role == "public") {
    fields.problem(fields.position_of("owner"), "owner: PUBLIC cannot own an object; name a role");
    return;
  }
  file.catalog().owners.insert_or_assign(
      target, model::Owner{.name = target,
                           .role = std::move(*role),
                           .source = {file.where(fields.position_of("owner"))}});
}

void write_owner(const model::Catalog& catalog, const model::GrantTarget& target,
                 WriteFields& fields) {
  if (const auto found = catalog.owners.find(target); found != catalog.owners.end()) {
    fields.text("owner", found->second.role);
  }
}

void read_kind(model::KindTag<model::Owner> /*kind*/, FileContext& /*file*/, Fields& /*root*/) {}

void write_kind(model::KindTag<model::Owner> /*kind*/, const model::Catalog& /*catalog*/,
                std::string& /*out*/) {}

}  // namespace manifest::detail
