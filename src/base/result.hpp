#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "base/error.hpp"

namespace base {

// Result<T> holds either a T or an Error: the return type of every operation
// that can fail in an expected way (std::expected arrives only in C++23).
// Accessing value() of a failed Result, or error() of a successful one, is a
// precondition violation.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_state(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : m_state(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool has_value() const { return m_state.index() == 0; }
  explicit operator bool() const { return has_value(); }

  [[nodiscard]] T& value() & {
    assert(has_value());
    return std::get<0>(m_state);
  }
  [[nodiscard]] const T& value() const& {
    assert(has_value());
    return std::get<0>(m_state);
  }
  [[nodiscard]] T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(m_state));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  [[nodiscard]] const Error& error() const {
    assert(!has_value());
    return std::get<1>(m_state);
  }

 private:
  std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT: implicit by design

  [[nodiscard]] bool has_value() const { return !m_failed; }
  explicit operator bool() const { return has_value(); }
  [[nodiscard]] const Error& error() const {
    assert(m_failed);
    return m_error;
  }

 private:
  Error m_error{""};
  bool m_failed = false;
};

}  // namespace base
