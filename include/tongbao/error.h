// tongbao/error.h - recoverable errors as values.
//
// Library functions that can fail on bad input return Result<T>; nothing in
// the library throws across its API for bad input. The CLI catches errors
// once, at the top, and prints them as
//   tongbao: error: FILE:LINE:COL: MESSAGE
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace tongbao {

struct Error {
  std::string code;     // stable kebab-case: "unreadable", "too-large", ...
  std::string message;  // says what is wrong and what to do
  int line = 0;         // 1-based; 0 when not tied to a position
  int column = 0;       // 1-based, in characters; 0 when unknown
};

// A value or the Error that prevented it (std::expected is C++23).
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT
  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(state_); }
  const T& value() const { return std::get<0>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace tongbao
