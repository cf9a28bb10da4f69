#pragma once

// What the fuzz targets (tests/fuzz/) share: a property that must hold, and
// the abort that makes libFuzzer keep the input when it does not.
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace fuzz {

inline void require(bool holds, const char* property, std::string_view detail = {}) {
  if (!holds) {
    std::fprintf(stderr, "fuzz property broken: %s\n%.*s\n", property,
                 static_cast<int>(detail.size()), detail.data());
    std::abort();
  }
}

}  // namespace fuzz
