#pragma once

#include "fleet/targets.hpp"

namespace cli {

class Options;

// Declares the target options of the fleet commands on `options`, filling
// `values` when the command line is parsed: --url URL and --tenant SLUG|ID
// (both repeatable), --all, and --shard K/N (parsed there: a malformed shard
// is a usage error from Options::parse). fleet::resolve_targets turns them
// into targets. `values` must outlive the parse. Without `urls`, --url is
// not declared (a command that works on registry rows only).
void add_target_options(Options& options, fleet::TargetOptions& values, bool urls = true);

}  // namespace cli
