#pragma once

#include "cli/command.hpp"

namespace cli {

// The subcommands of `tenantctl tenant` that live in tenant_create_command.cpp.
base::Result<ExitCode> run_tenant_create(Args args);
void help_tenant_create();
base::Result<ExitCode> run_tenant_user(Args args);
void help_tenant_user();

}  // namespace cli
