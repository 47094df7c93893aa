// money.h - amounts of money and percentages, read with the number readers
// of text/numerals.h (digits, decimals, Chinese numerals).
//
// Every reader takes the text and a byte offset and returns how far it read,
// reading at most a bounded number of characters: a 5000-digit run costs
// one pass, never a quadratic rescan.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "tongbao/document.h"
#include "scan/find_word.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace tongbao::detail {

// An amount of money at `begin`: 5.99万元, 1.4万亿元, 300元, 三千万元.
// The value is in yuan, an integer when the amount is whole.
struct Amount {
  std::size_t end = 0;
  EntityValue value;
};
std::optional<Amount> read_money(std::string_view s, std::size_t begin);

// A percentage at `begin`: 48% / 48％ / 91.29% -> 0.48 / 0.9129.
std::optional<Amount> read_percent(std::string_view s, std::size_t begin);

// Every amount read_money() accepts ends in 元 and every percentage in % or
// ％: text without them holds none, and a scan over it need not try each
// number.
bool may_hold_money(std::string_view s);
bool may_hold_percent(std::string_view s);

// The number a value holds, as a double (0 for a monostate or string).
double as_double(const EntityValue& value);

}  // namespace tongbao::detail
