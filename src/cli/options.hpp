#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "cli/command.hpp"

namespace CLI {
class App;
}

namespace cli {

// A command's option parser: a thin layer over CLI11 that turns every parse
// problem into a usage Error (exit 64) with "did you mean" for a mistyped
// option, and --help into printed help.
class Options {
 public:
  Options(std::string command, std::string description);
  ~Options();
  Options(const Options&) = delete;
  Options& operator=(const Options&) = delete;

  // Declares `--name VALUE`; `required` makes its absence a usage error.
  void add(std::string_view flags, std::string& value, std::string_view help,
           bool required = false);
  // Declares a repeatable `--name VALUE`.
  void add(std::string_view flags, std::vector<std::string>& values, std::string_view help);
  // Declares a `--name VALUE` that must be a whole number.
  void add(std::string_view flags, int& value, std::string_view help);
  // Declares `--name VALUE` handed to `take`, which checks and stores it; an
  // Error it returns becomes parse()'s error, its kind and hint kept and the
  // command's name put in front.
  void add_checked(std::string_view flags,
                   std::function<base::Result<void>(const std::string&)> take,
                   std::string_view help);
  // Declares a `--name N` that must be a whole number of at least `minimum`;
  // `value` is left alone when the option is not given.
  void add_count(std::string_view flags, int& value, std::string_view help, int minimum);
  // Declares a `--name DURATION` that must be a PostgreSQL duration
  // (manifest::is_duration(): "5s", "500ms", "0").
  void add_duration(std::string_view flags, std::string& value, std::string_view help);
  // Declares a boolean `--name`.
  void add_flag(std::string_view flags, bool& value, std::string_view help);
  // Declares positional arguments collected into `values`.
  void add_positional(std::string_view name, std::vector<std::string>& values,
                      std::string_view help, bool required = false);

  // Parses `args`. Returns false when help was requested (and printed), true
  // when the command should run, or a usage Error.
  [[nodiscard]] base::Result<bool> parse(Args args);

  // Prints the help text to stdout.
  void print_help() const;

 private:
  std::string m_command;
  std::unique_ptr<CLI::App> m_app;
  // The first error an add_checked() handler returned during parse().
  std::optional<base::Error> m_checked_error;
};

}  // namespace cli
