#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "core/status.h"

namespace lampid {

// Either a value or the Status that explains why there is none. Never holds an ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design, like std::expected
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result needs a value or an error");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }

  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  template <typename U>
  T value_or(U&& fallback) const& {
    return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  std::variant<T, Status> v_;
};

}  // namespace lampid

#define LAMPID_CONCAT_INNER_(a, b) a##b
#define LAMPID_CONCAT_(a, b) LAMPID_CONCAT_INNER_(a, b)

// LAMPID_ASSIGN_OR_RETURN(auto x, Compute()); — returns the Status from the enclosing function on error.
#define LAMPID_ASSIGN_OR_RETURN(decl, expr)                                   \
  auto LAMPID_CONCAT_(lampid_result_, __LINE__) = (expr);                     \
  if (!LAMPID_CONCAT_(lampid_result_, __LINE__).ok())                         \
    return LAMPID_CONCAT_(lampid_result_, __LINE__).status();                 \
  decl = std::move(LAMPID_CONCAT_(lampid_result_, __LINE__)).value()
