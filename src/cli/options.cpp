#include "cli/options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "base/strings.hpp"
#include "manifest/config.hpp"

namespace cli {

Options::Options(std::string command, std::string description)
    : m_command(std::move(command)),
      m_app(std::make_unique<CLI::App>(std::move(description), "tenantctl " + m_command)) {
  m_app->allow_extras(true);
  m_app->get_formatter()->column_width(30);
}

Options::~Options() = default;

void Options::add(std::string_view flags, std::string& value, std::string_view help,
                  bool required) {
  m_app->add_option(std::string(flags), value, std::string(help))->required(required);
}

void Options::add(std::string_view flags, std::vector<std::string>& values, std::string_view help) {
  m_app->add_option(std::string(flags), values, std::string(help));
}

void Options::add(std::string_view flags, int& value, std::string_view help) {
  m_app->add_option(std::string(flags), value, std::string(help));
}

void Options::add_checked(std::string_view flags,
                          std::function<base::Result<void>(const std::string&)> take,
                          std::string_view help) {
  m_app->add_option_function<std::string>(
      std::string(flags),
      [this, take = std::move(take)](const std::string& value) {
        auto taken = take(value);
        if (!taken) {
          if (!m_checked_error) {
            m_checked_error = taken.error();
          }
          // Stops CLI11's parse; parse() returns the stored error instead.
          throw CLI::ValidationError(taken.error().message());
        }
      },
      std::string(help));
}

void Options::add_count(std::string_view flags, int& value, std::string_view help, int minimum) {
  const std::string name(flags.substr(0, flags.find(',')));
  add_checked(
      flags,
      [&value, minimum, name](const std::string& text) -> base::Result<void> {
        const auto number = base::whole_number(text);
        if (!number || *number < minimum) {
          return base::Error(
              fmt::format("{} '{}': give a whole number of at least {}", name, text, minimum),
              base::ErrorKind::usage);
        }
        value = *number;
        return {};
      },
      help);
}

void Options::add_duration(std::string_view flags, std::string& value, std::string_view help) {
  const std::string name(flags.substr(0, flags.find(',')));
  add_checked(
      flags,
      [&value, name](const std::string& text) -> base::Result<void> {
        if (!manifest::is_duration(text)) {
          return base::Error(fmt::format("{} '{}' is not a duration", name, text),
                             base::ErrorKind::usage)
              .with_hint(
                  "give a number and a unit, as PostgreSQL takes them: 500ms, 5s, 2min, "
                  "1h; a number alone counts milliseconds; 0 means no limit");
        }
        value = text;
        return {};
      },
      help);
}

void Options::add_flag(std::string_view flags, bool& value, std::string_view help) {
  m_app->add_flag(std::string(flags), value, std::string(help));
}

void Options::add_positional(std::string_view name, std::vector<std::string>& values,
                             std::string_view help, bool required) {
  m_app->add_option(std::string(name), values, std::string(help))->required(required);
}

base::Result<bool> Options::parse(Args args) {
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  const std::string usage_hint = fmt::format("see 'tenantctl help {}'", m_command);
  try {
    m_app->parse(reversed);
  } catch (const CLI::CallForHelp&) {
    print_help();
    return false;
  } catch (const CLI::ParseError& error) {
    if (m_checked_error) {
      return m_checked_error->with_context(m_command);
    }
    return base::Error(fmt::format("{}: {}", m_command, error.what()), base::ErrorKind::usage)
        .with_hint(usage_hint);
  }
  const auto extras = m_app->remaining();
  if (extras.empty()) {
    return true;
  }
  const std::string& first = extras.front();
  if (!first.starts_with("-")) {
    return base::Error(fmt::format("{}: unexpected argument '{}'", m_command, first),
                       base::ErrorKind::usage)
        .with_hint(usage_hint);
  }
  std::vector<std::string> known;
  for (const CLI::Option* option : m_app->get_options()) {
    for (const auto& name : option->get_lnames()) {
      known.push_back("--" + name);
    }
  }
  const std::string spelled = first.substr(0, first.find('='));
  const std::string suggestion = base::closest_match(spelled, known);
  return base::Error(fmt::format("{}: unknown option '{}'", m_command, spelled),
                     base::ErrorKind::usage)
      .with_hint(suggestion.empty()
                     ? usage_hint
                     : fmt::format("did you mean '{}'? ({})", suggestion, usage_hint));
}

void Options::print_help() const { std::cout << m_app->help(); }

}  // namespace cli
