#include "manifest/writer.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"
#include "model/kinds.hpp"

namespace manifest {

std::string write_toml(const model::Catalog& catalog) {
  std::string out;
  model::for_each_kind([&](auto kind) { detail::write_kind(kind, catalog, out); });
  return out;
}

}  // namespace manifest
