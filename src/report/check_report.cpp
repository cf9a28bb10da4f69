#include "report/check_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace report {
namespace {

enum class Side { missing, extra, different };

struct Group {
  Side side;
  const char* heading;  // {0}: the schema path, {1}: the migrations path
  char mark;
};

constexpr Group k_groups[] = {
    {Side::missing, "in {0}, missing from {1}", '+'},
    {Side::extra, "in {1}, not in {0}", '-'},
    {Side::different, "different", '~'},
};

std::string heading_of(const Group& group, const CheckReport& report) {
  return fmt::format(fmt::runtime(group.heading), report.schema_path, report.migrations_path);
}

Side side_of(const std::string& source) {
  if (source.starts_with("create") || source.starts_with("add")) {
    return Side::missing;
  }
  if (source.starts_with("drop")) {
    return Side::extra;
  }
  return Side::different;
}

// The changes of the plan in plan order, each once, with its hazard names.
struct ChangeLine {
  std::string source;
  std::vector<std::string> hazards;
};

std::vector<ChangeLine> change_lines(const plan::Plan& plan) {
  std::vector<ChangeLine> out;
  for (const auto& statement : plan.statements) {
    auto found = std::find_if(out.begin(), out.end(), [&](const ChangeLine& line) {
      return line.source == statement.source;
    });
    if (found == out.end()) {
      out.push_back(ChangeLine{statement.source, {}});
      found = out.end() - 1;
    }
    for (const auto& hazard : statement.hazards) {
      const std::string name(ddl::hazard_name(hazard.kind));
      if (std::find(found->hazards.begin(), found->hazards.end(), name) == found->hazards.end()) {
        found->hazards.push_back(name);
      }
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) {
    out += (out.empty() ? "" : ", ") + part;
  }
  return out;
}

std::string files_phrase(std::size_t count) {
  return fmt::format("{} migration file{}", count, count == 1 ? "" : "s");
}

}  // namespace

std::string check_text(const CheckReport& report, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* red = color ? "\033[31m" : "";
  const char* green = color ? "\033[32m" : "";
  const char* reset = color ? "\033[0m" : "";
  if (report.missing.empty()) {
    return fmt::format("{}check passed{}: {} ({} replayed) give exactly {}\n", green, reset,
                       report.migrations_path, files_phrase(report.replayed_files),
                       report.schema_path);
  }
  const auto lines = change_lines(report.missing);
  std::string out =
      fmt::format("{}{}check failed{}: {} ({} replayed) do not give {}: {} difference{}\n", bold,
                  red, reset, report.migrations_path, files_phrase(report.replayed_files),
                  report.schema_path, lines.size(), lines.size() == 1 ? "" : "s");
  for (const auto& group : k_groups) {
    std::string section;
    for (const auto& line : lines) {
      if (side_of(line.source) == group.side) {
        section += fmt::format("  {} {}", group.mark, line.source);
        if (!line.hazards.empty()) {
          section += fmt::format("  [{}]", joined(line.hazards));
        }
        section += '\n';
      }
    }
    if (!section.empty()) {
      out += fmt::format("\n{}:\n{}", heading_of(group, report), section);
    }
  }
  out += fmt::format(
      "\nWhat a new migration in {} needs (`tenantctl generate NAME` writes it, with its down "
      "part):\n",
      report.migrations_path);
  for (const auto& statement : report.missing.statements) {
    out += fmt::format("\n  -- {}\n", statement.source);
    for (const auto& hazard : statement.hazards) {
      out += fmt::format("  -- hazard {}: {}\n", ddl::hazard_name(hazard.kind), hazard.reason);
    }
    std::string sql = statement.sql;
    std::string indented = "  ";
    for (const char c : sql) {
      indented += c;
      if (c == '\n') {
        indented += "  ";
      }
    }
    out += indented + ";\n";
  }
  return out;
}

std::string check_markdown(const CheckReport& report) {
  std::string out;
  if (report.missing.empty()) {
    out = fmt::format(
        "### tenantctl check: passed\n\n`{}` ({} replayed on a scratch database) "
        "gives exactly `{}`.\n",
        report.migrations_path, files_phrase(report.replayed_files), report.schema_path);
  } else {
    const auto lines = change_lines(report.missing);
    out = fmt::format(
        "### tenantctl check: failed\n\n`{}` ({} replayed on a scratch database) does not give "
        "`{}`: {} difference{}.\n",
        report.migrations_path, files_phrase(report.replayed_files), report.schema_path,
        lines.size(), lines.size() == 1 ? "" : "s");
    for (const auto& group : k_groups) {
      std::string section;
      for (const auto& line : lines) {
        if (side_of(line.source) == group.side) {
          section += fmt::format("- `{}`", line.source);
          if (!line.hazards.empty()) {
            section += fmt::format(" — hazards: {}", joined(line.hazards));
          }
          section += '\n';
        }
      }
      if (!section.empty()) {
        std::string heading = heading_of(group, report);
        heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(heading[0])));
        out += fmt::format("\n**{}**\n\n{}", heading, section);
      }
    }
    out += fmt::format(
        "\nWhat a new migration in `{}` needs (`tenantctl generate NAME` writes it):\n\n```sql\n",
        report.migrations_path);
    for (const auto& statement : report.missing.statements) {
      out += statement.sql + ";\n";
    }
    out += "```\n";
  }
  if (!report.unmanaged.empty()) {
    out += fmt::format(
        "\n<details><summary>{} object{} the migrations make that tenantctl does not manage (not "
        "compared)</summary>\n\n",
        report.unmanaged.size(), report.unmanaged.size() == 1 ? "" : "s");
    for (const auto& object : report.unmanaged) {
      out += fmt::format("- {} `{}`\n", object.kind, object.identity);
    }
    out += "\n</details>\n";
  }
  return out;
}

}  // namespace report
